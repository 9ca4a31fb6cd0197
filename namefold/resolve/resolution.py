"""The public resolution API: ``resolve``, ``Resolver``, ``Resolution`` and ``load``."""

from __future__ import annotations

import functools
import os
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

import attrs
import networkx as nx

from namefold.compare.score import score_parsed
from namefold.engine.workers import check_workers
from namefold.errors import ConfigError, check_threshold, require_str
from namefold.io.export import write_graphml
from namefold.io.persist import MAX_BYTES, difference, read, refused, save
from namefold.names.model import Order, ParsedName
from namefold.names.parse import parse
from namefold.resolve.edges import EdgeData, ends_of
from namefold.resolve.index import CandidateIndex
from namefold.resolve.lookup import match_new
from namefold.resolve.nodes import Node
from namefold.resolve.people import Mention, Person
from namefold.resolve.pipeline import Outcome, run
from namefold.resolve.review import Uncertain, uncertain_pairs
from namefold.resolve.scoring import NearMisses, Progress
from namefold.resolve.stable_ids import Change, keep_ids

__all__ = ["DEFAULT_THRESHOLD", "Resolution", "Resolver", "load", "resolve"]

DEFAULT_THRESHOLD = 0.8


@attrs.frozen(kw_only=True)
class Resolution:
    """The outcome of a resolution: people, every mention's person, and the match graph.

    ``changes`` is empty for a fresh resolution; after :meth:`extend` it lists the
    merges and splits of people that existed before. ``stats`` counts the work done:
    ``mentions``, distinct ``spellings``, graph ``nodes``, ``candidate_pairs`` (pairs
    that shared a blocking key), ``comparisons`` (distinct parsed pairs compared) and
    ``partials_capped`` (partial spellings, such as a bare common surname, that more than 20
    people could be: ambiguous without being scored) and ``candidates_skipped`` (candidate
    pairs of full names not compared: past a name's 40 nearest candidates).
    """

    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    threshold: float
    order: Order = "auto"
    _nodes: tuple[Node, ...] = attrs.field(eq=False, repr=False, alias="nodes")
    _node_people: tuple[str, ...] = attrs.field(eq=False, repr=False, alias="node_people")
    _edges: Mapping[int, EdgeData] = attrs.field(eq=False, repr=False, alias="edges")  # by edge_key
    _near: NearMisses = attrs.field(eq=False, repr=False, alias="near")
    _parsed: dict[str, ParsedName] = attrs.field(eq=False, repr=False, alias="parsed")
    _index: CandidateIndex = attrs.field(eq=False, repr=False, alias="index")
    changes: tuple[Change, ...] = ()
    stats: Mapping[str, int] = attrs.field(factory=dict, eq=False)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Save as JSON, all or nothing (a failure leaves the old file); :func:`namefold.load`
        reads it back with the same people, ids and canonical names."""
        save(self, path)

    def extend(self, names: Iterable[str | tuple[str, str | None]]) -> Resolution:
        """This resolution with more mentions; existing people keep their ids and canonical names.

        New evidence that merges existing people (or splits one) is listed in ``changes``.
        """
        grown = Resolver(threshold=self.threshold, order=self.order)
        grown.add_many([(m.text, m.source) for m in self.mentions])
        grown.add_many(names)
        fresh = grown.resolve()
        canonical = {p.id: p.canonical for p in self.people}
        return keep_ids(fresh, [m.person for m in self.mentions], canonical)

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
        ends = ends_of(self._edges.keys(), len(self._nodes))
        for (i, j), data in zip(ends, self._edges.values(), strict=True):
            _, evidence = score_parsed(self._nodes[i].parsed, self._nodes[j].parsed)
            graph.add_edge(
                self._nodes[i].key,
                self._nodes[j].key,
                score=data.score,
                relation=data.relation,
                evidence=evidence,
            )
        return graph

    def to_graphml(self, path: str | os.PathLike[str]) -> None:
        """Write the match graph as GraphML, all or nothing: spellings with their person, scored
        edges with their rules; text escaped (control characters and lone surrogates as
        ``\\xNN`` / ``\\uXXXX``, a backslash as two)."""
        write_graphml(self, path)

    def uncertain(self, limit: int = 100) -> tuple[Uncertain, ...]:
        """The review queue: the ``limit`` pairs of spellings nearest the decision, each with
        its explanation.

        First the merges a guard refused (two full names scoring at or above the threshold
        whose people were kept apart, best score first), then the pairs scoring within 0.1
        of the threshold on either side, nearest first. See :class:`namefold.Uncertain`.
        """
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            message = f"limit must be a whole number >= 0, not {limit!r:.80}"
            raise ConfigError(message)
        return uncertain_pairs(
            self._nodes,
            self._node_people,
            self._edges,
            self._near,
            {p.id: p.names for p in self.people},
            self._parsed,
            threshold=self.threshold,
            limit=limit,
        )

    def clusters(self) -> list[list[str]]:
        """The distinct input strings of each person, in the order of :attr:`people`."""
        return [list(p.names) for p in self.people]

    def person_of(self, name: str, *, source: str | None = None) -> Person | None:
        """The person an input spelling, or a new unseen spelling, belongs to.

        A known spelling returns its person (``source`` picks among the mentions
        of a bare surname used for different people in different sources). A new
        spelling is compared with the names sharing its blocking keys (a full name
        with the 40 most like it); it returns the one compatible person, or ``None``
        when no person, or more than one, fits (an ambiguous bare surname, or one
        that more than 20 people could be, also gives ``None``).
        """
        require_str(name, "name")
        if source is not None:
            require_str(source, "source")
        found = {person for where, person in self._persons_of_text.get(name, ()) if source in (None, where)}
        if found:
            person = self.person(found.pop()) if len(found) == 1 else None
            return None if person is None or person.ambiguous else person
        return match_new(
            parse(name, order=self.order),
            self._index,
            self._persons_of_text,
            self._people_by_id,
            threshold=self.threshold,
        )


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
        self.threshold = check_threshold(threshold)
        parse("", order=order)  # validates order
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
        return _resolution(
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
        workers: processes to parse and score with from ``PARALLEL_FROM`` (50,000) distinct
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


def _resolution(
    mentions: list[tuple[str, str | None]],
    *,
    threshold: float,
    order: Order,
    progress: Progress | None = None,
    workers: int = 1,
) -> Resolution:
    done: Outcome = run(mentions, threshold=threshold, order=order, progress=progress, workers=workers)
    return Resolution(
        people=done.people,
        mentions=done.mentions,
        threshold=threshold,
        order=order,
        nodes=done.nodes,
        node_people=done.node_people,
        edges=done.edges,
        near=done.near,
        parsed=done.parsed,
        index=done.index,
        stats=done.stats,
    )


def load(path: str | os.PathLike[str], *, strict: bool = True, max_bytes: int = MAX_BYTES) -> Resolution:
    """Load a resolution saved with :meth:`Resolution.save`.

    The saved mentions are resolved again with the saved settings, and every saved person
    keeps its id and canonical name (both may be edited in the file). The people must be
    the saved ones: when a mention belongs to another person than the file says (the file
    was edited, or saved by a namefold that resolves differently), ``strict`` refuses the
    file with :class:`LoadError` saying where; ``strict=False`` takes the people found,
    each saved id kept where most of its mentions went.

    Raises:
        LoadError: the file is missing, over ``max_bytes``, truncated, corrupted, out of the
            format, or (``strict``) its people are not those of its mentions. Nothing
            partial is ever returned.
    """
    saved = read(path, max_bytes=max_bytes)
    fresh = _resolution(
        saved.mentions, threshold=saved.threshold, order=saved.order, workers=check_workers(None)
    )
    loaded = keep_ids(fresh, saved.assignments, saved.canonical)
    if strict:
        why = difference(saved, fresh, loaded)
        if why is not None:
            raise refused(path, saved, why)
    return loaded
