"""Stage 7: the match graph and its clustering into people.

Nodes are distinct spellings (a partial mention such as a bare surname is one
node per spelling and source, because a reader resolves it within its
document). Edges are scored comparisons of candidate pairs (see ``_index``).

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

Cost: each full name is compared with its candidates only (same or neighbouring
surname and a compatible given name), a number that does not grow with the input.
Each candidate pair's verdict (conflict, surname factor) is kept under one integer
key for the greedy merge's cross checks; only accepted edges keep their score and
rule names.
"""

from __future__ import annotations

import itertools
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet

import attrs

from namefold.compare.model import Comparison, Evidence
from namefold.compare.score import score_parsed, sounds_alike, surname_fold_key
from namefold.engine.workers import Chunk, map_chunks
from namefold.keys.anchors import cyrillic_alike, cyrillic_surname
from namefold.names.model import ParsedName
from namefold.resolve.index import CandidateIndex

__all__ = [
    "Cluster",
    "EdgeData",
    "Node",
    "Progress",
    "cluster_nodes",
    "edge_ends",
    "edge_key",
    "is_compatible",
    "rule_names",
    "surname_floor",
    "supports",
]

_PROGRESS_EVERY = 5000
Progress = Callable[[str, int, int], None]
SURNAME_FLOOR = 0.8
AVERAGE_SURNAME_FLOOR = 0.75
ATTACH_SURNAME = 0.85
ATTACH_GIVEN = 0.95
ESTABLISHED = 3  # full spellings that make a surname established (see _established)


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
    indexes: tuple[int, ...]  # positions of ``nodes`` in the node list
    ambiguous: bool = False
    candidates: tuple[int, ...] = ()  # indexes of full-name clusters


Evidences = tuple[Evidence, ...]
# (conflict, surname factor or None when a side has no surname): all the greedy merge needs
Verdict = tuple[bool, float | None]
# (-score, node i, node j); sorting gives the merge order
Edge = tuple[float, int, int]
# names of the rules behind an edge ("surname: typo", "given: alias"), shared between edges
Rules = tuple[str, ...]
# (score, relation, rules) of a recorded edge
EdgeData = tuple[float, str, Rules]


def edge_key(i: int, j: int, size: int) -> int:
    """One integer for the pair of node positions ``i``, ``j`` among ``size`` nodes."""
    return i * size + j if i < j else j * size + i


def edge_ends(key: int, size: int) -> tuple[int, int]:
    """The node positions ``(i, j)``, ``i < j``, of an :func:`edge_key`."""
    return divmod(key, size)


def surname_floor(threshold: float) -> float:
    """The surname factor two spellings need to be compared at all.

    No edge can form below it: a full-name edge needs ``score >= threshold`` and the
    surname factor bounds the score; a partial mention needs ``ATTACH_SURNAME``.
    """
    return min(threshold, SURNAME_FLOOR)


def _find(evidence: Evidences, feature: str) -> Evidence | None:
    for item in evidence:
        if item.feature == feature:
            return item
    return None


_VERDICTS: dict[Verdict, Verdict] = {}  # the few distinct verdicts, shared: memory, not speed
_RULES: dict[Rules, Rules] = {}  # the few distinct rule lists, shared likewise


def rule_names(evidence: Evidences) -> Rules:
    """The names of the rules behind ``evidence`` (``surname: typo``), one shared tuple per list."""
    names = tuple([f"{e.feature}: {e.rule}" for e in evidence])
    return _RULES.setdefault(names, names)


def _verdict(evidence: Evidences) -> Verdict:
    conflict, surname = False, None
    for e in evidence:  # one loop, not _find and any(): read for every candidate pair
        conflict = conflict or e.conflict
        if surname is None and e.feature == "surname":
            surname = e
    factor = None if surname is None or surname.rule in ("missing", "absent") else surname.factor
    verdict = (conflict, factor)
    return _VERDICTS.setdefault(verdict, verdict)


