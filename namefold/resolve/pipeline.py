"""The resolution pipeline: distinct spellings parsed into nodes, the candidate index, the
match graph's clusters, and the people they make."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs

from namefold.engine.gcpause import collector_paused
from namefold.names.model import Order, ParsedName
from namefold.resolve.cluster import cluster_nodes
from namefold.resolve.edges import EdgeData
from namefold.resolve.index import CandidateIndex
from namefold.resolve.judgements import Judged, Judgement, rulebook
from namefold.resolve.nodes import Node, spellings_of
from namefold.resolve.people import Mention, People, Person, make_people
from namefold.resolve.scoring import NearMisses, Progress
from namefold.resolve.verdicts import surname_floor

__all__ = ["Outcome", "run"]


@attrs.frozen(kw_only=True)
class Outcome:
    """Everything a resolution is made of; :class:`namefold.Resolution` wraps it."""

    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    nodes: tuple[Node, ...]
    node_people: tuple[str, ...]
    edges: Mapping[int, EdgeData]
    near: NearMisses
    judged: tuple[Judged, ...]
    parsed: dict[str, ParsedName]
    index: CandidateIndex
    stats: Mapping[str, int]


@collector_paused()
def run(
    mentions: list[tuple[str, str | None]],
    *,
    threshold: float,
    order: Order,
    progress: Progress | None = None,
    workers: int = 1,
    orders: Mapping[str, Order] | None = None,
    judgements: Sequence[Judgement] = (),
    parsed: Mapping[str, ParsedName] | None = None,
) -> Outcome:
    """Resolve ``mentions`` (``(text, source)`` pairs) into people, with the collector paused.

    ``orders`` gives the name order of the spellings that have their own (others: ``order``);
    ``judgements`` are obeyed (:mod:`namefold.resolve.judgements`); ``parsed`` holds spellings
    parsed already, in those orders.
    """
    spellings = spellings_of(mentions, order, workers, orders or {}, parsed)
    nodes = spellings.nodes
    index = CandidateIndex(list(spellings.parsed.values()), floor=surname_floor(threshold))
    book = rulebook(judgements, spellings.parsed)
    done = cluster_nodes(nodes, index, threshold=threshold, progress=progress, workers=workers, book=book)
    made = make_people(nodes, done.clusters, done.edges)
    stats = {
        "mentions": len(mentions),
        "spellings": len(spellings.parsed),
        "nodes": len(nodes),
        "candidate_pairs": done.candidate_pairs,
        "comparisons": done.comparisons,
        "partials_capped": done.partials_capped,
        "candidates_skipped": done.candidates_skipped,
    }
    return Outcome(
        people=made.people,
        mentions=_assign(mentions, spellings.parsed, nodes, made),
        nodes=tuple(nodes),
        node_people=made.node_people,
        edges=done.edges,
        near=done.near,
        judged=tuple(done.judged),
        parsed=spellings.parsed,
        index=index,
        stats=MappingProxyType(stats),
    )


def _assign(
    mentions: list[tuple[str, str | None]],
    parsed: dict[str, ParsedName],
    nodes: list[Node],
    made: People,
) -> tuple[Mention, ...]:
    """Each mention with its node's person and join: a full name's node has no source, a
    partial mention's has one."""
    node_of_text: dict[str, int] = {}
    node_of_sourced: dict[tuple[str, str], int] = {}
    for i, node in enumerate(nodes):
        if node.source:
            node_of_sourced[(node.text, node.source)] = i
        else:
            node_of_text[node.text] = i
    found = []
    for i, (text, source) in enumerate(mentions):
        k = node_of_sourced[(text, source)] if source and parsed[text].is_partial else node_of_text[text]
        join = made.node_joins[k]
        found.append(
            Mention(
                index=i,
                text=text,
                source=source,
                person=made.node_people[k],
                score=join.score,
                rule=join.rule,
            )
        )
    return tuple(found)
