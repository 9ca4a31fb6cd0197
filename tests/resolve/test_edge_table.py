"""EdgeTable: recorded edges as columns, read as a mapping in the order they were added."""

from __future__ import annotations

from array import array

import pytest

from namefold.resolve.edge_table import EdgeTable
from namefold.resolve.edges import ATTACH_SAME_SOURCE, CANDIDATE, MATCH, EdgeData


def test_edges_read_back_in_order_with_their_data() -> None:
    table = EdgeTable()
    table.extend([7, 3], array("d", [0.96, 0.9]), MATCH, [("surname: typo",), ("given: alias",)])
    table.add(12, 0.88, ATTACH_SAME_SOURCE, ("surname: identical",))
    assert list(table) == [7, 3, 12]
    assert list(table.keys()) == [7, 3, 12]
    assert list(table.values()) == [
        EdgeData(0.96, "match", ("surname: typo",)),
        EdgeData(0.9, "match", ("given: alias",)),
        EdgeData(0.88, "attach (same source)", ("surname: identical",)),
    ]
    assert dict(table.items()) == {
        7: (0.96, "match", ("surname: typo",)),
        3: (0.9, "match", ("given: alias",)),
        12: (0.88, "attach (same source)", ("surname: identical",)),
    }
    assert len(table) == 3
    assert table[3].rules == ("given: alias",)
    assert 12 in table
    assert 4 not in table
    with pytest.raises(KeyError):
        table[4]


def test_update_appends_another_table_and_a_lookup_sees_later_edges() -> None:
    table = EdgeTable()
    table.add(1, 0.9, MATCH, ("a",))
    assert table[1].score == 0.9  # builds the lookup index
    other = EdgeTable()
    other.add(5, 0.5, CANDIDATE, ("b",))
    other.add(6, 0.6, CANDIDATE, ("a",))
    table.update(other)
    assert list(table) == [1, 5, 6]
    assert table[6] == EdgeData(0.6, "candidate", ("a",))
    assert table[5].relation == "candidate"
    assert EdgeTable() == {}
    assert table != {}
