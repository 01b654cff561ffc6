"""Throughput of ``arnews.normalize`` against reference normalizers, in the same process.

Run from the repository root::

    .venv/bin/python benchmarks/normalize.py            # 10 MB corpus, best of 3
    .venv/bin/python benchmarks/normalize.py --mb 2 --repeat 5

Every implementation normalizes the same corpus (:func:`_corpus.seed_corpus`: the
seed articles repeated, ~5% fully vocalized sentences mixed in); MB/s counts UTF-8
input bytes (10**6 bytes per MB). References:

* ``str.translate``: one pass with a precomputed table doing roughly what ``default``
  does per character (delete diacritics and tatweel, map Eastern digits and Persian
  look-alikes); a common reference point.
* PyArabic (``pip install pyarabic``): ``strip_tashkeel`` + ``strip_tatweel`` +
  ``normalize_ligature`` + ``normalize_hamza(method="tasheel")`` + ``normalize_teh``.
* CAMeL Tools (``pip install --no-deps camel-tools six emoji``): ``normalize_unicode`` +
  ``dediac_ar`` + ``normalize_alef_ar`` + ``normalize_alef_maksura_ar`` +
  ``normalize_teh_marbuta_ar``.

A reference that is not installed is skipped with a note.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from _corpus import seed_corpus

from arnews.data import chars
from arnews.normalize import normalize

Normalizer = Callable[[str], str]


def _translate_reference() -> Normalizer:
    """One ``str.translate`` pass with a table built once, outside the timing."""
    table: dict[int, str | None] = {ord(c): None for c in chars.DIACRITICS + chars.TATWEEL}
    table.update({ord(k): v for k, v in chars.EASTERN_TO_ASCII.items()})
    table.update({ord(k): v for k, v in chars.PERSIAN_LOOKALIKES.items()})

    def run(text: str) -> str:
        return text.translate(table)

    return run


def _chain(*steps: Normalizer) -> Normalizer:
    def run(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return run


def _pyarabic() -> Normalizer | None:
    try:
        araby: Any = importlib.import_module("pyarabic.araby")
    except ImportError:
        return None
    return _chain(
        araby.strip_tashkeel,
        araby.strip_tatweel,
        araby.normalize_ligature,
        partial(araby.normalize_hamza, method="tasheel"),
        araby.normalize_teh,
    )


def _camel() -> Normalizer | None:
    try:
        norm: Any = importlib.import_module("camel_tools.utils.normalize")
        dediac: Any = importlib.import_module("camel_tools.utils.dediac")
    except ImportError:
        return None
    return _chain(
        norm.normalize_unicode,
        dediac.dediac_ar,
        norm.normalize_alef_ar,
        norm.normalize_alef_maksura_ar,
        norm.normalize_teh_marbuta_ar,
    )


def best_mb_per_s(fn: Normalizer, text: str, repeat: int) -> float:
    """MB/s (UTF-8 input bytes) of ``fn`` on ``text``: the best of ``repeat`` runs."""
    size_mb = len(text.encode("utf-8")) / 1e6
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return size_mb / best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per normalizer; best counts")
    args = parser.parse_args(argv)
    if args.mb <= 0 or args.repeat < 1:
        parser.error("--mb must be positive and --repeat at least 1")

    text = seed_corpus(args.mb)
    size_mb = len(text.encode("utf-8")) / 1e6
    print(f"corpus: {size_mb:.2f} MB UTF-8, {len(text):,} characters; best of {args.repeat}")

    candidates: list[tuple[str, Normalizer | None, str]] = [
        ("arnews light", partial(normalize, profile="light"), ""),
        ("arnews default", partial(normalize, profile="default"), ""),
        ("arnews search", partial(normalize, profile="search"), ""),
        ("str.translate", _translate_reference(), ""),
        ("PyArabic chain", _pyarabic(), "pip install pyarabic"),
        ("CAMeL Tools chain", _camel(), "pip install --no-deps camel-tools six emoji"),
    ]
    warmup = seed_corpus(0.05)
    results: dict[str, float] = {}
    for name, fn, install in candidates:
        if fn is None:
            print(f"  skipped {name}: not installed ({install})")
            continue
        fn(warmup)  # build lazy tables and caches outside the timing
        results[name] = best_mb_per_s(fn, text, args.repeat)

    ref_tr = results.get("str.translate")
    ref_camel = results.get("CAMeL Tools chain")
    print(f"\n{'normalizer':<20}{'MB/s':>9}{'x str.translate':>17}{'x CAMeL':>10}")
    for name, mbs in results.items():
        vs_tr = f"{mbs / ref_tr:.2f}" if ref_tr else "-"
        vs_camel = f"{mbs / ref_camel:.2f}" if ref_camel else "-"
        print(f"{name:<20}{mbs:>9.1f}{vs_tr:>17}{vs_camel:>10}")

    default = partial(normalize, profile="default")
    small = best_mb_per_s(default, seed_corpus(1.0), args.repeat)
    print(
        f"\nlinearity, arnews default: {small:.1f} MB/s on 1 MB,"
        f" {results['arnews default']:.1f} MB/s on {size_mb:.1f} MB"
        f" (ratio {results['arnews default'] / small:.2f}; 1.00 is linear)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
