"""How a partial mention fits the full-name clusters it may name (the clustering's second
pass reads it: :mod:`namefold.resolve.attach`).

A partial spelling (surname only, initials, honorific + surname, given name only) fits a
cluster when no spelling of the cluster conflicts with it and one supports it
(:func:`namefold.resolve.verdicts.supports_evidence`). Its candidates are the clusters with
a surname that neighbours its own, less those its profile rules out
(:mod:`namefold.resolve.partial_profile`); past ``PARTIAL_CAP`` of them it is not scored.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import NamedTuple

from namefold.compare.given_titles import titled_given
from namefold.compare.score import score_parsed
from namefold.compare.sinitic import SINITIC_ORDERS
from namefold.names.model import ParsedName
from namefold.resolve.edges import Rules
from namefold.resolve.given_mentions import given_name_candidates
from namefold.resolve.index import CandidateIndex
from namefold.resolve.nodes import Node
from namefold.resolve.partial_profile import Profile, initials_of, profile_of, rules_out
from namefold.resolve.verdicts import Evidences, rule_names, supports_evidence
from namefold.text.ranges import script_name

__all__ = ["PARTIAL_CAP", "Fit", "Fits", "Found"]

PARTIAL_CAP = 20  # clusters a partial spelling may name past which it is ambiguous unscored


class Fit(NamedTuple):
    """A full-name cluster that a partial spelling fits: the best score it has with one of
    the cluster's nodes, that node, and the names of the rules of its evidence (plain
    strings: cheap to send back from a worker)."""

    cluster: int
    score: float
    node: int
    rules: Rules


class Found(NamedTuple):
    """What :meth:`Fits.of` found for a partial spelling: the clusters it fits, or, when it may
    name more than ``PARTIAL_CAP`` clusters, those (``capped``), which make it ambiguous
    unscored."""

    fits: list[Fit]
    capped: tuple[int, ...]


class _Rep(NamedTuple):
    """A cluster's representative spelling (see :meth:`Fits._representatives`)."""

    node: int
    signature: tuple[object, ...]  # what of its name a partial mention's fit reads


class _Scored(NamedTuple):
    """A partial spelling scored against a representative."""

    score: float
    evidence: Evidences
    conflict: bool
    supports: bool


