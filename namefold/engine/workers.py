"""Several cores for large inputs: parsing, scoring, merging and fitting are shared with forked workers.

Four stages do work that is independent per name (or per connected component) and large:
parsing, scoring each full name against its candidates, the guarded merge of each component of
full names, and fitting each partial spelling to the people it may name (together about three
quarters of the time of a resolution). From ``PARALLEL_FROM`` items
on (an item may count as several, see :func:`map_chunks`), the items are split into
contiguous chunks, ``CHUNKS_PER_WORKER`` per process; this process and forked workers each take
the next chunk until none is left, and the workers send back plain tuples or flat
arrays (cheap to pickle). The results come in the order of the chunks, as sequential
work gives them, so the number of workers never changes a result.

Each call's work is one :class:`_Job` (the task, the items, the chunk size and the
shared ticket that numbers the chunks), handed to each worker as its process's
argument: a forked process inherits it, with everything the task reads, so nothing
but the results is pickled.

Workers are used only where the ``fork`` start method exists (Linux, macOS on
request) and this process runs no other thread, since forking a multi-threaded
process can deadlock. Everywhere else the work stays sequential.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from namefold.errors import ConfigError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkContext, ForkProcess
    from multiprocessing.sharedctypes import Synchronized

__all__ = [
    "CHUNKS_PER_WORKER",
    "PARALLEL_FROM",
    "Chunk",
    "WorkerTraceback",
    "can_fork",
    "check_workers",
    "map_chunks",
    "usable_cores",
]

PARALLEL_FROM = 50_000  # below this, starting a worker costs more than it saves
CHUNKS_PER_WORKER = 8  # more, smaller chunks even out the processes' loads (the last chunk waits)

T = TypeVar("T")
R = TypeVar("R")


class Chunk(NamedTuple):
    """Where a chunk of items sits: the position of its first item among all ``total``
    items, and whether this process reports progress (only the caller's process does)."""

    start: int
    total: int
    reports: bool


def check_workers(workers: int | None) -> int:
    """The number of processes to use: ``workers``, or, when ``None``, the cores this process
    may run on (its CPU affinity, where the platform has one: ``taskset -c 0`` means one)."""
    if workers is None:
        return usable_cores()
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        message = f"workers must be a positive integer or None, not {workers!r}"
        raise ConfigError(message)
    return workers


def usable_cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether workers can be forked here: the ``fork`` start method exists and no other
    thread runs (forking a multi-threaded process can deadlock)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def map_chunks(
    task: Callable[[list[T], Chunk], R],
    items: Sequence[T],
    workers: int,
    *,
    send: Callable[[R], Any] | None = None,
    cost: int = 1,
) -> list[Any]:
    """``[task(items, Chunk(0, len(items), True))]``, or ``task``'s results on contiguous
    chunks of ``items`` shared by ``workers`` processes, in the order of the chunks.

    There are ``CHUNKS_PER_WORKER`` chunks per process, and each process takes the next
    chunk when it is done with one, so a process whose chunks cost more does not keep
    the others waiting. ``task`` may read anything of this process: workers are forked,
    not started afresh, so nothing but the results is pickled. A worker's result goes
    through ``send`` before it is pickled, where a plainer form is cheaper to carry, and
    comes back in that form. ``cost`` is the work of an item, counted in parsed names:
    workers start from ``PARALLEL_FROM`` parsed names' worth of items. An exception in a
    worker is raised here, with the worker's traceback as its cause. The workers have ended,
    and their memory is free, when this returns.
    """
    total = len(items)
    if workers < 2 or total * cost < PARALLEL_FROM or not can_fork():
        return [task(list(items), Chunk(0, total, True))]
    context = multiprocessing.get_context("fork")
    size = -(-total // (workers * CHUNKS_PER_WORKER))
    job = _Job(task, send, items, size, context.Value("q", 0))
    crew = _Crew()
    try:
        crew.start(context, job, workers - 1)
        done = job.take(here=True)
        done.extend(crew.collect())
    finally:
        crew.end()
    return [found.result for found in sorted(done, key=_chunk_number)]


class _Done(NamedTuple):
    """A chunk's result, by the chunk's number."""

    number: int
    result: Any


def _chunk_number(done: _Done) -> int:
    return done.number


class _Job:
    """One call's work: the task and what it runs on, and the shared ticket that gives
    out the chunk numbers, so that each chunk is taken by exactly one process."""

    __slots__ = ("items", "send", "size", "task", "ticket")

    def __init__(
        self,
        task: Callable[[list[Any], Chunk], Any],
        send: Callable[[Any], Any] | None,
        items: Sequence[Any],
        size: int,
        ticket: Synchronized[int],
    ) -> None:
        self.task = task
        self.send = send
        self.items = items
        self.size = size
        self.ticket = ticket

    def take(self, *, here: bool) -> list[_Done]:
        """Run the task on chunks, taking the next untaken one each time, until none is left;
        results through ``send`` unless ``here`` (in the caller's process)."""
        items, size, ticket, send = self.items, self.size, self.ticket, self.send
        done: list[_Done] = []
        while True:
            with ticket.get_lock():
                k = ticket.value
                ticket.value = k + 1
            start = k * size
            if start >= len(items):
                return done
            result = self.task(list(items[start : start + size]), Chunk(start, len(items), here))
            done.append(_Done(k, result if here or send is None else send(result)))


class _Reply(NamedTuple):
    """What a worker sends back: its chunks' results, or the error that stopped it and
    the worker's traceback."""

    done: list[_Done]
    error: Exception | None = None
    trace: str = ""


class WorkerTraceback(Exception):
    """The traceback, in a worker process, of an exception raised again in the caller."""

    def __str__(self) -> str:
        return f'\n"""\n{self.args[0]}"""'


def _work(job: _Job, channel: Connection) -> None:
    """A forked worker's life: take chunks until none is left, send back a :class:`_Reply`.
    Ctrl-C is the caller's to handle (it ends the workers): a worker ignores it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        reply = _Reply(job.take(here=False))
    except Exception as error:  # raised again in the caller
        reply = _Reply([], error, traceback.format_exc())
    try:
        channel.send(reply)
    except Exception as error:  # the reply does not pickle
        message = f"a worker's reply could not be sent: {error!r}"
        channel.send(_Reply([], RuntimeError(message), traceback.format_exc()))
    channel.close()


class _Crew:
    """The forked workers of one call, each with the channel its reply comes back on."""

    def __init__(self) -> None:
        self.processes: list[ForkProcess] = []
        self.channels: list[Connection] = []
        self.collected = False

    def start(self, context: ForkContext, job: _Job, count: int) -> None:
        """Fork ``count`` workers on ``job``, which each inherits as its process's argument."""
        for _ in range(count):
            receiver, sender = context.Pipe(duplex=False)
            self.channels.append(receiver)
            try:
                process = context.Process(target=_work, args=(job, sender), daemon=True)
                process.start()
            finally:
                sender.close()  # the worker's end, here: a worker that dies then shows as the end of input
            self.processes.append(process)

    def collect(self) -> list[_Done]:
        """Every worker's results, once each has sent them; a worker's error raised here."""
        done: list[_Done] = []
        for process, channel in zip(self.processes, self.channels, strict=True):
            try:
                reply: _Reply = channel.recv()
            except EOFError:
                process.join()
                message = f"a worker process ended without its results (exit code {process.exitcode})"
                raise RuntimeError(message) from None
            if reply.error is not None:
                raise reply.error from WorkerTraceback(reply.trace)
            done.extend(reply.done)
        self.collected = True
        return done

    def end(self) -> None:
        """Stop the workers that still run (after an error), wait for every one to end and
        close the channels."""
        for process in self.processes:
            if not self.collected:
                process.terminate()
            process.join()
        for channel in self.channels:
            channel.close()