def _is_compatible(evidence: Evidences) -> bool:
    conflict, surname = _verdict(evidence)
    return not conflict and (surname is None or surname >= SURNAME_FLOOR)


def is_compatible(c: Comparison) -> bool:
    """True if two spellings may be in one cluster: no conflict, surnames at least phonetically close."""
    return _is_compatible(c.evidence)


def _supports(evidence: Evidences) -> bool:
    if any(e.conflict for e in evidence):
        return False
    surname = _find(evidence, "surname")
    if surname is not None and surname.rule not in ("missing", "absent"):
        return surname.factor >= ATTACH_SURNAME
    given = _find(evidence, "given")
    return given is not None and given.factor >= ATTACH_GIVEN and given.rule not in ("missing", "absent")


def supports(c: Comparison) -> bool:
    """True if ``c`` is good evidence that a partial mention names the other name's person."""
    return _supports(c.evidence)


def _can_merge(verdicts: Iterable[Verdict]) -> bool:
    """Two clusters merge if no cross pair conflicts and their surnames agree on average.

    Conflicts are hard (one is enough to refuse, and the rest are not read); surname
    distance is averaged (average linkage), so one spelling far from another in the same
    person (a French ``ch`` beside a Czech ``ch``) does not keep two halves of a person apart.
    """
    total, count = 0.0, 0
    for conflict, factor in verdicts:
        if conflict:
            return False
        if factor is not None:
            total += factor
            count += 1
    return not count or total / count >= AVERAGE_SURNAME_FLOOR


class _Verdicts:
    """Verdicts of pairs of distinct spellings (positions in ``parsed``), remembered for the
    greedy merge's cross checks. A pair is one integer key: no tuple per pair."""

    def __init__(self, parsed: Sequence[ParsedName]) -> None:
        self._parsed = parsed
        self._size = len(parsed)
        self._memo: dict[int, Verdict] = {}
        self.computed = 0

    def absorb(self, pair_keys: Iterable[int], found: Iterable[Verdict]) -> None:
        """Keep the verdicts of pairs compared anyway (candidate pairs), keyed by :func:`edge_key`."""
        self._memo.update(zip(pair_keys, found, strict=True))

    def cross(self, left: Iterable[int], right: Iterable[int]) -> Iterator[Verdict]:
        """The verdicts of every pair across ``left`` and ``right``: first those already
        known, then the rest, computed; a reader that stops at a conflict among the known
        ones compares nothing."""
        missing = []
        memo, size = self._memo, self._size
        for a in left:
            for b in right:
                found = memo.get(edge_key(a, b, size))  # edge_key orders the pair
                if found is None:
                    missing.append((a, b))
                else:
                    yield found
        for a, b in missing:
            yield self.get(a, b)

    def get(self, a: int, b: int) -> Verdict:
        if b < a:
            a, b = b, a
        key = edge_key(a, b, self._size)
        found = self._memo.get(key)
        if found is None:
            self.computed += 1
            found = self._memo[key] = _verdict(score_parsed(self._parsed[a], self._parsed[b])[1])
        return found


def _best_first(
    lefts: array[int], rights: array[int], scores: array[float], size: int
) -> Iterator[tuple[int, int]]:
    """The edges ``(i, j)`` in descending score, ties by ``i`` then ``j``, decoded one by one.

    Each edge is sorted as one integer (score rank, i, j) rather than a tuple: a million
    edges take a fifth of the memory.
    """
    rank = {score: r for r, score in enumerate(sorted(set(scores), reverse=True))}
    square = size * size
    order = sorted(
        rank[score] * square + i * size + j for i, j, score in zip(lefts, rights, scores, strict=True)
    )
    # edge_ends(key % square, size) for each key, iterated in C: no Python frame per edge
    return map(divmod, map(square.__rmod__, order), itertools.repeat(size))


