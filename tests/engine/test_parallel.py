"""Parsing and scoring on several cores give exactly what one core gives."""

from __future__ import annotations

import pytest

import namefold
from namefold.engine import workers
from namefold.names import batch
from namefold.names.parse import parse

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
    if not workers.can_fork():
        pytest.skip("no fork start method here: parsing is always sequential")
    monkeypatch.setattr(workers, "PARALLEL_FROM", 2)
    texts = sorted(NAMES)
    parsed = batch.parse_all(texts, "auto", 3)
    assert parsed == [parse(text) for text in texts]
    assert [p.kind for p in parsed] == [parse(text).kind for text in texts]


def test_resolution_does_not_depend_on_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The people and every mention's person are the same with one process or three."""
    monkeypatch.setattr(workers, "PARALLEL_FROM", 2)
    one = namefold.resolve(NAMES, workers=1)
    three = namefold.resolve(NAMES, workers=3)
    assert one.people == three.people  # people hold their links, so the edges match too
    assert one.mentions == three.mentions
    assert one.stats == three.stats
    assert len(one.people) == 6  # Kalesnikava, the two Tsikhanouskis, the two Babarykas, Lukashenko
