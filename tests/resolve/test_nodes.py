"""The match graph's nodes: one per full spelling, one per source of a partial spelling."""

from __future__ import annotations

from namefold import parse
from namefold.resolve.nodes import Node, make_cluster, spelling_positions, spellings_of


def test_a_full_name_is_one_node_with_all_its_sources() -> None:
    """'Maria Kalesnikava' from d1 twice and d2 once: one node, three mentions, both sources."""
    spellings = spellings_of(
        [("Maria Kalesnikava", "d1"), ("Maria Kalesnikava", "d2"), ("Maria Kalesnikava", "d1")], "auto", 1
    )
    assert list(spellings.parsed) == ["Maria Kalesnikava"]
    (node,) = spellings.nodes
    assert (node.text, node.source, node.mentions, node.sources) == (
        "Maria Kalesnikava",
        None,
        3,
        ("d1", "d2"),
    )


def test_a_partial_mention_is_one_node_per_source() -> None:
    """A bare surname is resolved within its document: one node per source, in source order."""
    spellings = spellings_of([("Belov", "d2"), ("Belov", "d1"), ("Belov", "d2"), ("Belov", None)], "auto", 1)
    assert [(n.source, n.mentions, n.sources) for n in spellings.nodes] == [
        (None, 1, ("d1", "d2")),  # no source of its own: it may be any of them
        ("d1", 1, ("d1",)),
        ("d2", 2, ("d2",)),
    ]
    assert [n.key for n in spellings.nodes] == [("Belov", ""), ("Belov", "d1"), ("Belov", "d2")]


def test_nodes_come_in_text_order() -> None:
    """Nodes, like the parsed spellings, are sorted by text."""
    spellings = spellings_of([("Petr Belov", None), ("Belov", "d1"), ("Ivan Belov", None)], "auto", 1)
    assert [n.text for n in spellings.nodes] == ["Belov", "Ivan Belov", "Petr Belov"]
    assert list(spellings.parsed) == ["Belov", "Ivan Belov", "Petr Belov"]


def test_spelling_positions_in_any_order() -> None:
    """Each node finds its spelling's position, whether or not the nodes are in text order."""
    parsed = [parse(t) for t in ("Belov", "Ivan Belov", "Maria Kalesnikava")]
    keys = [("Belov", "d1"), ("Belov", "d2"), ("Ivan Belov", None), ("Maria Kalesnikava", None)]
    nodes = [Node(text=t, source=s, parsed=parse(t), mentions=1) for t, s in keys]
    assert list(spelling_positions(nodes, parsed)) == [0, 0, 1, 2]  # in text order: one walk
    assert list(spelling_positions(nodes[::-1], parsed)) == [2, 1, 0, 0]  # any other: a lookup


def test_make_cluster_keeps_positions_and_marks_ambiguity() -> None:
    """A cluster holds its nodes and their positions; candidates make it ambiguous."""
    nodes = [Node(text=t, source=None, parsed=parse(t), mentions=1) for t in ("Belov", "Ivan Belov")]
    person = make_cluster(nodes, [0, 1])
    assert person.indexes == (0, 1)
    assert [n.text for n in person.nodes] == ["Belov", "Ivan Belov"]
    assert not person.ambiguous
    unsure = make_cluster(nodes, [0], (3, 5))
    assert unsure.ambiguous
    assert unsure.candidates == (3, 5)