def _spelling_positions(nodes: list[Node], parsed: Sequence[ParsedName]) -> array[int]:
    """The position in ``parsed`` of each node's spelling. Both are sorted by text, so one
    walk finds them; a dict of every spelling is the fallback for other orders."""
    found = array("q", [0]) * len(nodes)
    k = 0
    for i, node in enumerate(nodes):
        while k < len(parsed) and parsed[k].original < node.text:
            k += 1
        if k == len(parsed) or parsed[k].original != node.text:
            position = {p.original: at for at, p in enumerate(parsed)}
            return array("q", (position[n.text] for n in nodes))
        found[i] = k
    return found


# One surname mark of a node: (key, surname, spellings that write the key in all names).
Mark = tuple[str, str, int]
# A kind of mark: each node's mark (or None) and when two marked surnames may be one.
MarkKind = tuple[list[Mark | None], Callable[[str, str], bool]]


def _established(nodes: list[Node], full: list[int]) -> MarkKind:
    """Established surnames: per node, its core surname marked by its fold key, if
    ``ESTABLISHED`` (three) or more full spellings write that key (a surname, not a one-off
    typo); they are one surname if they sound alike (:func:`namefold.compare.score.sounds_alike`)."""
    surnames = [(i, s, surname_fold_key(s)) for i in full if (s := nodes[i].parsed.core_surname)]
    spellings = Counter(key for _, _, key in surnames)
    found: list[Mark | None] = [None] * len(nodes)
    for i, surname, key in surnames:
        if spellings[key] >= ESTABLISHED:
            found[i] = (key, surname, spellings[key])
    return found, sounds_alike


def _anchored(nodes: list[Node], full: list[int]) -> MarkKind:
    """Anchors: per node, its surname as written in Cyrillic, if it is; anchors are one
    surname if they are alike in Cyrillic (:func:`namefold.keys.anchors.cyrillic_alike`)."""
    written = [(i, s) for i in full if (s := cyrillic_surname(nodes[i].parsed))]
    spellings = Counter(s for _, s in written)
    found: list[Mark | None] = [None] * len(nodes)
    for i, surname in written:
        found[i] = (surname, surname, spellings[surname])
    return found, cyrillic_alike


def _leading(surnames: dict[str, tuple[str, int]]) -> list[str]:
    """A cluster's marked surnames that the most spellings write across all names:
    a variant inside the cluster (a typo that several people share) does not speak for it."""
    most = max(count for _, count in surnames.values())
    return [surname for surname, count in surnames.values() if count == most]


