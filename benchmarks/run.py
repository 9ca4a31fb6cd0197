"""namefold's speed, memory and quality on the synthetic workload, against a floor.

    python benchmarks/run.py                     # 10,000 names (what CI runs)
    python benchmarks/run.py --sizes 10000 100000 1000000 --preset classic world
    python benchmarks/run.py --sizes 100000 1000000 --repeat 3   # medians over three rounds

Each size runs in a fresh process, so peak memory is that size's own. In the same
process, the floor reads every name and applies only unidecode + casefold; namefold's
time is reported as a multiple of it, since absolute times vary between machines.

Peak memory is the largest total proportional set size (PSS) of that process and its
forked workers, sampled every 0.1 s from /proc (pages that workers share with their
parent count once). Where /proc is missing it is the process's own peak RSS. It comes
from a second run of the size, made only to sample memory: reading a large process's
/proc/PID/smaps_rollup takes tens of milliseconds of a core and holds the process's
memory map, so sampling during the timed run slowed it (the second run's wall time is
printed too, to show by how much).

``person_of`` is timed on 1,000 names of other people (another seed of the workload),
one call each: its median and 99th percentile are reported.

After the table come each size's wall time and its ratio to the size before
(``time(1M) / time(100k)``; linear cost gives 10). With ``--repeat N`` the sizes run N
times, in rounds (each round runs every size once), so that runs of different sizes are
made close together on a machine whose speed drifts, and those lines give medians.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROC = Path("/proc")

HERE = Path(__file__).resolve().parent


def measure(size: int, seed: int, preset: str) -> dict[str, float]:
    """Generate ``size`` names of ``preset`` and measure the floor, namefold.resolve,
    person_of and compare."""
    sys.path.insert(0, str(HERE))
    from unidecode import unidecode
    from workload import generator

    import namefold

    generate = generator(preset)
    names, truth = generate(size, seed=seed)
    start = time.perf_counter()
    floor = [unidecode(name).casefold() for name in names]
    floor_seconds = time.perf_counter() - start
    assert len(floor) == len(names)

    start = time.perf_counter()
    res = namefold.resolve(names)
    seconds = time.perf_counter() - start
    scored = [(m.person, t) for m, t in zip(res.mentions, truth, strict=True) if t is not None]
    metrics = namefold.evaluate([p for p, _ in scored], [t for _, t in scored])

    rng = random.Random(seed + 1)
    probes, _ = generate(1000, seed=seed + 7)
    lookups = []
    for probe in probes:
        t = time.perf_counter()
        res.person_of(probe)
        lookups.append(time.perf_counter() - t)
    pairs = [(rng.choice(names), rng.choice(names)) for _ in range(2000)]
    compares = []
    for a, b in pairs:
        t = time.perf_counter()
        namefold.compare(a + " ", b + " ")  # fresh strings: a trailing space defeats the parse cache
        compares.append(time.perf_counter() - t)
    # Names of other people (another seed), each compared once, in random pairs (the workload
    # lists a person's spellings together): their words may be new too.
    others, _ = generate(4000, seed=seed + 11)
    rng.shuffle(others)
    new_compares = []
    for a, b in zip(others[::2], others[1::2], strict=True):
        t = time.perf_counter()
        namefold.compare(a, b)
        new_compares.append(time.perf_counter() - t)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "size": size,
        "scored": len(scored),
        "seconds": seconds,
        "names_per_second": size / seconds,
        "peak_mb": peak_mb,
        "pairs_per_name": res.stats["candidate_pairs"] / size,
        "precision": metrics.precision,
        "recall": metrics.recall,
        "f1": metrics.f1,
        "bcubed_f1": metrics.bcubed_f1,
        "floor_seconds": floor_seconds,
        "floor_multiple": seconds / floor_seconds,
        "person_of_median_ms": statistics.median(lookups) * 1000,
        "person_of_p99_ms": statistics.quantiles(lookups, n=100)[98] * 1000,
        "compare_median_us": statistics.median(compares) * 1e6,
        "compare_new_median_us": statistics.median(new_compares) * 1e6,
    }


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for children in PROC.glob(f"{current}/task/*/children"):
            try:
                todo.extend(int(c) for c in children.read_text().split())
            except OSError:
                continue
    return found


def _pss_mb(pid: int) -> float:
    """The summed PSS of ``pid`` and its descendants, in MB (0 where /proc cannot tell)."""
    total = 0
    for member in _descendants(pid):
        try:
            for line in (PROC / str(member) / "smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total / 1024


def run_one(size: int, seed: int, preset: str, *, sample_memory: bool) -> dict[str, float]:
    """Measure one size in a fresh process; with ``sample_memory``, sample the memory of it
    and its workers meanwhile (which slows it: see the module's docstring)."""
    command = [sys.executable, __file__, "--one", str(size), "--seed", str(seed), "--preset", preset]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        peak = 0.0
        while sample_memory and child.poll() is None:
            peak = max(peak, _pss_mb(child.pid))
            time.sleep(0.1)
        out, _ = child.communicate()
    if child.returncode != 0:
        message = f"the benchmark at {size} names failed (exit {child.returncode})"
        raise SystemExit(message)
    result: dict[str, float] = json.loads(out.splitlines()[-1])
    if peak:
        result["peak_mb"] = peak
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--preset",
        choices=("classic", "world"),
        nargs="+",
        default=["classic"],
        help="the workloads, one table each: classic (no namesakes, full names) or world "
        "(frequent surnames, relatives and namesakes, initials and bare surnames); default classic",
    )
    parser.add_argument("--repeat", type=int, default=1, help="rounds of all sizes (default 1)")
    parser.add_argument(
        "--one",
        type=int,
        metavar="SIZE",
        help="time one size in this process, without sampling memory; print JSON",
    )
    parser.add_argument(
        "--dask",
        action="store_true",
        help="namefold.dask on a 2-worker LocalCluster beside in-process (needs namefold[dask])",
    )
    args = parser.parse_args()
    if args.dask:
        import on_dask  # benchmarks/ is on sys.path beside this module

        for preset in args.preset:
            on_dask.table(args.sizes, args.seed, preset)
        return
    if args.repeat < 1:
        parser.error(f"--repeat must be at least 1, not {args.repeat}")
    if args.one:
        if len(args.preset) != 1:
            parser.error("--one measures one preset")
        print(json.dumps(measure(args.one, args.seed, args.preset[0])))
        return
    for preset in args.preset:
        print(f"preset {preset}")
        _table(args.sizes, args.seed, preset, args.repeat)


