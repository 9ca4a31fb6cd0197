"""``namefold resolve --dask``: the records resolved on a Dask cluster (:mod:`namefold.dask`)."""

# mypy: disallow-untyped-calls=False
# (Dask leaves Client, from_pandas and compute unannotated)

from __future__ import annotations

from typing import Any

import dask.dataframe as dd
import distributed
import pandas as pd

import namefold
import namefold.dask as nfd
from namefold.io.records import InputError, Record

__all__ = ["added_on_dask"]

_ROWS_PER_PARTITION = 50_000


def added_on_dask(
    address: str, records: list[Record], *, threshold: float, judgements: list[namefold.Judgement]
) -> list[dict[str, Any]]:
    """The fields each record adds, resolved on the cluster whose scheduler is at ``address``
    (``local``: a cluster of this machine's cores, for the run)."""
    frame = pd.DataFrame(
        {
            "name": [r.name for r in records],
            "source": [r.source for r in records],
            "order": [r.order for r in records],
        },
        dtype=object,
    )
    partitions = max(1, -(-len(frame) // _ROWS_PER_PARTITION))
    try:
        with _client(address):
            done = nfd.resolve(
                dd.from_pandas(frame, npartitions=partitions),
                source="source",
                order="order",
                threshold=threshold,
                judgements=judgements,
            ).compute()
    except OSError as error:
        message = f"--dask {address}: cannot reach the scheduler: {error}"
        raise InputError(message) from error
    return [
        {
            "person": row.person,
            "canonical": row.canonical,
            "ambiguous": bool(row.ambiguous),
            "score": None if pd.isna(row.score) else float(row.score),
            "rule": row.rule,
        }
        for row in done.itertuples(index=False)
    ]


def _client(address: str) -> distributed.Client:
    if address == "local":
        return distributed.Client(processes=True, dashboard_address=None, silence_logs=50)
    return distributed.Client(address, timeout="5s")
