"""Throughput of the whole pipeline: ``arnews.clean``, ``arnews.parse`` and the ``arnews`` command.

Run from the repository root::

    .venv/bin/python benchmarks/pipeline.py            # ~20 MB of articles
    .venv/bin/python benchmarks/pipeline.py --mb 2     # a quick look

The corpus is the five seed articles (``seeds/*.txt``, real scraped pages with their
debris) repeated, one call per article, until about ``--mb`` megabytes of UTF-8
(10**6 bytes per MB). Figures:

* ``clean`` and ``parse`` called in this process, one article after another (one core),
  best of ``--repeat`` passes (3), as wall-clock and as CPU time of the process: on a shared
  machine the wall clock also counts time other tenants took, so the one-core targets are
  judged on CPU time and both figures are printed;
* the command, ``arnews {clean,parse} --jsonl FILE -o /dev/null --jobs N`` on the same
  articles written as JSON Lines (``{"id": i, "text": ...}``), wall-clock time of the
  whole process (start-up, reading, JSON, workers, writing) with ``--jobs 1`` and
  ``--jobs 2``, and the speed-up of 2 jobs over 1.

Targets (issue 6): ``clean`` >= 5 MB/s and ``parse`` >= 1 MB/s on one core; the command
with 2 jobs >= 1.7x of 1 job (on a machine with two idle cores: the load average is
printed because a busy machine cannot show a parallel speed-up).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from _corpus import SEEDS_DIR

import arnews

TARGETS = {"clean": 5.0, "parse": 1.0}
SPEEDUP_TARGET = 1.7


def articles(target_mb: float) -> list[str]:
    """The seed articles, cycled until their UTF-8 size reaches ``target_mb`` megabytes."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    if not seeds:
        raise SystemExit(f"no seed articles in {SEEDS_DIR}")
    out: list[str] = []
    size = 0
    while size < target_mb * 1e6:
        text = seeds[len(out) % len(seeds)]
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def best_of(repeat: int, fn: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``repeat`` runs of ``fn`` (after one warm-up call
    on the first article, so that lazily compiled patterns are not timed)."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def in_process(name: str, docs: list[str], mb: float, repeat: int) -> None:
    func = arnews.clean if name == "clean" else arnews.parse
    func(docs[0])  # warm-up: patterns compile on first use
    wall, cpu = best_of(repeat, lambda: [func(t) for t in docs])
    verdict = "ok" if mb / cpu >= TARGETS[name] else "BELOW TARGET"
    print(
        f"arnews.{name:<6} {len(docs) / wall:9.0f} articles/s {mb / wall:7.2f} MB/s wall-clock,"
        f" {mb / cpu:7.2f} MB/s CPU time   (target >= {TARGETS[name]} MB/s on one core: {verdict})"
    )


def command(name: str, src: Path, jobs: int, repeat: int) -> tuple[float, float]:
    """Best wall-clock seconds of the command, and the CPU seconds (all processes) of that run."""
    argv = [sys.executable, "-m", "arnews", name, "--jsonl", str(src), "-o", os.devnull]
    argv += ["--jobs", str(jobs), "-q"]
    runs = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        res = subprocess.run(argv, capture_output=True, check=False)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if res.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed:\n{res.stderr.decode()}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        runs.append((seconds, cpu))
    return min(runs)


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_ceiling(seconds: float = 2.0) -> float:
    """Speed-up of 2 processes over 1 on a pure-Python loop: what this machine can show now."""
    chunk = 200_000
    start = time.perf_counter()
    n = 0
    while time.perf_counter() - start < seconds / 2:
        _spin(chunk)
        n += 1
    serial = time.perf_counter() - start
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        list(pool.map(_spin, [1, 1]))  # started and warm
        start = time.perf_counter()
        list(pool.map(_spin, [chunk] * n, chunksize=max(1, n // 8)))
        parallel = time.perf_counter() - start
    return serial / parallel


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (20)")
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (3)")
    ap.add_argument("--only", choices=("clean", "parse"), help="one command only")
    args = ap.parse_args(argv)
    docs = articles(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in docs) / 1e6
    names = [args.only] if args.only else ["clean", "parse"]
    print(f"arnews {arnews.__version__}, Python {sys.version.split()[0]}")
    print(f"corpus: {len(docs)} articles, {mb:.1f} MB (seeds repeated)")
    print(f"cpus: {os.cpu_count()}, load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print()
    for name in names:
        in_process(name, docs, mb, args.repeat)
    print()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for i, text in enumerate(docs):
                f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
        for name in names:
            (one, cpu1), (two, cpu2) = (
                command(name, src, 1, args.repeat),
                command(name, src, 2, args.repeat),
            )
            speedup = one / two
            verdict = "ok" if speedup >= SPEEDUP_TARGET else "BELOW TARGET"
            for jobs, seconds, cpu in ((1, one, cpu1), (2, two, cpu2)):
                print(
                    f"arnews {name} --jsonl --jobs {jobs}: {seconds:6.2f} s"
                    f" {len(docs) / seconds:9.0f} articles/s {mb / seconds:7.2f} MB/s"
                    f"   (CPU {cpu:6.2f} s: {cpu / seconds:.2f} cores busy)"
                )
            print(
                f"  speed-up with 2 jobs: {speedup:.2f}x (target >= {SPEEDUP_TARGET}x: {verdict})"
            )
        print(f"load average now: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"machine ceiling: 2 processes vs 1 on a pure-Python loop: {machine_ceiling():.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