def _table(sizes: list[int], seed: int, preset: str, repeat: int) -> None:
    """Measure ``sizes`` names of ``preset``, ``repeat`` rounds, and print a row per run."""
    header = (
        f"{'names':>9} {'wall s':>8} {'names/s':>9} {'peak MB':>8} {'pairs/name':>10} "
        f"{'P':>6} {'R':>6} {'F1':>6} {'B3 F1':>6} {'floor s':>8} {'x floor':>8} "
        f"{'person_of ms':>12} {'p99 ms':>6} {'compare us':>10} {'new us':>6}"
    )
    print(header)
    walls: dict[int, list[float]] = {size: [] for size in sizes}
    peaks: dict[int, float] = {}
    for size in [size for _ in range(repeat) for size in sizes]:
        r = run_one(size, seed, preset, sample_memory=False)
        walls[size].append(r["seconds"])
        if size not in peaks:  # memory is sampled in a run of its own, once per size
            sampled = run_one(size, seed, preset, sample_memory=True)
            peaks[size] = sampled["peak_mb"]
            print(f"(memory run at {size:,}: peak {peaks[size]:.0f} MB, wall {sampled['seconds']:.1f} s)")
        r["peak_mb"] = peaks[size]
        print(
            f"{r['size']:>9} {r['seconds']:>8.1f} {r['names_per_second']:>9.0f} {r['peak_mb']:>8.0f} "
            f"{r['pairs_per_name']:>10.1f} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} "
            f"{r['bcubed_f1']:>6.3f} {r['floor_seconds']:>8.3f} {r['floor_multiple']:>8.0f} "
            f"{r['person_of_median_ms']:>12.2f} {r['person_of_p99_ms']:>6.2f} "
            f"{r['compare_median_us']:>10.0f} {r['compare_new_median_us']:>6.0f}",
            flush=True,
        )
    _print_ratios(walls)


def _print_ratios(walls: dict[int, list[float]]) -> None:
    """Each size's (median) wall time over the rounds, and its ratio to the size before."""
    before: tuple[int, float] | None = None
    for size, seconds in walls.items():
        median = statistics.median(seconds)
        line = f"wall s at {size:,}: {median:.1f}"
        if len(seconds) > 1:
            line = f"median {line} (runs {', '.join(f'{s:.1f}' for s in seconds)})"
        if before is not None:
            line += f"; time({size:,}) / time({before[0]:,}) = {median / before[1]:.1f}"
        print(line)
        before = (size, median)


if __name__ == "__main__":
    main()
