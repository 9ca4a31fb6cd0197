"""The public resolution API: ``resolve``, ``Resolver``, ``Resolution``, ``Person``."""

from __future__ import annotations

import functools
import os
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import attrs
import networkx as nx

from namefold._canonical import assign_ids, canonical_name, slug
from namefold._compare import compare, score_parsed
from namefold._errors import ConfigError, require_str
from namefold._export import person_dot, write_graphml
from namefold._gcpause import collector_paused
from namefold._graph import (
    Cluster,
    EdgeData,
    Node,
    Progress,
    cluster_nodes,
    edge_ends,
    is_compatible,
    supports,
    surname_floor,
)
from namefold._index import CandidateIndex
from namefold._models import Comparison, Gender, Order, ParsedName
from namefold._parallel import check_workers, parse_all
from namefold._parse import parse
from namefold._persist import Change, extend, save

__all__ = ["DEFAULT_THRESHOLD", "Link", "Mention", "Person", "Resolution", "Resolver", "resolve"]

DEFAULT_THRESHOLD = 0.8


@attrs.frozen(kw_only=True)
class Mention:
    """One input mention and the person it was resolved to."""

    index: int
    text: str
    source: str | None
    person: str


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

    def to_dot(self) -> str:
        """This person's spellings and the evidence between them, as Graphviz DOT text."""
        return person_dot(self)


