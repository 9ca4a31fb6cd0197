"""The match graph's edges: what an accepted edge records, and the one integer key of a pair.

A pair of node positions ``i < j`` among ``size`` nodes is the integer ``i * size + j``
(:func:`edge_key`), not a tuple: a million edges take a fraction of the memory, and a
key is hashed and sorted in C. This module is the one place that encodes and decodes
it; the bulk forms (:func:`edge_keys`, :func:`ends_of`) do it for many pairs without a
Python call per pair, and :func:`row_base` gives a loop over one node's pairs the base it
adds to. :func:`best_first` sorts the accepted edges, as arrays, for the greedy merge.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

__all__ = [
    "ATTACH_ONLY_CANDIDATE",
    "ATTACHES",
    "ATTACH_SAME_SOURCE",
    "CANDIDATE",
    "MATCH",
    "JUDGED_SAME",
    "EdgeData",
    "Rules",
    "best_first",
    "edge_ends",
    "edge_key",
    "edge_keys",
    "edge_records",
    "ends_of",
    "row_base",
]

# The relation of an edge: two full names (or two partial mentions) that match; a partial
# mention and a full name it fits; and that fit once the partial mention joined the cluster.
MATCH = "match"
CANDIDATE = "candidate"
ATTACH_SAME_SOURCE = "attach (same source)"
ATTACH_ONLY_CANDIDATE = "attach (only candidate)"
JUDGED_SAME = "judged same"  # two spellings a judgement made one person
ATTACHES = frozenset({ATTACH_SAME_SOURCE, ATTACH_ONLY_CANDIDATE})

# names of the rules behind an edge ("surname: typo", "given: alias"), shared between edges
Rules = tuple[str, ...]


class EdgeData(NamedTuple):
    """A recorded edge: its score, relation (:data:`MATCH`, ...) and the names of its rules.

    The evidence itself is not kept: it is recomputed when it is read.
    """

    score: float
    relation: str
    rules: Rules


def edge_key(i: int, j: int, size: int) -> int:
    """One integer for the pair of node positions ``i``, ``j`` (in either order) among ``size`` nodes."""
    return i * size + j if i < j else j * size + i


def edge_ends(key: int, size: int) -> tuple[int, int]:
    """The node positions ``(i, j)``, ``i < j``, of an :func:`edge_key`."""
    return divmod(key, size)


def edge_keys(lefts: Iterable[int], rights: Iterable[int], size: int) -> Iterator[int]:
    """:func:`edge_key` of each pair ``(lefts[k], rights[k])``."""
    return map(edge_key, lefts, rights, itertools.repeat(size))


def row_base(i: int, size: int) -> int:
    """The key of the pair ``(i, j)``, for every ``j > i``, is ``row_base(i, size) + j``: a
    loop over the pairs of one node adds, with no call per pair (scoring does)."""
    return i * size


def ends_of(keys: Iterable[int], size: int) -> Iterator[tuple[int, int]]:
    """:func:`edge_ends` of each key, decoded in C: no Python frame per edge."""
    return map(divmod, keys, itertools.repeat(size))


def edge_records(
    scores: Iterable[float], relations: Iterable[str], rules: Iterable[Rules]
) -> Iterator[EdgeData]:
    """An :class:`EdgeData` for each ``(score, relation, rules)`` (iterables of one length), built in C.

    ``tuple.__new__(EdgeData, fields)`` is what ``EdgeData(*fields)`` does, without the
    Python frame of a named tuple's ``__new__`` per edge.
    """
    return map(tuple.__new__, itertools.repeat(EdgeData), zip(scores, relations, rules, strict=True))


def best_first(lefts: array[int], rights: array[int], scores: array[float]) -> npt.NDArray[np.int64]:
    """The edges ``(lefts[k], rights[k])``, ``left < right``, as rows of an array, in
    descending score, ties by left then right position (sorted by numpy: a million edges in
    a fraction of a second, eight bytes per end)."""
    left, right = np.asarray(lefts, dtype=np.int64), np.asarray(rights, dtype=np.int64)  # views
    score = np.asarray(scores, dtype=np.float64)
    order = np.lexsort((right, left, -score))  # the last key sorts first
    return np.stack([left[order], right[order]], axis=1)
