"""The guarded merge one connected component at a time: the components, and their groups
merged in one process or shared among forked workers."""

from __future__ import annotations

import pytest

from namefold import parse
from namefold.engine import workers
from namefold.resolve.components import connected, merge_by_component
from namefold.resolve.judgements import ApartGuard
from namefold.resolve.marks import anchored, established
from namefold.resolve.nodes import Node
from namefold.resolve.verdicts import Interned, PairVerdicts


def test_components_in_the_order_of_their_first_node_with_their_pairs_in_order() -> None:
    """Judged and scored pairs both connect; each component keeps its edges in the order
    given; a node in no pair (8) is in no component."""
    found = connected(9, [(5, 0)], [(3, 4), (7, 2), (5, 6), (1, 2), (6, 0)])
    assert len(found) == 3
    assert [found.edges(k) for k in range(3)] == [[(5, 6), (6, 0)], [(7, 2), (1, 2)], [(3, 4)]]
    assert found.forced == [[(5, 0)], [], []]
    assert len(connected(3, [], [])) == 0


def test_a_long_chain_is_one_component() -> None:
    """Labels travel the whole length of a chain given in the worst order (the far end first),
    beside a judged pair alone in its component."""
    chain = [(k, k + 1) for k in reversed(range(1, 999))]
    found = connected(1002, [(1000, 1001)], chain)
    assert len(found) == 2
    assert found.edges(0) == chain
    assert found.forced == [[], [(1000, 1001)]]
    assert found.edges(1) == []


TEXTS = [
    "Siarhei Tsikhanouski",  # 0
    "S. Tsikhanouski",  # 1
    "Sviatlana Tsikhanouskaya",  # 2
    "Sviatlana Tikhanovskaya",  # 3
    "Viktar Babaryka",  # 4
    "Eduard Babaryka",  # 5
    "V. Babaryka",  # 6
    "Maria Kalesnikava",  # 7
    "Maria Kolesnikova",  # 8
    "Maryia Kalesnikava",  # 9
    "M. Kalesnikava",  # 10: no edge; judged the same as 7 in one test
]
EDGES = [  # best first
    (0, 1),
    (2, 3),
    (1, 3),  # across the spouses: refused by the cross checks
    (4, 6),
    (5, 6),  # Eduard against Viktar through V.: refused
    (7, 8),
    (8, 9),
]


def _groups(
    forced: list[tuple[int, int]], apart: ApartGuard | None, processes: int
) -> tuple[list[list[str]], int]:
    nodes = [Node(text=t, source=None, parsed=parse(t), mentions=1) for t in TEXTS]
    everyone = list(range(len(nodes)))
    verdicts = PairVerdicts([n.parsed for n in nodes], {}, Interned())
    groups = merge_by_component(
        len(nodes),
        everyone,  # node i is spelling i
        everyone,
        connected(len(nodes), forced, EDGES),
        verdicts,
        (established(nodes, everyone), anchored(nodes, everyone)),
        surnames_close=True,
        guard=lambda: apart,
        workers=processes,
    )
    return [[TEXTS[i] for i in group] for group in groups], verdicts.computed


@pytest.mark.parametrize("processes", [1, 2])
def test_each_component_merged_as_the_whole_graph_would_be(
    monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    """Chains stop at a conflict within each component, a judged pair joins two components,
    and every node comes out once, in groups ordered by their first node; forked workers
    (two processes, each component worth the threshold) give the same groups and count the
    cross checks they computed."""
    monkeypatch.setattr(workers, "PARALLEL_FROM", 2)
    groups, computed = _groups([(10, 7)], None, processes)
    assert groups == [
        ["Siarhei Tsikhanouski", "S. Tsikhanouski"],
        ["Sviatlana Tsikhanouskaya", "Sviatlana Tikhanovskaya"],
        ["Viktar Babaryka", "V. Babaryka"],
        ["Eduard Babaryka"],
        ["Maria Kalesnikava", "Maria Kolesnikova", "Maryia Kalesnikava", "M. Kalesnikava"],
    ]
    assert computed == _groups([(10, 7)], None, 1)[1] > 0  # the refused merges were cross-checked


def test_a_fresh_guard_keeps_pairs_judged_apart() -> None:
    """The guard of pairs judged apart is asked for anew for each share of the work, and
    obeyed: Maria Kolesnikova judged apart from Maria Kalesnikava stays out of her group."""
    labels = {7: 0, 8: 1}
    made: list[ApartGuard] = []

    def guard() -> ApartGuard:
        made.append(ApartGuard(labels, {0: frozenset({1}), 1: frozenset({0})}))
        return made[-1]

    nodes = [Node(text=t, source=None, parsed=parse(t), mentions=1) for t in TEXTS]
    everyone = list(range(len(nodes)))
    groups = merge_by_component(
        len(nodes),
        everyone,
        everyone,
        connected(len(nodes), [], EDGES),
        PairVerdicts([n.parsed for n in nodes], {}, Interned()),
        (),
        surnames_close=True,
        guard=guard,
    )
    assert [7] in groups
    assert [8, 9] in groups
    assert len(made) == 1
