"""Stage 7: the match graph and its clustering into people.

Nodes are distinct spellings (a partial mention such as a bare surname is one
node per spelling and source, because a reader resolves it within its
document, see :mod:`namefold.resolve.nodes`). Edges are scored comparisons of
candidate pairs (see :mod:`namefold.resolve.index`).

Clustering, in three passes:

1. Full names (given name and surname) are merged greedily along edges in
   descending score order. Two clusters merge only if every pair of spellings
   across them is compatible: no conflict (different given names, gendered
   surname forms, patronymics, genders) and surnames at least phonetically
   close. This stops chaining: ``A~B`` and ``B~C`` never pull in a ``C`` that
   conflicts with ``A`` (:mod:`namefold.resolve.merge`), one connected component
   of edges at a time, in worker processes when there are many
   (:mod:`namefold.resolve.components`).
2. Each partial mention (surname only, initials, honorific + surname, given
   name only) joins the one full-name cluster it is compatible with, looking
   first at clusters that share its source. With several candidates it stays
   its own entry, marked ambiguous, with its candidates listed
   (:mod:`namefold.resolve.attach`).
3. Partial mentions with no full-name candidate are merged among themselves
   with the same guarded greedy rule.

Cost: each full name is compared with its candidates only (same or neighbouring
surname and a compatible given name), a number that does not grow with the input
(:mod:`namefold.resolve.scoring`). Each candidate pair's verdict (conflict, surname
factor) is kept under one integer key for the greedy merge's cross checks; only
accepted edges keep their score and rule names (:mod:`namefold.resolve.edges`).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from namefold.compare.score import score_parsed
from namefold.resolve.attach import attach_partials
from namefold.resolve.components import connected, merge_by_component
from namefold.resolve.edge_table import EdgeTable
from namefold.resolve.edges import JUDGED_SAME, MATCH, edge_key
from namefold.resolve.index import CandidateIndex
from namefold.resolve.judgements import JUDGED_RULES, Judged, NodeRules, Rulebook
from namefold.resolve.marks import anchored, established
from namefold.resolve.merge import greedy_merge
from namefold.resolve.nodes import Cluster, Node, cluster_of_nodes, make_cluster, spelling_positions
from namefold.resolve.scoring import NearMisses, Progress, score_full_names
from namefold.resolve.verdicts import AVERAGE_SURNAME_FLOOR, Interned, PairVerdicts, supports_evidence

__all__ = ["Clustering", "PartialEdges", "cluster_nodes", "partial_edges"]


class Clustering(NamedTuple):
    """The people of a resolution as clusters of nodes, and the graph's edges.

    ``edges`` maps a pair of node positions (:func:`namefold.resolve.edges.edge_key`) to
    its score, relation and the names of its rules; the evidence itself is recomputed
    on demand.
    """

    clusters: list[Cluster]
    judged: list[Judged]  # what became of each judgement
    edges: EdgeTable
    near: NearMisses  # full-name pairs just below the threshold
    candidate_pairs: int  # pairs of spellings compared
    comparisons: int  # comparisons made: those, and the greedy merge's cross checks
    partials_capped: int  # partial spellings left ambiguous unscored (resolve.fits.Found)
    candidates_skipped: int  # candidate pairs of full names not compared (resolve.index.closest)


def cluster_nodes(
    nodes: list[Node],
    index: CandidateIndex,
    *,
    threshold: float,
    progress: Progress | None = None,
    workers: int = 1,
    book: Rulebook | None = None,
) -> Clustering:
    """Cluster ``nodes`` (sorted by key) into people, in the three passes above, obeying the
    judgements of ``book`` (:mod:`namefold.resolve.judgements`).

    ``index`` holds the distinct spellings of ``nodes``. Full names are scored by
    ``workers`` processes when there are many (:func:`namefold.resolve.scoring.score_full_names`).
    """
    rules = NodeRules(nodes, book)
    interned = Interned()  # this resolution's shared verdicts and rule lists
    spelling_at = spelling_positions(nodes, index.parsed)
    full = [i for i, n in enumerate(nodes) if not n.parsed.is_partial]
    partial = [i for i, n in enumerate(nodes) if n.parsed.is_partial]
    scored = score_full_names(
        nodes,
        index,
        full,
        spelling_at,
        threshold=threshold,
        interned=interned,
        progress=progress,
        workers=workers,
    )
    verdicts = PairVerdicts(index.parsed, scored.verdicts, interned)
    marks = (established(nodes, full), anchored(nodes, full))
    close = threshold >= AVERAGE_SURNAME_FLOOR
    forced = rules.forced_full()
    groups = merge_by_component(
        len(nodes),
        spelling_at,
        full,
        connected(len(nodes), forced, scored.best_first),
        verdicts,
        marks,
        surnames_close=close,
        guard=rules.guard,
        workers=workers,
    )
    edges = scored.edges
    _add_judged(edges, forced, len(nodes))

    attachment = attach_partials(nodes, partial, index, spelling_at, groups, interned, rules, workers)
    edges.update(attachment.edges)
    clusters = [
        make_cluster(nodes, sorted([*group, *attachment.attached.get(c, ())]))
        for c, group in enumerate(groups)
    ]

    leftover = partial_edges(nodes, attachment.leftover, index, spelling_at, interned)
    edges.update(leftover.edges)
    forced = rules.forced_partial(set(attachment.leftover))
    _add_judged(edges, forced, len(nodes))
    for group in greedy_merge(
        len(nodes),
        spelling_at,
        attachment.leftover,
        leftover.best_first,
        verdicts,
        forced=forced,
        apart=rules.guard(),
    ):
        clusters.append(make_cluster(nodes, group))
    clusters.extend(make_cluster(nodes, a.nodes, a.candidates) for a in attachment.ambiguous)
    candidate_pairs = scored.candidate_pairs + attachment.compared + leftover.compared
    return Clustering(
        clusters=clusters,
        judged=rules.unmet(cluster_of_nodes(clusters, len(nodes))),
        edges=edges,
        near=scored.near,
        candidate_pairs=candidate_pairs,
        comparisons=candidate_pairs + verdicts.computed,
        partials_capped=attachment.capped,
        candidates_skipped=scored.skipped,
    )


def _add_judged(edges: EdgeTable, pairs: list[tuple[int, int]], size: int) -> None:
    """Record the joins of judged spellings as edges."""
    for i, j in pairs:
        edges.add(edge_key(i, j, size), 1.0, JUDGED_SAME, JUDGED_RULES)


class PartialEdges(NamedTuple):
    """The edges between partial mentions that fit no full name."""

    edges: EdgeTable  # by edge_key among the nodes
    best_first: list[tuple[int, int]]  # their node pairs, in merge order
    compared: int  # pairs of spellings compared


def partial_edges(
    nodes: Sequence[Node],
    leftover: list[int],
    index: CandidateIndex,
    spelling_at: Sequence[int],
    interned: Interned,
) -> PartialEdges:
    """Edges between the partial nodes ``leftover``: distinct spellings are compared once
    and joined if one supports the other; the nodes of one spelling (one per source) are
    chained to each other."""
    nodes_of: dict[int, list[int]] = defaultdict(list)
    for i in leftover:
        nodes_of[spelling_at[i]].append(i)
    edges = EdgeTable()
    order: list[tuple[float, int, int]] = []  # (-score, i, j): sorting gives the merge order
    compared = 0
    for me, group in sorted(nodes_of.items()):
        parsed = nodes[group[0]].parsed
        if parsed.core_surname:
            others = index.surname_candidates(parsed.core_surname, full=False, partial=True)
        elif parsed.given:
            others = index.given_candidates(parsed)
        else:
            continue  # nothing to compare an empty name by
        for other in sorted({me, *others}):
            if other < me or other not in nodes_of or (other == me and len(group) == 1):
                continue
            i, j = group[0], nodes_of[other][0]
            compared += 1
            score, evidence = score_parsed(nodes[i].parsed, nodes[j].parsed)
            if not supports_evidence(evidence):
                continue
            pairs = list(itertools.pairwise(group)) if other == me else [(i, j)]
            for a, b in pairs:
                order.append((-score, a, b))
                edges.add(edge_key(a, b, len(nodes)), score, MATCH, interned.rules(evidence))
    return PartialEdges(edges=edges, best_first=[(i, j) for _, i, j in sorted(order)], compared=compared)
