"""A resolution's people: the value objects and how clusters of nodes become them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import NamedTuple

import attrs

from namefold.io.export import person_dot
from namefold.names.model import Gender, ParsedName
from namefold.resolve.canonical import assign_ids, canonical_name, slug
from namefold.resolve.edges import ATTACHES, CANDIDATE, MATCH, EdgeData, ends_of
from namefold.resolve.nodes import Cluster, Node, cluster_of_nodes

__all__ = ["ALONE", "AMBIGUOUS", "FULL_NAME", "Join", "Link", "Mention", "People", "Person", "make_people"]


# the rule of a mention that no edge joined to its person
ALONE = "alone"  # the person's only spelling
FULL_NAME = "full name"  # the one full name of a person, which partial mentions joined
AMBIGUOUS = "ambiguous"  # a partial mention that fits several people


@attrs.frozen(kw_only=True)
class Mention:
    """One input mention and the person it was resolved to.

    ``rule`` says what joined it to its person and ``score`` how strongly, so a reviewer
    can sort by doubt: ``match`` (its spelling's best full-name edge in the person),
    ``attach (same source)`` (a partial mention such as a bare surname fitting a full
    name of its own document), ``attach (only candidate)`` (fitting the one compatible
    person), ``judged same`` (a judgement, score 1.0); or, with no score, ``alone`` (no
    other spelling joined it) or ``ambiguous`` (a partial mention that fits several
    people).
    """

    index: int
    text: str
    source: str | None
    person: str
    score: float | None = None
    rule: str = ALONE


@attrs.frozen(kw_only=True)
class Link:
    """A scored edge between two spellings of one person.

    ``relation`` is ``match`` (two full names), ``attach (same source)`` or
    ``attach (only candidate)`` (a partial mention joined a full name); ``rules``
    names the rule behind each piece of evidence (``surname: romanization``).
    """

    a: str
    b: str
    score: float
    relation: str
    rules: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Person:
    """A canonical person.

    Attributes:
        id: stable id, a slug of the canonical name (``alexander-lukashenko``).
        canonical: the canonical name (see ``docs/pipeline.md`` for the rule).
        names: the distinct input spellings of this person, sorted.
        mentions: how many input mentions resolved to this person.
        sources: the distinct sources of those mentions, sorted.
        gender: ``m``/``f`` if the spellings' hints agree, else ``None``.
        ambiguous: true for a partial mention (a bare surname, initials) that fits
            several people; ``candidates`` lists their ids.
        counts: ``(spelling, mentions)`` for each spelling in ``names``.
        links: the scored edges between this person's spellings.
        apart: ``(spelling, other)`` for each judgement that a spelling of this person and
            another person's spelling are different people (:meth:`namefold.Resolver.judge`).
    """

    id: str
    canonical: str
    names: tuple[str, ...]
    mentions: int
    sources: tuple[str, ...] = ()
    gender: Gender | None = None
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()
    links: tuple[Link, ...] = ()
    apart: tuple[tuple[str, str], ...] = ()

    def to_dot(self) -> str:
        """This person's spellings and the evidence between them, as Graphviz DOT text."""
        return person_dot(self)


def _canonical_of(cluster: Cluster, links: tuple[Link, ...]) -> str:
    spellings: dict[str, tuple[ParsedName, int]] = {}  # by text: a str hashes faster
    for node in cluster.nodes:
        found = spellings.get(node.text)
        spellings[node.text] = (node.parsed, node.mentions + (found[1] if found else 0))
    strength: dict[str, float] | None = None

    def centrality(parsed: ParsedName) -> float:
        """Summed on first use, since only ties need it. Only matches between full
        spellings count; a partial mention's attachment does not."""
        nonlocal strength
        if strength is None:
            strength = defaultdict(float)
            for link in links:
                if link.relation == MATCH:
                    strength[link.a] += link.score
                    strength[link.b] += link.score
        return strength.get(parsed.original, 0.0)

    return canonical_name(spellings.values(), centrality)


def _counts_of(cluster: Cluster) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    for node in cluster.nodes:
        counts[node.text] += node.mentions
    return tuple(sorted(counts.items()))


# An edge of a cluster: its two nodes, i < j, and what it records (a plain tuple: one per edge)
_OwnEdge = tuple[int, int, EdgeData]


def _links_of(nodes: list[Node], edges: list[_OwnEdge]) -> tuple[Link, ...]:
    """The best edge between each two distinct spellings among ``edges`` (a cluster's own)."""
    best: dict[tuple[str, str], Link] = {}
    for i, j, data in edges:
        a, b = nodes[i].text, nodes[j].text
        if a == b:
            continue
        if b < a:
            a, b = b, a
        link = Link(a=a, b=b, score=data.score, relation=data.relation, rules=data.rules)
        if (a, b) not in best or (link.score, link.relation) > (best[(a, b)].score, best[(a, b)].relation):
            best[(a, b)] = link
    return tuple(best[k] for k in sorted(best))


def _cluster_edges(clusters: list[Cluster], edges: Mapping[int, EdgeData], size: int) -> list[list[_OwnEdge]]:
    """Each cluster's own edges (both ends inside it), in the order of ``edges``."""
    cluster_of = cluster_of_nodes(clusters, size)
    found: list[list[_OwnEdge]] = [[] for _ in clusters]
    for (i, j), data in zip(ends_of(edges.keys(), size), edges.values(), strict=True):
        c = cluster_of[i]
        if c == cluster_of[j]:
            found[c].append((i, j, data))
    return found


def _gender_of(cluster: Cluster) -> Gender | None:
    genders = {n.parsed.gender for n in cluster.nodes if n.parsed.gender}
    return genders.pop() if len(genders) == 1 else None


class People(NamedTuple):
    """The people of a resolution, most mentioned first, and the person id of each node, and
    the best edge (score, relation) that joined each node to its person."""

    people: tuple[Person, ...]
    node_people: tuple[str, ...]
    node_joins: tuple[Join, ...]


class Join(NamedTuple):
    """What joined a node to its person: the best such edge's score and relation (see
    :class:`Mention`)."""

    score: float | None
    rule: str


def _joins_of(nodes: list[Node], clusters: list[Cluster], own: list[list[_OwnEdge]]) -> list[Join]:
    """Each node's :class:`Join`: the best own edge of its cluster that joined it. A full-name
    edge joins both its ends; an attachment joins only its partial end."""
    best: dict[int, Join] = {}
    for cluster, edges in zip(clusters, own, strict=True):
        for i, j, data in edges:
            if data.relation == CANDIDATE:
                continue
            ends = (i, j) if data.relation not in ATTACHES else (i if nodes[i].parsed.is_partial else j,)
            for k in ends:
                found = best.get(k)
                if found is None or (found.score or 0.0) < data.score:
                    best[k] = Join(score=data.score, rule=data.relation)
        if cluster.ambiguous:
            best.update(dict.fromkeys(cluster.indexes, Join(score=None, rule=AMBIGUOUS)))
        elif len({n.text for n in cluster.nodes}) > 1:
            best.update({k: Join(score=None, rule=FULL_NAME) for k in cluster.indexes if k not in best})
    alone = Join(score=None, rule=ALONE)
    return [best.get(k, alone) for k in range(len(nodes))]


def make_people(nodes: list[Node], clusters: list[Cluster], edges: Mapping[int, EdgeData]) -> People:
    """The people of ``clusters``, most mentioned first, and the person id of each node."""
    own_edges = _cluster_edges(clusters, edges, len(nodes))
    links = [_links_of(nodes, own) for own in own_edges]
    canonicals = [_canonical_of(c, ls) for c, ls in zip(clusters, links, strict=True)]
    bases = [
        ("ambiguous-" if c.ambiguous else "") + slug(name)
        for c, name in zip(clusters, canonicals, strict=True)
    ]
    names = [tuple(sorted({n.text for n in c.nodes})) for c in clusters]
    ids = assign_ids(list(zip(bases, names, strict=True)))
    node_people = [""] * len(nodes)
    people = []
    for pid, cluster, name, spellings, person_links in zip(
        ids, clusters, canonicals, names, links, strict=True
    ):
        for i in cluster.indexes:
            node_people[i] = pid
        people.append(
            Person(
                id=pid,
                canonical=name,
                names=spellings,
                mentions=sum(n.mentions for n in cluster.nodes),
                sources=tuple(sorted({s for n in cluster.nodes for s in n.sources})),
                gender=_gender_of(cluster),
                ambiguous=cluster.ambiguous,
                candidates=tuple(sorted(ids[c] for c in cluster.candidates)),
                counts=_counts_of(cluster),
                links=person_links,
            )
        )
    people.sort(key=lambda p: (-p.mentions, p.id))
    joins = _joins_of(nodes, clusters, own_edges)
    return People(people=tuple(people), node_people=tuple(node_people), node_joins=tuple(joins))
