"""Korean names read as Korean: family name first, one given name of one to three syllables.

A name reads as Korean when its first word (or, in the Western order, its last) is a Korean
surname (``data/korean_surnames.tsv``) and the rest are Korean syllables: Hangul (``김정은``),
Cyrillic one syllable a word (``Ким Чен Ын``), or romanized syllables hyphenated (``Jong-un``),
spaced (``Jong Un``) or joined (``Chŏngŭn``; joined only with McCune-Reischauer marks or a
surname form that is not also a common non-Korean name, since ``Kim Wilde`` is not Korean).
The given name is then one word, its syllables joined by hyphens (``jong-un``; by spaces when
read from Cyrillic, ``chen eun``), and the surname its usual spelling (``Gim``, ``Kim``,
``Ким`` -> ``kim``; ``Pak``, ``Bak`` -> ``park``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from namefold.data import tables
from namefold.names.given import is_listed_given
from namefold.names.korean import (
    MAX_GIVEN,
    SYLLABLE,
    cyrillic_surname,
    is_korean_given,
    korean_surnames,
    romanized_syllables,
)
from namefold.names.words import Word
from namefold.text.hangul import HANGUL, syllables
from namefold.text.korean_cyrillic import cyrillic_syllable
from namefold.text.ranges import CYRILLIC

__all__ = ["KoreanName", "read_korean"]

_MR_MARKS = re.compile("[\u0306\u0103\u014f\u016d'\u2019\u02bc]")  # breves, apostrophes


class KoreanName(NamedTuple):
    """A name read as Korean: its words (surname and one given word) and their order."""

    words: list[Word]
    order: str  # family-first or given-first
    reason: str


def read_korean(words: list[Word]) -> KoreanName | None:
    """``words`` read as a Korean name, or ``None`` when they are not one."""
    if not words or len(words) > 1 + MAX_GIVEN:
        return None
    raw = words[0].raw
    if not raw.isascii():  # Hangul or Cyrillic are read there (or not at all), Sŏ below
        if HANGUL.search(raw):
            return _read_hangul(words)
        if CYRILLIC.search(raw):
            return _read_cyrillic(words) if len(words) > 2 else None
    table = korean_surnames().canonical
    if words[0].norm in table and (found := _given_after(words)) is not None:
        return KoreanName([_surname(words[0]), found], "family-first", "korean surname")
    if words[-1].norm in table and (found := _given_before(words)) is not None:
        return KoreanName([found, _surname(words[-1])], "given-first", "korean surname")
    return None


def _given_before(words: list[Word]) -> Word | None:
    """The given-name word of a Korean name in the Western order (the surname last): one
    hyphenated word (``Heung-min Son``) or two or more syllables (``Jong Un KIM``)."""
    rest = words[:-1]
    if not rest:
        return None
    if len(rest) == 1:
        norm = rest[0].norm
        return _given(rest, norm.split("-")) if "-" in norm and is_korean_given(norm) else None
    if any(w.comma_before or "-" in w.norm or not SYLLABLE.fullmatch(w.norm) for w in rest):
        return None
    return None if any(is_listed_given(w.norm) for w in rest) else _given(rest, [w.norm for w in rest])


def _given_after(words: list[Word]) -> Word | None:
    """The given-name word of a family-first Korean name: the words after the surname."""
    rest = words[1:]
    if not rest or words[0].comma_before or any(w.comma_before for w in rest[1:]):
        return None
    if len(rest) > 1:  # spaced syllables: Jong Un
        if all("-" not in w.norm and SYLLABLE.fullmatch(w.norm) for w in rest):
            return _given(rest, [w.norm for w in rest])
        return None
    norm = rest[0].norm
    if "-" in norm:
        return _given(rest, norm.split("-")) if is_korean_given(norm) else None
    parts = romanized_syllables(norm)
    if parts is None or len(parts) > MAX_GIVEN or is_listed_given(norm):  # Pan Adam is Polish
        return None
    if len(parts) == 1:  # Han Kang: a one-syllable given name, neither word a listed given name
        return None if is_listed_given(words[0].norm) or words[0].initial else _given(rest, list(parts))
    marked = _MR_MARKS.search(rest[0].raw) is not None or any(c in "ŏŭŎŬ" for c in rest[0].raw)
    if marked or words[0].norm not in korean_surnames().shared:
        return _given(rest, list(parts))
    return None


def _surname(word: Word) -> Word:
    canonical = korean_surnames().canonical.get(word.norm, word.norm)
    return word._replace(surname_norm=canonical, comma_before=False)


def _given(words: list[Word], parts: list[str]) -> Word:
    norm = "-".join(parts)
    shown = " ".join(w.shown for w in words)
    return words[0]._replace(norm=norm, surname_norm=norm, raw=shown, shown=shown, initial=False, joins=False)


def _read_hangul(words: list[Word]) -> KoreanName | None:
    """A name in Hangul: one word (``김정은``) or surname and given name (``김 정은``)."""
    surnames = korean_surnames().hangul
    if len(words) == 1:
        raw = words[0].raw
        for size in (2, 1):  # a two-syllable surname (남궁) first
            if len(raw) > size:
                head, tail = raw[:size], raw[size:]
                if head in surnames and (given := syllables(tail)) and len(given) <= MAX_GIVEN:
                    return _hangul_name(words[0], head, tail, given)
        return None
    given = syllables(words[1].raw) if len(words) == 2 and words[0].raw in surnames else None
    if given and len(given) <= 2:
        return _hangul_name(words[0], words[0].raw, words[1].raw, given)
    return None


def _hangul_name(word: Word, head: str, tail: str, given: tuple[str, ...]) -> KoreanName:
    surname_norm = korean_surnames().hangul[head]
    romanized = syllables(head) or ()
    surname = word._replace(norm="".join(romanized), raw=head, shown=head, surname_norm=surname_norm)
    norm = "-".join(given)
    given_word = word._replace(norm=norm, raw=tail, shown=tail, surname_norm=norm, initial=False, joins=False)
    return KoreanName([surname, given_word], "family-first", "korean surname")


def _read_cyrillic(words: list[Word]) -> KoreanName | None:
    """A name in Cyrillic, one syllable a word, family first (``Ким Чен Ын``)."""
    if len(words) < 3 or any(w.comma_before for w in words[1:]):  # two or more given syllables
        return None
    if words[0].norm in tables.particles():  # Ван Дер Сар is van der Sar, not Wang
        return None
    surname = cyrillic_surname(words[0].raw)
    if surname is None:
        return None
    parts = [cyrillic_syllable(w.raw) for w in words[1:]]
    if not all(part and SYLLABLE.fullmatch(part) for part in parts):
        return None
    norm = " ".join([part for part in parts if part])
    shown = " ".join(w.shown for w in words[1:])
    given = words[1]._replace(
        norm=norm, surname_norm=norm, raw=shown, shown=shown, initial=False, joins=False
    )
    return KoreanName([words[0]._replace(surname_norm=surname), given], "family-first", "korean surname")
