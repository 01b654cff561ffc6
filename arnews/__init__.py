"""arnews: clean, structured text from scraped Arabic news.

The front door. Most people call :func:`clean` or :func:`parse`; the modules
stay reachable for finer work (``from arnews.normalize import strip_diacritics``).

>>> import arnews
>>> arnews.normalize("وأكّد نهجًا")
'وأكد نهجا'

The composed functions and the feature modules load on first use, so that
``import arnews`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from arnews.__about__ import __version__
from arnews._unicode import UNICODE_VERSION
from arnews.normalize import PROFILES, NormalizeConfig, ProfileName, normalize

if TYPE_CHECKING:
    from arnews.article import Article, clean, clean_many, parse, parse_many
    from arnews.boilerplate import (
        Dateline,
        Removed,
        Stripped,
        learn_boilerplate,
        split_boilerplate,
        strip_boilerplate,
    )
    from arnews.dates import DateMention, find_dates, parse_date
    from arnews.quotes import Quote, extract_quotes

__all__ = [
    "PROFILES",
    "UNICODE_VERSION",
    "Article",
    "DateMention",
    "Dateline",
    "NormalizeConfig",
    "ProfileName",
    "Quote",
    "Removed",
    "Stripped",
    "__version__",
    "clean",
    "clean_many",
    "extract_quotes",
    "find_dates",
    "learn_boilerplate",
    "normalize",
    "parse",
    "parse_date",
    "parse_many",
    "split_boilerplate",
    "strip_boilerplate",
]

# Public name -> the module that defines it (imported on first access).
_LAZY = {
    "Article": "arnews.article",
    "clean": "arnews.article",
    "clean_many": "arnews.article",
    "parse": "arnews.article",
    "parse_many": "arnews.article",
    "Dateline": "arnews.boilerplate",
    "Removed": "arnews.boilerplate",
    "Stripped": "arnews.boilerplate",
    "learn_boilerplate": "arnews.boilerplate",
    "split_boilerplate": "arnews.boilerplate",
    "strip_boilerplate": "arnews.boilerplate",
    "DateMention": "arnews.dates",
    "find_dates": "arnews.dates",
    "parse_date": "arnews.dates",
    "Quote": "arnews.quotes",
    "extract_quotes": "arnews.quotes",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'arnews' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