@attrs.frozen(kw_only=True)
class Resolution:
    """The outcome of a resolution: people, every mention's person, and the match graph.

    ``changes`` is empty for a fresh resolution; after :meth:`extend` it lists the
    merges and splits of people that existed before. ``stats`` counts the work done:
    ``mentions``, distinct ``spellings``, graph ``nodes``, ``candidate_pairs`` (pairs
    that shared a blocking key) and ``comparisons`` (distinct parsed pairs compared).
    """

    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    threshold: float
    order: Order = "auto"
    _nodes: tuple[Node, ...] = attrs.field(eq=False, repr=False, alias="nodes")
    _node_people: tuple[str, ...] = attrs.field(eq=False, repr=False, alias="node_people")
    _edges: Mapping[int, EdgeData] = attrs.field(eq=False, repr=False, alias="edges")  # by edge_key
    _parsed: dict[str, ParsedName] = attrs.field(eq=False, repr=False, alias="parsed")
    _index: CandidateIndex = attrs.field(eq=False, repr=False, alias="index")
    changes: tuple[Change, ...] = ()
    stats: Mapping[str, int] = attrs.field(factory=dict, eq=False)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Save as JSON; :func:`namefold.load` reads it back with the same ids and canonical names."""
        save(self, path)

    def extend(self, names: Iterable[str | tuple[str, str | None]]) -> Resolution:
        """This resolution with more mentions; existing people keep their ids and canonical names.

        New evidence that merges existing people (or splits one) is listed in ``changes``.
        """
        return extend(self, names)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)

    def person(self, person_id: str) -> Person:
        """The person with ``person_id``; ``KeyError`` if there is none."""
        return self._people_by_id[person_id]

    @functools.cached_property
    def _people_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @functools.cached_property
    def _persons_of_text(self) -> dict[str, list[tuple[str | None, str]]]:
        index: dict[str, list[tuple[str | None, str]]] = defaultdict(list)
        for m in self.mentions:
            index[m.text].append((m.source, m.person))
        return index

    @functools.cached_property
    def graph(self) -> nx.Graph[tuple[str, str]]:
        """The match graph (networkx), built on first use.

        Nodes are ``(spelling, source)`` pairs (the source is ``""`` except for partial
        mentions) with ``text``, ``source``, ``mentions``, ``kind`` and ``person``; edges
        carry ``score``, ``relation`` and ``evidence``.
        """
        graph: nx.Graph[tuple[str, str]] = nx.Graph()
        for node, person in zip(self._nodes, self._node_people, strict=True):
            graph.add_node(
                node.key,
                text=node.text,
                source=node.source,
                mentions=node.mentions,
                kind=node.parsed.kind,
                person=person,
            )
        for key, (score, relation, _) in self._edges.items():
            i, j = edge_ends(key, len(self._nodes))
            evidence = score_parsed(self._nodes[i].parsed, self._nodes[j].parsed)[1]
            graph.add_edge(
                self._nodes[i].key, self._nodes[j].key, score=score, relation=relation, evidence=evidence
            )
        return graph

    def to_graphml(self, path: str | os.PathLike[str]) -> None:
        """Write the match graph as GraphML: spellings with their person, scored edges with their rules."""
        write_graphml(self, path)

    def clusters(self) -> list[list[str]]:
        """The distinct input strings of each person, in the order of :attr:`people`."""
        return [list(p.names) for p in self.people]

    def person_of(self, name: str, *, source: str | None = None) -> Person | None:
        """The person an input spelling, or a new unseen spelling, belongs to.

        A known spelling returns its person (``source`` picks among the mentions
        of a bare surname used for different people in different sources). A new
        spelling is compared with the names sharing its blocking keys; it returns
        the one compatible person, or ``None`` when no person, or more than one,
        fits (an ambiguous bare surname also gives ``None``).
        """
        require_str(name, "name")
        found = {person for where, person in self._persons_of_text.get(name, ()) if source in (None, where)}
        if found:
            person = self.person(found.pop()) if len(found) == 1 else None
            return None if person is None or person.ambiguous else person
        return self._match_new(parse(name, order=self.order))

    def _candidates(self, spellings: list[int], parsed: ParsedName) -> dict[str, list[Comparison]]:
        """Comparisons of ``parsed`` with each of ``spellings`` (index positions), by person id."""
        found: dict[str, list[Comparison]] = defaultdict(list)
        for k in spellings:
            other = self._index.parsed[k]
            comparison = compare(parsed, other)
            for person in sorted({person for _, person in self._persons_of_text[other.original]}):
                found[person].append(comparison)
        return found

    def _match_new(self, parsed: ParsedName) -> Person | None:
        index = self._index
        candidates = {} if parsed.is_partial else self._candidates(index.full_candidates(parsed), parsed)
        if not candidates:  # a partial probe, or a full name whose person has only partial spellings
            surname = parsed.core_surname
            if surname:  # a full probe has met every full name it could match already
                spellings = index.surname_candidates(surname, full=parsed.is_partial, partial=True)
            else:
                spellings = index.given_candidates(parsed) if parsed.given else []
            candidates = self._candidates(spellings, parsed)
        fits: list[tuple[float, str]] = []
        for person_id, comparisons in sorted(candidates.items()):
            if self.person(person_id).ambiguous or any(c.conflict for c in comparisons):
                continue
            best = max(c.score for c in comparisons)
            if parsed.is_partial:
                if any(supports(c) for c in comparisons):
                    fits.append((best, person_id))
            elif best >= self.threshold and all(is_compatible(c) for c in comparisons):
                fits.append((best, person_id))
        fits.sort(reverse=True)
        if len(fits) == 1 or (len(fits) > 1 and not parsed.is_partial and fits[0][0] > fits[1][0]):
            return self.person(fits[0][1])
        return None


class Resolver:
    """Collects mentions, then resolves them into people.

    A resolver is safe to share between threads: ``add`` and ``add_many`` take a
    lock, and ``resolve`` works on a snapshot of the mentions added so far.

    Examples:
        >>> r = Resolver()
        >>> r.add("Aliaksandr Lukashenka", source="doc-1")
        0
        >>> r.add_many(["Lukashenka", "Alexander Lukashenko"], source="doc-1")
        >>> [p.canonical for p in r.resolve().people]
        ['Alexander Lukashenko']
    """

    def __init__(
        self, *, threshold: float = DEFAULT_THRESHOLD, order: Order = "auto", workers: int | None = None
    ) -> None:
        if not isinstance(threshold, (int, float)) or not 0.0 < threshold <= 1.0:
            message = f"threshold must be a number in (0, 1], not {threshold!r}"
            raise ConfigError(message)
        parse("", order=order)  # validates order
        self.threshold = float(threshold)
        self.order: Order = order
        self.workers = check_workers(workers)
        self._mentions: list[tuple[str, str | None]] = []
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._mentions)

    def add(self, name: str, *, source: str | None = None) -> int:
        """Add one mention; returns its index. ``source`` is e.g. a document id."""
        require_str(name, "name")
        if source is not None:
            require_str(source, "source")
        with self._lock:
            self._mentions.append((name, source))
            return len(self._mentions) - 1

    def add_many(self, names: Iterable[str | tuple[str, str | None]], *, source: str | None = None) -> None:
        """Add mentions: strings (all with ``source``) or ``(name, source)`` pairs.

        All or nothing: if an item is not a name (``TypeError``), none of ``names`` is added.
        """
        if isinstance(names, (str, bytes)) or not isinstance(names, Iterable):
            message = f"names must be an iterable of names, not {type(names).__name__}: {names!r:.80}"
            raise TypeError(message)
        if source is not None:
            require_str(source, "source")
        batch = [  # every item checked first, then one lock for the whole batch
            _checked_pair(item) if isinstance(item, tuple) else (require_str(item, "name"), source)
            for item in names
        ]
        with self._lock:
            self._mentions.extend(batch)

    def resolve(self, *, progress: Progress | None = None) -> Resolution:
        """Resolve every mention added so far into people.

        ``progress``, if given, is called as ``progress(stage, done, total)``.
        """
        with self._lock:
            mentions = list(self._mentions)
        return _resolve(
            mentions, threshold=self.threshold, order=self.order, progress=progress, workers=self.workers
        )


def _checked_pair(item: tuple[object, ...]) -> tuple[str, str | None]:
    if len(item) != 2:
        message = f"a mention tuple must be (name, source), not {item!r:.80}"
        raise TypeError(message)
    name, source = item
    return require_str(name, "name"), None if source is None else require_str(source, "source")


def resolve(
    names: Iterable[str | tuple[str, str | None]],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    order: Order = "auto",
    progress: Progress | None = None,
    workers: int | None = None,
) -> Resolution:
    """Resolve name mentions into canonical people.

    Args:
        names: names as strings, or ``(name, source)`` pairs where ``source``
            (a document id) lets a bare surname attach to the full name in the
            same document.
        threshold: the lowest score at which two full names merge.
        order: name order, see :func:`namefold.parse`.
        progress: called as ``progress(stage, done, total)`` while the work goes on.
        workers: processes to parse with from ``PARALLEL_FROM`` (50,000) distinct
            spellings on; ``None`` uses every core, ``1`` never starts a process.
            The result does not depend on it.

    Raises:
        TypeError: a name or source is not a ``str``.
        ConfigError: ``threshold``, ``order`` or ``workers`` is out of range.

    Examples:
        >>> res = resolve(["Maria Kalesnikava", "Maria Kolesnikova", "Ms. Kalesnikava"])
        >>> [(p.id, p.canonical, p.mentions) for p in res.people]
        [('maria-kalesnikava', 'Maria Kalesnikava', 3)]
    """
    resolver = Resolver(threshold=threshold, order=order, workers=workers)
    resolver.add_many(names)
    return resolver.resolve(progress=progress)


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


def _canonical(cluster: Cluster, links: tuple[Link, ...]) -> str:
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
                if link.relation == "match":
                    strength[link.a] += link.score
                    strength[link.b] += link.score
        return strength.get(parsed.original, 0.0)

    return canonical_name(spellings.values(), centrality)


def _counts(cluster: Cluster) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    for node in cluster.nodes:
        counts[node.text] += node.mentions
    return tuple(sorted(counts.items()))


def _links(nodes: list[Node], edges: list[tuple[int, int, EdgeData]]) -> tuple[Link, ...]:
    """The best edge between each two distinct spellings among ``edges`` (a cluster's own)."""
    best: dict[tuple[str, str], Link] = {}
    for i, j, (score, relation, rules) in edges:
        a, b = nodes[i].text, nodes[j].text
        if a == b:
            continue
        if b < a:
            a, b = b, a
        link = Link(a=a, b=b, score=score, relation=relation, rules=rules)
        if (a, b) not in best or (link.score, link.relation) > (best[(a, b)].score, best[(a, b)].relation):
            best[(a, b)] = link
    return tuple(best[k] for k in sorted(best))


def _cluster_edges(
    clusters: list[Cluster], edges: Mapping[int, EdgeData], size: int
) -> list[list[tuple[int, int, EdgeData]]]:
    """Each cluster's own edges (both ends inside it)."""
    cluster_of = [0] * size
    for c, cluster in enumerate(clusters):
        for i in cluster.indexes:
            cluster_of[i] = c
    found: list[list[tuple[int, int, EdgeData]]] = [[] for _ in clusters]
    for key, data in edges.items():
        i, j = divmod(key, size)  # edge_ends(key, size), without a Python call per edge
        c = cluster_of[i]
        if c == cluster_of[j]:
            found[c].append((i, j, data))
    return found


def _gender(cluster: Cluster) -> Gender | None:
    genders = {n.parsed.gender for n in cluster.nodes if n.parsed.gender}
    return genders.pop() if len(genders) == 1 else None


def _resolve(
    mentions: list[tuple[str, str | None]],
    *,
    threshold: float,
    order: Order,
    progress: Progress | None = None,
    workers: int = 1,
) -> Resolution:
    with collector_paused():
        return _resolve_unpaused(
            mentions, threshold=threshold, order=order, progress=progress, workers=workers
        )


def _resolve_unpaused(
    mentions: list[tuple[str, str | None]],
    *,
    threshold: float,
    order: Order,
    progress: Progress | None,
    workers: int,
) -> Resolution:
    nodes, parsed = _nodes(mentions, order, workers)
    stats = {"mentions": len(mentions), "spellings": len(parsed), "nodes": len(nodes)}
    index = CandidateIndex(list(parsed.values()), floor=surname_floor(threshold))
    edges: dict[int, EdgeData] = {}
    clusters = cluster_nodes(
        nodes, index, threshold=threshold, edges=edges, progress=progress, stats=stats, workers=workers
    )
    links = [_links(nodes, own) for own in _cluster_edges(clusters, edges, len(nodes))]
    canonicals = [_canonical(c, ls) for c, ls in zip(clusters, links, strict=True)]
    bases = [
        ("ambiguous-" if c.ambiguous else "") + slug(name)
        for c, name in zip(clusters, canonicals, strict=True)
    ]
    names = [tuple(sorted({n.text for n in c.nodes})) for c in clusters]
    ids = assign_ids(list(zip(bases, names, strict=True)))
    person_of_text: dict[str, str] = {}  # nodes without a source: every full name
    person_of_sourced: dict[tuple[str, str], str] = {}  # partial mentions, one node per source
    node_people = [""] * len(nodes)
    people = []
    for pid, cluster, name, spellings, person_links in zip(
        ids, clusters, canonicals, names, links, strict=True
    ):
        for i, node in zip(cluster.indexes, cluster.nodes, strict=True):
            if node.source:
                person_of_sourced[(node.text, node.source)] = pid
            else:
                person_of_text[node.text] = pid
            node_people[i] = pid
        people.append(
            Person(
                id=pid,
                canonical=name,
                names=spellings,
                mentions=sum(n.mentions for n in cluster.nodes),
                sources=tuple(sorted({s for n in cluster.nodes for s in n.sources})),
                gender=_gender(cluster),
                ambiguous=cluster.ambiguous,
                candidates=tuple(sorted(ids[c] for c in cluster.candidates)),
                counts=_counts(cluster),
                links=person_links,
            )
        )
    people.sort(key=lambda p: (-p.mentions, p.id))
    assigned = tuple(
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
    return Resolution(
        people=tuple(people),
        mentions=assigned,
        threshold=threshold,
        order=order,
        nodes=tuple(nodes),
        node_people=tuple(node_people),
        edges=MappingProxyType(edges),
        parsed=parsed,
        index=index,
        stats=MappingProxyType(stats),
    )
