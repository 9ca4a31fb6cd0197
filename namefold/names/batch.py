"""Parsing many names at once, shared with worker processes when there are many.

:func:`parse_fields` is the parse stage: it runs in a worker process of a large in-process
resolution and in a Dask worker (:mod:`namefold.dask`, stage 1) alike, and gives each parsed
name as a plain tuple of fields, cheap to pickle; :func:`from_fields` makes them parsed names
again where the texts are.
"""

from __future__ import annotations

from collections.abc import Mapping

from namefold.engine.workers import Chunk, map_chunks
from namefold.names.model import Order, ParsedName
from namefold.names.parse import parse_uncached

__all__ = ["Fields", "from_fields", "parse_all", "parse_fields"]

# a parsed name but its text, as plain values (_to_fields)
Fields = tuple[object, ...]


def parse_all(
    texts: list[str], order: Order, workers: int, orders: Mapping[str, Order] | None = None
) -> list[ParsedName]:
    """``[parse(t, order=orders.get(t, order)) for t in texts]``, shared between ``workers``
    processes when large.

    Workers send their parsed names back as plain tuples of fields, cheaper to pickle,
    without the text itself, which this process has: its parsed names keep this process's
    strings, not copies.
    """

    own = orders or {}

    def parse_chunk(chunk: list[str], _at: Chunk) -> list[ParsedName]:
        return _parsed(chunk, order, own)

    def send(parsed: list[ParsedName]) -> _Rows:
        return _Rows(_to_fields(p) for p in parsed)

    chunks = map_chunks(parse_chunk, texts, workers, send=send)
    if len(chunks) == 1:  # parsed here, in one chunk
        parsed: list[ParsedName] = chunks[0]
        return parsed
    found: list[ParsedName] = []
    for chunk in chunks:  # in the order of the texts
        if isinstance(chunk, _Rows):  # a worker's
            at = len(found)
            found.extend(map(_from_fields, texts[at : at + len(chunk)], chunk))
        else:
            found.extend(chunk)
    return found


def _parsed(texts: list[str], order: Order, orders: Mapping[str, Order]) -> list[ParsedName]:
    # Uncached: a resolution parses each distinct spelling once, so caching them would only
    # evict what callers of compare() and person_of() keep reusing.
    if orders:
        return [parse_uncached(text, orders.get(text, order)) for text in texts]
    return [parse_uncached(text, order) for text in texts]


def parse_fields(texts: list[str], order: Order, orders: Mapping[str, Order]) -> list[Fields]:
    """The fields of each of ``texts`` parsed in its own order (``orders``) or ``order``."""
    return [_to_fields(p) for p in _parsed(texts, order, orders)]


def from_fields(texts: list[str], fields: list[Fields]) -> list[ParsedName]:
    """The parsed names of ``texts`` from their :func:`parse_fields`."""
    return list(map(_from_fields, texts, fields))


class _Rows(list[Fields]):
    """A worker's parsed names as field tuples (:func:`_to_fields`)."""


def _to_fields(p: ParsedName) -> Fields:
    """The fields of a parsed name but its text; its display as ``None`` when it is the text."""
    return (
        None if p.display == p.original else p.display,
        p.honorifics,
        p.given,
        p.patronymic,
        p.surname,
        p.order,
        p.order_reason,
        p.gender,
        p.gender_hints,
        p.surname_gender,
        p.generation,
        p.declared,
    )


def _from_fields(original: str, fields: Fields) -> ParsedName:
    (
        display,
        honorifics,
        given,
        patronymic,
        surname,
        order,
        reason,
        gender,
        hints,
        sgender,
        generation,
        declared,
    ) = fields
    return ParsedName(
        original=original,
        display=original if display is None else display,  # type: ignore[arg-type]
        honorifics=honorifics,  # type: ignore[arg-type]
        given=given,  # type: ignore[arg-type]
        patronymic=patronymic,  # type: ignore[arg-type]
        surname=surname,  # type: ignore[arg-type]
        order=order,  # type: ignore[arg-type]
        order_reason=reason,  # type: ignore[arg-type]
        gender=gender,  # type: ignore[arg-type]
        gender_hints=hints,  # type: ignore[arg-type]
        surname_gender=sgender,  # type: ignore[arg-type]
        generation=generation,  # type: ignore[arg-type]
        declared=declared,  # type: ignore[arg-type]
    )
