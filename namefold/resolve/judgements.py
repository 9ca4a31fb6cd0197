"""Judgements: a person's decisions about pairs of spellings, which every resolution obeys.

A judgement says two spellings are the same person (a must-link) or different people (a
cannot-link). Judgements are read in the order given. "Same" is transitive: spellings
judged the same, directly or through others, form a group. A judgement that contradicts
the ones before it (``a = b``, ``b = c``, then ``a != c``) is reported, not applied.

How the clustering obeys them (:mod:`namefold.resolve.cluster`): the full names of a group
are joined before any scored edge, whatever the guards say; a partial mention of a group
joins the group's person; no merge ever puts two spellings judged different (or spellings
of two groups judged different) into one person. The joins are edges of relation
``judged same`` with score 1.0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

import attrs

from namefold.errors import require_str
from namefold.resolve.nodes import Node

__all__ = [
    "JUDGED_RULES",
    "ApartGuard",
    "Judged",
    "Judgement",
    "NodeRules",
    "Rulebook",
    "judgement",
    "rulebook",
]

JUDGED_RULES = ("judgement: same",)


@attrs.frozen(kw_only=True)
class Judgement:
    """A decision about two spellings: ``same`` person, or (``same=False``) different people."""

    a: str
    b: str
    same: bool


def judgement(a: str, b: str, same: object) -> Judgement:
    """A checked :class:`Judgement`: ``TypeError`` for a spelling that is not a ``str`` or a
    ``same`` that is not a ``bool``; ``ValueError`` for a spelling judged against itself."""
    require_str(a, "a")
    require_str(b, "b")
    if not isinstance(same, bool):
        message = f"same must be True or False, not {same!r:.80}"
        raise TypeError(message)
    if a == b:
        message = f"a judgement needs two different spellings, not {a!r:.80} twice"
        raise ValueError(message)
    return Judgement(a=a, b=b, same=same)


@attrs.frozen(kw_only=True)
class Judged:
    """What became of a judgement in a resolution.

    ``status`` is ``applied``; ``contradicts`` (it contradicts the judgements before it, and
    was not applied: ``reason`` names them); ``unseen`` (a spelling is not among the
    mentions: it applies once the spelling comes, e.g. through :meth:`Resolution.extend`);
    or ``unmet`` (it could not be honoured: ``reason`` says why).
    """

    judgement: Judgement
    status: str
    reason: str = ""


@attrs.frozen(kw_only=True)
class Rulebook:
    """The judgements of one resolution, made into groups and cannot-links of spellings.

    ``group_of`` labels each judged spelling with its group (spellings judged the same share
    a label); ``apart`` gives the labels each label must never share a person with.
    """

    group_of: dict[str, int]
    apart: dict[int, frozenset[int]]
    judged: list[Judged]


def rulebook(judgements: Iterable[Judgement], present: Collection[str]) -> Rulebook:
    """The :class:`Rulebook` of ``judgements`` (in order) for the spellings ``present``."""
    root: dict[str, str] = {}
    apart: dict[str, set[str]] = defaultdict(set)  # by group root

    def find(text: str) -> str:
        root.setdefault(text, text)
        while root[text] != text:
            root[text] = root[root[text]]
            text = root[text]
        return text

    judged = []
    for j in judgements:
        ra, rb = find(j.a), find(j.b)
        why = _contradiction(j, ra, rb, apart)
        if why:
            judged.append(Judged(judgement=j, status="contradicts", reason=why))
            continue
        if j.same and ra != rb:
            root[rb] = ra
            for other in apart.pop(rb, set()):
                apart[ra].add(other)
                apart[other].discard(rb)
                apart[other].add(ra)
        elif not j.same:
            apart[ra].add(rb)
            apart[rb].add(ra)
        unseen = [t for t in (j.a, j.b) if t not in present]
        status = "unseen" if unseen else "applied"
        reason = "not among the mentions: " + ", ".join(map(repr, unseen)) if unseen else ""
        judged.append(Judged(judgement=j, status=status, reason=reason))
    labels: dict[str, int] = {}
    group_of = {t: labels.setdefault(find(t), len(labels)) for t in sorted(root) if t in present}
    by_label = {
        labels[r]: frozenset(labels[o] for o in others if o in labels)
        for r, others in apart.items()
        if r in labels and others
    }
    return Rulebook(group_of=group_of, apart={k: v for k, v in by_label.items() if v}, judged=judged)


def _contradiction(j: Judgement, ra: str, rb: str, apart: dict[str, set[str]]) -> str:
    """Why ``j`` contradicts the judgements applied before it, or ``""``."""
    if j.same and rb in apart.get(ra, ()):
        return f"{j.a!r} and {j.b!r} were judged different people (directly or through their groups)"
    if not j.same and ra == rb:
        return f"{j.a!r} and {j.b!r} were judged the same person (directly or through others)"
    return ""


class ApartGuard:
    """Which clusters of a greedy merge may not merge because of cannot-links: the group
    labels each cluster holds, by its root node (only clusters that hold a judged spelling)."""

    def __init__(self, labels: dict[int, int], apart: dict[int, frozenset[int]]) -> None:
        self._labels: dict[int, set[int]] = {node: {label} for node, label in labels.items()}
        self._apart = apart

    def alike(self, ri: int, rj: int) -> bool:
        """True unless the clusters of roots ``ri`` and ``rj`` hold spellings judged apart."""
        mine, theirs = self._labels.get(ri), self._labels.get(rj)
        if not mine or not theirs:
            return True
        return all(self._apart.get(label, frozenset()).isdisjoint(theirs) for label in mine)

    def join(self, big: int, small: int) -> None:
        """The cluster of root ``small`` has joined that of root ``big``."""
        moved = self._labels.pop(small, None)
        if moved:
            self._labels.setdefault(big, set()).update(moved)

    def labels(self, root: int) -> set[int]:
        """The group labels the cluster of ``root`` holds."""
        return self._labels.get(root, set())


class NodeRules:
    """A :class:`Rulebook` applied to the nodes of one resolution (see the module's rules)."""

    def __init__(self, nodes: Sequence[Node], book: Rulebook | None = None) -> None:
        """``book``'s rules for ``nodes``; with no book, none (no spelling is judged)."""
        self.book = book if book is not None else rulebook((), ())
        self.labels = {
            i: self.book.group_of[n.text] for i, n in enumerate(nodes) if n.text in self.book.group_of
        }
        self._nodes_of: dict[int, list[int]] = defaultdict(list)  # by label
        self._nodes_of_text: dict[str, list[int]] = defaultdict(list)
        for i, label in self.labels.items():
            self._nodes_of[label].append(i)
            self._nodes_of_text[nodes[i].text].append(i)
        self._full_of = {
            label: full
            for label, found in self._nodes_of.items()
            if (full := [i for i in found if not nodes[i].parsed.is_partial])
        }
        self._partial = {i for i in self.labels if nodes[i].parsed.is_partial}

    def guard(self) -> ApartGuard | None:
        """A fresh guard for one greedy merge, if any spelling is judged."""
        return ApartGuard(self.labels, self.book.apart) if self.labels else None

    def forced_full(self) -> list[tuple[int, int]]:
        """The pairs of full-name nodes to join first: each group's, chained to its first."""
        return [(full[0], other) for full in self._full_of.values() for other in full[1:]]

    def anchor(self, node: int) -> int | None:
        """The full-name node a judged partial node must join, if its group has one."""
        label = self.labels.get(node)
        full = self._full_of.get(label) if label is not None else None
        return full[0] if full and node in self._partial else None

    def forced_partial(self, leftover: Collection[int]) -> list[tuple[int, int]]:
        """The pairs of left-over partial nodes to join first: each group's, chained to its first."""
        pairs: list[tuple[int, int]] = []
        for found in self._nodes_of.values():
            mine = [i for i in found if i in leftover]
            pairs.extend((mine[0], other) for other in mine[1:])
        return pairs

    def excluded(self, node: int, cluster_labels: dict[int, set[int]]) -> set[int]:
        """The clusters (of ``cluster_labels``: the group labels each holds) that ``node`` may not join."""
        label = self.labels.get(node)
        if label is None or label not in self.book.apart:
            return set()
        apart = self.book.apart[label]
        return {c for c, labels in cluster_labels.items() if not apart.isdisjoint(labels)}

    def unmet(self, node_cluster: Sequence[int]) -> list[Judged]:
        """The judgements as applied, those not honoured by ``node_cluster`` (each node's
        cluster) marked ``unmet``."""
        checked = []
        for done in self.book.judged:
            j = done.judgement
            if done.status != "applied":
                checked.append(done)
                continue
            left = {node_cluster[i] for i in self._nodes_of_text[j.a]}
            right = {node_cluster[i] for i in self._nodes_of_text[j.b]}
            if j.same and len(left | right) > 1:
                why = "its spellings are partial mentions that went to different people"
                checked.append(Judged(judgement=j, status="unmet", reason=why))
            elif not j.same and not left.isdisjoint(right):
                checked.append(Judged(judgement=j, status="unmet", reason="one person holds both"))
            else:
                checked.append(done)
        return checked
