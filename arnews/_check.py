"""Input validation shared by every public function."""

from __future__ import annotations

__all__ = ["ensure_str"]


def ensure_str(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; otherwise raise a clear ``TypeError``.

    >>> ensure_str("نص")
    'نص'
    >>> ensure_str(b"abc")
    Traceback (most recent call last):
    ...
    TypeError: text must be str, not bytes; decode it first, e.g. data.decode("utf-8")
    >>> ensure_str(None)
    Traceback (most recent call last):
    ...
    TypeError: text must be str, not NoneType
    """
    if isinstance(text, str):
        return text
    kind = type(text).__name__
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f'{name} must be str, not {kind}; decode it first, e.g. data.decode("utf-8")'
        )
    raise TypeError(f"{name} must be str, not {kind}")
