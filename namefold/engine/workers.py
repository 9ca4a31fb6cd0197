"""Several cores for large inputs: parsing and scoring are shared with forked workers.

Two stages do work that is independent per name and large: parsing, and scoring
each full name against its candidates (together about two thirds of the time of a
resolution). From ``PARALLEL_FROM`` items on, the items are split into contiguous
chunks, ``CHUNKS_PER_WORKER`` per process; this process and forked workers each take
the next chunk until none is left, and the workers send back plain tuples or flat
arrays (cheap to pickle). The results come in the order of the chunks, as sequential
work gives them, so the number of workers never changes a result.

Workers are used only where the ``fork`` start method exists (Linux, macOS on
request) and this process runs no other thread, since forking a multi-threaded
process can deadlock. Everywhere else parsing stays sequential.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, TypeVar

from namefold.errors import ConfigError

__all__ = ["PARALLEL_FROM", "Chunk", "check_workers", "map_chunks"]

PARALLEL_FROM = 50_000  # below this, starting a worker costs more than it saves

T = TypeVar("T")
R = TypeVar("R")


class Chunk(NamedTuple):
    """Where a chunk of items sits: the position of its first item among all ``total``
    items, and whether this process reports progress (only the caller's process does)."""

    start: int
    total: int
    reports: bool


CHUNKS_PER_WORKER = 8  # more, smaller chunks even out the processes' loads (the last chunk waits)
# The task of the current map_chunks call (task, send, items, chunk size, next chunk
# number); forked workers inherit it with everything it reads.
_TASK: tuple[Callable[[Any, Chunk], Any], Callable[[Any], Any] | None, Sequence[Any], int, Any] | None = None


def check_workers(workers: int | None) -> int:
    """The number of processes to use: ``workers``, or the machine's cores when ``None``."""
    if workers is None:
        return os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        message = f"workers must be a positive integer or None, not {workers!r}"
        raise ConfigError(message)
    return workers


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def map_chunks(
    task: Callable[[list[T], Chunk], R],
    items: Sequence[T],
    workers: int,
    *,
    send: Callable[[R], Any] | None = None,
) -> list[Any]:
    """``[task(items, Chunk(0, len(items), True))]``, or ``task``'s results on contiguous
    chunks of ``items`` shared by ``workers`` processes, in the order of the chunks.

    There are ``CHUNKS_PER_WORKER`` chunks per process, and each process takes the next
    chunk when it is done with one, so a process whose chunks cost more does not keep
    the others waiting. ``task`` may read anything of this process: workers are forked,
    not started afresh, so nothing but the results is pickled. A worker's result goes
    through ``send`` before it is pickled, where a plainer form is cheaper to carry, and
    comes back in that form. The workers have ended, and their memory is free, when this
    returns.
    """
    global _TASK
    total = len(items)
    if workers < 2 or total < PARALLEL_FROM or not _can_fork():
        return [task(list(items), Chunk(0, total, True))]
    size = -(-total // (workers * CHUNKS_PER_WORKER))
    context = multiprocessing.get_context("fork")
    _TASK = (task, send, items, size, context.Value("q", 0))
    try:
        with context.Pool(workers - 1) as pool:
            pending = [pool.apply_async(_take_chunks, (False,)) for _ in range(workers - 1)]
            results = dict(_take_chunks(True))
            for found in pending:
                results.update(found.get())
    finally:
        _TASK = None
    return [results[k] for k in sorted(results)]


def _take_chunks(here: bool) -> list[tuple[int, Any]]:
    """Run the task on chunks, taking the next untaken one each time, until none is left:
    ``(chunk number, result)`` pairs, results through ``send`` unless ``here`` (the caller)."""
    assert _TASK is not None, "workers are forked after the task is set"
    task, send, items, size, ticket = _TASK
    done: list[tuple[int, Any]] = []
    while True:
        with ticket.get_lock():
            k = ticket.value
            ticket.value = k + 1
        start = k * size
        if start >= len(items):
            return done
        result = task(list(items[start : start + size]), Chunk(start, len(items), here))
        done.append((k, result if here or send is None else send(result)))
