"""Where the time of one resolution goes: seconds per pipeline stage.

    python benchmarks/profile_stages.py --size 1000000 [--preset world]

Wraps namefold's stage functions with a timer where the pipeline calls them (a module's
name for a function it imports), resolves ``size`` names of a synthetic workload
(benchmarks/workload.py, its ``classic`` or ``world`` preset) once, and prints each
stage's total. The stages nest:
``cluster_nodes`` contains the scoring (and in it ``best_first``, the sort of the
accepted edges), the marks, the greedy merges (of full names, then of the partial
mentions left over), the attachment of partial mentions and their own edges;
``make_people`` contains ``_cluster_edges``, ``_links_of`` and ``_canonical_of``.
This reads internal and private functions, so it belongs to the benchmarks, not to the
package.
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

from workload import generator

import namefold
from namefold.resolve import cluster, people, pipeline, scoring

# Each module, and the functions it calls by these names, in the order they run.
STAGES = {
    pipeline: ("spellings_of", "CandidateIndex", "cluster_nodes", "make_people"),
    cluster: (
        "score_full_names",
        "established",
        "anchored",
        "connected",
        "merge_by_component",
        "greedy_merge",
        "attach_partials",
        "partial_edges",
    ),
    scoring: ("best_first",),
    people: ("_cluster_edges", "_links_of", "_canonical_of"),
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
    parser.add_argument("--preset", choices=("classic", "world"), default="classic")
    args = parser.parse_args()
    totals: dict[str, float] = defaultdict(float)
    for module, names in STAGES.items():
        for name in names:
            setattr(module, name, _timed(getattr(module, name), totals, name))
    names, _ = generator(args.preset)(args.size)
    start = time.perf_counter()
    res = namefold.resolve(names)
    total = time.perf_counter() - start
    for name, seconds in totals.items():
        print(f"{name:20s} {seconds:8.2f} s")
    print(f"{'resolve':20s} {total:8.2f} s  {dict(res.stats)}")


if __name__ == "__main__":
    main()
