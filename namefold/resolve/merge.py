"""The guarded greedy merge: union along edges, best first, refusing any merge that breaks
compatibility.

Two clusters merge only if every pair of spellings across them is compatible (no conflict,
surnames close on average: :func:`namefold.resolve.verdicts.can_merge`) and their surname
marks allow it (:class:`namefold.resolve.marks.SurnameGuard`). This stops chaining:
``A~B`` and ``B~C`` never pull in a ``C`` that conflicts with ``A``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from namefold.resolve.judgements import ApartGuard
from namefold.resolve.marks import MarkKind, SurnameGuard
from namefold.resolve.verdicts import AVERAGE_SURNAME_FLOOR, PairVerdicts, can_merge

__all__ = ["GreedyMerge", "greedy_merge"]


def greedy_merge(
    size: int,
    spelling_at: Sequence[int],
    subset: list[int],
    edges: Iterable[tuple[int, int]],
    verdicts: PairVerdicts,
    marks: Sequence[MarkKind] = (),
    *,
    surnames_close: bool = False,
    forced: Iterable[tuple[int, int]] = (),
    apart: ApartGuard | None = None,
) -> list[list[int]]:
    """The groups of the nodes ``subset`` (positions among ``size`` nodes) after joining the
    ``forced`` pairs (judged the same) and merging along ``edges`` (pairs of node positions,
    best first): see :class:`GreedyMerge`."""
    merge = GreedyMerge(size, spelling_at, verdicts, marks, surnames_close=surnames_close, apart=apart)
    merge.force(forced)
    merge.add(edges)
    return merge.groups(subset)


class GreedyMerge:
    """A union-find of nodes that merges two clusters only if they stay compatible.

    ``spelling_at`` gives each node's spelling, whose pairs ``verdicts`` judges. With
    ``surnames_close``, every edge's own surname factor is known to reach
    ``AVERAGE_SURNAME_FLOOR`` (full-name edges at a threshold at or above it: the score is a
    product of factors of at most 1), so two single spellings need no verdict to merge.
    With ``marks`` (:func:`namefold.resolve.marks.established`, ...), two clusters that each
    hold surnames of one kind merge only if their most written surnames may be one. With
    ``apart``, clusters holding spellings judged different never merge.
    """

    def __init__(
        self,
        size: int,
        spelling_at: Sequence[int],
        verdicts: PairVerdicts,
        marks: Sequence[MarkKind] = (),
        *,
        surnames_close: bool = False,
        apart: ApartGuard | None = None,
    ) -> None:
        self._root = list(range(size))
        # Only clusters of two or more nodes have an entry: a million singletons cost nothing.
        self._members: dict[int, list[int]] = {}
        # Refused merges, by the two roots and their sizes: clusters only grow, so a refusal
        # holds until one of the two changes, and the other edges between them are skipped.
        self._refused: set[tuple[int, int, int, int]] = set()
        self._spelling_at = spelling_at
        self._verdicts = verdicts
        self._guard = SurnameGuard(marks)
        self._surnames_close = surnames_close
        self._apart = apart

    def force(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Join the clusters of each pair of nodes, whatever the guards say, unless they hold
        spellings judged different."""
        for i, j in pairs:
            ri, rj = self._find(i), self._find(j)
            if ri != rj and (self._apart is None or self._apart.alike(ri, rj)):
                self._join(ri, self._members.get(ri) or [ri], rj, self._members.get(rj) or [rj])

    def add(self, edges: Iterable[tuple[int, int]]) -> None:
        """Merge along ``edges``, best first, each merge that keeps the clusters compatible."""
        root, members, find, join = self._root, self._members, self._find, self._join
        nodes_alike: Callable[[int, int], bool] = self._guard.nodes_alike
        close = self._surnames_close
        if self._apart is not None:  # judged apart: checked before the guards
            apart, guard_alike = self._apart.alike, self._guard.nodes_alike
            nodes_alike = lambda ri, rj: apart(ri, rj) and guard_alike(ri, rj)  # noqa: E731
        for i, j in edges:
            ri = i if root[i] == i else find(i)
            rj = j if root[j] == j else find(j)
            if ri == rj:
                continue
            if ri not in members and rj not in members:  # two single spellings: the common case, fast
                if (close or self._surname_close(i, j)) and nodes_alike(ri, rj):
                    join(ri, [ri], rj, [rj])
            else:
                self._merge_clusters(i, j, ri, rj)

    def groups(self, subset: list[int]) -> list[list[int]]:
        """The groups of the nodes of ``subset`` (each sorted), in the order of their first node."""
        in_groups = set().union(*self._members.values()) if self._members else set()
        groups = [sorted(m) for m in self._members.values()] + [[i] for i in subset if i not in in_groups]
        return sorted(groups, key=lambda m: m[0])

    def _find(self, i: int) -> int:
        root = self._root
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    def _surname_close(self, i: int, j: int) -> bool:
        """The surnames of the nodes ``i`` and ``j`` are close enough for their clusters to merge."""
        surname = self._verdicts.get(self._spelling_at[i], self._spelling_at[j]).surname
        return surname is None or surname >= AVERAGE_SURNAME_FLOOR

    def _merge_clusters(self, i: int, j: int, ri: int, rj: int) -> None:
        """Merge along the edge ``(i, j)`` between the clusters of roots ``ri`` and ``rj``,
        at least one of two or more nodes, unless that breaks compatibility."""
        group_i, group_j = self._members.get(ri) or [ri], self._members.get(rj) or [rj]
        state = (ri, rj, len(group_i), len(group_j)) if ri < rj else (rj, ri, len(group_j), len(group_i))
        if state in self._refused:
            return
        spelling_at = self._spelling_at
        profiles_i = {spelling_at[k] for k in group_i}
        profiles_j = {spelling_at[k] for k in group_j}
        if self._apart is not None and not self._apart.alike(ri, rj):
            ok = False
        elif len(profiles_i) == 1 and len(profiles_j) == 1:
            ok = self._surname_close(i, j) and self._guard.alike(ri, rj)
        else:  # the guard first: it is cheap, and the cross checks may compare pairs
            ok = self._guard.alike(ri, rj) and can_merge(self._verdicts.cross(profiles_i, profiles_j))
        if ok:
            self._join(ri, group_i, rj, group_j)
        else:
            self._refused.add(state)

    def _join(self, ri: int, group_i: list[int], rj: int, group_j: list[int]) -> None:
        """Make the smaller of two clusters (ties: the lower root) part of the other."""
        if (len(group_i), ri) < (len(group_j), rj):
            small, small_group, big = ri, group_i, rj
        else:
            small, small_group, big = rj, group_j, ri
        self._guard.join(big, small)
        if self._apart is not None:
            self._apart.join(big, small)
        self._root[small] = big
        self._members.pop(small, None)
        self._members.setdefault(big, [big]).extend(small_group)
