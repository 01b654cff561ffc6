"""Collection rules shared by the test suite and the documentation doctests."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

# Pages whose examples need software outside the dev extra: collected only where it is installed.
_NEEDS = {"spark.md": lambda: importlib.util.find_spec("pyspark") and shutil.which("java")}


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    need = _NEEDS.get(collection_path.name)
    if need is not None and not need():
        return True
    return None
