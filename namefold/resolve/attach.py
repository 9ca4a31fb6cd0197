"""Partial mentions joining full-name clusters (the clustering's second pass).

A partial mention (surname only, initials, honorific + surname, given name only) fits a
full-name cluster when no spelling in the cluster conflicts with it and one supports it
(:func:`namefold.resolve.verdicts.supports_evidence`). It joins the one cluster it fits,
looking first at clusters that share its source. With several candidates it stays its
own entry, marked ambiguous, with its candidates listed; with none it is left over.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from namefold.compare.score import score_parsed
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

__all__ = ["Ambiguous", "Attachment", "Fit", "Fits", "attach_partials"]


class Fit(NamedTuple):
    """A full-name cluster that a partial spelling fits: the best score it has with one of
    the cluster's nodes, that node, and the evidence."""

    cluster: int
    score: float
    node: int
    evidence: Evidences


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

    def of(self, parsed: ParsedName) -> list[Fit]:
        """The clusters the partial spelling ``parsed`` fits, in cluster order."""
        surname = parsed.core_surname
        candidates = self._index.arabic_candidates(parsed)  # empty unless an Arabic name
        if parsed.honorifics or parsed.generation:  # Sheikh Hasina, Абдалла II: by the given name too
            candidates |= given_name_candidates(self._index, parsed)
        if surname:
            candidates.update(self._index.surname_candidates(surname))
        if not candidates:
            return []
        seen = sorted({self._cluster_of[k] for k in candidates})
        fits = []
        for c in seen:
            group = self._groups[c]
            self.compared += len(group)
            scored = [score_parsed(parsed, self._nodes[i].parsed) for i in group]
            if any(e.conflict for _, evidence in scored for e in evidence):
                continue
            if not any(supports_evidence(evidence) for _, evidence in scored):
                continue
            best = max(range(len(scored)), key=lambda k: scored[k][0])
            score, evidence = scored[best]
            fits.append(Fit(cluster=c, score=score, node=group[best], evidence=evidence))
        return fits


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
        return Attachment(edges={}, attached={}, ambiguous=[], leftover=[], compared=0)
    fits = Fits(nodes, index, spelling_at, groups)
    fits_of: dict[str, list[Fit]] = {}
    edges: dict[int, EdgeData] = {}
    attached: dict[int, list[int]] = defaultdict(list)
    ambiguous: dict[tuple[str, tuple[int, ...]], list[int]] = defaultdict(list)
    leftover: list[int] = []
    size = len(nodes)
    for p in partial:
        node = nodes[p]
        found = fits_of.get(node.text)
        if found is None:
            found = fits_of[node.text] = fits.of(node.parsed)
        local = [
            f.cluster for f in found if node.source is not None and node.source in fits.sources[f.cluster]
        ]
        chosen = local or [f.cluster for f in found]
        joined = chosen[0] if len(chosen) == 1 else None
        relation = ATTACH_SAME_SOURCE if local else ATTACH_ONLY_CANDIDATE
        for fit in found:
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
    )
