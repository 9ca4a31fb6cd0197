"""``benchmarks/run.py --dask``: namefold.dask on a 2-worker LocalCluster beside in-process.

For each size: in-process ``resolve_frame`` wall time; on the cluster, wall time, each worker's
peak resident memory, and the input of the largest task (the resolve stage: the partitions'
distinct spellings, in bytes as Dask measures them), and whether the two results are equal.
"""

from __future__ import annotations

import os
import time
from typing import Any

import dask.dataframe as dd
import distributed
import pandas as pd
from workload import generator

import namefold
import namefold.dask as nfd

ROWS_PER_PARTITION = 50_000


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _stage_bytes(dask_scheduler: Any) -> dict[str, int]:
    """The result size of each ``namefold-spellings`` task still held by the scheduler."""
    return {
        str(key): ts.nbytes
        for key, ts in dask_scheduler.tasks.items()
        if str(key).startswith("namefold-spellings")
    }


def measure(size: int, seed: int, preset: str) -> dict[str, Any]:
    """One size on a fresh 2-worker cluster, beside the same rows in-process."""
    names, _ = generator(preset)(size, seed=seed)
    frame = pd.DataFrame({"name": names, "row": range(size)})
    start = time.perf_counter()
    want = namefold.resolve_frame(frame)
    in_process = time.perf_counter() - start
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
    )
    with distributed.Client(cluster) as client:
        result = nfd.resolve(dd.from_pandas(frame, npartitions=max(1, size // ROWS_PER_PARTITION)))
        start = time.perf_counter()
        persisted = client.persist(result)
        distributed.wait(persisted)
        got = persisted.compute()
        on_dask = time.perf_counter() - start
        held = client.run_on_scheduler(_stage_bytes)
        peaks = sorted(client.run(_peak_mb).values())
    cluster.close()
    return {
        "size": size,
        "in_process_s": in_process,
        "dask_s": on_dask,
        "worker_peak_mb": peaks,
        "largest_task_input_mb": sum(held.values()) / 1e6 if held else float("nan"),
        "equal": got["person"].tolist() == want["person"].tolist(),
    }


def table(sizes: list[int], seed: int, preset: str) -> None:
    """Print a row per size."""
    print(f"preset {preset}, namefold.dask on LocalCluster(n_workers=2, threads_per_worker=1)")
    print(
        f"{'names':>9} {'in-proc s':>9} {'dask s':>7} {'worker peak MB':>16} {'largest task in MB':>18} equal"
    )
    for size in sizes:
        r = measure(size, seed, preset)
        peaks = "/".join(f"{p:.0f}" for p in r["worker_peak_mb"])
        print(
            f"{size:>9} {r['in_process_s']:>9.1f} {r['dask_s']:>7.1f} {peaks:>16} "
            f"{r['largest_task_input_mb']:>18.1f} {r['equal']}",
            flush=True,
        )