def _greedy_merge(
    nodes: list[Node],
    spelling_at: Sequence[int],
    subset: list[int],
    edges: Iterable[tuple[int, int]],
    verdicts: _Verdicts,
    marks: Sequence[MarkKind] = (),
    *,
    surnames_close: bool = False,
) -> list[list[int]]:
    """Union ``subset`` along ``edges`` (pairs of node positions, best first), refusing merges
    that break compatibility.

    With ``surnames_close``, every edge's own surname factor is known to reach
    ``AVERAGE_SURNAME_FLOOR`` (full-name edges at a threshold at or above it: the score is a
    product of factors of at most 1), so two single spellings need no verdict to merge.

    With ``marks`` (:func:`_established`, :func:`_anchored`), two clusters that each hold
    surnames of one kind merge only if their most written surnames of that kind may be one
    surname: surnames that many spellings write one way and many another are different
    people when only a typo, or a romanization that blurs two letters, separates them.
    """
    root = list(range(len(nodes)))
    # Only clusters of two or more nodes have an entry: a million singletons cost nothing.
    members: dict[int, list[int]] = {}
    # root -> per kind of mark, {key: (surname, spellings)}, for merged clusters only
    known: dict[int, list[dict[str, tuple[str, int]]]] = {}

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    def group(r: int) -> list[int]:
        return members.get(r) or [r]

    def surnames(r: int) -> list[dict[str, tuple[str, int]]]:
        found = known.get(r)
        if found is None:
            found = []
            for of_node, _ in marks:
                own = of_node[r]
                found.append({own[0]: own[1:]} if own else {})
        return found

    def keys_of(r: int, kind: int) -> tuple[AbstractSet[str], dict[str, tuple[str, int]] | None] | None:
        """A root's keys of one kind of mark and its table of them (``None`` for one node,
        whose own mark is read directly), or ``None`` if it has none. A root without an
        entry in ``known`` is one node (or a cluster with no marks at all, whose root node
        has none either)."""
        table = known.get(r)
        if table is None:
            mark = marks[kind][0][r]
            return None if mark is None else ({mark[0]}, None)
        found = table[kind]
        return (found.keys(), found) if found else None

    def most_written(r: int, kind: int, table: dict[str, tuple[str, int]] | None) -> list[str]:
        if table is None:
            mark = marks[kind][0][r]
            return [mark[1]] if mark else []
        return _leading(table)

    def nodes_alike(i: int, j: int) -> bool:
        """:func:`alike` for two single nodes (the common case): their own marks."""
        for of_node, same in marks:
            mark_i, mark_j = of_node[i], of_node[j]
            if mark_i and mark_j and mark_i[0] != mark_j[0] and not same(mark_i[1], mark_j[1]):
                return False
        return True

    def alike(ri: int, rj: int) -> bool:
        for kind, (_, same) in enumerate(marks):
            of_i, of_j = keys_of(ri, kind), keys_of(rj, kind)
            if of_i is None or of_j is None or not of_i[0].isdisjoint(of_j[0]):
                continue  # the most written surnames are read only when no key is shared
            lead_i, lead_j = most_written(ri, kind, of_i[1]), most_written(rj, kind, of_j[1])
            if not any(same(a, b) for a in lead_i for b in lead_j):
                return False
        return True

    # Refused merges, by the two roots and their sizes: clusters only grow, so a refusal
    # holds until one of the two changes, and the other edges between them are skipped.
    refused: set[tuple[int, int, int, int]] = set()
    for i, j in edges:
        ri = i if root[i] == i else find(i)
        rj = j if root[j] == j else find(j)
        if ri == rj:
            continue
        if ri not in members and rj not in members:  # two single spellings: the common case, fast
            if surnames_close:
                ok = nodes_alike(ri, rj)
            else:
                surname = verdicts.get(spelling_at[i], spelling_at[j])[1]
                ok = (surname is None or surname >= AVERAGE_SURNAME_FLOOR) and nodes_alike(ri, rj)
            state = None  # one edge joins two single spellings, so a refusal needs no memory
            group_i, group_j = [ri], [rj]
        else:
            group_i, group_j = group(ri), group(rj)
            state = (ri, rj, len(group_i), len(group_j)) if ri < rj else (rj, ri, len(group_j), len(group_i))
            if state in refused:
                continue
            profiles_i = {spelling_at[k] for k in group_i}
            profiles_j = {spelling_at[k] for k in group_j}
            if len(profiles_i) == 1 and len(profiles_j) == 1:
                surname = verdicts.get(spelling_at[i], spelling_at[j])[1]
                ok = (surname is None or surname >= AVERAGE_SURNAME_FLOOR) and alike(ri, rj)
            else:  # the guards first: they are cheap, and the cross checks may compare pairs
                ok = alike(ri, rj) and _can_merge(verdicts.cross(profiles_i, profiles_j))
        if not ok:
            if state is not None:
                refused.add(state)
            continue
        if (len(group_i), ri) < (len(group_j), rj):
            small, small_group, big = ri, group_i, rj
        else:
            small, small_group, big = rj, group_j, ri
        big_surnames = surnames(big)  # the stored table, or fresh dicts of a single node's marks
        for table, more in zip(big_surnames, surnames(small), strict=True):
            table.update(more)
        known.pop(small, None)
        if any(big_surnames):
            known[big] = big_surnames
        root[small] = big
        members.pop(small, None)
        members.setdefault(big, [big]).extend(small_group)
    in_groups = set().union(*members.values()) if members else set()
    groups = [sorted(m) for m in members.values()] + [[i] for i in subset if i not in in_groups]
    return sorted(groups, key=lambda m: m[0])