class Fits:
    """The full-name clusters ``groups`` (lists of node positions) that partial spellings fit.

    ``spelling_at`` gives each node's spelling in ``index``.
    """

    def __init__(
        self,
        nodes: Sequence[Node],
        index: CandidateIndex,
        spelling_at: Sequence[int],
        groups: list[list[int]],
    ) -> None:
        self._nodes = nodes
        self._index = index
        self._groups = groups
        self._cluster_of = array("q", [-1]) * len(index.parsed)  # a full spelling's cluster
        for c, group in enumerate(groups):
            for i in group:
                self._cluster_of[spelling_at[i]] = c
        self.sources = [{s for i in group for s in nodes[i].sources} for group in groups]
        self.compared = 0  # pairs of spellings compared so far
        self._profiles: dict[int, Profile] = {}  # see _excludes
        self._reps: dict[int, list[_Rep]] = {}  # see _representatives
        self._by_surname: dict[str, list[int]] = {}  # see _surname_clusters

    def _excludes(self, c: int, parsed: ParsedName) -> bool:
        """Whether the partial spelling ``parsed`` conflicts with cluster ``c`` by the profile
        of its names (:mod:`namefold.resolve.partial_profile`): its spellings need not be
        compared."""
        profile = self._profiles.get(c)
        if profile is None:
            profile = self._profiles[c] = profile_of(self._nodes[i].parsed for i in self._groups[c])
        return rules_out(profile, parsed)

    def _surname_clusters(self, surname: str) -> list[int]:
        """The clusters with a full name whose surname neighbours ``surname``, in order: found
        once per surname, as most partial spellings share theirs with others."""
        found = self._by_surname.get(surname)
        if found is None:
            cluster_of = self._cluster_of
            found = self._by_surname[surname] = sorted(
                {cluster_of[k] for k in self._index.surname_candidates(surname)}
            )
        return found

    def of(self, parsed: ParsedName) -> Found:
        """The clusters the partial spelling ``parsed`` fits, in cluster order; or, when more
        than ``PARTIAL_CAP`` clusters have a surname that neighbours its own and names it
        does not conflict with (:meth:`_excludes`), those clusters,
        unscored: so the work per partial spelling is bounded, however common its surname.

        The clusters' representatives that write a name alike (:meth:`_representatives`)
        are scored once for all of them."""
        surname = parsed.core_surname
        candidates = self._index.arabic_candidates(parsed)  # empty unless an Arabic name
        if parsed.honorifics or parsed.generation:  # Sheikh Hasina, Абдалла II: by the given name too
            candidates |= given_name_candidates(self._index, parsed)
        seen = self._surname_clusters(surname) if surname else []
        if candidates:
            seen = sorted({*seen, *(self._cluster_of[k] for k in candidates)})
        seen = [c for c in seen if not self._excludes(c, parsed)]
        if len(seen) > PARTIAL_CAP:
            return Found([], tuple(seen))
        memo: dict[tuple[object, ...], _Scored] = {}
        return Found([fit for c in seen if (fit := self.fit(parsed, c, memo))], ())

    def _representatives(self, c: int, given: bool) -> list[_Rep]:
        """The first spelling of cluster ``c`` of each way it writes the surname (its words,
        gender, generation, script, Arabic or Sinitic reading) and, with ``given``, the initials
        its given names and patronymic may have and the name order: a partial mention is
        compared with those only, as nothing else in a name changes how a bare surname or
        initials fit it."""
        key = c if not given else -1 - c
        found = self._reps.get(key)
        if found is None:
            seen: set[tuple[object, ...]] = set()
            found = self._reps[key] = []
            for i in self._groups[c]:
                p = self._nodes[i].parsed
                signature: tuple[object, ...] = (p.surname, p.gender, p.surname_gender, p.generation)
                signature += (_script(p.original), bool(p.arabic), p.order_reason in SINITIC_ORDERS)
                if given:  # the name order counts beside initials, not beside a bare surname
                    signature += (initials_of(p.given), initials_of((p.patronymic,) if p.patronymic else ()))
                    signature += (p.order, p.order_reason)
                if signature not in seen:
                    seen.add(signature)
                    found.append(_Rep(i, signature))
        return found

    def fit(
        self, parsed: ParsedName, c: int, memo: dict[tuple[object, ...], _Scored] | None = None
    ) -> Fit | None:
        """How the partial spelling ``parsed`` fits cluster ``c``: ``None`` if a spelling of
        the cluster conflicts with it (the rest are not scored) or none supports it.

        ``memo`` keeps ``parsed``'s scores by representative signature across clusters."""
        if parsed.kind == "initials":
            reps = self._representatives(c, given=True)
        elif parsed.kind == "surname" and titled_given(parsed) is None:  # not Sheikh Hasina
            reps = self._representatives(c, given=False)
        else:
            reps = [_Rep(i, (i,)) for i in self._groups[c]]  # every spelling, each its own
        best: tuple[_Scored, int] | None = None  # the best score and its node
        supported = False
        for rep in reps:
            scored = memo.get(rep.signature) if memo is not None else None
            if scored is None:
                scored = self._score(parsed, rep.node)
                if memo is not None:
                    memo[rep.signature] = scored
            if scored.conflict:
                return None
            supported = supported or scored.supports
            if best is None or scored.score > best[0].score:
                best = (scored, rep.node)
        if best is None or not supported:
            return None
        return Fit(cluster=c, score=best[0].score, node=best[1], rules=rule_names(best[0].evidence))

    def _score(self, parsed: ParsedName, i: int) -> _Scored:
        """``parsed`` scored against the spelling of node ``i``."""
        self.compared += 1
        score, evidence = score_parsed(parsed, self._nodes[i].parsed)
        conflict = any(e.conflict for e in evidence)
        return _Scored(score, evidence, conflict, not conflict and supports_evidence(evidence))


def _script(text: str) -> str:
    """The script of the first letter of ``text`` (``LATIN``, ``CYRILLIC``, ``HANGUL`` ...)."""
    if text.isascii():
        return "LATIN"
    letter = next((ch for ch in text if ch.isalpha()), "")
    return script_name(letter, "") if letter else ""
