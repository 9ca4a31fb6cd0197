"""Partial mentions joining full-name clusters (the clustering's second pass).

A partial mention (surname only, initials, honorific + surname, given name only) fits a
full-name cluster when no spelling in the cluster conflicts with it and one supports it
(:func:`namefold.resolve.verdicts.supports_evidence`). It joins the one cluster it fits,
looking first at clusters that share its source; of several, only those that fit it about
as well as the best (within ``ATTACH_MARGIN``) count: ``Grouchenko`` is a romanization of
``Grushenko`` and only sounds like ``Kravchenko``. With several candidates left it stays its
own entry, marked ambiguous, with its candidates listed; with none it is left over.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from namefold.compare.given import initial_letters
from namefold.compare.given_titles import titled_given
from namefold.compare.score import score_parsed
from namefold.compare.sinitic import SINITIC_ORDERS
from namefold.names.model import ParsedName
from namefold.resolve.edges import (
    ATTACH_ONLY_CANDIDATE,
    ATTACH_SAME_SOURCE,
    CANDIDATE,
    EdgeData,
    edge_key,
)
from namefold.resolve.given_mentions import given_name_candidates
from namefold.resolve.index import CandidateIndex
from namefold.resolve.nodes import Node
from namefold.resolve.verdicts import Evidences, Interned, supports_evidence
from namefold.text.ranges import script_name

__all__ = ["ATTACH_MARGIN", "Ambiguous", "Attachment", "Fit", "Fits", "attach_partials"]

ATTACH_MARGIN = 0.05  # a fit this far below the best fit of a partial spelling is no candidate
PARTIAL_CAP = 20  # clusters with a partial spelling's very surname past which it is ambiguous unscored


class Fit(NamedTuple):
    """A full-name cluster that a partial spelling fits: the best score it has with one of
    the cluster's nodes, that node, and the evidence."""

    cluster: int
    score: float
    node: int
    evidence: Evidences


class Found(NamedTuple):
    """What :meth:`Fits.of` found for a partial spelling: the clusters it fits, or, when more
    than ``PARTIAL_CAP`` clusters are written with its very surname, those (``capped``), which
    make it ambiguous unscored."""

    fits: list[Fit]
    capped: tuple[int, ...]


class Ambiguous(NamedTuple):
    """Partial mentions of one spelling that fit the same several full-name clusters."""

    nodes: list[int]
    candidates: tuple[int, ...]


class Attachment(NamedTuple):
    """What the second pass decided."""

    edges: dict[int, EdgeData]  # every fit, by edge_key among the nodes
    attached: dict[int, list[int]]  # the partial nodes that joined each full-name cluster
    ambiguous: list[Ambiguous]  # by normalized spelling, then candidates
    leftover: list[int]  # partial nodes that fit no cluster
    compared: int  # pairs of spellings compared
    capped: int  # partial spellings left ambiguous unscored (see Found)


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
        self._letters: dict[int, frozenset[str] | None] = {}  # see _admits
        self._reps: dict[int, list[int]] = {}  # see _representatives
        self._with_surname: dict[str, set[int]] = defaultdict(set)  # clusters by core surname
        for c, group in enumerate(groups):
            for i in group:
                self._with_surname[nodes[i].parsed.core_surname].add(c)

    def _admits(self, c: int, letter: str) -> bool:
        """Whether every given name of cluster ``c`` may have the initial ``letter``: an initial
        that one of them does not fit is a conflict (:func:`namefold.compare.given.initial_fits`),
        so the cluster is no fit and its spellings need not be compared."""
        if c not in self._letters:
            self._letters[c] = _admitted(self._nodes, self._groups[c])
        letters = self._letters[c]
        return letters is None or letter in letters

    def of(self, parsed: ParsedName) -> Found:
        """The clusters the partial spelling ``parsed`` fits, in cluster order; or, past
        ``PARTIAL_CAP`` clusters written with its very surname, those clusters, unscored."""
        surname = parsed.core_surname
        candidates = self._index.arabic_candidates(parsed)  # empty unless an Arabic name
        if parsed.honorifics or parsed.generation:  # Sheikh Hasina, Абдалла II: by the given name too
            candidates |= given_name_candidates(self._index, parsed)
        if surname:
            candidates.update(self._index.surname_candidates(surname))
        if not candidates:
            return Found([], ())
        seen = sorted({self._cluster_of[k] for k in candidates})
        if parsed.kind == "initials":  # most clusters of a common surname have another initial
            seen = [c for c in seen if self._admits(c, parsed.given[0])]
        exact = self._with_surname.get(surname, ())
        same = [c for c in seen if c in exact]
        if len(same) > PARTIAL_CAP:
            return Found([], tuple(same))
        return Found([fit for c in seen if (fit := self.fit(parsed, c))], ())

    def _representatives(self, c: int, given: bool) -> list[int]:
        """The first spelling of cluster ``c`` of each way it writes the surname (its words,
        gender, generation, script, Arabic or Sinitic reading) and, with ``given``, the given
        names, patronymic and name order: a partial mention is compared with those only, as
        nothing else in a name changes how a bare surname or initials fit it."""
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
                    signature += (p.given, p.patronymic, p.order, p.order_reason)
                if signature not in seen:
                    seen.add(signature)
                    found.append(i)
        return found

    def fit(self, parsed: ParsedName, c: int) -> Fit | None:
        """How the partial spelling ``parsed`` fits cluster ``c``: ``None`` if a spelling of
        the cluster conflicts with it (the rest are not scored) or none supports it."""
        best: Fit | None = None
        supported = False
        if parsed.kind == "initials":
            spellings = self._representatives(c, given=True)
        elif parsed.kind == "surname" and titled_given(parsed) is None:  # not Sheikh Hasina
            spellings = self._representatives(c, given=False)
        else:
            spellings = self._groups[c]
        for i in spellings:
            self.compared += 1
            score, evidence = score_parsed(parsed, self._nodes[i].parsed)
            if any(e.conflict for e in evidence):
                return None
            supported = supported or supports_evidence(evidence)
            if best is None or score > best.score:
                best = Fit(cluster=c, score=score, node=i, evidence=evidence)
        return best if supported else None


