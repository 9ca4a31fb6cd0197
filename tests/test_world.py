"""The world fixture (issue 18): names of many scripts and traditions, and their hard negatives.

Issue 18's bar is pair F1 >= 0.95 with no false merge; namefold is not there yet
(docs/limitations.md says where it stops). The floors below are today's level, so that no
change makes it worse unnoticed; raise them as the work goes on. The report is not added to
the run's summary (it lists hundreds of splits); a failure prints it.
"""

from __future__ import annotations

from conftest import read_tsv

from namefold import evaluate, resolve

WORLD_F1_FLOOR = 0.6
WORLD_PRECISION_FLOOR = 0.96


def test_world_names_hold_their_floor() -> None:
    """Pair F1 and precision on fixtures/world_names.tsv do not fall below today's level."""
    rows = read_tsv("world_names.tsv")
    res = resolve([r["name"] for r in rows])
    metrics = evaluate(
        [m.person for m in res.mentions], [r["person"] for r in rows], [r["name"] for r in rows]
    )
    report = metrics.report("fixtures/world_names.tsv")
    assert metrics.f1 >= WORLD_F1_FLOOR, report
    assert metrics.precision >= WORLD_PRECISION_FLOOR, report


def test_world_negatives_name_known_people() -> None:
    """Every hard negative pairs two people of the world fixture, and no pair twice."""
    people = {r["person"] for r in read_tsv("world_names.tsv")}
    pairs = [(n["person_a"], n["person_b"]) for n in read_tsv("world_hard_negatives.tsv")]
    assert all(a in people and b in people and a != b for a, b in pairs)
    assert len({frozenset(p) for p in pairs}) == len(pairs)
