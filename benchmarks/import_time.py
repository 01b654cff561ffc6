"""Cold import time of ``arnews``, next to its dependencies, in fresh interpreters.

Run: ``python benchmarks/import_time.py [--runs N]``. Each figure is the best
of N fresh ``python -c`` processes (bytecode caches warm, as after install), and
the interpreter's own start-up is subtracted. The issue's target: ``import
arnews`` well under 100 ms.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

STATEMENTS = {
    "python itself": "pass",
    "attrs": "import attrs",
    "regex + unicodedata2": "import regex, unicodedata2",
    "import arnews": "import arnews",
    "arnews + first clean()": "import arnews; arnews.clean('نص')",
}


def best_of(statement: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=10, help="fresh processes per statement")
    runs = parser.parse_args().runs
    times = {name: best_of(stmt, runs) for name, stmt in STATEMENTS.items()}
    base = times["python itself"]
    print(f"best of {runs} fresh interpreters, start-up ({base * 1000:.0f} ms) subtracted")
    for name, seconds in times.items():
        if name != "python itself":
            print(f"{name:26s} {(seconds - base) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
