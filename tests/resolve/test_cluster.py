"""The three passes together (cluster_nodes), and the scoring of full names they start with."""

from __future__ import annotations

import pytest

from namefold.resolve.cluster import Clustering, cluster_nodes, partial_edges
from namefold.resolve.edges import edge_ends
from namefold.resolve.index import CandidateIndex
from namefold.resolve.nodes import Node, spelling_positions, spellings_of
from namefold.resolve.scoring import score_full_names
from namefold.resolve.verdicts import Interned, Verdict, surname_floor


def _graph(mentions: list[tuple[str, str | None]]) -> tuple[list[Node], CandidateIndex]:
    spellings = spellings_of(mentions, "auto", 1)
    return spellings.nodes, CandidateIndex(list(spellings.parsed.values()), floor=surname_floor(0.8))


def _cluster(mentions: list[tuple[str, str | None]], threshold: float = 0.8) -> tuple[list[Node], Clustering]:
    nodes, index = _graph(mentions)
    return nodes, cluster_nodes(nodes, index, threshold=threshold)


def _texts(nodes: list[Node], done: Clustering) -> list[list[str]]:
    return [[f"{n.text}@{n.source}" if n.source else n.text for n in c.nodes] for c in done.clusters]


def _relations(nodes: list[Node], done: Clustering) -> dict[tuple[str, str], str]:
    ends = (edge_ends(key, len(nodes)) for key in done.edges)
    return {
        (nodes[i].text, nodes[j].text): data.relation
        for (i, j), data in zip(ends, done.edges.values(), strict=True)
    }


def test_three_passes_on_the_issue_example() -> None:
    """Full names merge, the honorific mention joins them, the unrelated name stays alone."""
    nodes, done = _cluster(
        [
            ("Maria Kalesnikava", None),
            ("Maria Kolesnikova", None),
            ("Ms. Kalesnikava", None),
            ("Ivan Belov", None),
        ]
    )
    assert _texts(nodes, done) == [
        ["Ivan Belov"],
        ["Maria Kalesnikava", "Maria Kolesnikova", "Ms. Kalesnikava"],
    ]
    assert _relations(nodes, done) == {
        ("Maria Kalesnikava", "Maria Kolesnikova"): "match",
        ("Maria Kalesnikava", "Ms. Kalesnikava"): "attach (only candidate)",
    }
    # one full pair (the Marias), then the partial mention against the Marias' two spellings
    assert done.candidate_pairs == 3
    assert done.comparisons == 3  # at threshold 0.8 two single spellings merge on their edge alone


def test_clusters_come_full_names_then_left_over_partials_then_ambiguous() -> None:
    """Pass 1's clusters (with pass 2's attachments), then pass 3's, then the ambiguous ones."""
    nodes, done = _cluster(
        [
            ("Ivan Belov", "d1"),
            ("Petr Belov", "d2"),
            ("Belov", "d2"),
            ("Belov", "d3"),
            ("Kowalski", "d1"),
            ("Kowalski", "d2"),
            ("Mr. Kowalski", "d3"),
        ]
    )
    assert _texts(nodes, done) == [
        ["Ivan Belov"],
        ["Belov@d2", "Petr Belov"],
        ["Kowalski@d1", "Kowalski@d2", "Mr. Kowalski@d3"],
        ["Belov@d3"],
    ]
    ambiguous = done.clusters[-1]
    assert ambiguous.ambiguous
    assert ambiguous.candidates == (0, 1)  # both Belovs' clusters
    assert not any(c.ambiguous for c in done.clusters[:-1])


def test_spouses_and_their_surnames_stay_apart() -> None:
    """Siarhei Tsikhanouski and Sviatlana Tsikhanouskaya are two people; each gendered bare
    surname joins its own spouse."""
    nodes, done = _cluster(
        [
            ("Siarhei Tsikhanouski", None),
            ("Sviatlana Tsikhanouskaya", None),
            ("Tsikhanouski", "d1"),
            ("Tsikhanouskaya", "d1"),
        ]
    )
    assert _texts(nodes, done) == [
        ["Siarhei Tsikhanouski", "Tsikhanouski@d1"],
        ["Sviatlana Tsikhanouskaya", "Tsikhanouskaya@d1"],
    ]


def test_left_over_partials_chain_their_sources_and_match_each_other() -> None:
    """The nodes of one partial spelling (one per source) are chained; two spellings that
    support each other are an edge, compared once."""
    nodes, index = _graph([("Kowalski", "d1"), ("Kowalski", "d2"), ("Mr. Kowalski", "d3")])
    found = partial_edges(nodes, [0, 1, 2], index, spelling_positions(nodes, index.parsed), Interned())
    assert found.compared == 2  # Kowalski with itself (its two sources), then with Mr. Kowalski
    assert found.best_first[0] == (0, 1)  # the same spelling twice: the best score
    assert sorted(found.best_first) == [(0, 1), (0, 2)]
    assert {data.relation for data in found.edges.values()} == {"match"}


def test_full_names_are_scored_against_their_candidates_only() -> None:
    """The Marias are one candidate pair and one edge; Ivan Belov meets no one."""
    nodes, index = _graph([("Maria Kalesnikava", None), ("Maria Kolesnikova", None), ("Ivan Belov", None)])
    full = [0, 1, 2]
    scored = score_full_names(
        nodes, index, full, spelling_positions(nodes, index.parsed), threshold=0.8, interned=Interned()
    )
    maria, kolesnikova = 1, 2  # nodes in text order: Ivan Belov, Maria Kalesnikava, Maria Kolesnikova
    assert scored.candidate_pairs == 1
    assert scored.best_first.tolist() == [[maria, kolesnikova]]
    (key, data), *_ = scored.edges.items()
    assert edge_ends(key, 3) == (maria, kolesnikova)
    assert data.relation == "match"
    assert data.score == pytest.approx(0.96)  # both fold to kalesnikava: a romanization
    assert data.rules == ("surname: romanization", "given: identical")
    assert list(scored.verdicts.values()) == [Verdict(conflict=False, surname=0.96)]


def test_a_higher_threshold_keeps_the_candidate_pair_but_drops_the_edge() -> None:
    """At threshold 0.99 the Marias are still compared, but not merged."""
    nodes, done = _cluster([("Maria Kalesnikava", None), ("Maria Kolesnikova", None)], threshold=0.99)
    assert _texts(nodes, done) == [["Maria Kalesnikava"], ["Maria Kolesnikova"]]
    assert done.edges == {}
    assert done.candidate_pairs == 1
