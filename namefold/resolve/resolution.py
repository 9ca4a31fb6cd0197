"""A resolution: its people, mentions, match graph, review queue and judgements."""

from __future__ import annotations

import functools
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs
import networkx as nx

from namefold.compare.score import explain, score_parsed
from namefold.errors import ConfigError, require_str
from namefold.io.export import write_graphml
from namefold.io.persist import save
from namefold.names.model import Order, ParsedName
from namefold.names.parse import parse
from namefold.resolve.edges import EdgeData, ends_of
from namefold.resolve.index import CandidateIndex
from namefold.resolve.inputs import MentionInput, Mentions, checked_batch
from namefold.resolve.judgements import Judged, Judgement
from namefold.resolve.lookup import match_new
from namefold.resolve.nodes import Node
from namefold.resolve.people import Mention, Person
from namefold.resolve.pipeline import Outcome, run
from namefold.resolve.review import Uncertain, uncertain_pairs
from namefold.resolve.scoring import NearMisses, Progress
from namefold.resolve.stable_ids import Change, keep_ids

__all__ = ["Resolution", "resolution_of"]


@attrs.frozen(kw_only=True)
class Resolution:
    """The outcome of a resolution: people, every mention's person, and the match graph.

    ``changes`` is empty for a fresh resolution; after :meth:`extend` it lists the
    merges and splits of people that existed before. ``stats`` counts the work done:
    ``mentions``, distinct ``spellings``, graph ``nodes``, ``candidate_pairs`` (pairs
    that shared a blocking key), ``comparisons`` (distinct parsed pairs compared) and
    ``partials_capped`` (partial spellings, such as a bare common surname, that more than 20
    people could be: ambiguous without being scored), ``candidates_skipped`` (candidate
    pairs of full names not compared: past a name's 40 nearest candidates) and
    ``order_conflicts`` (mentions whose own name order differs from the one their spelling
    was first given: a spelling is read in one order).

    ``judgements`` are the judgements this resolution obeys, as given; ``judged`` says what
    became of each (:class:`namefold.Judged`).
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
    judgements: tuple[Judgement, ...] = ()
    judged: tuple[Judged, ...] = ()
    _orders: Mapping[str, Order] = attrs.field(factory=dict, repr=False, alias="orders")
    stats: Mapping[str, int] = attrs.field(factory=dict, eq=False)

    @property
    def orders(self) -> Mapping[str, Order]:
        """The spellings read in their own name order (given per mention), and that order."""
        return self._orders

    def save(self, path: str | os.PathLike[str]) -> None:
        """Save as JSON, all or nothing (a failure leaves the old file); :func:`namefold.load`
        reads it back with the same people, ids and canonical names."""
        save(self, path)

    def extend(self, names: Iterable[MentionInput]) -> Resolution:
        """This resolution with more mentions (as :meth:`Resolver.add_many` takes them) and the
        same judgements; existing people keep their ids and canonical names.

        New evidence that merges existing people (or splits one) is listed in ``changes``.
        """
        grown = Mentions()
        grown.extend([(m.text, m.source, self._orders.get(m.text)) for m in self.mentions])
        grown.extend(checked_batch(names, None))
        fresh = resolution_of(grown, threshold=self.threshold, order=self.order, judgements=self.judgements)
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
            apart={
                frozenset((j.judgement.a, j.judgement.b))
                for j in self.judged
                if not j.judgement.same and j.status == "applied"
            },
        )

    def explain(self, a: str, b: str) -> str:
        """:func:`namefold.explain` of two spellings, read in their own name order, then the
        judgements between them and whether this resolution made them one person."""
        require_str(a, "a")
        require_str(b, "b")
        parsed = [self._parsed.get(t) or parse(t, order=self.order) for t in (a, b)]
        lines = [explain(parsed[0], parsed[1])]
        for done in self.judged:
            if {done.judgement.a, done.judgement.b} == {a, b}:
                verdict = "the same person" if done.judgement.same else "different people"
                note = f" ({done.status}: {done.reason})" if done.reason else f" ({done.status})"
                lines.append(f"  judged {verdict}{note}")
        people = [self.person_of(t) for t in (a, b)]
        if people[0] is not None and people[0] == people[1]:
            lines.append(f"  one person: {people[0].id}")
        else:
            lines.append("  people: " + ", ".join(p.id if p else "(none or ambiguous)" for p in people))
        return "\n".join(lines)

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
            parse(name, order=self._orders.get(name, self.order)),
            self._index,
            self._persons_of_text,
            self._people_by_id,
            threshold=self.threshold,
        )


def resolution_of(
    mentions: Mentions,
    *,
    threshold: float,
    order: Order,
    judgements: Sequence[Judgement] = (),
    progress: Progress | None = None,
    workers: int = 1,
    parsed: Mapping[str, ParsedName] | None = None,
) -> Resolution:
    """The :class:`Resolution` of checked ``mentions``, obeying ``judgements``; ``parsed``
    holds spellings parsed already, each in its order (``mentions.orders`` or ``order``)."""
    done: Outcome = run(
        mentions.pairs,
        threshold=threshold,
        order=order,
        progress=progress,
        workers=workers,
        orders=mentions.orders,
        judgements=judgements,
        parsed=parsed,
    )
    return Resolution(
        people=_with_apart(done.people, done.judged),
        mentions=done.mentions,
        threshold=threshold,
        order=order,
        nodes=done.nodes,
        node_people=done.node_people,
        edges=done.edges,
        near=done.near,
        parsed=done.parsed,
        index=done.index,
        judgements=tuple(judgements),
        judged=done.judged,
        orders=mentions.orders,
        stats={**done.stats, "order_conflicts": mentions.conflicts},
    )


def _with_apart(people: tuple[Person, ...], judged: tuple[Judged, ...]) -> tuple[Person, ...]:
    """``people``, each with the judgements that its spellings are not another person's."""
    pairs = [(j.judgement.a, j.judgement.b) for j in judged if j.status == "applied" and not j.judgement.same]
    if not pairs:
        return people
    apart: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b in pairs:
        apart[a].append((a, b))
        apart[b].append((b, a))
    return tuple(
        attrs.evolve(p, apart=tuple(sorted(x for n in p.names for x in apart.get(n, ()))))
        if any(n in apart for n in p.names)
        else p
        for p in people
    )
