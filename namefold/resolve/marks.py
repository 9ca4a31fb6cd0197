"""Surname marks: the guard that keeps the greedy merge from joining two surnames that
many spellings write one way and many another.

Two kinds of mark: an *established* surname (three or more full spellings write its fold
key: a surname, not a one-off typo) and an *anchor* (the surname as written in Cyrillic).
Two clusters that each hold marks of one kind merge only if their most written surnames
of that kind may be one surname: only a typo, or a romanization that blurs two letters,
separates different people who are each written many times. A Cyrillic surname written once
in all the names may be a typo of another (a letter dropped or two swapped: ``Лыснко`` /
``Лысенко``); two Cyrillic surnames each written more are not, nor one letter replaced
(``Мицкевич`` / ``Мацкевич``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from namefold.compare.edits import one_edit_not_replaced
from namefold.compare.extra_words import surname_uncertain
from namefold.compare.surname import sounds_alike, surname_fold_key
from namefold.keys.anchors import cyrillic_alike, cyrillic_surname
from namefold.names.arabic import is_arabic_structured
from namefold.names.parse import swapped_reading
from namefold.resolve.nodes import Node

__all__ = ["ESTABLISHED", "Mark", "MarkKind", "SurnameGuard", "anchored", "established", "one_off_typo"]

ESTABLISHED = 3  # full spellings that make a surname established (see established)
MIN_TYPO_ANCHOR = 6  # letters of the longer anchor for a one-off Cyrillic typo


class Mark(NamedTuple):
    """A node's surname mark: its key, the surname, and how many spellings write the key in all names."""

    key: str
    surname: str
    spellings: int


# A cluster's marks of one kind, by key
Marked = dict[str, Mark]


class MarkKind(NamedTuple):
    """A kind of mark: each node's mark (or ``None``), and when two marked surnames may be one."""

    of_node: list[Mark | None]
    same: Callable[[Mark, Mark], bool]


def established(nodes: Sequence[Node], full: list[int]) -> MarkKind:
    """Established surnames: per node, its core surname marked by its fold key, if
    ``ESTABLISHED`` (three) or more full spellings write that key (a surname, not a one-off
    typo); they are one surname if they sound alike (:func:`namefold.compare.score.sounds_alike`).
    A two-word name whose order nothing settles (:func:`namefold.names.parse.swapped_reading`)
    marks nothing: which of its words is the surname is not known. Nor does an Arabic name:
    its last word may be a father's name or a family, either optional
    (:mod:`namefold.compare.arabic`); nor a name with a given word that may be its surname
    (:func:`namefold.compare.extra_words.surname_uncertain`: ``Fidel Castro Ruz``)."""
    surnames = [
        (i, s)
        for i in full
        if (s := nodes[i].parsed.core_surname)
        and swapped_reading(nodes[i].parsed) is None
        and not (nodes[i].parsed.arabic and is_arabic_structured(nodes[i].parsed))
        and (len(nodes[i].parsed.given) < 2 or not surname_uncertain(nodes[i].parsed))
    ]
    key_of = {s: surname_fold_key(s) for _, s in surnames}
    spellings = Counter(key_of[s] for _, s in surnames)
    mark_of = {s: Mark(key, s, spellings[key]) for s, key in key_of.items() if spellings[key] >= ESTABLISHED}
    found: list[Mark | None] = [None] * len(nodes)
    for i, surname in surnames:
        found[i] = mark_of.get(surname)  # one mark per surname, shared by its nodes
    return MarkKind(found, _sound_alike)


def _sound_alike(a: Mark, b: Mark) -> bool:
    return sounds_alike(a.surname, b.surname)


def anchored(nodes: Sequence[Node], full: list[int]) -> MarkKind:
    """Anchors: per node, its surname as written in Cyrillic, if it is; anchors are one
    surname if they are alike in Cyrillic (:func:`namefold.keys.anchors.cyrillic_alike`) or
    one is a one-off typo of the other (:func:`one_off_typo`)."""
    written = [
        (i, s)
        for i in full
        if (s := cyrillic_surname(nodes[i].parsed))
        and not (nodes[i].parsed.arabic and is_arabic_structured(nodes[i].parsed))
    ]
    spellings = Counter(s for _, s in written)
    mark_of = {surname: Mark(surname, surname, count) for surname, count in spellings.items()}
    found: list[Mark | None] = [None] * len(nodes)
    for i, surname in written:
        found[i] = mark_of[surname]
    return MarkKind(found, _anchors_alike)


def _anchors_alike(a: Mark, b: Mark) -> bool:
    return cyrillic_alike(a.surname, b.surname) or one_off_typo(a, b) or one_off_typo(b, a)


