"""What the clustering reads of a comparison: its verdict, and whether it lets two spellings meet.

A verdict is the conflict and the surname factor of a comparison; the greedy merge needs
nothing else of a pair. The few distinct verdicts and rule lists of one resolution are
kept once each (:class:`Interned`, made per resolution), and the verdicts of the pairs
compared are remembered under their :func:`namefold.resolve.edges.edge_key`
(:class:`PairVerdicts`) for the merge's cross checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from namefold.compare.model import Comparison, Evidence
from namefold.compare.score import score_parsed
from namefold.names.model import ParsedName
from namefold.resolve.edges import Rules, edge_key

__all__ = [
    "ATTACH_GIVEN",
    "ATTACH_SURNAME",
    "AVERAGE_SURNAME_FLOOR",
    "SURNAME_FLOOR",
    "Evidences",
    "Interned",
    "PairVerdicts",
    "Verdict",
    "can_merge",
    "is_compatible",
    "supports",
    "supports_evidence",
    "surname_floor",
    "verdict_of",
]

SURNAME_FLOOR = 0.8  # two spellings in one cluster have surnames at least this close
AVERAGE_SURNAME_FLOOR = 0.75  # and two merging clusters' surnames at least this on average
ATTACH_SURNAME = 0.85  # the surname factor with which a partial mention supports a full name
ATTACH_GIVEN = 0.95  # or, with no surname on a side, the given name's factor

Evidences = tuple[Evidence, ...]


class Verdict(NamedTuple):
    """All the greedy merge needs of a pair: a conflict, and the surname factor
    (``None`` when a side has no surname)."""

    conflict: bool
    surname: float | None


def surname_floor(threshold: float) -> float:
    """The surname factor two spellings need to be compared at all.

    No edge can form below it: a full-name edge needs ``score >= threshold`` and the
    surname factor bounds the score; a partial mention needs ``ATTACH_SURNAME``.
    """
    return min(threshold, SURNAME_FLOOR)


def verdict_of(evidence: Evidences) -> Verdict:
    """The verdict of ``evidence`` (not shared: see :meth:`Interned.verdict`)."""
    return Interned().verdict(evidence)


class Interned:
    """The distinct verdicts and rule lists of one resolution, each kept once: there are
    few of them and a great many pairs and edges hold one (memory, not speed)."""

    def __init__(self) -> None:
        self._verdicts: dict[tuple[bool, float | None], Verdict] = {}
        self._rules: dict[Rules, Rules] = {}

    def verdict(self, evidence: Evidences) -> Verdict:
        """The shared :class:`Verdict` of ``evidence``."""
        conflict, surname = False, None
        for e in evidence:  # one loop, not any() and a search: read for every candidate pair
            conflict = conflict or e.conflict
            if surname is None and e.feature == "surname":
                surname = e
        factor = None if surname is None or surname.rule in ("missing", "absent") else surname.factor
        reading = (conflict, factor)  # a plain tuple: a Verdict is made once per distinct one
        found = self._verdicts.get(reading)
        if found is None:
            found = self._verdicts[reading] = Verdict(conflict, factor)
        return found

    def rules(self, evidence: Evidences) -> Rules:
        """The names of the rules behind ``evidence`` (:func:`rule_names`), shared."""
        names = rule_names(evidence)
        return self._rules.setdefault(names, names)  # share_rules, inline: read for every edge

    def share_verdict(self, verdict: Verdict) -> Verdict:
        """The shared verdict equal to ``verdict`` (one that a worker sent back)."""
        return self._verdicts.setdefault(verdict, verdict)

    def share_rules(self, rules: Rules) -> Rules:
        """The shared rule list equal to ``rules``."""
        return self._rules.setdefault(rules, rules)


def rule_names(evidence: Evidences) -> Rules:
    """The names of the rules behind ``evidence``: ``("surname: typo", "given: alias")``."""
    return tuple([f"{e.feature}: {e.rule}" for e in evidence])


def is_compatible(c: Comparison) -> bool:
    """True if two spellings may be in one cluster: no conflict, surnames at least phonetically close."""
    verdict = verdict_of(c.evidence)
    return not verdict.conflict and (verdict.surname is None or verdict.surname >= SURNAME_FLOOR)


def _find(evidence: Evidences, feature: str) -> Evidence | None:
    for item in evidence:
        if item.feature == feature:
            return item
    return None


def supports_evidence(evidence: Evidences) -> bool:
    """:func:`supports` for a comparison's evidence."""
    if any(e.conflict for e in evidence):
        return False
    surname = _find(evidence, "surname")
    if surname is not None and surname.rule not in ("missing", "absent"):
        return surname.factor >= ATTACH_SURNAME
    given = _find(evidence, "given")
    return given is not None and given.factor >= ATTACH_GIVEN and given.rule not in ("missing", "absent")


def supports(c: Comparison) -> bool:
    """True if ``c`` is good evidence that a partial mention names the other name's person."""
    return supports_evidence(c.evidence)


def can_merge(verdicts: Iterable[Verdict]) -> bool:
    """Two clusters merge if no cross pair conflicts and their surnames agree on average.

    Conflicts are hard (one is enough to refuse, and the rest are not read); surname
    distance is averaged (average linkage), so one spelling far from another in the same
    person (a French ``ch`` beside a Czech ``ch``) does not keep two halves of a person apart.
    """
    total, count = 0.0, 0
    for verdict in verdicts:
        if verdict.conflict:
            return False
        if verdict.surname is not None:
            total += verdict.surname
            count += 1
    return not count or total / count >= AVERAGE_SURNAME_FLOOR


class PairVerdicts:
    """Verdicts of pairs of distinct spellings (positions in ``parsed``), remembered for the
    greedy merge's cross checks. A pair is one integer key: no tuple per pair.

    ``known`` holds the verdicts of the pairs compared anyway (the candidate pairs), by
    :func:`namefold.resolve.edges.edge_key` among the spellings; the others are computed
    when asked for, and counted in :attr:`computed`.
    """

    def __init__(self, parsed: Sequence[ParsedName], known: dict[int, Verdict], interned: Interned) -> None:
        self._parsed = parsed
        self._size = len(parsed)
        self._memo = known
        self._interned = interned
        self.computed = 0

    def cross(self, left: Iterable[int], right: Iterable[int]) -> Iterator[Verdict]:
        """The verdicts of every pair across ``left`` and ``right``: first those already
        known, then the rest, computed; a reader that stops at a conflict among the known
        ones compares nothing."""
        missing = []
        memo, size = self._memo, self._size
        for a in left:
            for b in right:
                found = memo.get(edge_key(a, b, size))
                if found is None:
                    missing.append((a, b))
                else:
                    yield found
        for a, b in missing:
            yield self.get(a, b)

    def get(self, a: int, b: int) -> Verdict:
        """The verdict of the spellings at ``a`` and ``b``."""
        key = edge_key(a, b, self._size)
        found = self._memo.get(key)
        if found is None:
            self.computed += 1
            if b < a:
                a, b = b, a
            _, evidence = score_parsed(self._parsed[a], self._parsed[b])
            found = self._memo[key] = self._interned.verdict(evidence)
        return found
