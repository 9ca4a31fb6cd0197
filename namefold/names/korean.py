"""Korean names: family name first, a given name of one to three syllables.

A name reads as Korean when its first word (or, in the Western order, its last) is a Korean
surname (``data/korean_surnames.tsv``) and the rest are Korean syllables: Hangul
(``김정은``), or romanized syllables hyphenated (``Jong-un``), spaced (``Jong Un``) or joined
(``Chŏngŭn``; joined only with McCune-Reischauer marks or a surname form that is not also a
common non-Korean name, since ``Kim Wilde`` is not Korean). The given name is then one word,
its syllables joined by hyphens (``jong-un``), and the surname its usual spelling
(``Gim``, ``Kim`` -> ``kim``; ``Pak``, ``Bak`` -> ``park``).

Two such given names are compared by :func:`given_key`, which reads the romanizations
(Revised, McCune-Reischauer with or without breves and apostrophes, and the forms of the
press) alike: ``jong-un``, ``chong-un``, ``jeong-eun`` -> ``conkon``.
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import NamedTuple

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, cached
from namefold.names.given import is_listed_given
from namefold.names.words import Word
from namefold.text.hangul import has_hangul, syllables
from namefold.text.normalize import clean

__all__ = [
    "KoreanName",
    "KoreanSurnames",
    "given_key",
    "is_korean_given",
    "korean_given_key",
    "korean_surnames",
    "read_korean",
    "romanized_syllables",
]

_INITIAL = "(?:tch|kk|tt|pp|ss|jj|ch|sh|ts|rh|g|k|n|d|t|r|l|m|b|p|s|j|h)?"
_VOWEL = "(?:yae|yeo|yoo|wae|weo|ae|ai|ya|eo|ye|wa|oe|oi|wo|we|wi|yu|eu|ui|yo|oo|ou|ee|a|e|o|u|i)"
_FINAL = "(?:ng|n|m|l|k|p|t)?"
_SYLLABLE = re.compile(_INITIAL + _VOWEL + _FINAL)
_MAX_GIVEN = 3  # syllables of a given name
_MR_MARKS = re.compile("[\u0306\u0103\u014f\u016d'\u2019\u02bc]")  # breves, apostrophes
# The comparison key: one letter per class of sounds the romanizations write differently.
_KEY_RULES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        ("ee|ui", "i"),  # 희 hui, hŭi, hee (before u is read)
        ("eo|eu|oo|ou|u", "o"),  # 어 ŏ, 으 ŭ, 우 oo, 영 young; the press writes 어 u (Suk, Chun)
        ("ae|ai", "e"),  # 애 (and 에, pronounced alike)
        ("tch|jj|ch|ts|j", "c"),  # ㅈ ㅊ ㅉ: j, ch, ch', tch
        ("sh|ss", "s"),
        ("kk|g", "k"),
        ("tt|d", "t"),
        ("pp|b", "p"),
        ("rh|l", "r"),
        (r"([a-z])\1", r"\1"),
    )
)


class KoreanSurnames(NamedTuple):
    """The surname table read for lookups."""

    canonical: MappingProxyType[str, str]  # a Latin form -> the usual spelling of its surname
    shared: frozenset[str]  # forms that are also common non-Korean names
    hangul: MappingProxyType[str, str]  # Hangul -> the usual spelling


class KoreanName(NamedTuple):
    """A name read as Korean: its words (surname and one given word) and their order."""

    words: list[Word]
    order: str  # family-first or given-first
    reason: str


@functools.cache
def korean_surnames() -> KoreanSurnames:
    """``data/korean_surnames.tsv``, read once."""
    rows = tables.read_table("korean_surnames.tsv", ("hangul", "rr", "forms", "shared"))
    canonical: dict[str, str] = {}
    hangul: dict[str, str] = {}
    shared: set[str] = set()
    for written, _, forms, also in rows:
        spellings = [clean(form) for form in forms.split("|")]
        hangul[written] = spellings[0]
        for spelling in spellings:
            canonical.setdefault(spelling, spellings[0])
        shared.update(also.split("|") if also else ())
    return KoreanSurnames(MappingProxyType(canonical), frozenset(shared), MappingProxyType(hangul))


@cached(FEWER_WORDS)
def romanized_syllables(word: str) -> tuple[str, ...] | None:
    """The Korean syllables a lowercase romanized word reads as (the first reading found,
    longest syllables first), or ``None`` when it is not Korean syllables.

    Examples:
        >>> romanized_syllables("chongun"), romanized_syllables("basinger")
        (('chong', 'un'), None)
    """
    if not word.isalpha() or not word.isascii():
        return None
    return _split(word, 0)


def _split(word: str, start: int) -> tuple[str, ...] | None:
    if start == len(word):
        return ()
    found = _SYLLABLE.match(word, start)
    if found is None:
        return None
    for end in range(found.end(), start, -1):  # the longest syllable first, then shorter ones
        if _SYLLABLE.fullmatch(word, start, end):
            rest = _split(word, end)
            if rest is not None:
                return (word[start:end], *rest)
    return None


def given_key(given: str) -> str:
    """The key that reads the romanizations of one Korean given name alike.

    Examples:
        >>> given_key("jong-un") == given_key("chong-un") == given_key("jeong-eun")
        True
        >>> given_key("jong-il") == given_key("jong-pil")
        False
    """
    key = given.replace("-", "")
    for pattern, replacement in _KEY_RULES:
        key = pattern.sub(replacement, key)
    return key


def is_korean_given(given: str) -> bool:
    """Whether a normalized given name is Korean syllables joined by hyphens, as
    :func:`read_korean` writes one of two or more syllables."""
    if "-" not in given:
        return False
    parts = given.split("-")
    return len(parts) <= _MAX_GIVEN and all(_SYLLABLE.fullmatch(part) for part in parts)


def korean_given_key(given: str) -> str:
    """:func:`given_key` of a Korean given name (:func:`is_korean_given`), else ``""``."""
    return given_key(given) if is_korean_given(given) else ""


def read_korean(words: list[Word]) -> KoreanName | None:
    """``words`` read as a Korean name, or ``None`` when they are not one."""
    if not words or len(words) > 1 + _MAX_GIVEN:
        return None
    if has_hangul(words[0].raw):
        return _read_hangul(words)
    table = korean_surnames().canonical
    first, last = words[0].norm, words[-1].norm
    if first in table and (found := _given_after(words)) is not None:
        return KoreanName([_surname(words[0]), found], "family-first", "korean surname")
    if last in table and (found := _given_before(words)) is not None:
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
    if any(w.comma_before or "-" in w.norm or not _SYLLABLE.fullmatch(w.norm) for w in rest):
        return None
    return None if any(is_listed_given(w.norm) for w in rest) else _given(rest, [w.norm for w in rest])


def _given_after(words: list[Word]) -> Word | None:
    """The given-name word of a family-first Korean name: the words after the surname."""
    rest = words[1:]
    if not rest or words[0].comma_before or any(w.comma_before for w in rest[1:]):
        return None
    if len(rest) > 1:  # spaced syllables: Jong Un
        if all("-" not in w.norm and _SYLLABLE.fullmatch(w.norm) for w in rest):
            return _given(rest, [w.norm for w in rest])
        return None
    norm = rest[0].norm
    if "-" in norm:
        return _given(rest, norm.split("-")) if is_korean_given(norm) else None
    parts = romanized_syllables(norm)
    if parts is None or len(parts) > _MAX_GIVEN or is_listed_given(norm):  # Pan Adam is Polish
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
                if head in surnames and (given := syllables(tail)) and len(given) <= _MAX_GIVEN:
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
