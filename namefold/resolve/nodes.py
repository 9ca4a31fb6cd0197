"""The match graph's nodes: distinct spellings, and the clusters of them that are people.

A full name is one node with all its sources. A partial mention (a bare surname,
initials) is one node per spelling and source, because a reader resolves it within
its document. Nodes are sorted by ``(text, source)``; a node is named by its position.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import attrs

from namefold.names.batch import parse_all
from namefold.names.model import Order, ParsedName

__all__ = [
    "Cluster",
    "Node",
    "Spellings",
    "cluster_of_nodes",
    "make_cluster",
    "spelling_positions",
    "spellings_of",
]


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


def make_cluster(nodes: Sequence[Node], group: list[int], candidates: tuple[int, ...] = ()) -> Cluster:
    """The cluster of the nodes at the positions ``group``; with ``candidates`` (full-name
    clusters it fits), an ambiguous partial mention."""
    return Cluster(
        nodes=tuple(nodes[i] for i in group),
        indexes=tuple(group),
        ambiguous=bool(candidates),
        candidates=candidates,
    )


def cluster_of_nodes(clusters: Sequence[Cluster], size: int) -> list[int]:
    """Each of ``size`` nodes' cluster, by its position in ``clusters``."""
    found = [0] * size
    for c, cluster in enumerate(clusters):
        for i in cluster.indexes:
            found[i] = c
    return found


class Spellings(NamedTuple):
    """The distinct spellings of a resolution's mentions, parsed, and their nodes."""

    parsed: dict[str, ParsedName]  # by text, in text order
    nodes: list[Node]  # in (text, source) order


def spellings_of(
    mentions: list[tuple[str, str | None]],
    order: Order,
    workers: int,
    orders: Mapping[str, Order] | None = None,
    parsed: Mapping[str, ParsedName] | None = None,
) -> Spellings:
    """The distinct spellings of ``mentions`` (``(text, source)`` pairs), parsed by ``workers``
    processes in their own order (``orders``) or ``order``, and their nodes: a full name one
    node, a partial mention one per source. A source ``""`` is no source, as ``None`` is.

    ``parsed`` holds spellings parsed already (in the same orders), which are not parsed again.
    """
    counts = Counter((text, source or None) for text, source in mentions)
    texts = sorted({t for t, _ in counts})
    parsed = _parsed_all(texts, order, workers, orders, parsed or {})
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
        else:
            nodes.extend(_sourced_nodes(text, p, entries))
    return Spellings(parsed=parsed, nodes=nodes)


def _parsed_all(
    texts: list[str],
    order: Order,
    workers: int,
    orders: Mapping[str, Order] | None,
    known: Mapping[str, ParsedName],
) -> dict[str, ParsedName]:
    """Each of ``texts`` parsed, in their order: those in ``known`` as they are there."""
    if not known:
        return dict(zip(texts, parse_all(texts, order, workers, orders), strict=True))
    missing = [t for t in texts if t not in known]
    fresh = dict(zip(missing, parse_all(missing, order, workers, orders), strict=True))
    return {t: known[t] if t in known else fresh[t] for t in texts}


def _sourced_nodes(text: str, parsed: ParsedName, entries: list[tuple[str | None, int]]) -> list[Node]:
    """The nodes of a spelling seen in several sources (``(source, mentions)`` entries)."""
    named = tuple(sorted({s for s, _ in entries if s is not None}))
    if not parsed.is_partial:
        mentions = sum(count for _, count in entries)
        return [Node(text=text, source=None, parsed=parsed, mentions=mentions, sources=named)]
    return [
        Node(text=text, source=source, parsed=parsed, mentions=count, sources=(source,) if source else named)
        for source, count in sorted(entries, key=lambda e: e[0] or "")
    ]


def spelling_positions(nodes: Sequence[Node], parsed: Sequence[ParsedName]) -> array[int]:
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
