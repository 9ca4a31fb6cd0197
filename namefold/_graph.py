"""Stage 7: the match graph and its clustering into people.

Nodes are distinct spellings (a partial mention such as a bare surname is one
node per spelling and source, because a reader resolves it within its
document). Edges are scored comparisons of names that share a blocking key.

Clustering, in three passes:

1. Full names (given name and surname) are merged greedily along edges in
   descending score order. Two clusters merge only if every pair of spellings
   across them is compatible: no conflict (different given names, gendered
   surname forms, patronymics, genders) and surnames at least phonetically
   close. This stops chaining: ``A~B`` and ``B~C`` never pull in a ``C`` that
   conflicts with ``A``.
2. Each partial mention (surname only, initials, honorific + surname, given
   name only) joins the one full-name cluster it is compatible with, looking
   first at clusters that share its source. With several candidates it stays
   its own entry, marked ambiguous, with its candidates listed.
3. Partial mentions with no full-name candidate are merged among themselves
   with the same guarded greedy rule.

Cost: each name yields O(L) blocking keys (L = surname length); comparisons
are made only inside blocks, so the work is the sum of squared block sizes,
not N^2. Fuzzy blocks (deletion, skeleton, metaphone keys) larger than
``MAX_FUZZY_BLOCK`` are skipped; exact fold-key blocks are always compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import attrs
import networkx as nx

from namefold._compare import compare
from namefold._models import Comparison, ParsedName
from namefold._phonetic import blocking_keys

__all__ = ["Cluster", "Node", "Progress", "cluster_nodes", "is_compatible", "supports"]

MAX_FUZZY_BLOCK = 200
_PROGRESS_EVERY = 5000
Progress = Callable[[str, int, int], None]
SURNAME_FLOOR = 0.8
AVERAGE_SURNAME_FLOOR = 0.75
ATTACH_SURNAME = 0.85
ATTACH_GIVEN = 0.95


@attrs.frozen(kw_only=True)
class Node:
    """A distinct spelling (and, for a partial mention, its source)."""

    text: str
    source: str | None
    parsed: ParsedName
    mentions: int
    sources: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.text, self.source or "")


@attrs.frozen(kw_only=True)
class Cluster:
    """A group of nodes that are one person, or an ambiguous partial mention."""

    nodes: tuple[Node, ...]
    ambiguous: bool = False
    candidates: tuple[int, ...] = ()  # indexes of full-name clusters


class _Comparisons:
    """Memo of comparisons between parsed names."""

    def __init__(self) -> None:
        self._memo: dict[tuple[ParsedName, ParsedName], Comparison] = {}

    def __len__(self) -> int:
        return len(self._memo)

    def get(self, a: ParsedName, b: ParsedName) -> Comparison:
        key = (a, b) if (a.original, a.order) <= (b.original, b.order) else (b, a)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = compare(*key)
        return found


def is_compatible(c: Comparison) -> bool:
    """True if two spellings may be in one cluster: no conflict, surnames at least phonetically close."""
    surname = c.factor("surname")
    return not c.conflict and (
        surname is None or surname >= SURNAME_FLOOR or c.rule("surname") in ("missing", "absent")
    )


def _can_merge(cross: list[Comparison]) -> bool:
    """Two clusters merge if no cross pair conflicts and their surnames agree on average.

    Conflicts are hard (one is enough to refuse); surname distance is averaged
    (average linkage), so one spelling far from another in the same person (a
    French ``ch`` beside a Czech ``ch``) does not keep two halves of a person apart.
    """
    if any(c.conflict for c in cross):
        return False
    factors = [c.factor("surname") or 0.0 for c in cross if c.rule("surname") not in ("missing", "absent")]
    return not factors or sum(factors) / len(factors) >= AVERAGE_SURNAME_FLOOR


def supports(c: Comparison) -> bool:
    """True if ``c`` is good evidence that a partial mention names the other name's person."""
    if c.conflict:
        return False
    surname = c.factor("surname")
    if c.rule("surname") not in ("missing", "absent"):
        return surname is not None and surname >= ATTACH_SURNAME
    given = c.factor("given")
    return given is not None and given >= ATTACH_GIVEN and c.rule("given") not in ("missing", "absent")


