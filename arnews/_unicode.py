"""A small typed wrapper around :mod:`unicodedata2`, which ships no type stubs.

arnews uses ``unicodedata2`` everywhere instead of the standard library's
``unicodedata``, whose Unicode version lags behind (Python 3.11 ships 14.0).
"""

from __future__ import annotations

from typing import Literal

import unicodedata2 as _ud

__all__ = ["UNICODE_VERSION", "category", "name", "normalize"]

#: The Unicode version of the character database arnews uses.
UNICODE_VERSION: str = str(_ud.unidata_version)


def normalize(form: Literal["NFC", "NFD", "NFKC", "NFKD"], text: str) -> str:
    """Unicode normalization with the current Unicode database.

    >>> normalize("NFKC", "\ufefb")
    'لا'
    """
    result: str = _ud.normalize(form, text)
    return result


def category(char: str) -> str:
    """The general category of one character (``"Mn"``, ``"Lo"``, ...).

    >>> category("\u064e")
    'Mn'
    """
    result: str = _ud.category(char)
    return result


def name(char: str, default: str = "") -> str:
    """The Unicode name of one character, or ``default`` when it has none.

    >>> name("\u0640")
    'ARABIC TATWEEL'
    """
    result: str = _ud.name(char, default)
    return result