def cluster_nodes(
    nodes: list[Node],
    index: CandidateIndex,
    *,
    threshold: float,
    edges: dict[int, EdgeData],
    progress: Progress | None = None,
    stats: dict[str, int] | None = None,
    workers: int = 1,
) -> list[Cluster]:
    """Cluster ``nodes`` (sorted by key) into people, recording every accepted edge in ``edges``.

    ``edges`` maps a pair of node positions (:func:`edge_key`) to its score, relation
    (``match``, ``candidate``, ``attach (same source)``, ``attach (only candidate)``) and the
    names of its rules (``surname: typo``); the evidence itself is recomputed on demand.
    Full names are scored by ``workers`` processes when there are many (``_parallel``).

    ``index`` holds the distinct spellings of ``nodes``. ``stats``, if given, receives
    ``candidate_pairs`` (pairs of spellings compared) and ``comparisons`` (comparisons made).
    """
    verdicts = _Verdicts(index.parsed)
    size = len(nodes)
    counts = stats if stats is not None else {}
    counts.setdefault("candidate_pairs", 0)
    spelling_at = _spelling_positions(nodes, index.parsed)
    full = [i for i, n in enumerate(nodes) if not n.parsed.is_partial]
    partial = [i for i, n in enumerate(nodes) if n.parsed.is_partial]
    node_of_spelling = array("q", [-1]) * len(index.parsed)  # a full spelling's one node
    for i in full:
        node_of_spelling[spelling_at[i]] = i

    def add_edge(i: int, j: int, score: float, rules: Rules, relation: str) -> None:
        edges[edge_key(i, j, size)] = (score, relation, rules)

    # accepted full-name edges as one sortable integer each: (score rank, i, j)
    lefts, rights, scores = array("q"), array("q"), array("d")
    for packed in _score_full_names(
        nodes, index, full, spelling_at, node_of_spelling, threshold, workers, progress
    ):
        counts["candidate_pairs"] += len(packed.pair_keys)
        verdict_of = [_VERDICTS.setdefault(v, v) for v in packed.verdicts]
        rules_of = [_RULES.setdefault(r, r) for r in packed.rules]
        verdicts.absorb(packed.pair_keys, map(verdict_of.__getitem__, packed.verdict_ids))
        # add_edge(i, j, score, rules, "match") for each edge, one dict update per chunk
        matches = itertools.repeat("match", len(packed.scores))
        edges.update(
            zip(
                map(edge_key, packed.left, packed.right, itertools.repeat(size)),
                zip(packed.scores, matches, map(rules_of.__getitem__, packed.rule_ids), strict=True),
                strict=True,
            )
        )
        lefts.extend(packed.left)
        rights.extend(packed.right)
        scores.extend(packed.scores)
    full_edges = _best_first(lefts, rights, scores, size)
    del lefts, rights, scores
    marks = (_established(nodes, full), _anchored(nodes, full))
    close = threshold >= AVERAGE_SURNAME_FLOOR
    full_groups = _greedy_merge(nodes, spelling_at, full, full_edges, verdicts, marks, surnames_close=close)
    del full_edges
    cluster_of = array("q", [-1]) * size  # a full name's cluster
    for c, group in enumerate(full_groups):
        for i in group:
            cluster_of[i] = c
    sources_of = [{s for i in g for s in nodes[i].sources} for g in full_groups]

    # Pass 2: each distinct partial spelling is judged once; each of its nodes then picks.
    fits_of: dict[str, list[tuple[int, float, int, Evidences]]] = {}
    attached: dict[int, list[int]] = defaultdict(list)
    ambiguous: list[tuple[int, tuple[int, ...]]] = []
    leftover: list[int] = []
    for p in partial:
        node = nodes[p]
        if node.text not in fits_of:
            fits_of[node.text], compared = _fits(
                node.parsed, index, nodes, node_of_spelling, cluster_of, full_groups
            )
            counts["candidate_pairs"] += compared
        fits = fits_of[node.text]
        for _, score, target, evidence in fits:
            add_edge(p, target, score, rule_names(evidence), "candidate")
        local = [c for c, *_ in fits if node.source is not None and node.source in sources_of[c]]
        chosen = local if local else [c for c, *_ in fits]
        if len(chosen) == 1:
            attached[chosen[0]].append(p)
            relation = "attach (same source)" if local else "attach (only candidate)"
            for i in full_groups[chosen[0]]:
                pair = edge_key(p, i, size)
                if pair in edges:
                    score, _, rules = edges[pair]
                    edges[pair] = (score, relation, rules)
        elif chosen:
            ambiguous.append((p, tuple(chosen)))
        else:
            leftover.append(p)

    clusters = [_cluster(nodes, sorted([*g, *attached[c]])) for c, g in enumerate(full_groups)]
    leftover_edges = sorted(_partial_edges(nodes, leftover, index, spelling_at, add_edge, counts))
    for group in _greedy_merge(
        nodes, spelling_at, leftover, [(i, j) for _, i, j in leftover_edges], verdicts
    ):
        clusters.append(_cluster(nodes, group))
    by_text: dict[tuple[str, tuple[int, ...]], list[int]] = defaultdict(list)
    for p, candidates in ambiguous:
        by_text[(nodes[p].parsed.normalized, candidates)].append(p)
    for (_, candidates), group in sorted(by_text.items()):
        clusters.append(_cluster(nodes, group, candidates))
    counts["comparisons"] = counts["candidate_pairs"] + verdicts.computed
    return clusters


