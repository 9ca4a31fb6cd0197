"""The guarded merge of full names, one connected component at a time.

The greedy merge (:mod:`namefold.resolve.merge`) joins two clusters only along an edge or a
judged pair between them, so a cluster never leaves the connected component of its nodes in
the graph of those pairs, and the merge of one component reads nothing of another: its cross
checks compare pairs inside it, its surname marks are each node's own (counted over all names
beforehand, :mod:`namefold.resolve.marks`). Merging each component on its own, its judged
pairs first and then its edges best first, gives the groups of merging them all at once.

The components are small (at 100,000 names of the world workload, the largest holds a few
thousand of the 75,000 full names), so they are shared out, whole, among worker processes
when there are many (:func:`namefold.engine.workers.map_chunks`), and each could be merged
on another machine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from namefold.engine.workers import Chunk, map_chunks
from namefold.resolve.judgements import ApartGuard
from namefold.resolve.marks import MarkKind
from namefold.resolve.merge import GreedyMerge
from namefold.resolve.verdicts import PairVerdicts

__all__ = ["COMPONENT_COST", "Component", "connected", "merge_by_component"]

COMPONENT_COST = 8  # a component's merge costs about eight parsed names (engine.workers.map_chunks)

Pair = tuple[int, int]


class Component(NamedTuple):
    """The pairs of node positions of one connected component."""

    forced: list[Pair]  # judged the same, joined first
    edges: list[Pair]  # scored edges, best first


def connected(size: int, forced: Iterable[Pair], edges: Iterable[Pair]) -> list[Component]:
    """The connected components of the graph of the ``forced`` and ``edges`` pairs among
    ``size`` nodes (each list keeps its pairs' order), in the order of their first node;
    a node in no pair is in none."""
    forced, edges = list(forced), list(edges)
    root = list(range(size))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for pairs in (forced, edges):
        for i, j in pairs:
            ri = i if root[i] == i else find(i)
            rj = j if root[j] == j else find(j)
            if ri < rj:  # the lower root stays: a component's root is its first node
                root[rj] = ri
            elif rj < ri:
                root[ri] = rj
    found: dict[int, Component] = {}
    for pairs, field in ((forced, 0), (edges, 1)):
        for pair in pairs:
            i = pair[0]
            r = i if root[i] == i else find(i)
            component = found.get(r)
            if component is None:
                component = found[r] = Component([], [])
            component[field].append(pair)
    return [found[r] for r in sorted(found)]


class _Merged(NamedTuple):
    """A chunk's groups of two or more nodes, and the verdicts its cross checks computed."""

    groups: list[list[int]]
    computed: int


def merge_by_component(
    size: int,
    spelling_at: Sequence[int],
    subset: list[int],
    components: Sequence[Component],
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

    def merge(chunk: list[Component], _at: Chunk) -> _Merged:
        before = verdicts.computed
        merged = GreedyMerge(size, spelling_at, verdicts, marks, surnames_close=surnames_close, apart=guard())
        for component in chunk:  # components share no node: each merges as if alone
            merged.force(component.forced)
            merged.add(component.edges)
        return _Merged(merged.groups([]), verdicts.computed - before)

    chunks: list[_Merged] = map_chunks(merge, components, workers, cost=COMPONENT_COST)
    verdicts.computed = start + sum(chunk.computed for chunk in chunks)  # this process's counted once
    groups = [group for chunk in chunks for group in chunk.groups]
    grouped = {i for group in groups for i in group}
    groups.extend([i] for i in subset if i not in grouped)
    return sorted(groups, key=_first)


def _first(group: list[int]) -> int:
    return group[0]
