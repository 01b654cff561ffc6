"""arnews: clean, structured text from scraped Arabic news.

The front door. Most people call :func:`clean`; the modules stay reachable
for finer work (``arnews.normalize.strip_diacritics`` and friends).

>>> import arnews
>>> arnews.normalize("وأكّد نهجًا")
'وأكد نهجا'
"""

from __future__ import annotations

from arnews.__about__ import __version__
from arnews._unicode import UNICODE_VERSION
from arnews.normalize import PROFILES, NormalizeConfig, ProfileName, normalize

__all__ = [
    "PROFILES",
    "UNICODE_VERSION",
    "NormalizeConfig",
    "ProfileName",
    "__version__",
    "clean",
    "normalize",
]


def clean(text: str, *, profile: ProfileName = "default") -> str:
    """Clean raw scraped Arabic news text.

    >>> clean("وأكّد الوزير\u00a0أن الدورة ٦٢ ستبدأ")
    'وأكد الوزير أن الدورة 62 ستبدأ'
    """
    return normalize(text, profile=profile)
