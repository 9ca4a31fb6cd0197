"""The cost of the frame layer: ``resolve_frame`` against ``namefold.resolve`` on the same names.

Usage: ``python benchmarks/frames.py [size] [--workers N] [--repeat R]`` (100,000 names of the
classic workload, one process, three rounds by default). Prints each time, the best of its
rounds (run in turn after one warming run), and the ratio frame / plain.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd
import polars as pl
from workload import generate

import namefold


def _time(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    """Time both on one workload, interleaved (best of ``--repeat``), and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("size", type=int, nargs="?", default=100_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    names, _ = generate(args.size, seed=0)
    index = list(range(len(names)))
    random.Random(0).shuffle(index)
    frame = pd.DataFrame({"name": names}, index=index)
    polars_frame = pl.DataFrame({"name": names})
    runs: dict[str, Callable[[], object]] = {
        "resolve": lambda: namefold.resolve(names, workers=args.workers),
        "pandas resolve_frame": lambda: namefold.resolve_frame(frame, workers=args.workers),
        "polars resolve_frame": lambda: namefold.resolve_frame(polars_frame, workers=args.workers),
    }
    namefold.resolve(names, workers=args.workers)  # warm the caches for every run alike
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(args.repeat):  # interleaved, so a busy moment does not fall on one alone
        for label, run in runs.items():
            best[label] = min(best[label], _time(run))
    plain = best["resolve"]
    print(f"{len(names)} names, workers={args.workers}: resolve {plain:.2f} s")
    for label in list(runs)[1:]:
        print(f"{label} {best[label]:.2f} s, ratio {best[label] / plain:.3f}")


if __name__ == "__main__":
    main()
