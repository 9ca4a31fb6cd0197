"""Resolving the names of a Dask DataFrame on a Dask cluster (extra ``namefold[dask]``).

Three stages, each a named Dask task, so the dashboard shows where the work is:

1. ``namefold-spellings-N``, one per partition, where the partition lives: its distinct
   ``(name, source)`` pairs with their counts, the first declared name order of each name,
   and each distinct name parsed (the parse stage of :mod:`namefold.names.batch`). A repeated
   name costs once.
2. ``namefold-resolve``: the spellings of every partition resolved into people, in one task;
   ``namefold-people-N`` takes out the people of partition N's spellings.
3. ``namefold-join-N``, one per partition: each row gets its person, canonical name,
   ambiguity, score and rule; its own columns stay as they were, rows neither moved,
   dropped nor repeated.

The result is the in-process one: the same people, ids, canonical names, scores and rules as
:func:`namefold.resolve_frame` on the same rows, whatever the partitioning and the number of
workers (a resolution depends only on the multiset of mentions, and the first declared order
of a name is found by partition and row; a name parsed in a partition in another order than
that one is parsed again).

Where it stops: stage 2 holds every distinct spelling on one worker (about 4 KB each: a
million distinct spellings need a worker of 4 to 5 GB); the shuffle of spellings by blocking
key and the clustering of connected components on many workers are not built yet.
"""

from __future__ import annotations

import operator
import os
import pickle
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.base import tokenize
from dask.delayed import delayed

from namefold.engine.gcpause import collector_paused
from namefold.io.frames import with_columns
from namefold.names.batch import Fields, from_fields, parse_fields
from namefold.names.model import Order, ParsedName
from namefold.resolve.frames import RowPerson, frame_mentions, output_columns, read_named, row_people
from namefold.resolve.inputs import Mentions
from namefold.resolve.judgements import Judgement
from namefold.resolve.resolution import resolution_of
from namefold.resolve.resolver import DEFAULT_THRESHOLD

__all__ = ["resolve"]

_Key = tuple[str, str | None]  # a name and its source: what decides a row's person


class _Spellings(NamedTuple):
    """Stage 1's result for one partition."""

    counts: Counter[_Key]  # rows of each (name, source)
    orders: Counter[tuple[str, Order]]  # rows declaring each (name, order)
    first: dict[str, tuple[int, Order]]  # each name's first declared order, by row
    texts: list[str]  # the distinct names, sorted
    parsed: bytes  # each parsed in its first declared order here, or auto: a pickled list of Fields


def resolve(
    frame: Any,
    name: str = "name",
    source: str | None = None,
    order: str | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    judgements: Iterable[Judgement] = (),
) -> dd.DataFrame:
    """``frame`` with the columns ``person``, ``canonical``, ``ambiguous``, ``score`` and
    ``rule`` added, as :func:`namefold.resolve_frame` adds them, lazily: compute it, or write
    it out.

    ``frame`` is a Dask DataFrame of any partitioning; a Dask bag of names (a DataFrame of one
    column, ``name``); or a list of files, read by Dask by their suffix (``.csv``, ``.jsonl``
    or ``.json`` as JSON Lines, ``.parquet``). The other arguments are those of
    :func:`namefold.resolve_frame`; an error in a partition (an unknown order, a name that is
    not a string) is raised when the result is computed, naming the column and the row.
    """
    frame = _as_frame(frame)
    read_named(frame._meta, name, source, order)  # the columns exist, no output column does
    token = tokenize(frame, name, source, order, threshold, tuple(judgements))
    parts = frame.to_delayed()
    spellings = [
        delayed(_spellings, pure=True)(
            part, name, source, order, dask_key_name=f"namefold-spellings-{token}-{i}"
        )
        for i, part in enumerate(parts)
    ]
    people = delayed(_people, pure=True)(
        spellings, threshold, tuple(judgements), dask_key_name=f"namefold-resolve-{token}"
    )
    joined = [
        delayed(_join, pure=True)(
            part,
            delayed(operator.getitem, pure=True)(people, i, dask_key_name=f"namefold-people-{token}-{i}"),
            name,
            source,
            order,
            dask_key_name=f"namefold-join-{token}-{i}",
        )
        for i, part in enumerate(parts)
    ]
    meta = _join(frame._meta, {}, name, source, order)
    result: dd.DataFrame = dd.from_delayed(joined, meta=meta, divisions=frame.divisions, verify_meta=False)
    return result


