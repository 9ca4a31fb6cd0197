"""The resolution pipeline: distinct spellings parsed into nodes, the candidate index, the
match graph's clusters, and the people they make."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from namefold.engine.gcpause import collector_paused
from namefold.names.batch import parse_all
from namefold.names.model import Order, ParsedName
from namefold.resolve.graph import EdgeData, Node, Progress, cluster_nodes, surname_floor
from namefold.resolve.index import CandidateIndex
from namefold.resolve.people import Mention, Person, make_people

__all__ = ["Outcome", "run"]


@attrs.frozen(kw_only=True)
class Outcome:
    """Everything a resolution is made of; :class:`namefold.Resolution` wraps it."""

    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    nodes: tuple[Node, ...]
    node_people: tuple[str, ...]
    edges: Mapping[int, EdgeData]
    parsed: dict[str, ParsedName]
    index: CandidateIndex
    stats: Mapping[str, int]


def _nodes(
    mentions: list[tuple[str, str | None]], order: Order, workers: int
) -> tuple[list[Node], dict[str, ParsedName]]:
    """The distinct spellings, parsed, and their nodes in the order of (text, source).

    A full name is one node with all its sources; a partial mention is one node per source.
    """
    counts = Counter(mentions)
    texts = sorted({t for t, _ in counts})
    parsed = dict(zip(texts, parse_all(texts, order, workers), strict=True))
    seen_once: dict[str, tuple[str | None, int]] = {}  # most texts: one source
    seen_with: dict[str, list[tuple[str | None, int]]] = {}  # the others: each source
    for (text, source), count in counts.items():
        first = seen_once.setdefault(text, (source, count))
        if first[0] != source:  # (text, source) pairs are distinct: a second source of text
            seen_with.setdefault(text, [first]).append((source, count))
    nodes = []
    for text, p in zip(texts, parsed.values(), strict=True):
        entries = seen_with.get(text)
        if entries is None:
            source, count = seen_once[text]
            only: tuple[str, ...] = (source,) if source is not None else ()
            node_source = source if p.is_partial else None
            nodes.append(Node(text=text, source=node_source, parsed=p, mentions=count, sources=only))
            continue
        named = tuple(sorted({s for s, _ in entries if s is not None}))
        if not p.is_partial:
            mentions_of_text = sum(c for _, c in entries)
            nodes.append(Node(text=text, source=None, parsed=p, mentions=mentions_of_text, sources=named))
            continue
        for source, count in sorted(entries, key=lambda e: e[0] or ""):
            own = (source,) if source else named
            nodes.append(Node(text=text, source=source, parsed=p, mentions=count, sources=own))
    return nodes, parsed


@collector_paused()
def run(
    mentions: list[tuple[str, str | None]],
    *,
    threshold: float,
    order: Order,
    progress: Progress | None = None,
    workers: int = 1,
) -> Outcome:
    """Resolve ``mentions`` (``(text, source)`` pairs) into people, with the collector paused."""
    nodes, parsed = _nodes(mentions, order, workers)
    stats = {"mentions": len(mentions), "spellings": len(parsed), "nodes": len(nodes)}
    index = CandidateIndex(list(parsed.values()), floor=surname_floor(threshold))
    edges: dict[int, EdgeData] = {}
    clusters = cluster_nodes(
        nodes, index, threshold=threshold, edges=edges, progress=progress, stats=stats, workers=workers
    )
    people, node_people = make_people(nodes, clusters, edges)
    return Outcome(
        people=people,
        mentions=_assign(mentions, parsed, nodes, node_people),
        nodes=tuple(nodes),
        node_people=node_people,
        edges=MappingProxyType(edges),
        parsed=parsed,
        index=index,
        stats=MappingProxyType(stats),
    )


def _assign(
    mentions: list[tuple[str, str | None]],
    parsed: dict[str, ParsedName],
    nodes: list[Node],
    node_people: tuple[str, ...],
) -> tuple[Mention, ...]:
    """Each mention with its person: a full name's node has no source, a partial mention's has one."""
    person_of_text: dict[str, str] = {}
    person_of_sourced: dict[tuple[str, str], str] = {}
    for node, pid in zip(nodes, node_people, strict=True):
        if node.source:
            person_of_sourced[(node.text, node.source)] = pid
        else:
            person_of_text[node.text] = pid
    return tuple(
        Mention(
            index=i,
            text=text,
            source=source,
            person=(
                person_of_sourced[(text, source)]
                if source and parsed[text].is_partial
                else person_of_text[text]
            ),
        )
        for i, (text, source) in enumerate(mentions)
    )