def _score_full_names(
    nodes: list[Node],
    index: CandidateIndex,
    full: list[int],
    spelling_at: Sequence[int],
    node_of_spelling: Sequence[int],
    threshold: float,
    workers: int,
    progress: Progress | None,
) -> list[_Packed]:
    """Every candidate pair of full names, scored: each pair once, from its lower spelling.

    Names are taken grouped by surname, so that each worker computes the surname
    neighbours of its own surnames; the order, and so the result, is the same for
    any number of workers.
    """
    ordered = sorted(full, key=lambda i: (index.surname[spelling_at[i]], i))

    def score_chunk(chunk: list[int], at: Chunk) -> _Packed:
        packed = _Packed()
        spellings = len(index.parsed)
        judged: dict[str, bool] = {}  # which surnames are neighbours of the current one
        current = None
        for done, i in enumerate(chunk, start=1):
            if progress is not None and at.reports and done % _PROGRESS_EVERY == 0:
                progress("comparing full names", at.start + done, at.total)
            me = spelling_at[i]
            mine = nodes[i].parsed
            if mine.core_surname != current:  # names come grouped by surname
                judged, current = {}, mine.core_surname
            first = me * spellings  # edge_key(me, other, spellings) for each other > me
            for other in index.full_candidates(mine, above=me, judged=judged):
                j = node_of_spelling[other]
                score, evidence = score_parsed(mine, nodes[j].parsed)
                packed.add_pair(first + other, _verdict(evidence))
                if score >= threshold:
                    packed.add_edge(min(i, j), max(i, j), score, rule_names(evidence))
        return packed

    scored = map_chunks(score_chunk, ordered, workers)
    if progress is not None:
        progress("comparing full names", len(ordered), len(ordered))
    return scored


