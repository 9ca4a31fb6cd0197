"""Where the time of one resolution goes: seconds per pipeline stage.

    python benchmarks/profile_stages.py --size 1000000

Wraps namefold's private stage functions with a timer, resolves ``size`` names of the
synthetic workload (benchmarks/workload.py) once, and prints each stage's total. The
stages nest: ``cluster_nodes`` contains the scoring, the greedy merge and the rest.
This reads private functions, so it belongs to the benchmarks, not to the package.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import generate

import namefold
from namefold import _graph, _resolve

STAGES = {
    _resolve: ("_nodes", "CandidateIndex", "cluster_nodes", "_cluster_edges", "_links", "_canonical"),
    _graph: ("_score_full_names", "_best_first", "_established", "_anchored", "_greedy_merge", "_fits"),
}


def _timed(function: Callable[..., Any], totals: dict[str, float], name: str) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - start

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()
    totals: dict[str, float] = defaultdict(float)
    for module, names in STAGES.items():
        for name in names:
            setattr(module, name, _timed(getattr(module, name), totals, name))
    names, _ = generate(args.size)
    start = time.perf_counter()
    res = namefold.resolve(names)
    total = time.perf_counter() - start
    for name, seconds in totals.items():
        print(f"{name:20s} {seconds:8.2f} s")
    print(f"{'resolve':20s} {total:8.2f} s  {dict(res.stats)}")


if __name__ == "__main__":
    main()
