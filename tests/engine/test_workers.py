"""The chunk map shared with forked workers, and the ``workers`` setting (namefold/engine/workers.py)."""

from __future__ import annotations

import multiprocessing
import os
import re
import threading
import time
from multiprocessing.context import ForkProcess

import pytest

import namefold
from namefold.engine import workers
from namefold.engine.workers import Chunk, WorkerTraceback, check_workers, map_chunks

needs_fork = pytest.mark.skipif(not workers.can_fork(), reason="no fork start method: work is sequential")

ITEMS = list(range(50))
PAUSE = 0.02  # a pause per chunk, so that each process surely takes some chunks


class Started:
    """Set by a worker's task, awaited by the caller's: proof that a worker took a chunk."""

    def __init__(self) -> None:
        self.event = multiprocessing.get_context("fork").Event()  # forked workers share it

    def meet(self, at: Chunk) -> None:
        """In a worker, tell that it has started; in the caller, wait until one has."""
        if at.reports:
            assert self.event.wait(5), "no worker took a chunk"
        else:
            self.event.set()


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers from two items on, four chunks per process."""
    monkeypatch.setattr(workers, "PARALLEL_FROM", 2)
    monkeypatch.setattr(workers, "CHUNKS_PER_WORKER", 4)


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_chunks_come_back_in_order_whichever_process_took_them() -> None:
    """Chunks are contiguous and come back in their order; each task sees where its chunk
    starts, and only the caller's chunks report."""
    offset = 1000  # read by the forked workers from this process, never pickled
    caller = os.getpid()
    started = Started()

    def task(chunk: list[int], at: Chunk) -> list[tuple[int, int, int, bool, int]]:
        assert at.reports == (os.getpid() == caller)
        started.meet(at)
        time.sleep(PAUSE)
        return [(item + offset, at.start, at.total, at.reports, os.getpid()) for item in chunk]

    chunks = map_chunks(task, ITEMS, 3)
    assert len(chunks) == 10  # 3 processes x CHUNKS_PER_WORKER (4): chunks of ceil(50 / 12) = 5
    assert [row[0] - offset for chunk in chunks for row in chunk] == ITEMS
    assert [chunk[0][1] for chunk in chunks] == list(range(0, 50, 5))
    assert all(row[2] == 50 for chunk in chunks for row in chunk)
    pids = {row[4] for chunk in chunks for row in chunk}
    assert caller in pids
    assert len(pids) > 1  # workers took chunks too
    assert multiprocessing.active_children() == []  # and have ended


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_send_shapes_only_the_workers_results() -> None:
    """A worker's result goes through ``send``; the caller's own results do not."""

    started = Started()

    def task(chunk: list[int], at: Chunk) -> list[int]:
        started.meet(at)
        time.sleep(PAUSE)
        return chunk

    def send(result: list[int]) -> tuple[str, list[int]]:
        return ("sent", result)

    chunks = map_chunks(task, ITEMS, 3, send=send)
    sent = [chunk for chunk in chunks if isinstance(chunk, tuple)]
    kept = [chunk for chunk in chunks if isinstance(chunk, list)]
    assert sent
    assert kept
    assert all(tag == "sent" for tag, _ in sent)
    assert [k for chunk in chunks for k in (chunk[1] if isinstance(chunk, tuple) else chunk)] == ITEMS


def test_sequential_below_the_threshold_or_with_one_worker() -> None:
    """Few items, or one process: one chunk of everything, taken here, which reports."""

    def task(chunk: list[int], at: Chunk) -> tuple[list[int], Chunk, int]:
        return chunk, at, os.getpid()

    whole = [(ITEMS, Chunk(0, 50, True), os.getpid())]
    assert map_chunks(task, ITEMS, 3) == whole  # 50 items < PARALLEL_FROM
    assert map_chunks(task, ITEMS, 1) == whole


