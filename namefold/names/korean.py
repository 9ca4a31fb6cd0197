"""Korean names: the surname table, romanized syllables and the given-name keys.

:mod:`namefold.names.korean_order` reads a name as Korean and writes its given name as one
word of syllables: joined by hyphens when they were read from Latin letters or Hangul
(``jong-un``), by spaces when they were read from Cyrillic (``chen eun``), which does not tell
some sounds apart. Two such given names are compared by :func:`given_key`, which reads the
romanizations (Revised, McCune-Reischauer with or without breves and apostrophes, and the forms
of the press) alike: ``jong-un``, ``chong-un``, ``jeong-eun`` -> ``conkon``; and when one of
them was read from Cyrillic by :func:`loose_key`, which also reads the finals ``n`` / ``ng``,
the vowels ``e`` / ``eo`` and ``ye`` / ``e`` alike.
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import NamedTuple

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, cached
from namefold.text.korean_cyrillic import cyrillic_syllable
from namefold.text.normalize import clean

__all__ = [
    "MAX_GIVEN",
    "SYLLABLE",
    "KoreanMatch",
    "KoreanSurnames",
    "cyrillic_surname",
    "given_key",
    "is_korean_given",
    "korean_given_keys",
    "korean_given_match",
    "korean_surnames",
    "loose_key",
    "romanized_syllables",
]

_INITIAL = "(?:tch|kk|tt|pp|ss|jj|ch|sh|ts|rh|g|k|n|d|t|r|l|m|b|p|s|j|h)?"
_VOWEL = "(?:yae|yeo|yoo|you|woo|wae|weo|ae|ai|ya|eo|ye|wa|oe|oi|wo|we|wi|yu|eu|ui|yo|oo|ou|ee|a|e|o|u|i)"
_FINAL = "(?:ng|hn|n|m|l|k|p|t)?"  # hn: 안 Ahn
SYLLABLE = re.compile(_INITIAL + _VOWEL + _FINAL)
MAX_GIVEN = 3  # syllables of a given name
# The comparison key: one letter per class of sounds the romanizations write differently.
_KEY_RULES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        ("woo", "u"),  # 우 Woo (Tae-woo)
        ("(?<=[aeiou])h(?=n)", ""),  # 안 Ahn (Kyo-ahn)
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


# What a syllable read from Cyrillic does not tell apart, on top of the key: final n / ng, a y
# after a consonant (хе: hye or he) and e / o (чен: 정 jeong; хе: 혜 hye).
_LOOSE_RULES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (("nk$", "n"), ("(?<=[^aeiouwy])y", ""), ("e", "o"))
)


class KoreanSurnames(NamedTuple):
    """The surname table read for lookups."""

    canonical: MappingProxyType[str, str]  # a Latin form -> the usual spelling of its surname
    shared: frozenset[str]  # forms that are also common non-Korean names
    hangul: MappingProxyType[str, str]  # Hangul -> the usual spelling
    cyrillic: MappingProxyType[str, str]  # a Cyrillic form (casefolded) -> the usual spelling


class KoreanMatch(NamedTuple):
    """Two Korean given names compared: whether their keys agree, and the keys."""

    same: bool
    loose: bool  # compared by loose_key (one of them was read from Cyrillic)
    keys: tuple[str, str]


@functools.cache
def korean_surnames() -> KoreanSurnames:
    """``data/korean_surnames.tsv``, read once."""
    rows = tables.read_table("korean_surnames.tsv", ("hangul", "rr", "forms", "shared", "cyrillic"))
    canonical: dict[str, str] = {}
    hangul: dict[str, str] = {}
    cyrillic: dict[str, str] = {}
    shared: set[str] = set()
    for written, _, forms, also, russian in rows:
        spellings = [clean(form) for form in forms.split("|")]
        hangul[written] = spellings[0]
        for spelling in spellings:
            canonical.setdefault(spelling, spellings[0])
        for form in russian.split("|"):
            cyrillic.setdefault(form.casefold(), spellings[0])
        shared.update(also.split("|") if also else ())
    for form in cyrillic:  # read back to Latin first: Сон is son (손), not the first row's Song
        reading = cyrillic_syllable(form)
        if reading is not None and reading in canonical:
            cyrillic[form] = canonical[reading]
    return KoreanSurnames(
        MappingProxyType(canonical), frozenset(shared), MappingProxyType(hangul), MappingProxyType(cyrillic)
    )


def cyrillic_surname(word: str) -> str | None:
    """The usual spelling of a Korean surname written in one of the table's Cyrillic forms:
    that of its reading in Latin letters if the reading is a Latin form of the table (Сон ->
    son, Пан -> pan: Ban), else its row's (Ли -> Lee, Цой -> Choi); ``None`` for any other word."""
    return korean_surnames().cyrillic.get(word.casefold())


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
    found = SYLLABLE.match(word, start)
    if found is None:
        return None
    for end in range(found.end(), start, -1):  # the longest syllable first, then shorter ones
        if SYLLABLE.fullmatch(word, start, end):
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
    key = given.replace("-", "").replace(" ", "")
    for pattern, replacement in _KEY_RULES:
        key = pattern.sub(replacement, key)
    return key


def loose_key(given: str) -> str:
    """:func:`given_key` read syllable by syllable without what Cyrillic does not tell apart.

    Examples:
        >>> loose_key("jong-un") == loose_key("chen eun")  # Kim Jong-un / Ким Чен Ын
        True
        >>> loose_key("jong-un") == loose_key("chen il")
        False
    """
    parts = []
    for part in given.replace("-", " ").split():
        key = given_key(part)
        for pattern, replacement in _LOOSE_RULES:
            key = pattern.sub(replacement, key)
        parts.append(key)
    return "".join(parts)


@cached(FEWER_WORDS)
def is_korean_given(given: str) -> bool:
    """Whether a normalized given name is two or more Korean syllables joined by hyphens (or,
    read from Cyrillic, by spaces), as :mod:`namefold.names.korean_order` writes one."""
    separator = "-" if "-" in given else " "
    parts = given.split(separator)
    return 2 <= len(parts) <= MAX_GIVEN and all(SYLLABLE.fullmatch(part) for part in parts)


def korean_given_keys(given: str) -> tuple[str, ...]:
    """The blocking keys of a Korean given name (``ko:`` its key, ``kl:`` its loose key),
    none for any other given name."""
    if not is_korean_given(given):
        return ()
    if " " in given:
        return ("kl:" + loose_key(given),)
    return ("ko:" + given_key(given), "kl:" + loose_key(given))


def korean_given_match(ga: str, gb: str) -> KoreanMatch | None:
    """Two given names compared as Korean, or ``None`` unless both are Korean given names
    (:func:`is_korean_given`)."""
    if not (is_korean_given(ga) and is_korean_given(gb)):
        return None
    loose = " " in ga or " " in gb
    keys = (loose_key(ga), loose_key(gb)) if loose else (given_key(ga), given_key(gb))
    return KoreanMatch(keys[0] == keys[1], loose, keys)
