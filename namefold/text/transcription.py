"""Russian practical transcription of foreign names: whether a word in Cyrillic is how Russian
(Ukrainian, Belarusian) writes a Latin-script word.

Russian writes a foreign name by the rules of its source language (``data/russian_transcription.tsv``,
after Гиляревский–Старостин and Ермолович): English ``j`` is дж (``Jackie`` Джеки), French ``j`` ж
(``Jean`` Жан), Spanish ж is х (``José`` Хосе), Portuguese final ``o`` у (``Bolsonaro`` Болсонару),
Spanish ``qu`` к (``Márquez`` Маркес), English ``ie`` / ``y`` и. The romanization fold rules read
the other way (English ``j`` as й), so such pairs share no fold key.

:func:`transcribes` reads a Latin word (lowercase ASCII) in each source language in turn as a
pattern of the Cyrillic spellings its letters may have, and matches the Cyrillic word's ASCII
form (:func:`namefold.text.normalize.to_ascii`: ``Джеки`` ``dzheki``) against it.
:func:`latin_keys` and :func:`cyrillic_key` give coarse consonant keys for blocking: a Cyrillic
word that a Latin word transcribes to has one of the Latin word's keys.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from namefold.data.tables import read_table
from namefold.engine.caches import FEWER_WORDS, PAIRS, cached
from namefold.text.normalize import to_ascii

__all__ = ["LANGUAGES", "cyrillic_key", "has_cyrillic", "has_latin", "latin_keys", "transcribes"]

MAX_KEYS = 32  # a Latin word with more coarse keys than this keeps the first ones
_CYRILLIC = re.compile("[\u0400-\u052f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
# The coarse key's classes of the ASCII letters of a Cyrillic spelling: h (only in zh kh sh ch)
# and the vowels are dropped, and letters one transcription writes for another share a class.
_NON_LETTERS = re.compile("[^a-z]+")
_DOUBLES = re.compile(r"(.)\1+")
_CLASSES = str.maketrans("szjcxkgqdtbpvfwlrmn", "SSSSKKKKTTPPFFFlrmn", "aeiouyh' -")


class Rule(NamedTuple):
    """The Cyrillic spellings (in ASCII) of Latin letters in one context."""

    context: str  # ^ $ F V C or - (see the table's header)
    spellings: tuple[str, ...]


def _ascii(cyrillic: str) -> str:
    return "" if cyrillic == "0" else to_ascii(cyrillic).replace("'", "").replace('"', "")


@functools.cache
def _rules() -> Mapping[str, Mapping[str, tuple[Rule, ...]]]:
    """language -> Latin letters -> their rules, in table order."""
    rows = read_table("russian_transcription.tsv", ("lang", "latin", "context", "cyrillic", "note"))
    merged: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for lang, latin, context, cyrillic, _ in rows:
        found = merged[(lang, latin, context)]
        found.extend(s for s in map(_ascii, cyrillic.split("|")) if s not in found)
    table: dict[str, dict[str, list[Rule]]] = defaultdict(lambda: defaultdict(list))
    for (lang, latin, context), spellings in merged.items():
        table[lang][latin].append(Rule(context, tuple(spellings)))
    return MappingProxyType(
        {lang: MappingProxyType({k: tuple(v) for k, v in by.items()}) for lang, by in table.items()}
    )


LANGUAGES = ("en", "fr", "es", "pt", "it", "de", "tr")


_LOOKAHEAD = {"-": "", "^": "", "$": "(?![a-z])", "F": "(?=[eiy])", "V": "(?=[aeiouy])", "C": "(?![aeiouy])"}


class _Reader(NamedTuple):
    """One language's rules: for each first letter, one regular expression whose groups, in
    order, are the rules of two letters or more (longest first, then in table order), the letter
    written twice (with rules: once or twice; without: likewise, as itself), the rules of one
    letter, and the letter alone."""

    by_letter: Mapping[str, tuple[re.Pattern[str], tuple[int, ...]]]  # pattern, rule of each group
    spellings: tuple[tuple[str, ...], ...]  # of each rule (-1: the letter as itself, -2: doubled)
    classes: tuple[tuple[str, ...], ...]  # the coarse keys of those spellings, without repeats


def _group(latin: str, rule: Rule) -> str:
    start = "^" if rule.context == "^" else ""
    return f"({start}{re.escape(latin)}{_LOOKAHEAD[rule.context]})"


@functools.cache
def _reader(lang: str) -> _Reader:
    table = _rules()[lang]
    spellings: list[tuple[str, ...]] = []
    by_letter: dict[str, tuple[re.Pattern[str], tuple[int, ...]]] = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        parts, rules = [], []
        longer = sorted((k for k in table if len(k) > 1 and k[0] == letter), key=lambda k: -len(k))
        for latin in longer:
            for rule in table[latin]:
                parts.append(_group(latin, rule))
                rules.append(len(spellings))
                spellings.append(rule.spellings)
        own = table.get(letter, ())
        if letter + letter not in table and (own or letter not in "aeiou"):  # written twice
            once = tuple(dict.fromkeys(s for rule in own for s in rule.spellings)) or (letter,)
            parts.append(f"({letter}{letter})")
            rules.append(len(spellings))
            spellings.append(tuple(dict.fromkeys((*once, *(x + x for x in once if x)))))
        for rule in own:
            parts.append(_group(letter, rule))
            rules.append(len(spellings))
            spellings.append(rule.spellings)
        parts.append(f"({letter})")
        rules.append(len(spellings))
        spellings.append((letter,))
        by_letter[letter] = (re.compile("|".join(parts)), tuple(rules))
    classes = tuple(tuple(dict.fromkeys(x.translate(_CLASSES) for x in group)) for group in spellings)
    return _Reader(MappingProxyType(by_letter), tuple(spellings), classes)


def _tokens(lang: str, word: str) -> tuple[int, ...]:
    """The rules that read the groups of letters of ``word`` in ``lang``, in order (indices of
    the reader's ``spellings``)."""
    by_letter = _reader(lang).by_letter
    found: list[int] = []
    position, size = 0, len(word)
    while position < size:
        pattern, rules = by_letter[word[position]]
        hit = pattern.match(word, position)
        found.append(rules[(hit.lastindex or 1) - 1])  # type: ignore[union-attr]  # the last group matches
        position = hit.end()  # type: ignore[union-attr]
    return tuple(found)


def _readings(lang: str, word: str) -> tuple[tuple[str, ...], ...]:
    """The spellings of each group of letters of ``word`` read in ``lang``, in order: the
    longest letters the table lists at each place; any other letter as itself, and a letter
    written twice once or twice."""
    spellings = _reader(lang).spellings
    return tuple(spellings[rule] for rule in _tokens(lang, word))


@cached(FEWER_WORDS)
def _all_readings(word: str) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """:func:`_readings` of ``word`` (hyphens dropped) in each language."""
    letters = _NON_LETTERS.sub("", word)
    return tuple((lang, _readings(lang, letters)) for lang in LANGUAGES)


def _spells(groups: tuple[tuple[str, ...], ...], target: str) -> bool:
    """Whether ``target`` is one spelling of each group in turn (the positions reached so far
    are kept, not the ways: a word's groups cost O(groups x spellings x positions))."""
    positions = {0}
    for group in groups:
        positions = {p + len(s) for p in positions for s in group if target.startswith(s, p)}
        if not positions:
            return False
    return len(target) in positions


@cached(PAIRS)
def transcribes(latin: str, cyrillic: str) -> str | None:
    """The source language (``en``, ``fr``, ``es``, ``pt``, ``it``, ``de``, ``tr``) in whose
    Russian transcription the Latin word ``latin`` is written ``cyrillic`` (both lowercase ASCII,
    the Cyrillic one as :func:`namefold.text.normalize.to_ascii` writes it), or ``None``.

    Examples:
        >>> transcribes("jackie", "dzheki"), transcribes("bolsonaro", "bolsonaru")
        ('en', 'pt')
        >>> transcribes("gaulle", "goll"), transcribes("marquez", "markes")
        ('en', 'es')
        >>> transcribes("john", "ian") is None
        True
    """
    target = _NON_LETTERS.sub("", cyrillic)
    if not target or not latin:
        return None
    for lang, groups in _all_readings(latin):
        if _spells(groups, target):
            return lang
    return None


def cyrillic_key(cyrillic: str) -> str:
    """The coarse consonant key of a Cyrillic word's ASCII form (``dzheki`` ``TSK``)."""
    return _collapse(cyrillic.translate(_CLASSES))


def _collapse(key: str) -> str:
    return _DOUBLES.sub(r"\1", key)


@cached(FEWER_WORDS)
def latin_keys(latin: str) -> frozenset[str]:
    """The coarse keys (:func:`cyrillic_key`) of the Cyrillic spellings :func:`transcribes`
    allows for ``latin``, at most :data:`MAX_KEYS` per language.

    Examples:
        >>> cyrillic_key("dzheki") in latin_keys("jackie")
        True
    """
    letters = _NON_LETTERS.sub("", latin)
    found: set[str] = set()
    seen: set[tuple[tuple[str, ...], ...]] = set()
    for lang in LANGUAGES:
        classes = _reader(lang).classes
        steps = tuple(classes[rule] for rule in _tokens(lang, letters))
        if steps in seen:  # most letters read alike in most languages
            continue
        seen.add(steps)
        keys = [""]
        for step in steps:
            if len(step) == 1:
                if step[0]:
                    keys = [k + step[0] for k in keys]
            else:
                keys = (
                    list({k + c for k in keys for c in step})[:MAX_KEYS]
                    if len(keys) * len(step) > MAX_KEYS
                    else [k + c for k in keys for c in step]
                )
        found.update(_collapse(k) for k in keys)
    return frozenset(found)


@cached(FEWER_WORDS)
def has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds a Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


@cached(FEWER_WORDS)
def has_latin(text: str) -> bool:
    """Whether ``text`` holds a Latin letter."""
    return _LATIN.search(text) is not None