def one_off_typo(once: Mark, other: Mark) -> bool:
    """Whether the anchor ``once``, written in one spelling of all the names, may be a typo
    of ``other``: one letter dropped or added, or two adjacent letters swapped (not one
    replaced, which makes another surname as often as a typo).

    Examples:
        >>> one_off_typo(Mark("лыснко", "лыснко", 1), Mark("лысенко", "лысенко", 4))
        True
        >>> one_off_typo(Mark("мацкевич", "мацкевич", 1), Mark("мицкевич", "мицкевич", 4))
        False
    """
    a, b = once.surname, other.surname
    if once.spellings != 1 or max(len(a), len(b)) < MIN_TYPO_ANCHOR:
        return False
    return one_edit_not_replaced(a, b)


def _leading(marked: Marked) -> list[Mark]:
    """A cluster's marks whose surnames the most spellings write across all names:
    a variant inside the cluster (a typo that several people share) does not speak for it."""
    most = max(mark.spellings for mark in marked.values())
    return [mark for mark in marked.values() if mark.spellings == most]


class SurnameGuard:
    """The marks of each cluster of a greedy merge, by its root node, and whether two
    clusters' marks allow them to merge.

    Only merged clusters with marks have an entry; a single node's marks are read from
    ``kinds`` directly (most nodes are never merged, and cost nothing here).

    The kinds are kept as plain lists and pairs too: they are read for every edge and
    merge, and a named tuple's fields cost an attribute lookup each (a plain tuple's do not).
    """

    def __init__(self, kinds: Sequence[MarkKind]) -> None:
        self._of_nodes = [kind.of_node for kind in kinds]
        self._judged = [(kind.of_node, kind.same) for kind in kinds]
        self._known: dict[int, list[Marked]] = {}

    def nodes_alike(self, i: int, j: int) -> bool:
        """:meth:`alike` for two single nodes (the common case): their own marks."""
        for of_node, same in self._judged:
            mark_i, mark_j = of_node[i], of_node[j]
            # a mark is shared by the nodes of one surname: most pairs are the same mark
            if mark_i is None or mark_j is None or mark_i is mark_j:
                continue
            if mark_i.key != mark_j.key and not same(mark_i, mark_j):
                return False
        return True

    def alike(self, ri: int, rj: int) -> bool:
        """True unless, for a kind of mark, the clusters of roots ``ri`` and ``rj`` both
        have marks, share no key, and their most written surnames may not be one."""
        for kind, (_, same) in enumerate(self._judged):
            keys_i, keys_j = self._keys(ri, kind), self._keys(rj, kind)
            if not keys_i or not keys_j or not keys_i.isdisjoint(keys_j):
                continue  # the most written surnames are read only when no key is shared
            lead_i, lead_j = self._most_written(ri, kind), self._most_written(rj, kind)
            if any(same(a, b) for a in lead_i for b in lead_j):
                continue
            if not (self._one_off_of(lead_i, rj, kind) or self._one_off_of(lead_j, ri, kind)):
                return False
        return True

    def _one_off_of(self, lead: list[Mark], r: int, kind: int) -> bool:
        """Whether ``lead``, surnames written once in all names, is alike any surname of the
        cluster of root ``r``, not only its most written (``Палўава``, a typo of the
        Belarusian ``Паўлава`` in a cluster led by the Russian ``Павлова``)."""
        if any(mark.spellings != 1 for mark in lead):
            return False
        marked = self._known.get(r)
        own = self._of_nodes[kind][r]
        marks = marked[kind].values() if marked is not None else [own] if own else []
        same = self._judged[kind][1]
        return any(same(a, b) for a in lead for b in marks)

    def join(self, big: int, small: int) -> None:
        """The cluster of root ``small`` has joined that of root ``big``."""
        big_marks = self._marks(big)  # the stored tables, or fresh ones of a single node's marks
        for marked, more in zip(big_marks, self._marks(small), strict=True):
            marked.update(more)
        self._known.pop(small, None)
        if any(big_marks):
            self._known[big] = big_marks

    def _marks(self, r: int) -> list[Marked]:
        found = self._known.get(r)
        if found is None:
            found = []
            for of_node in self._of_nodes:
                own = of_node[r]
                found.append({own.key: own} if own else {})
        return found

    def _keys(self, r: int, kind: int) -> AbstractSet[str]:
        """The keys of one kind of mark in the cluster of root ``r`` (empty if none). A root
        without an entry is one node, or a cluster whose nodes have no marks at all."""
        marked = self._known.get(r)
        if marked is None:
            mark = self._of_nodes[kind][r]
            return {mark.key} if mark else set()
        return marked[kind].keys()

    def _most_written(self, r: int, kind: int) -> list[Mark]:
        marked = self._known.get(r)
        if marked is None:
            mark = self._of_nodes[kind][r]
            return [mark] if mark else []
        return _leading(marked[kind])