class _Packed:
    """Scored pairs of one chunk as flat arrays and two small tables: a few bytes a pair,
    cheap to pickle, and read by the parent with few Python steps per pair.

    Every pair has its key among the spellings (:func:`edge_key`) and verdict; a pair that
    reaches the threshold is also an edge, with its node positions, score and rules.
    """

    def __init__(self) -> None:
        self.pair_keys, self.verdict_ids = array("q"), array("l")
        self.left, self.right, self.scores = array("q"), array("q"), array("d")
        self.rule_ids = array("l")
        self._verdicts: dict[Verdict, int] = {}
        self._rules: dict[Rules, int] = {}

    @property
    def verdicts(self) -> list[Verdict]:
        """The distinct verdicts, in the order of their ids."""
        return list(self._verdicts)

    @property
    def rules(self) -> list[Rules]:
        """The distinct rule lists, in the order of their ids."""
        return list(self._rules)

    def add_pair(self, key: int, verdict: Verdict) -> None:
        self.pair_keys.append(key)
        self.verdict_ids.append(self._verdicts.setdefault(verdict, len(self._verdicts)))

    def add_edge(self, i: int, j: int, score: float, rules: Rules) -> None:
        self.left.append(i)
        self.right.append(j)
        self.scores.append(score)
        self.rule_ids.append(self._rules.setdefault(rules, len(self._rules)))


def _cluster(nodes: list[Node], group: list[int], candidates: tuple[int, ...] = ()) -> Cluster:
    return Cluster(
        nodes=tuple(nodes[i] for i in group),
        indexes=tuple(group),
        ambiguous=bool(candidates),
        candidates=candidates,
    )


def _fits(
    parsed: ParsedName,
    index: CandidateIndex,
    nodes: list[Node],
    node_of_spelling: Sequence[int],
    cluster_of: Sequence[int],
    full_groups: list[list[int]],
) -> tuple[list[tuple[int, float, int, Evidences]], int]:
    """The full-name clusters a partial spelling fits: ``(cluster, best score, its node, evidence)``,
    and the number of spellings it was compared with.

    A cluster fits when no spelling in it conflicts with the partial one and one supports it.
    """
    surname = parsed.core_surname
    if not surname:
        return [], 0
    seen = sorted({cluster_of[node_of_spelling[k]] for k in index.surname_candidates(surname)})
    fits = []
    compared = 0
    for c in seen:
        compared += len(full_groups[c])
        scored = [score_parsed(parsed, nodes[i].parsed) for i in full_groups[c]]
        if any(e.conflict for _, evidence in scored for e in evidence):
            continue
        if not any(_supports(evidence) for _, evidence in scored):
            continue
        best = max(range(len(scored)), key=lambda k: scored[k][0])
        fits.append((c, scored[best][0], full_groups[c][best], scored[best][1]))
    return fits, compared


def _partial_edges(
    nodes: list[Node],
    leftover: list[int],
    index: CandidateIndex,
    spelling_at: Sequence[int],
    add_edge: Callable[[int, int, float, Rules, str], None],
    counts: dict[str, int],
) -> list[Edge]:
    """Edges between partial mentions that fit no full name: distinct spellings are compared
    once; the nodes of one spelling (one per source) are chained to each other."""
    nodes_of: dict[int, list[int]] = defaultdict(list)
    for i in leftover:
        nodes_of[spelling_at[i]].append(i)
    edges: list[Edge] = []
    for me, group in sorted(nodes_of.items()):
        parsed = nodes[group[0]].parsed
        surname = parsed.core_surname
        if surname:
            others = index.surname_candidates(surname, full=False, partial=True)
        elif parsed.given:
            others = index.given_candidates(parsed)
        else:
            continue  # nothing to compare an empty name by
        for other in sorted({me, *others}):
            if other < me or other not in nodes_of or (other == me and len(group) == 1):
                continue
            i, j = group[0], nodes_of[other][0]
            counts["candidate_pairs"] += 1
            score, evidence = score_parsed(nodes[i].parsed, nodes[j].parsed)
            if not _supports(evidence):
                continue
            pairs = list(itertools.pairwise(group)) if other == me else [(i, j)]
            for a, b in pairs:
                edges.append((-score, a, b))
                add_edge(a, b, score, rule_names(evidence), "match")
    return edges
