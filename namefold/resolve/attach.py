"""Partial mentions joining full-name clusters (the clustering's second pass).

A partial mention (surname only, initials, honorific + surname, given name only) joins
the one cluster it fits (:mod:`namefold.resolve.fits`), looking first at clusters that
share its source; of several, only those that fit it about as well as the best (within
``ATTACH_MARGIN``) count: ``Grouchenko`` is a romanization of ``Grushenko`` and only
sounds like ``Kravchenko``. With several candidates left it stays its own entry, marked
ambiguous, with its candidates listed; with none it is left over.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from namefold.engine.workers import Chunk, map_chunks
from namefold.resolve.edge_table import EdgeTable
from namefold.resolve.edges import (
    ATTACH_ONLY_CANDIDATE,
    ATTACH_SAME_SOURCE,
    CANDIDATE,
    JUDGED_SAME,
    edge_key,
)
from namefold.resolve.fits import Fit, Fits, Found
from namefold.resolve.index import CandidateIndex
from namefold.resolve.judgements import JUDGED_RULES, NodeRules
from namefold.resolve.nodes import Node
from namefold.resolve.verdicts import Interned

__all__ = ["ATTACH_MARGIN", "Ambiguous", "Attachment", "attach_partials"]

ATTACH_MARGIN = 0.05  # a fit this far below the best fit of a partial spelling is no candidate
PARTIAL_COST = 10  # a partial spelling's fits cost about ten parsed names (engine.workers.map_chunks)


class Ambiguous(NamedTuple):
    """Partial mentions of one spelling that fit the same several full-name clusters."""

    nodes: list[int]
    candidates: tuple[int, ...]


class Attachment(NamedTuple):
    """What the second pass decided."""

    edges: EdgeTable  # every fit, by edge_key among the nodes
    attached: dict[int, list[int]]  # the partial nodes that joined each full-name cluster
    ambiguous: list[Ambiguous]  # by normalized spelling, then candidates
    leftover: list[int]  # partial nodes that fit no cluster
    compared: int  # pairs of spellings compared
    capped: int  # partial spellings left ambiguous unscored (see Found)


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
    rules: NodeRules | None = None,
    workers: int = 1,
) -> Attachment:
    """Attach each partial node of ``partial`` to the one full-name cluster of ``groups`` it
    fits (see :class:`namefold.resolve.fits.Fits`), preferring the clusters of its own
    source. Each distinct partial spelling is judged once, by ``workers`` processes when
    there are many. A partial node judged the same as a full name joins its cluster; one
    judged different from a cluster's spelling never does."""
    if not partial:
        return Attachment(edges=EdgeTable(), attached={}, ambiguous=[], leftover=[], compared=0, capped=0)
    fits = Fits(nodes, index, spelling_at, groups)
    rules = rules if rules is not None else NodeRules(nodes)
    found_of = _found_of(fits, nodes, [p for p in partial if rules.anchor(p) is None], workers)
    edges = EdgeTable()
    attached: dict[int, list[int]] = defaultdict(list)
    ambiguous: dict[tuple[str, tuple[int, ...]], list[int]] = defaultdict(list)
    leftover: list[int] = []
    size = len(nodes)
    cluster_at = {i: c for c, group in enumerate(groups) for i in group if i in rules.labels}
    cluster_labels: dict[int, set[int]] = defaultdict(set)
    for i, c in cluster_at.items():
        cluster_labels[c].add(rules.labels[i])
    for p in partial:
        node = nodes[p]
        anchor = rules.anchor(p)
        if anchor is not None:
            edges.add(edge_key(p, anchor, size), 1.0, JUDGED_SAME, JUDGED_RULES)
            attached[cluster_at[anchor]].append(p)
            continue
        excluded = rules.excluded(p, cluster_labels)
        found = found_of[node.text]
        if excluded:
            found = Found(
                fits=[f for f in found.fits if f.cluster not in excluded],
                capped=tuple(c for c in found.capped if c not in excluded),
            )
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
            edges.add(
                edge_key(p, fit.node, size),
                fit.score,
                relation if fit.cluster == joined else CANDIDATE,
                interned.share_rules(fit.rules),
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


class _Founds(NamedTuple):
    """What the partial spellings of a chunk fit, and the pairs of spellings compared."""

    found: list[Found]
    compared: int


def _found_of(fits: Fits, nodes: Sequence[Node], partial: list[int], workers: int) -> dict[str, Found]:
    """What each distinct spelling of the partial nodes ``partial`` fits (:meth:`Fits.of`), found
    by ``workers`` processes when there are many; ``fits.compared`` counts their comparisons."""
    parsed = {nodes[p].text: nodes[p].parsed for p in partial}
    texts = sorted(parsed)

    def judge(chunk: list[str], _at: Chunk) -> _Founds:
        before = fits.compared
        found = [fits.of(parsed[text]) for text in chunk]
        return _Founds(found, fits.compared - before)

    chunks: list[_Founds] = map_chunks(judge, texts, workers, cost=PARTIAL_COST)
    fits.compared = sum(chunk.compared for chunk in chunks)  # this process's chunks counted once
    return dict(zip(texts, (found for chunk in chunks for found in chunk.found), strict=True))