def _script(text: str) -> str:
    """The script of the first letter of ``text`` (``LATIN``, ``CYRILLIC``, ``HANGUL`` ...)."""
    if text.isascii():
        return "LATIN"
    letter = next((ch for ch in text if ch.isalpha()), "")
    return script_name(letter, "") if letter else ""


def _admitted(nodes: Sequence[Node], group: list[int]) -> frozenset[str] | None:
    """The initials that every first given name of ``group`` may have (``None``: any, as no
    spelling has a given name)."""
    letters: frozenset[str] | None = None
    for i in group:
        given = nodes[i].parsed.given
        if given:
            own = frozenset(given[0]) if len(given[0]) == 1 else initial_letters(given[0])
            letters = own if letters is None else letters & own
    return letters


def _close(found: list[Fit]) -> list[Fit]:
    """The fits within ``ATTACH_MARGIN`` of the best."""
    if len(found) < 2:
        return found
    best = max(f.score for f in found)
    return [f for f in found if f.score >= best - ATTACH_MARGIN]


def attach_partials(
    nodes: Sequence[Node],
    partial: list[int],
    index: CandidateIndex,
    spelling_at: Sequence[int],
    groups: list[list[int]],
    interned: Interned,
) -> Attachment:
    """Attach each partial node of ``partial`` to the one full-name cluster of ``groups`` it
    fits (see :class:`Fits`), preferring the clusters of its own source. Each distinct
    partial spelling is judged once."""
    if not partial:
        return Attachment(edges={}, attached={}, ambiguous=[], leftover=[], compared=0, capped=0)
    fits = Fits(nodes, index, spelling_at, groups)
    found_of: dict[str, Found] = {}
    edges: dict[int, EdgeData] = {}
    attached: dict[int, list[int]] = defaultdict(list)
    ambiguous: dict[tuple[str, tuple[int, ...]], list[int]] = defaultdict(list)
    leftover: list[int] = []
    size = len(nodes)
    for p in partial:
        node = nodes[p]
        found = found_of.get(node.text)
        if found is None:
            found = found_of[node.text] = fits.of(node.parsed)
        ours = {
            c for c in (found.capped or [f.cluster for f in found.fits]) if node.source in fits.sources[c]
        }
        scored = found.fits
        if found.capped:  # only its own source's clusters are scored
            scored = [fit for c in sorted(ours) if (fit := fits.fit(node.parsed, c))]
        close = _close(scored)
        local = [f.cluster for f in close if f.cluster in ours]
        chosen = local or ([f.cluster for f in close] if not found.capped else list(found.capped))
        joined = chosen[0] if len(chosen) == 1 else None
        relation = ATTACH_SAME_SOURCE if local else ATTACH_ONLY_CANDIDATE
        for fit in scored:
            edges[edge_key(p, fit.node, size)] = EdgeData(
                fit.score, relation if fit.cluster == joined else CANDIDATE, interned.rules(fit.evidence)
            )
        if joined is not None:
            attached[joined].append(p)
        elif chosen:
            ambiguous[(node.parsed.normalized, tuple(chosen))].append(p)
        else:
            leftover.append(p)
    return Attachment(
        edges=edges,
        attached=attached,
        ambiguous=[Ambiguous(group, candidates) for (_, candidates), group in sorted(ambiguous.items())],
        leftover=leftover,
        compared=fits.compared,
        capped=sum(1 for found in found_of.values() if found.capped),
    )
