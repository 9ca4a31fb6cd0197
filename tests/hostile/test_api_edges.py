"""The public API at its edges (issue 20): a wrong type is a TypeError naming it, long texts
do not stay in the caches, the collector is left alone for other threads, and
``workers=None`` counts the cores this process may use."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable

import pytest

import namefold
from namefold.engine import caches, workers


@pytest.mark.parametrize(
    "function", [namefold.fold, namefold.to_ascii, namefold.skeleton, namefold.normalize]
)
@pytest.mark.parametrize("value", [["Ivanov"], 3, None, b"Ivanov"], ids=["list", "int", "None", "bytes"])
def test_text_functions_name_a_wrong_type(function: Callable[[object], object], value: object) -> None:
    with pytest.raises(TypeError, match=f"must be a str, not {type(value).__name__}"):
        function(value)


@pytest.mark.parametrize("function", [namefold.name_keys, namefold.blocking_keys])
def test_key_functions_name_a_wrong_type(function: Callable[[object], object]) -> None:
    with pytest.raises(TypeError, match=r"must be a ParsedName .* not str"):
        function("Ivan Ivanov")
    assert function(namefold.parse("Ivan Ivanov"))


@pytest.mark.parametrize("threshold", [True, False])
def test_a_bool_is_no_threshold(threshold: bool) -> None:
    with pytest.raises(namefold.ConfigError, match="threshold"):
        namefold.resolve(["Ivan Ivanov"], threshold=threshold)
    with pytest.raises(namefold.ConfigError, match="threshold"):
        namefold.Resolver(threshold=threshold)


def test_extract_documents_names_a_wrong_id_or_mapping() -> None:
    with pytest.raises(TypeError, match="document id must be a str, not int"):
        namefold.extract_documents({1: "Maria Kalesnikava spoke."})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="documents must be a mapping"):
        namefold.extract_documents(["Maria Kalesnikava spoke."])  # type: ignore[arg-type]


def test_person_of_names_a_wrong_source() -> None:
    res = namefold.resolve(["Ivan Ivanov"])
    with pytest.raises(TypeError, match="source must be a str, not int"):
        res.person_of("Ivan Ivanov", source=1)  # type: ignore[arg-type]


def test_long_texts_do_not_stay_in_the_caches() -> None:
    """Texts over caches.LONGEST characters are computed, not kept."""
    namefold.resolve(["Ivan Ivanov"])
    before = sum(caches.entries().values())
    names = [chr(65 + i) * 5000 + " " + "Lukashenko" * 500 + chr(97 + i) for i in range(20)]
    namefold.resolve(names)
    namefold.fold("x" * 1000)
    namefold.to_ascii("y" * 1000)
    grown = sum(caches.entries().values()) - before
    assert grown < 200  # a few short derived words; before, every long word in every cache
    assert namefold.fold("x" * 1000) == namefold.fold("x" * 1000)


def _gc_during_resolve() -> list[bool]:
    seen: list[bool] = []
    namefold.resolve(["Ivan Ivanov", "Ivan Ivanow"], progress=lambda *_: seen.append(gc.isenabled()))
    return seen


def test_the_collector_stays_on_while_another_thread_runs() -> None:
    if threading.active_count() > 1:
        pytest.skip("another thread already runs in this test process")
    assert gc.isenabled()
    assert not any(_gc_during_resolve())  # alone: paused, for speed
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        seen = _gc_during_resolve()
    finally:
        stop.set()
        other.join()
    assert seen
    assert all(seen)  # another thread runs: the collector is left as it is
    assert gc.isenabled()


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="no CPU affinity on this platform")
def test_workers_none_counts_the_cores_this_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """``taskset -c 0`` leaves one core: one process, whatever the machine has."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert workers.check_workers(None) == 1
    assert namefold.Resolver(workers=None).workers == 1
