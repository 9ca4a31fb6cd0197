"""The other readings of a name, parsed: a name in Chinese characters may be read as
Mandarin, Korean or Japanese (:func:`namefold.names.han_names.other_han_texts`), and a
comparison or the candidate index tries each reading beside the one :func:`parse` chose.
Names of other scripts have none, and pay one ``isascii`` or pattern test to learn it."""

from __future__ import annotations

from namefold.engine.caches import NAMES, cached
from namefold.names.han_names import other_han_texts
from namefold.names.model import ParsedName
from namefold.names.parse import parse

__all__ = ["other_readings", "reading_pairs"]


def other_readings(name: ParsedName) -> tuple[ParsedName, ...]:
    """The full names ``name`` also reads as, besides itself (most names: none)."""
    return () if name.original.isascii() else _other_readings(name.original)


@cached(NAMES)
def _other_readings(original: str) -> tuple[ParsedName, ...]:
    return tuple(p for text in other_han_texts(original) if (p := parse(text)).kind == "full")


def reading_pairs(a: ParsedName, b: ParsedName) -> list[tuple[ParsedName, ParsedName]]:
    """Every pair of readings of ``a`` and ``b`` other than ``(a, b)`` itself."""
    others_a, others_b = other_readings(a), other_readings(b)
    if not others_a and not others_b:
        return []
    return [(x, y) for x in (a, *others_a) for y in (b, *others_b) if x is not a or y is not b]
