"""Throughput of ``arnews.boilerplate.strip_boilerplate`` (and of ``clean``'s composition).

Run from the repository root::

    .venv/bin/python benchmarks/boilerplate.py            # 10 MB, best of 3
    .venv/bin/python benchmarks/boilerplate.py --mb 2 --repeat 5

Reports MB/s (UTF-8 input bytes, 10**6 per MB) for

* ``strip_boilerplate`` on the seed corpus (:func:`_corpus.seed_corpus`) taken as one
  long page, and page by page (each seed article stripped on its own, which is how a
  corpus is processed);
* ``normalize(strip_boilerplate(t), profile="default")``, which is what ``arnews.clean``
  composes;
* linearity: the same text at 1x, 2x and 4x the number of lines, and with lines 1x,
  4x and 16x as long (paragraphs joined). MB/s should stay flat across each row.

With the ``bench`` extra installed, trafilatura's and jusText's text-level work is not
comparable (they parse HTML), so no reference is timed here; their body scores on the
evaluation pages are quoted in ``docs/boilerplate.md``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from _corpus import _seed_texts, seed_corpus

from arnews.boilerplate import strip_boilerplate
from arnews.normalize import normalize


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _mbps(text: str, fn: Callable[[str], object], repeat: int) -> float:
    size = len(text.encode("utf-8")) / 1e6
    return size / _best(lambda: fn(text), repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    args = parser.parse_args()
    text = seed_corpus(args.mb, diacritized=False)
    size = len(text.encode("utf-8")) / 1e6
    print(f"corpus: {size:.1f} MB, {text.count(chr(10))} lines")

    def clean(t: str) -> str:
        return normalize(strip_boilerplate(t), profile="default")

    print(
        f"strip_boilerplate (one page)        {_mbps(text, strip_boilerplate, args.repeat):7.2f} MB/s"
    )
    print(f"normalize(strip_boilerplate(t))     {_mbps(text, clean, args.repeat):7.2f} MB/s")

    pages = _seed_texts()
    block = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    copies = max(1, int(args.mb / block))

    def per_page() -> None:
        for _ in range(copies):
            for p in pages:
                strip_boilerplate(p)

    secs = _best(per_page, args.repeat)
    print(f"strip_boilerplate (page by page)    {copies * block / secs:7.2f} MB/s")

    def per_page_clean() -> None:
        for _ in range(copies):
            for p in pages:
                clean(p)

    secs = _best(per_page_clean, args.repeat)
    print(f"clean composition (page by page)    {copies * block / secs:7.2f} MB/s")

    # Short records (a headline, a one-line item): the fixed cost per call.
    longest = max((ln for p in pages for ln in p.split("\n")), key=len)
    for record in (longest[:30], longest):

        def many(r: str = record) -> None:
            for _ in range(2000):
                strip_boilerplate(r)

        us = _best(many, args.repeat) / 2000 * 1e6
        print(f"strip_boilerplate, {len(record):3d}-char record  {us:7.1f} µs")

    print("linearity in the number of lines (MB/s):")
    base = seed_corpus(max(0.5, args.mb / 8), diacritized=False)
    row = [_mbps(base * k, strip_boilerplate, args.repeat) for k in (1, 2, 4)]
    print("  1x / 2x / 4x lines:   " + " / ".join(f"{v:.2f}" for v in row))
    print("linearity in the length of lines (MB/s):")
    lines = base.split("\n")
    row = []
    for k in (1, 4, 16):
        joined = "\n".join(" ".join(lines[i : i + k]) for i in range(0, len(lines), k))
        row.append(_mbps(joined, strip_boilerplate, args.repeat))
    print("  1x / 4x / 16x length: " + " / ".join(f"{v:.2f}" for v in row))


if __name__ == "__main__":
    main()