def _blocks(nodes: list[Node], *, with_given: bool = False) -> dict[str, list[int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for key in blocking_keys(node.parsed, with_given=with_given):
            blocks[key].append(i)
    return blocks


def _candidate_pairs(blocks: dict[str, list[int]]) -> list[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for key in sorted(blocks):
        members = blocks[key]
        if len(members) > MAX_FUZZY_BLOCK and not key.startswith("k:"):
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pairs.add((i, j))
    return sorted(pairs)


def _greedy_merge(
    nodes: list[Node], subset: list[int], edges: list[tuple[float, int, int]], memo: _Comparisons
) -> list[list[int]]:
    """Union ``subset`` along edges in descending score, refusing merges that break compatibility."""
    root = list(range(len(nodes)))
    members: dict[int, list[int]] = {i: [i] for i in subset}

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for _, i, j in sorted(edges, key=lambda e: (-e[0], nodes[e[1]].key, nodes[e[2]].key)):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        profiles_i = {nodes[k].parsed for k in members[ri]}
        profiles_j = {nodes[k].parsed for k in members[rj]}
        if _can_merge([memo.get(p, q) for p in profiles_i for q in profiles_j]):
            small, big = sorted((ri, rj), key=lambda r: (len(members[r]), r))
            root[small] = big
            members[big].extend(members.pop(small))
    return sorted(
        (sorted(m, key=lambda k: nodes[k].key) for m in members.values()), key=lambda m: nodes[m[0]].key
    )


def cluster_nodes(
    nodes: list[Node],
    *,
    threshold: float,
    graph: nx.Graph[tuple[str, str]],
    progress: Progress | None = None,
    stats: dict[str, int] | None = None,
) -> list[Cluster]:
    """Cluster ``nodes`` into people, recording every scored edge in ``graph``.

    ``stats``, if given, receives ``candidate_pairs`` (pairs sharing a blocking key)
    and ``comparisons`` (distinct pairs of parsed names compared).
    """
    memo = _Comparisons()
    counts = stats if stats is not None else {}
    counts.setdefault("candidate_pairs", 0)
    for node in nodes:
        graph.add_node(
            node.key, text=node.text, source=node.source, mentions=node.mentions, kind=node.parsed.kind
        )
    full = [i for i, n in enumerate(nodes) if not n.parsed.is_partial]
    partial = [i for i, n in enumerate(nodes) if n.parsed.is_partial]

    def scored_edges(subset: list[int], accept: str) -> list[tuple[float, int, int]]:
        sub_nodes = [nodes[i] for i in subset]
        edges = []
        pairs = _candidate_pairs(_blocks(sub_nodes, with_given=accept == "full"))
        counts["candidate_pairs"] += len(pairs)
        for done, (a, b) in enumerate(pairs, start=1):
            if progress is not None and (done % _PROGRESS_EVERY == 0 or done == len(pairs)):
                progress(f"comparing {accept} names", done, len(pairs))
            i, j = subset[a], subset[b]
            c = memo.get(nodes[i].parsed, nodes[j].parsed)
            ok = c.score >= threshold if accept == "full" else supports(c)
            if ok and not c.conflict:
                edges.append((c.score, i, j))
                graph.add_edge(
                    nodes[i].key, nodes[j].key, score=c.score, relation="match", evidence=c.evidence
                )
        return edges

    full_groups = _greedy_merge(nodes, full, scored_edges(full, "full"), memo)
    cluster_of = {i: c for c, group in enumerate(full_groups) for i in group}
    sources_of = [{s for i in g for s in nodes[i].sources} for g in full_groups]
    blocks = _blocks([nodes[i] for i in full])

    attached: dict[int, list[int]] = defaultdict(list)
    ambiguous: list[tuple[int, tuple[int, ...]]] = []
    leftover: list[int] = []
    for p in partial:
        node = nodes[p]
        seen = sorted(
            {cluster_of[full[k]] for key in blocking_keys(node.parsed) for k in blocks.get(key, ())}
        )
        fits: list[int] = []
        for c in seen:
            comparisons = [memo.get(node.parsed, nodes[i].parsed) for i in full_groups[c]]
            if any(x.conflict for x in comparisons) or not any(supports(x) for x in comparisons):
                continue
            fits.append(c)
            best = max(comparisons, key=lambda x: x.score)
            target = full_groups[c][comparisons.index(best)]
            graph.add_edge(
                node.key, nodes[target].key, score=best.score, relation="candidate", evidence=best.evidence
            )
        local = [c for c in fits if node.source is not None and node.source in sources_of[c]]
        chosen = local if local else fits
        if len(chosen) == 1:
            attached[chosen[0]].append(p)
            for i in full_groups[chosen[0]]:
                if graph.has_edge(node.key, nodes[i].key):
                    graph.edges[node.key, nodes[i].key]["relation"] = (
                        "attach (same source)" if local else "attach (only candidate)"
                    )
        elif chosen:
            ambiguous.append((p, tuple(chosen)))
        else:
            leftover.append(p)

    clusters = [
        Cluster(nodes=tuple(nodes[i] for i in sorted([*g, *attached[c]], key=lambda k: nodes[k].key)))
        for c, g in enumerate(full_groups)
    ]
    for group in _greedy_merge(nodes, leftover, scored_edges(leftover, "partial"), memo):
        clusters.append(Cluster(nodes=tuple(nodes[i] for i in group)))
    by_text: dict[tuple[str, tuple[int, ...]], list[int]] = defaultdict(list)
    for p, candidates in ambiguous:
        by_text[(nodes[p].parsed.normalized, candidates)].append(p)
    for (_, candidates), group in sorted(by_text.items()):
        clusters.append(Cluster(nodes=tuple(nodes[i] for i in group), ambiguous=True, candidates=candidates))
    counts["comparisons"] = len(memo)
    return clusters
