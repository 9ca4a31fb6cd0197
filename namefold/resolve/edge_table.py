"""The match graph's recorded edges as columns: a few bytes an edge, not three objects.

A resolution of a million names records millions of edges (every accepted pair of full
names, every fit of a partial mention). As a dict of :class:`EdgeData` each costs about 200
bytes (an integer key, a tuple and a float, and the dict's slot); here it is four array
entries, 21 bytes: its :func:`namefold.resolve.edges.edge_key`, score, relation (a code) and
rule list (an id among the table's distinct rule lists). An :class:`EdgeData` is made when
an edge is read.
"""

from __future__ import annotations

from array import array
from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView

from namefold.resolve.edges import (
    ATTACH_ONLY_CANDIDATE,
    ATTACH_SAME_SOURCE,
    CANDIDATE,
    JUDGED_SAME,
    MATCH,
    EdgeData,
    Rules,
    edge_records,
)

__all__ = ["EdgeTable"]

_RELATIONS = (MATCH, CANDIDATE, ATTACH_SAME_SOURCE, ATTACH_ONLY_CANDIDATE, JUDGED_SAME)
_CODE = {relation: code for code, relation in enumerate(_RELATIONS)}


class EdgeTable(Mapping[int, EdgeData]):
    """Edges by :func:`namefold.resolve.edges.edge_key`, in the order they were added.

    Read as a mapping; :meth:`add` and :meth:`extend` record edges (a key is recorded once:
    the stages that record edges never share one). Looking one key up builds, once, an index
    of the keys; iterating needs none.
    """

    def __init__(self) -> None:
        self._keys = array("q")
        self._scores = array("d")
        self._relations = array("b")
        self._rule_ids = array("l")
        self._rules: list[Rules] = []
        self._rule_id: dict[Rules, int] = {}
        self._position: dict[int, int] | None = None  # built by the first lookup

    def _id(self, rules: Rules) -> int:
        found = self._rule_id.get(rules)
        if found is None:
            found = self._rule_id[rules] = len(self._rules)
            self._rules.append(rules)
        return found

    def add(self, key: int, score: float, relation: str, rules: Rules) -> None:
        """Record the edge ``key``."""
        self._keys.append(key)
        self._scores.append(score)
        self._relations.append(_CODE[relation])
        self._rule_ids.append(self._id(rules))
        self._position = None

    def extend(
        self, keys: Iterable[int], scores: array[float], relation: str, rules: Iterable[Rules]
    ) -> None:
        """Record the edges ``keys``, with ``scores`` and ``rules`` in the same order, all of
        one ``relation``."""
        before = len(self._keys)
        self._keys.extend(keys)
        self._scores.extend(scores)
        self._rule_ids.extend(map(self._id, rules))
        self._relations.extend(array("b", [_CODE[relation]]) * (len(self._keys) - before))
        self._position = None

    def update(self, other: EdgeTable) -> None:
        """Record the edges of ``other``, in its order."""
        self._keys.extend(other._keys)
        self._scores.extend(other._scores)
        self._relations.extend(other._relations)
        self._rule_ids.extend(map(self._id, map(other._rules.__getitem__, other._rule_ids)))
        self._position = None

    def _data(self, k: int) -> EdgeData:
        return EdgeData(self._scores[k], _RELATIONS[self._relations[k]], self._rules[self._rule_ids[k]])

    def __getitem__(self, key: int) -> EdgeData:
        if self._position is None:
            self._position = {k: position for position, k in enumerate(self._keys)}
        return self._data(self._position[key])

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def keys(self) -> KeysView[int]:
        return _Keys(self)

    def values(self) -> ValuesView[EdgeData]:
        return _Values(self)

    def items(self) -> ItemsView[int, EdgeData]:
        return _Items(self)

    def _values(self) -> Iterator[EdgeData]:
        relations = map(_RELATIONS.__getitem__, self._relations)
        return edge_records(self._scores, relations, map(self._rules.__getitem__, self._rule_ids))


class _Keys(KeysView[int]):
    """The keys, in order, read from the column."""

    _mapping: EdgeTable

    def __iter__(self) -> Iterator[int]:
        return iter(self._mapping._keys)


class _Values(ValuesView[EdgeData]):
    """The edges' data, in order, made from the columns without a lookup per edge."""

    _mapping: EdgeTable

    def __iter__(self) -> Iterator[EdgeData]:
        return self._mapping._values()


class _Items(ItemsView[int, EdgeData]):
    """The keys and data, in order, without a lookup per edge."""

    _mapping: EdgeTable

    def __iter__(self) -> Iterator[tuple[int, EdgeData]]:
        return zip(self._mapping._keys, self._mapping._values(), strict=True)
