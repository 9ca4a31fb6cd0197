"""Scoring full names against their candidates, in chunks that forked workers may share.

Each full name is compared with its candidates only (same or neighbouring surname and a
compatible given name, see :class:`namefold.resolve.index.CandidateIndex`), each pair
once, from its lower spelling. A chunk's results come back packed (:class:`Packed`):
every pair's key and verdict, and the pairs that reach the threshold as edges.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from namefold.compare.score import score_parsed
from namefold.engine.workers import Chunk, map_chunks
from namefold.resolve.edge_table import EdgeTable
from namefold.resolve.edges import MATCH, Rules, best_first, edge_keys, row_base
from namefold.resolve.index import CandidateIndex, closest
from namefold.resolve.nodes import Node
from namefold.resolve.verdicts import Interned, Verdict

__all__ = [
    "NEAR_MARGIN",
    "FullNameEdges",
    "FullNameScorer",
    "NearMisses",
    "Packed",
    "Progress",
    "score_full_names",
]

# a pair of full names scoring this close below the threshold is kept as a near miss (for review)
NEAR_MARGIN = 0.1

_PROGRESS_EVERY = 5000
# progress(stage, done, total), called while a resolution goes on
Progress = Callable[[str, int, int], None]


class Packed:
    """Scored pairs of one chunk as flat arrays and two small tables: a few bytes a pair,
    cheap to pickle, and read by the parent with few Python steps per pair.

    Every pair has its key among the spellings (:func:`namefold.resolve.edges.edge_key`) and
    verdict; a pair that reaches the threshold is also an edge, with its node positions,
    score and rules.
    """

    def __init__(self) -> None:
        self.pair_keys, self.verdict_ids = array("q"), array("l")
        self.left, self.right, self.scores = array("q"), array("q"), array("d")
        self.rule_ids = array("l")
        self.near = NearMisses(array("q"), array("q"), array("d"))
        self.skipped = 0  # candidate pairs not scored (resolve.index.closest)
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
        """A pair of spellings compared, by its key, and its verdict."""
        self.pair_keys.append(key)
        self.verdict_ids.append(self._verdicts.setdefault(verdict, len(self._verdicts)))

    def add_edge(self, i: int, j: int, score: float, rules: Rules) -> None:
        """An edge between the nodes ``i < j``."""
        self.left.append(i)
        self.right.append(j)
        self.scores.append(score)
        self.rule_ids.append(self._rules.setdefault(rules, len(self._rules)))


class NearMisses(NamedTuple):
    """Pairs of nodes ``left[k] < right[k]`` that scored ``scores[k]``, within ``NEAR_MARGIN``
    below the threshold: not edges, but what a reviewer looks at."""

    left: array[int]
    right: array[int]
    scores: array[float]

    def add(self, i: int, j: int, score: float) -> None:
        """The near miss of the nodes ``i < j``."""
        self.left.append(i)
        self.right.append(j)
        self.scores.append(score)

    def extend(self, other: NearMisses) -> None:
        """Add ``other``'s near misses."""
        self.left.extend(other.left)
        self.right.extend(other.right)
        self.scores.extend(other.scores)


class FullNameScorer:
    """Scores chunks of full names (node positions) against their candidates.

    ``spelling_at`` gives each node's spelling in ``index``, ``node_of_spelling`` a full
    spelling's node. :meth:`score_chunk` is the task of
    :func:`namefold.engine.workers.map_chunks`: forked workers read the scorer, and send
    back only what it returns.
    """

    def __init__(
        self,
        nodes: Sequence[Node],
        index: CandidateIndex,
        spelling_at: Sequence[int],
        node_of_spelling: Sequence[int],
        *,
        threshold: float,
        interned: Interned,
        progress: Progress | None = None,
    ) -> None:
        self._nodes = nodes
        self._index = index
        self._spelling_at = spelling_at
        self._node_of_spelling = node_of_spelling
        self._threshold = threshold
        self._interned = interned
        self._progress = progress

    def score_chunk(self, chunk: list[int], at: Chunk) -> Packed:
        """Every candidate pair of the full names ``chunk`` (grouped by surname), each from
        its lower spelling (or from the one whose swapped reading alone finds it)."""
        packed = Packed()
        nodes, index, threshold, progress = self._nodes, self._index, self._threshold, self._progress
        spelling_at, node_of_spelling = self._spelling_at, self._node_of_spelling
        verdict, rules = self._interned.verdict, self._interned.rules
        spellings = len(index.parsed)
        near = threshold - NEAR_MARGIN
        judged: dict[str, bool] = {}  # which surnames are neighbours of the current one
        current = None
        for done, i in enumerate(chunk, start=1):
            if progress is not None and at.reports and done % _PROGRESS_EVERY == 0:
                progress("comparing full names", at.start + done, at.total)
            me = spelling_at[i]
            mine = nodes[i].parsed
            if mine.core_surname != current:  # names come grouped by surname
                judged, current = {}, mine.core_surname
            base = row_base(me, spellings)  # the pair (me, other)'s key is base + other: other > me
            found = index.full_candidates(mine, above=me, judged=judged)
            nearest = closest(mine, found, index.parsed)
            packed.skipped += len(found) - len(nearest)
            for other in nearest:
                j = node_of_spelling[other]
                score, evidence = score_parsed(mine, nodes[j].parsed)
                key = base + other if other > me else row_base(other, spellings) + me
                packed.add_pair(key, verdict(evidence))
                if score >= threshold:
                    packed.add_edge(min(i, j), max(i, j), score, rules(evidence))
                elif score >= near:
                    packed.near.add(min(i, j), max(i, j), score)
        return packed