@needs_fork
def test_costly_items_reach_the_threshold_sooner() -> None:
    """``cost`` counts an item as that many: 50 items of cost 1,000 are PARALLEL_FROM's worth."""

    def task(chunk: list[int], at: Chunk) -> list[int]:
        return chunk

    assert map_chunks(task, ITEMS, 2, cost=999) == [ITEMS]
    chunks = map_chunks(task, ITEMS, 2, cost=workers.PARALLEL_FROM // len(ITEMS))
    assert len(chunks) == 13  # 2 processes x CHUNKS_PER_WORKER (8): chunks of ceil(50 / 16) = 4
    assert [k for chunk in chunks for k in chunk] == ITEMS


@pytest.mark.usefixtures("parallel")
def test_sequential_while_another_thread_runs() -> None:
    """Forking a multi-threaded process can deadlock: then the work stays here."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not workers.can_fork()
        chunks = map_chunks(lambda chunk, at: (len(chunk), at), ITEMS, 3)
    finally:
        stop.set()
        thread.join()
    assert chunks == [(50, Chunk(0, 50, True))]


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_an_error_in_a_worker_is_raised_in_the_caller() -> None:
    """The worker's exception, as it was, with the worker's traceback as its cause."""

    started = Started()

    def task(chunk: list[int], at: Chunk) -> list[int]:
        started.meet(at)
        if at.reports:
            return chunk
        message = f"bad chunk at {at.start}"
        raise ValueError(message)

    with pytest.raises(ValueError, match="bad chunk at") as raised:
        map_chunks(task, ITEMS, 3)
    cause = raised.value.__cause__
    assert isinstance(cause, WorkerTraceback)
    assert "in task" in str(cause)
    assert "ValueError: bad chunk at" in str(cause)
    assert multiprocessing.active_children() == []


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_an_error_in_the_caller_stops_the_workers() -> None:
    """The caller's own exception propagates, and no worker is left running."""

    def task(chunk: list[int], at: Chunk) -> list[int]:
        if at.reports:
            message = "the caller's chunk failed"
            raise KeyError(message)
        time.sleep(10)  # would keep the call waiting if the workers were not stopped
        return chunk

    began = time.perf_counter()
    with pytest.raises(KeyError, match="the caller's chunk failed"):
        map_chunks(task, ITEMS, 3)
    assert time.perf_counter() - began < 5
    assert multiprocessing.active_children() == []


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_a_worker_that_dies_is_an_error_not_a_hang() -> None:
    started = Started()

    def task(chunk: list[int], at: Chunk) -> list[int]:
        started.meet(at)
        if at.reports:
            return chunk
        os._exit(3)

    with pytest.raises(RuntimeError, match=r"ended without its results \(exit code 3\)"):
        map_chunks(task, ITEMS, 2)
    assert multiprocessing.active_children() == []


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_a_result_that_does_not_pickle_is_an_error() -> None:
    started = Started()

    def task(chunk: list[int], at: Chunk) -> object:
        started.meet(at)
        if at.reports:
            return chunk
        return lambda: chunk  # a local function does not pickle

    with pytest.raises(RuntimeError, match="reply could not be sent"):
        map_chunks(task, ITEMS, 2)


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_a_failed_fork_ends_the_workers_already_started(monkeypatch: pytest.MonkeyPatch) -> None:
    real_start = ForkProcess.start
    starts: list[ForkProcess] = []

    def start(process: ForkProcess) -> None:
        starts.append(process)
        if len(starts) == 2:
            message = "no more processes"
            raise OSError(message)
        real_start(process)

    def task(chunk: list[int], at: Chunk) -> list[int]:
        if not at.reports:
            time.sleep(10)  # would still run if the first worker were not stopped
        return chunk

    monkeypatch.setattr(ForkProcess, "start", start)
    with pytest.raises(OSError, match="no more processes"):
        map_chunks(task, ITEMS, 3)
    assert len(starts) == 2
    assert multiprocessing.active_children() == []


def test_workers_none_is_the_number_of_cores() -> None:
    assert check_workers(None) == (os.cpu_count() or 1)
    assert check_workers(3) == 3


@pytest.mark.parametrize("value", [0, -1, 1.5, "2", True])
def test_bad_workers_is_a_config_error(value: object) -> None:
    """workers must be a positive integer or None, checked alone and by resolve."""
    with pytest.raises(
        namefold.ConfigError, match=re.escape(f"workers must be a positive integer or None, not {value!r}")
    ):
        check_workers(value)  # type: ignore[arg-type]
    with pytest.raises(namefold.ConfigError, match="workers"):
        namefold.resolve(["x"], workers=value)  # type: ignore[arg-type]
