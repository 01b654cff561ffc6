"""``python -m arnews`` and the ``arnews`` console script: see :mod:`arnews.cli`."""

from __future__ import annotations

from arnews.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