class FullNameEdges(NamedTuple):
    """What scoring the full names gives the clustering."""

    edges: EdgeTable  # the accepted edges (relation MATCH), by edge_key among the nodes
    best_first: npt.NDArray[np.int64]  # their node pairs (rows), in merge order
    verdicts: dict[int, Verdict]  # every candidate pair's, by edge_key among the spellings
    near: NearMisses  # the pairs just below the threshold
    candidate_pairs: int  # pairs of spellings compared
    skipped: int  # candidate pairs not compared, past a name's MAX_CANDIDATES (resolve.index.closest)


def score_full_names(
    nodes: Sequence[Node],
    index: CandidateIndex,
    full: list[int],
    spelling_at: Sequence[int],
    *,
    threshold: float,
    interned: Interned,
    progress: Progress | None = None,
    workers: int = 1,
) -> FullNameEdges:
    """Score the full names ``full`` (node positions; ``spelling_at`` gives each node's
    spelling in ``index``) against their candidates, in ``workers`` processes.

    Names are taken grouped by surname, so that each worker computes the surname
    neighbours of its own surnames; the order, and so the result, is the same for
    any number of workers.
    """
    node_of_spelling = array("q", [-1]) * len(index.parsed)  # a full spelling's one node
    for i in full:
        node_of_spelling[spelling_at[i]] = i
    scorer = FullNameScorer(
        nodes, index, spelling_at, node_of_spelling, threshold=threshold, interned=interned, progress=progress
    )
    ordered = sorted(full, key=lambda i: (index.surname[spelling_at[i]], i))
    chunks: list[Packed] = map_chunks(scorer.score_chunk, ordered, workers)
    if progress is not None:
        progress("comparing full names", len(ordered), len(ordered))
    return _collect(chunks, interned, len(nodes))


def _collect(chunks: list[Packed], interned: Interned, size: int) -> FullNameEdges:
    """The chunks' pairs and edges, unpacked with few Python steps per pair."""
    edges = EdgeTable()
    verdicts: dict[int, Verdict] = {}
    candidate_pairs = skipped = 0
    # accepted edges, to be sorted best first
    lefts, rights, scores = array("q"), array("q"), array("d")
    near = NearMisses(array("q"), array("q"), array("d"))
    for packed in chunks:
        near.extend(packed.near)
        candidate_pairs += len(packed.pair_keys)
        skipped += packed.skipped
        shared_verdicts = [interned.share_verdict(v) for v in packed.verdicts]
        shared_rules = [interned.share_rules(r) for r in packed.rules]
        verdicts.update(
            zip(packed.pair_keys, map(shared_verdicts.__getitem__, packed.verdict_ids), strict=True)
        )
        edges.extend(
            edge_keys(packed.left, packed.right, size),
            packed.scores,
            MATCH,
            map(shared_rules.__getitem__, packed.rule_ids),
        )
        lefts.extend(packed.left)
        rights.extend(packed.right)
        scores.extend(packed.scores)
    return FullNameEdges(
        edges=edges,
        best_first=best_first(lefts, rights, scores),
        verdicts=verdicts,
        near=near,
        candidate_pairs=candidate_pairs,
        skipped=skipped,
    )
