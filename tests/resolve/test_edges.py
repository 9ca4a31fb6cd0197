"""The match graph's edges: one integer key per pair of nodes, the records, the merge order."""

from __future__ import annotations

from array import array

import pytest

from namefold.resolve.edges import (
    MATCH,
    EdgeData,
    best_first,
    edge_ends,
    edge_key,
    edge_keys,
    edge_records,
    ends_of,
    row_base,
)


def test_edge_key_is_the_pair_in_base_size() -> None:
    """Nodes 3 and 7 among 10 are the key 37, in either order; the key decodes to (3, 7)."""
    assert edge_key(3, 7, 10) == 37
    assert edge_key(7, 3, 10) == 37
    assert edge_ends(37, 10) == (3, 7)
    assert edge_key(0, 1, 1000) == 1


@pytest.mark.parametrize("size", [2, 3, 10, 97])
def test_edge_keys_round_trip_and_are_distinct(size: int) -> None:
    """Every pair i < j among ``size`` nodes has its own key, and the key gives the pair back."""
    pairs = [(i, j) for i in range(size) for j in range(i + 1, size)]
    keys = [edge_key(i, j, size) for i, j in pairs]
    assert len(set(keys)) == len(pairs)
    assert [edge_ends(k, size) for k in keys] == pairs
    assert list(ends_of(keys, size)) == pairs  # the bulk form decodes the same


def test_bulk_encodings() -> None:
    """A row's base plus j is the key of (i, j > i); edge_keys encodes pairs of any order."""
    assert [row_base(2, 10) + j for j in (3, 5, 9)] == [23, 25, 29]
    assert [row_base(2, 10) + j for j in (3, 5, 9)] == [edge_key(2, j, 10) for j in (3, 5, 9)]
    assert list(edge_keys([1, 8], [4, 2], 10)) == [14, 28]


def test_best_first_orders_by_score_then_positions() -> None:
    """Descending score; equal scores by the lower node, then the higher one."""
    lefts, rights = array("q", [0, 1, 0, 2]), array("q", [1, 2, 2, 3])
    scores = array("d", [0.9, 0.95, 0.9, 0.8])
    assert best_first(lefts, rights, scores).tolist() == [[1, 2], [0, 1], [0, 2], [2, 3]]
    assert best_first(array("q"), array("q"), array("d")).shape == (0, 2)


def test_edge_records_are_named() -> None:
    """edge_records builds EdgeData, read by field and equal to the plain triple."""
    rules = ("surname: typo",)
    records = list(edge_records([0.96], [MATCH], [rules]))
    assert records == [EdgeData(score=0.96, relation="match", rules=rules)]
    assert type(records[0]) is EdgeData
    assert records[0].score == 0.96
    assert records[0].relation == "match"
    assert records[0] == (0.96, "match", rules)
