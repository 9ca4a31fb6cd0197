"""The guarded merge of full names, one connected component at a time.

The greedy merge (:mod:`namefold.resolve.merge`) joins two clusters only along an edge or a
judged pair between them, so a cluster never leaves the connected component of its nodes in
the graph of those pairs, and the merge of one component reads nothing of another: its cross
checks compare pairs inside it, its surname marks are each node's own (counted over all names
beforehand, :mod:`namefold.resolve.marks`). Merging each component on its own, its judged
pairs first and then its edges best first, gives the groups of merging them all at once.

The components are small (at 100,000 names of the world workload: about 8,000 with an edge,
the largest of 77 of the 75,000 full names), so they are shared out, whole, among worker
processes when there are many (:func:`namefold.engine.workers.map_chunks`), and each could be
merged on another machine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from namefold.engine.workers import Chunk, map_chunks
from namefold.resolve.judgements import ApartGuard
from namefold.resolve.marks import MarkKind
from namefold.resolve.merge import GreedyMerge
from namefold.resolve.verdicts import PairVerdicts

__all__ = ["COMPONENT_COST", "Components", "connected", "merge_by_component"]

COMPONENT_COST = 8  # a component's merge costs about eight parsed names (engine.workers.map_chunks)

Pair = tuple[int, int]
Ints = npt.NDArray[np.int64]


class Components(NamedTuple):
    """The connected components of a graph, in the order of their first node: each one's
    edges in one block of ``ends`` (``ends[starts[k]:starts[k + 1]]``, in the order given),
    and its judged pairs in ``forced[k]``."""

    ends: Ints  # one row (i, j) per edge
    starts: list[int]  # where each component's edges start, and the end of the last
    forced: list[list[Pair]]

    def __len__(self) -> int:
        return len(self.forced)

    def edges(self, k: int) -> list[Pair]:
        """The edges of component ``k``, in the order given."""
        block = self.ends[self.starts[k] : self.starts[k + 1]]
        return list(zip(block[:, 0].tolist(), block[:, 1].tolist(), strict=True))


def connected(size: int, forced: Iterable[Pair], edges: Ints | Sequence[Pair]) -> Components:
    """The connected components of the graph of the ``forced`` pairs and the ``edges`` (pairs,
    or the rows of an array) among ``size`` nodes; a node in no pair is in none. The
    labelling and sorting run in numpy: a million edges take a fraction of a second."""
    judged = list(forced)
    ends = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    pairs = np.array(judged, dtype=np.int64).reshape(-1, 2)
    both = np.concatenate([pairs, ends])
    label = _labels(size, both[:, 0], both[:, 1])
    of_edge, of_forced = label[ends[:, 0]], label[pairs[:, 0]]
    roots = np.unique(np.concatenate([of_edge, of_forced]))  # sorted: a component's label is its first node
    order = np.argsort(of_edge, kind="stable")  # stable: each component's edges keep their order
    starts = np.searchsorted(of_edge[order], roots).tolist()
    position = {root: k for k, root in enumerate(roots.tolist())}
    grouped: list[list[Pair]] = [[] for _ in position]
    for pair, root in zip(judged, of_forced.tolist(), strict=True):
        grouped[position[root]].append(pair)
    return Components(ends=ends[order], starts=[*starts, len(ends)], forced=grouped)


def _labels(size: int, left: Ints, right: Ints) -> Ints:
    """Each of ``size`` nodes' label, the first node of its component in the graph of the
    pairs ``(left[k], right[k])``: each pair's higher label takes the lower, then labels
    are followed to their end, until every pair's ends share one."""
    label = np.arange(size, dtype=np.int64)
    while True:
        at_left, at_right = label[left], label[right]
        apart = at_left != at_right
        if not apart.any():
            return label
        lower = np.minimum(at_left[apart], at_right[apart])
        higher = np.maximum(at_left[apart], at_right[apart])
        np.minimum.at(label, higher, lower)
        while True:
            followed = label[label]
            if np.array_equal(followed, label):
                break
            label = followed


class _Merged(NamedTuple):
    """A chunk's groups of two or more nodes, and the verdicts its cross checks computed."""

    groups: list[list[int]]
    computed: int


def merge_by_component(
    size: int,
    spelling_at: Sequence[int],
    subset: list[int],
    components: Components,
    verdicts: PairVerdicts,
    marks: Sequence[MarkKind],
    *,
    surnames_close: bool,
    guard: Callable[[], ApartGuard | None],
    workers: int = 1,
) -> list[list[int]]:
    """The groups of the nodes ``subset`` (positions among ``size`` nodes) after the guarded
    merge of each of ``components`` (:func:`connected`; every pair's nodes in ``subset``),
    each sorted, in the order of their first node: :func:`namefold.resolve.merge.greedy_merge`'s
    groups. Components are merged by ``workers`` processes when there are many; ``guard``
    gives a fresh guard of the pairs judged apart; ``verdicts.computed`` counts every
    process's cross checks.
    """
    start = verdicts.computed

    def merge(chunk: list[int], _at: Chunk) -> _Merged:
        before = verdicts.computed
        merged = GreedyMerge(size, spelling_at, verdicts, marks, surnames_close=surnames_close, apart=guard())
        for k in chunk:  # components share no node: each merges as if alone
            merged.force(components.forced[k])
            merged.add(components.edges(k))
        return _Merged(merged.groups([]), verdicts.computed - before)

    chunks: list[_Merged] = map_chunks(merge, range(len(components)), workers, cost=COMPONENT_COST)
    verdicts.computed = start + sum(chunk.computed for chunk in chunks)  # this process's counted once
    groups = [group for chunk in chunks for group in chunk.groups]
    grouped = {i for group in groups for i in group}
    groups.extend([i] for i in subset if i not in grouped)
    return sorted(groups, key=_first)


def _first(group: list[int]) -> int:
    return group[0]