def _as_frame(given: Any) -> dd.DataFrame:
    """A Dask DataFrame of ``given``: a DataFrame, a bag of names or a list of files."""
    if isinstance(given, dd.DataFrame):
        return given
    if isinstance(given, db.Bag):
        rows = given.map(lambda text: {"name": text})  # type: ignore[no-untyped-call]
        found: dd.DataFrame = rows.to_dataframe(meta={"name": object})
        return found
    if isinstance(given, (list, tuple)) and given and all(isinstance(f, (str, os.PathLike)) for f in given):
        files = [os.fspath(f) for f in given]
        suffixes = {os.path.splitext(f)[1].lower() for f in files}
        read = _READERS.get(suffixes.pop()) if len(suffixes) == 1 else None
        if read is None:
            message = f"files must all be .csv, all .jsonl or .json, or all .parquet: {files[:3]!r}"
            raise ValueError(message)
        return read(files)
    message = (
        f"frame must be a dask DataFrame, a dask bag of names or a list of files, not {type(given).__name__}"
    )
    raise TypeError(message)


def _read_jsonl(files: list[str]) -> dd.DataFrame:
    found: dd.DataFrame = dd.read_json(files, lines=True, orient="records")
    return found


_READERS: dict[str, Callable[[list[str]], dd.DataFrame]] = {
    ".csv": dd.read_csv,
    ".jsonl": _read_jsonl,
    ".json": _read_jsonl,
    ".parquet": dd.read_parquet,
}


def _spellings(part: pd.DataFrame, name: str, source: str | None, order: str | None) -> _Spellings:
    """Stage 1: a partition's distinct (name, source) pairs and declared orders."""
    columns = read_named(part, name, source, order)
    _, mentions = frame_mentions(columns, name, source, order)
    counts: Counter[_Key] = Counter((text, where or None) for text, where, _ in mentions)
    orders: Counter[tuple[str, Order]] = Counter((text, how) for text, _, how in mentions if how is not None)
    first: dict[str, tuple[int, Order]] = {}
    for row, (text, _, how) in enumerate(mentions):
        if how is not None and text not in first:
            first[text] = (row, how)
    texts = sorted({text for text, _ in counts})
    # pickled here: one bytes object costs a tenth of the memory of the tuples it holds
    parsed = pickle.dumps(parse_fields(texts, "auto", {text: how for text, (_, how) in first.items()}), 5)
    return _Spellings(counts=counts, orders=orders, first=first, texts=texts, parsed=parsed)


def _people(
    spellings: Sequence[_Spellings], threshold: float, judgements: tuple[Judgement, ...]
) -> list[dict[_Key, RowPerson]]:
    """Stage 2: every partition's spellings resolved, as the row values of each (name,
    source) of each partition."""
    mentions = Mentions()
    counts: Counter[_Key] = Counter()
    declared: Counter[tuple[str, Order]] = Counter()
    first: dict[str, tuple[int, int, Order]] = {}
    for at, part in enumerate(spellings):
        counts.update(part.counts)
        declared.update(part.orders)
        for text, (row, how) in part.first.items():
            if text not in first or (at, row) < first[text][:2]:
                first[text] = (at, row, how)
    mentions.pairs = [key for key, count in sorted(counts.items(), key=_by_key) for _ in range(count)]
    mentions.orders = {text: how for text, (_, _, how) in sorted(first.items())}
    mentions.conflicts = sum(n for (text, how), n in declared.items() if mentions.orders[text] != how)
    with collector_paused(alone=True):  # the worker's one task: see engine.gcpause
        parsed = _parsed(spellings, mentions.orders)
        res = resolution_of(mentions, threshold=threshold, order="auto", judgements=judgements, parsed=parsed)
        found = {(m.text, m.source): row for m, row in zip(res.mentions, row_people(res), strict=True)}
        return [{key: found[key] for key in part.counts} for part in spellings]


def _parsed(spellings: Sequence[_Spellings], orders: dict[str, Order]) -> dict[str, ParsedName]:
    """The names the partitions parsed in the order the resolution reads them in (the first
    declared by partition and row, or auto); a name parsed only in other orders is not here."""
    found: dict[str, ParsedName] = {}
    for part in spellings:
        read: list[Fields] = pickle.loads(part.parsed)  # stage 1's own pickle
        texts: list[str] = []
        kept: list[Fields] = []
        for text, fields in zip(part.texts, read, strict=True):
            if text not in found and orders.get(text, "auto") == _order_in(part, text):
                texts.append(text)
                kept.append(fields)
        found.update(zip(texts, from_fields(texts, kept), strict=True))
    return found


def _order_in(part: _Spellings, text: str) -> Order:
    declared = part.first.get(text)
    return "auto" if declared is None else declared[1]


def _by_key(item: tuple[_Key, int]) -> tuple[str, str]:
    (text, where), _ = item
    return text, where or ""


def _join(
    part: pd.DataFrame, people: dict[_Key, RowPerson], name: str, source: str | None, order: str | None
) -> Any:
    """Stage 3: a partition with each row's person added."""
    columns = read_named(part, name, source, order)
    rows, mentions = frame_mentions(columns, name, source, order)
    found = [people[(text, where or None)] for text, where, _ in mentions]
    return with_columns(columns, output_columns(found, rows, len(part)))
