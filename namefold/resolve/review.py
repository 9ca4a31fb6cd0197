"""The review queue: the pairs of spellings a person should look at first.

Three kinds of pair are uncertain: ``refused`` (two full names scored at or above the
threshold, but a guard kept their people apart: a conflicting spelling on one side, or
surnames too far apart as a whole), ``below`` (scored within ``NEAR_MARGIN`` below the
threshold) and ``above`` (merged, scoring within ``NEAR_MARGIN`` above it). Refused pairs
come first, as the matcher and its guards disagree on them; then the others by their
distance from the threshold.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping, Sequence

import attrs

from namefold.compare.score import explain, score_parsed
from namefold.engine.gcpause import collector_paused
from namefold.names.model import ParsedName
from namefold.resolve.edges import MATCH, EdgeData, ends_of
from namefold.resolve.nodes import Node
from namefold.resolve.scoring import NEAR_MARGIN, NearMisses

__all__ = ["Uncertain", "uncertain_pairs"]

_CONFLICT_SEARCH = 30  # spellings of the other person compared with each end of a refused pair
_CROSS_SEARCH = 8  # then spellings of each side compared with each other


@attrs.frozen(kw_only=True)
class Uncertain:
    """A pair of spellings near the decision, with what was decided and why.

    Attributes:
        a, b: the two spellings.
        score: their score (see :func:`namefold.compare`).
        merged: whether they are one person now.
        person_a, person_b: the ids of their people.
        kind: ``refused``, ``below`` or ``above`` (see :mod:`namefold.resolve.review`).
        reason: the decision in words.
        explanation: :func:`namefold.explain` of the pair.
    """

    a: str
    b: str
    score: float
    merged: bool
    person_a: str
    person_b: str
    kind: str
    reason: str
    explanation: str


@attrs.frozen(kw_only=True)
class _Pair:
    doubt: float  # 0 for a refusal, else the distance from the threshold
    i: int
    j: int
    score: float
    kind: str


@collector_paused()
def uncertain_pairs(
    nodes: Sequence[Node],
    node_people: Sequence[str],
    edges: Mapping[int, EdgeData],
    near: NearMisses,
    people_names: Mapping[str, Sequence[str]],
    parsed: Mapping[str, ParsedName],
    *,
    threshold: float,
    limit: int,
    apart: Collection[frozenset[str]] = (),
) -> tuple[Uncertain, ...]:
    """The ``limit`` most uncertain pairs among ``nodes``: refused merges first (best score
    first), then pairs by their distance from ``threshold``; ties by spelling. ``apart``
    holds the pairs of spellings judged different."""
    found: list[_Pair] = []
    for (i, j), data in zip(ends_of(edges.keys(), len(nodes)), edges.values(), strict=True):
        if data.relation != MATCH or nodes[i].text == nodes[j].text:
            continue
        if node_people[i] != node_people[j]:
            found.append(_Pair(doubt=-data.score, i=i, j=j, score=data.score, kind="refused"))
        elif data.score < threshold + NEAR_MARGIN:
            found.append(_Pair(doubt=data.score - threshold, i=i, j=j, score=data.score, kind="above"))
    for i, j, score in zip(near.left, near.right, near.scores, strict=True):
        found.append(_Pair(doubt=threshold - score, i=i, j=j, score=score, kind="below"))
    found.sort(key=lambda p: (p.kind != "refused", p.doubt, nodes[p.i].text, nodes[p.j].text))
    return tuple(_uncertain(p, nodes, node_people, people_names, parsed, apart) for p in found[:limit])


def _uncertain(
    pair: _Pair,
    nodes: Sequence[Node],
    node_people: Sequence[str],
    people_names: Mapping[str, Sequence[str]],
    parsed: Mapping[str, ParsedName],
    apart: Collection[frozenset[str]],
) -> Uncertain:
    a, b = nodes[pair.i], nodes[pair.j]
    person_a, person_b = node_people[pair.i], node_people[pair.j]
    merged = person_a == person_b
    if pair.kind == "refused":
        sides = (people_names[person_a], people_names[person_b])
        reason = "scored as a match, but kept apart: " + _why_apart(a.text, b.text, sides, parsed, apart)
    elif pair.kind == "above":
        reason = "merged, just above the threshold"
    else:
        reason = "below the threshold" + ("; one person through other spellings" if merged else "")
    return Uncertain(
        a=a.text,
        b=b.text,
        score=pair.score,
        merged=merged,
        person_a=person_a,
        person_b=person_b,
        kind=pair.kind,
        reason=reason,
        explanation=explain(a.parsed, b.parsed),
    )


def _why_apart(
    a: str,
    b: str,
    sides: tuple[Sequence[str], Sequence[str]],
    parsed: Mapping[str, ParsedName],
    apart: Collection[frozenset[str]],
) -> str:
    """A judgement, a conflict between a spelling of each side (``a`` or ``b`` against the
    other side first, then a few of each side), or the surname guard's reason."""
    left, right = sides
    for x, y in itertools.product(left, right):
        if frozenset((x, y)) in apart:
            return f"{x!r} and {y!r} were judged different people"
    full_left = [t for t in left if not parsed[t].is_partial]
    full_right = [t for t in right if not parsed[t].is_partial]
    pairs = itertools.chain(
        ((a, y) for y in full_right[:_CONFLICT_SEARCH]),
        ((x, b) for x in full_left[:_CONFLICT_SEARCH]),
        itertools.product(full_left[:_CROSS_SEARCH], full_right[:_CROSS_SEARCH]),
    )
    for x, y in pairs:
        _, evidence = score_parsed(parsed[x], parsed[y])
        for e in evidence:
            if e.conflict:
                return f"{x!r} and {y!r} conflict ({e.feature}: {e.detail or e.rule})"
    return "the two people's surnames are too far apart as a whole"
