"""Throughput of ``arnews.extract_quotes`` and its linearity on pathological input.

Run from the repository root::

    .venv/bin/python benchmarks/quotes.py            # 5 MB corpus, best of 3
    .venv/bin/python benchmarks/quotes.py --mb 1 --repeat 5

Rows:

* the seed corpus (:func:`_corpus.seed_corpus`: the seed articles repeated, ~5% vocalized
  sentences mixed in), at 1/10 of the size and at the full size;
* pathological inputs of the same sizes: thousands of unpaired marks of each kind, marks
  glued to letters on both sides, quotes that open and never close, and one quote per word.

The last column is the ratio of MB/s at the full size to MB/s at 1/10 of it: near 1.00
is linear time (a quadratic step would show about 0.10). MB/s counts UTF-8 input bytes
(10**6 bytes per MB). No reference implementation is run: no open-source tool attributes
Arabic quotations to speakers; the naive "every span between matching marks" is shown
as a floor.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

from _corpus import seed_corpus

from arnews.quotes import extract_quotes

_NAIVE = re.compile(r'"[^"\n]*"|“[^”\n]*”|«[^»\n]*»')


def naive(text: str) -> list[str]:
    """Every span between matching marks on one line: the floor any extractor must beat."""
    return _NAIVE.findall(text)


def _pathological(size_mb: float) -> dict[str, str]:
    n = int(size_mb * 1e6)
    units = {
        "unpaired ASCII marks": '" ',
        "unpaired curly openers": "“",
        "marks glued to letters": 'ق"ل',
        "openers, no closers": "وقال: “نعم ",
        "one quote per word": 'قال "نعم" ',
        "marks and line breaks": "«\n»\n",
    }
    return {k: u * max(1, n // len(u.encode("utf-8"))) for k, u in units.items()}


def _best(fn: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def _mbps(text: str, seconds: float) -> float:
    return len(text.encode("utf-8")) / 1e6 / max(seconds, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per row, best kept")
    args = parser.parse_args()
    small_mb = args.mb / 10
    rows: list[tuple[str, Callable[[str], object], str, str]] = []
    rows.append(("seed corpus", extract_quotes, seed_corpus(small_mb), seed_corpus(args.mb)))
    rows.append(("seed corpus (naive regex)", naive, seed_corpus(small_mb), seed_corpus(args.mb)))
    small_p, large_p = _pathological(small_mb), _pathological(args.mb)
    for name in small_p:
        rows.append((name, extract_quotes, small_p[name], large_p[name]))
    print(
        f"{'input':32} {'MB/s @' + format(small_mb, 'g') + 'MB':>14} "
        f"{'MB/s @' + format(args.mb, 'g') + 'MB':>14} {'ratio':>7}"
    )
    for name, fn, small, large in rows:
        a = _mbps(small, _best(fn, small, args.repeat))
        b = _mbps(large, _best(fn, large, args.repeat))
        print(f"{name:32} {a:14.2f} {b:14.2f} {b / a:7.2f}")
    n = len(extract_quotes(seed_corpus(small_mb)))
    print(f"\nquotes in the {small_mb:g} MB seed corpus: {n}")


if __name__ == "__main__":
    main()
