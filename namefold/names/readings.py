"""The other readings of a name, parsed: a name in Chinese characters may be read as
Mandarin, Korean or Japanese (:func:`namefold.names.han_names.other_han_texts`), Vietnamese or
Cantonese (:func:`namefold.names.sinitic_readings.sinitic_texts`), and a
comparison or the candidate index tries each reading beside the one :func:`parse` chose.
A name in Hangul that reads as a Chinese name may have several pinyin readings (``장쩌민``:
Jiang Zemin, Zhang Zemin; :func:`namefold.names.hangul_names.other_hangul_texts`). Names of other
scripts have none, and pay one ``isascii`` and two pattern tests (a Chinese character or a
Hangul syllable first) to learn it.

Two names both in characters are compared by their readings in Mandarin, or in another one
language when their characters are the same: not by their Korean readings, whose given-name
key is loose enough that different characters meet (梁俊國 / 楊正玉, 양준국 / 양정옥), nor by
their Japanese ones, since a given name has many (嘉洋 and 芳洋 are both Yoshihiro), nor
across languages (a Chinese name's Korean reading against a Korean name's own).
"""

from __future__ import annotations

from typing import NamedTuple

from namefold.engine.caches import NAMES, cached
from namefold.names.han_names import (
    han_name_text,
    is_han_name,
    language_of,
    other_han_texts,
    same_characters,
    starts_with_han,
)
from namefold.names.hangul_names import hangul_name_text, other_hangul_texts, starts_with_hangul
from namefold.names.model import ParsedName
from namefold.names.parse import parse
from namefold.names.sinitic_readings import sinitic_texts
from namefold.names.vietnamese import VIETNAMESE_ORDER, unmarked_vietnamese

__all__ = ["Reading", "other_readings", "reading_pairs"]


class Reading(NamedTuple):
    """One reading of a name in characters: its language and the name parsed so."""

    language: str
    parsed: ParsedName


def other_readings(name: ParsedName) -> tuple[ParsedName, ...]:
    """The full names ``name`` also reads as, besides itself (most names: none): a name in
    characters its other readings, a Vietnamese name its words without their marks as the
    English press writes them (``Võ Nguyên Giáp``: ``Vo Nguyen Giap``, parsed as that is)."""
    text = name.original
    if name.order_reason == VIETNAMESE_ORDER:
        return _unmarked(text)
    return _other_parsed(text) if _may_have_readings(text) else ()


def _may_have_readings(text: str) -> bool:
    return not text.isascii() and (starts_with_han(text) or starts_with_hangul(text))


def _first_reading(text: str) -> str | None:
    """The text a name in characters or Hangul is read by (:func:`parse`), ``None``: itself."""
    return han_name_text(text) if starts_with_han(text) else hangul_name_text(text)


@cached(NAMES)
def _unmarked(original: str) -> tuple[ParsedName, ...]:
    parsed = parse(unmarked_vietnamese(original))
    return (parsed,) if parsed.kind == "full" else ()


@cached(NAMES)
def _other_readings(original: str) -> tuple[Reading, ...]:
    if starts_with_han(original):
        texts = [(language_of(text), text) for text in other_han_texts(original)]
        texts += sinitic_texts(original)  # Vietnamese and Cantonese
    else:
        texts = [(language_of(text), text) for text in other_hangul_texts(original)]
    return tuple(Reading(language, p) for language, text in texts if (p := parse(text)).kind == "full")


@cached(NAMES)
def _other_parsed(original: str) -> tuple[ParsedName, ...]:
    return tuple(reading.parsed for reading in _other_readings(original))


def reading_pairs(a: ParsedName, b: ParsedName) -> list[tuple[ParsedName, ParsedName]] | None:
    """The pairs of readings of ``a`` and ``b`` to compare, ``(a, b)`` among them, or ``None``
    when neither has other readings (most names: compare ``a`` and ``b`` as parsed). Two names
    in characters compare in Mandarin, or in one other language if their characters are the
    same (traditional forms for simplified ones: ``村上春樹`` / ``村上春树``)."""
    ta, tb = a.original, b.original
    others_a = _other_readings(ta) if _may_have_readings(ta) else ()
    others_b = _other_readings(tb) if _may_have_readings(tb) else ()
    if not others_a and not others_b:
        return None
    if starts_with_hangul(ta) and starts_with_hangul(tb):  # two names in Hangul: as written
        return None
    all_a = (Reading(language_of(_first_reading(ta)), a), *others_a)
    all_b = (Reading(language_of(_first_reading(tb)), b), *others_b)
    if not (is_han_name(a.original) and is_han_name(b.original)):
        return [(x.parsed, y.parsed) for x in all_a for y in all_b]
    same = same_characters(a.original, b.original)
    return [
        (x.parsed, y.parsed)
        for x in all_a
        for y in all_b
        if x.language == y.language and (same or x.language == "mandarin")
    ]
