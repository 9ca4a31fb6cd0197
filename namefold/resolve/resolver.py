"""The public entry points of a resolution: ``resolve``, ``Resolver`` and ``load``."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable

from namefold.engine.workers import check_workers
from namefold.errors import check_threshold
from namefold.io.persist import MAX_BYTES, difference, read, refused
from namefold.names.model import Order
from namefold.resolve.inputs import MentionInput, Mentions, check_order, checked_batch
from namefold.resolve.judgements import Judgement, judgement
from namefold.resolve.resolution import Resolution, resolution_of
from namefold.resolve.scoring import Progress
from namefold.resolve.stable_ids import keep_ids

__all__ = ["DEFAULT_THRESHOLD", "Resolver", "load", "resolve"]

DEFAULT_THRESHOLD = 0.8


class Resolver:
    """Collects mentions and judgements, then resolves them into people.

    A resolver is safe to share between threads: ``add``, ``add_many`` and ``judge`` take
    a lock, and ``resolve`` works on a snapshot of what was added so far.

    Examples:
        >>> r = Resolver()
        >>> r.add("Aliaksandr Lukashenka", source="doc-1")
        0
        >>> r.add_many(["Lukashenka", "Alexander Lukashenko"], source="doc-1")
        >>> [p.canonical for p in r.resolve().people]
        ['Alexander Lukashenko']
    """

    def __init__(
        self,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        order: Order = "auto",
        workers: int | None = None,
        judgements: Iterable[Judgement] = (),
    ) -> None:
        self.threshold = check_threshold(threshold)
        self.order: Order = check_order(order)
        self.workers = check_workers(workers)
        self._mentions = Mentions()
        self._judgements = [_checked_judgement(j) for j in judgements]
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._mentions.pairs)

    @property
    def judgements(self) -> tuple[Judgement, ...]:
        """The judgements given so far, in order."""
        return tuple(self._judgements)

    def add(self, name: str, *, source: str | None = None, order: Order | None = None) -> int:
        """Add one mention; returns its index. ``source`` is e.g. a document id; ``order`` is
        this mention's own name order (``None``: the resolver's)."""
        (checked,) = checked_batch([(name, source, order)], None)
        with self._lock:
            self._mentions.extend([checked])
            return len(self._mentions.pairs) - 1

    def add_many(self, names: Iterable[MentionInput], *, source: str | None = None) -> None:
        """Add mentions: strings (all with ``source``), ``(name, source)`` pairs or
        ``(name, source, order)`` triples (``order``: that mention's own name order, or ``None``).

        All or nothing: if an item is not a mention (``TypeError``, ``ConfigError``), none
        of ``names`` is added.
        """
        batch = checked_batch(names, source)  # every item checked first, then one lock
        with self._lock:
            self._mentions.extend(batch)

    def judge(self, a: str, b: str, *, same: bool) -> Judgement:
        """Decide that the spellings ``a`` and ``b`` are the same person (``same=True``: a
        must-link) or different people (a cannot-link). Every resolution of this resolver
        obeys it (see :class:`namefold.Judgement`); one that contradicts earlier judgements
        is not applied and is reported in :attr:`Resolution.judged`."""
        found = judgement(a, b, same)
        with self._lock:
            self._judgements.append(found)
        return found

    def resolve(self, *, progress: Progress | None = None) -> Resolution:
        """Resolve every mention added so far into people, obeying the judgements.

        ``progress``, if given, is called as ``progress(stage, done, total)``.
        """
        with self._lock:
            mentions, judgements = self._mentions.copy(), list(self._judgements)
        return resolution_of(
            mentions,
            threshold=self.threshold,
            order=self.order,
            judgements=judgements,
            progress=progress,
            workers=self.workers,
        )


def _checked_judgement(item: object) -> Judgement:
    if not isinstance(item, Judgement):
        message = f"judgements must be Judgement values (see Resolver.judge), not {item!r:.80}"
        raise TypeError(message)
    return item


def resolve(
    names: Iterable[MentionInput],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    order: Order = "auto",
    progress: Progress | None = None,
    workers: int | None = None,
    judgements: Iterable[Judgement] = (),
) -> Resolution:
    """Resolve name mentions into canonical people.

    Args:
        names: names as strings, ``(name, source)`` pairs where ``source`` (a document id)
            lets a bare surname attach to the full name in the same document, or
            ``(name, source, order)`` triples giving a mention its own name order.
        threshold: the lowest score at which two full names merge.
        order: name order, see :func:`namefold.parse`.
        progress: called as ``progress(stage, done, total)`` while the work goes on.
        workers: processes to parse and score with from ``PARALLEL_FROM`` (50,000) distinct
            spellings on, and to fit partial mentions to people with from 5,000 distinct
            partial spellings on; ``None`` uses every core, ``1`` never starts a process.
            The result does not depend on it.
        judgements: decisions to obey (:meth:`Resolver.judge`, :attr:`Resolution.judgements`).

    Raises:
        TypeError: a name or source is not a ``str``.
        ConfigError: ``threshold``, ``order`` or ``workers`` is out of range.

    Examples:
        >>> res = resolve(["Maria Kalesnikava", "Maria Kolesnikova", "Ms. Kalesnikava"])
        >>> [(p.id, p.canonical, p.mentions) for p in res.people]
        [('maria-kalesnikava', 'Maria Kalesnikava', 3)]
    """
    resolver = Resolver(threshold=threshold, order=order, workers=workers, judgements=judgements)
    resolver.add_many(names)
    return resolver.resolve(progress=progress)


def load(path: str | os.PathLike[str], *, strict: bool = True, max_bytes: int = MAX_BYTES) -> Resolution:
    """Load a resolution saved with :meth:`Resolution.save`.

    The saved mentions are resolved again with the saved settings and judgements, and every
    saved person keeps its id and canonical name (both may be edited in the file). The
    people must be the saved ones: when a mention belongs to another person than the file
    says (the file was edited, or saved by a namefold that resolves differently), ``strict``
    refuses the file with :class:`LoadError` saying where; ``strict=False`` takes the
    people found, each saved id kept where most of its mentions went.

    Raises:
        LoadError: the file is missing, over ``max_bytes``, truncated, corrupted, out of the
            format, or (``strict``) its people are not those of its mentions. Nothing
            partial is ever returned.
    """
    saved = read(path, max_bytes=max_bytes)
    mentions = Mentions()
    mentions.extend([(text, source, saved.orders.get(text)) for text, source in saved.mentions])
    fresh = resolution_of(
        mentions,
        threshold=saved.threshold,
        order=saved.order,
        judgements=[judgement(a, b, same) for a, b, same in saved.judgements],
        workers=check_workers(None),
    )
    loaded = keep_ids(fresh, saved.assignments, saved.canonical)
    if strict:
        why = difference(saved, fresh, loaded)
        if why is not None:
            raise refused(path, saved, why)
    return loaded
