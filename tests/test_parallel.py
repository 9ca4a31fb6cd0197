"""Parsing and scoring on several cores give exactly what one core gives."""

from __future__ import annotations

import os

import pytest

import namefold
from namefold import _parallel
from namefold._parse import parse

NAMES = [
    "Maria Kalesnikava",
    "KOLESNIKOVA, Maria Aleksandrovna",
    "Мария Колесникова",
    "Ms. Kalesnikava",
    "Siarhei Tsikhanouski",
    "Sviatlana Tsikhanouskaya",
    "Viktar Babaryka",
    "Eduard Babaryka",
    "Лукашэнка",
    "A. G. Lukashenko",
]


def test_parallel_parse_equals_sequential(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the threshold, forked workers parse their chunks; the list is the same, in order."""
    if not _parallel._can_fork():
        pytest.skip("no fork start method here: parsing is always sequential")
    monkeypatch.setattr(_parallel, "PARALLEL_FROM", 2)
    texts = sorted(NAMES)
    parsed = _parallel.parse_all(texts, "auto", 3)
    assert parsed == [parse(text) for text in texts]
    assert [p.kind for p in parsed] == [parse(text).kind for text in texts]


def test_resolution_does_not_depend_on_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The people and every mention's person are the same with one process or three."""
    monkeypatch.setattr(_parallel, "PARALLEL_FROM", 2)
    one = namefold.resolve(NAMES, workers=1)
    three = namefold.resolve(NAMES, workers=3)
    assert one.people == three.people  # people hold their links, so the edges match too
    assert one.mentions == three.mentions
    assert one.stats == three.stats
    assert len(one.people) == 6  # Kalesnikava, the two Tsikhanouskis, the two Babarykas, Lukashenko


def test_map_chunks_keeps_the_order_of_the_items(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks are contiguous and come back in their order, whichever process took them;
    each task sees where its chunk starts, and only the caller's chunks report."""
    if not _parallel._can_fork():
        pytest.skip("no fork start method here: work is always sequential")
    monkeypatch.setattr(_parallel, "PARALLEL_FROM", 2)
    offset = 1000  # read by the forked workers from this process, never pickled
    caller = os.getpid()

    def task(chunk: list[int], at: _parallel.Chunk) -> list[tuple[int, int, int, bool]]:
        assert at.reports == (os.getpid() == caller)
        return [(item + offset, at.start, at.total, at.reports) for item in chunk]

    items = list(range(50))
    chunks = _parallel.map_chunks(task, items, 3)
    assert len(chunks) == 10  # 3 processes x CHUNKS_PER_WORKER (4): chunks of ceil(50 / 12) = 5
    assert [k - offset for chunk in chunks for k, *_ in chunk] == items
    assert all(
        start == chunk[0][0] - offset and total == 50 for chunk in chunks for _, start, total, _ in chunk
    )
    assert _parallel.map_chunks(task, items, 1) == [[(k + offset, 0, 50, True) for k in items]]


@pytest.mark.parametrize("workers", [0, -1, 1.5, "2", True])
def test_bad_workers_is_a_config_error(workers: object) -> None:
    """workers must be a positive integer or None."""
    with pytest.raises(namefold.ConfigError, match="workers"):
        namefold.resolve(["x"], workers=workers)  # type: ignore[arg-type]


def test_spelling_positions_match_a_lookup_in_any_order() -> None:
    """Each node finds its spelling's position, whether or not both lists are in text order."""
    from namefold._graph import Node, _spelling_positions

    texts = sorted(NAMES)
    parsed = [parse(t) for t in texts]
    nodes = [Node(text=t, source=None, parsed=parse(t), mentions=1) for t in texts]
    assert list(_spelling_positions(nodes, parsed)) == list(range(len(texts)))
    shuffled = nodes[::-1]
    assert list(_spelling_positions(shuffled, parsed)) == [texts.index(n.text) for n in shuffled]


def _synthetic_names(count: int, seed: int) -> list[str]:
    """``count`` people from namefold's own pools, each written four ways (typos included)."""
    import random

    from namefold._synthetic import LANGUAGES, given_pool, make_person, spell

    rng = random.Random(seed)
    names = []
    for k in range(count):
        group = given_pool()[rng.randrange(len(given_pool()))]
        person = make_person(LANGUAGES[k % len(LANGUAGES)], rng.choice("mf"), group, rng.randrange(500), None)
        names.extend(
            spell(person, rng.choice, ("latin", "cyrillic"), True, True, True, True) for _ in range(4)
        )
    return names


def test_merging_in_parts_equals_one_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    """With workers, the greedy merge runs on parts of the edges' components in separate
    processes; the groups, and the verdicts the cross checks compute, are the same."""
    if not _parallel._can_fork():
        pytest.skip("no fork start method here: merging is always sequential")
    names = _synthetic_names(300, seed=11)
    one = namefold.resolve(names, workers=1)
    monkeypatch.setattr(_parallel, "PARALLEL_FROM", 2)
    three = namefold.resolve(names, workers=3)
    assert one.stats["comparisons"] > one.stats["candidate_pairs"]  # cross checks computed verdicts
    assert one.stats == three.stats
    assert one.people == three.people
    assert one.mentions == three.mentions


def test_verdicts_computed_elsewhere_are_kept_and_counted() -> None:
    """A worker's verdicts come back with their keys; the receiver keeps and counts new ones
    only, so the ``comparisons`` count is the same as if it had computed them itself."""
    from namefold._graph import _Verdicts

    parsed = [parse(t) for t in NAMES]
    worker, parent = _Verdicts(parsed), _Verdicts(parsed)
    parent.get(0, 1)
    start = len(worker.computed_keys)
    expected = [worker.get(0, 1), worker.get(2, 5), worker.get(4, 3)]
    sent = worker.computed_since(start)
    assert [verdict for _, verdict in sent] == expected
    parent.add_computed(sent)
    assert parent.computed == 3  # (0, 1) was known already
    assert [parent.get(0, 1), parent.get(2, 5), parent.get(3, 4)] == expected
    assert parent.computed == 3  # read from memory, not computed again
