"""Candidate pairs for names read as Arabic names (:mod:`namefold.compare.arabic`), which the
surname index does not bring together: a name in the Arabic script or Hebrew and its
romanizations share no spelling, and two spellings of one Arabic name may end in different
words (``Mohammed bin Salman`` / ``Mohammed bin Salman Al Saud``).

Each name gets the keys given name | word of its chain, built of the l, m, n and r of each word
(:func:`namefold.text.abjad.coarse_key`, which a word in the script and any romanization it
matches share). Names that share a key are candidates when one of them is read as an Arabic
name. Nothing is built when no name is one (the common case costs one look per name).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from namefold.names.arabic import ArabicName, arabic_reading, is_arabic_structured, without_prefix
from namefold.names.model import ParsedName
from namefold.text.abjad import coarse_key, is_abjad_word, latin_coarse_key

__all__ = ["MAX_ARABIC_BLOCK", "ArabicPairs"]

MAX_ARABIC_BLOCK = 2000  # a key shared by more names is too common to pair its names


def _coarse(word: str) -> str:
    return coarse_key(word) if is_abjad_word(word) else latin_coarse_key(word)


def _keys(parsed: ParsedName, arabic: bool) -> set[str]:
    if not arabic:
        return {latin_coarse_key(parsed.given[0]) + "|" + latin_coarse_key(parsed.core_surname)}
    reading = arabic_reading(parsed)
    keys = _reading_keys(reading)
    shorter = without_prefix(reading)  # Muhammad Anwar el-Sadat / Anwar Sadat
    if shorter is not None:
        keys |= _reading_keys(shorter)
    return keys


def _reading_keys(reading: ArabicName) -> set[str]:
    """given name | each later word, and the given name alone (Abdullah II / Abdullah II bin
    Al-Hussein)."""
    elements = reading.elements
    if not elements:
        return set()
    head = _coarse(elements[0].word) + "|"
    keys = {head, *(head + _coarse(e.word) for e in elements[1:])}
    if len(elements) > 2 and not is_abjad_word(elements[0].word):  # Mohammad Javad Zarif / محمدجواد
        joined = latin_coarse_key(elements[0].word + elements[1].word) + "|"
        keys.update(joined + _coarse(e.word) for e in elements[2:])
    return keys


class ArabicPairs:
    """The candidate pairs of a resolution's names read as Arabic names: :meth:`of` a full
    name, :meth:`probe` for a partial one (``King Abdullah II``, ``Abdulhamid II``)."""

    def __init__(self, parsed: Sequence[ParsedName]) -> None:
        arabic = [p.arabic and is_arabic_structured(p) for p in parsed]  # an attribute for most
        self._parsed = parsed
        self._pairs: dict[str, frozenset[int]] = {}
        self._buckets: dict[str, list[int]] = {}
        if not any(arabic):
            return
        buckets: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(parsed):
            if not p.is_partial:
                for key in _keys(p, arabic[i]):
                    buckets[key].append(i)
        self._buckets = buckets
        found: dict[int, set[int]] = defaultdict(set)
        for members in buckets.values():
            if len(members) < 2 or len(members) > MAX_ARABIC_BLOCK:
                continue
            for i in members:
                if arabic[i] and not parsed[i].is_partial:
                    found[i].update(members)
                    for j in members:
                        found[j].add(i)
        self._pairs = {parsed[i].original: frozenset(js - {i}) for i, js in found.items()}

    def __bool__(self) -> bool:
        return bool(self._buckets)

    def of(self, parsed: ParsedName) -> frozenset[int]:
        """Positions of the full names a full name is a candidate pair with."""
        return self._pairs.get(parsed.original, frozenset())

    def probe(self, parsed: ParsedName) -> set[int]:
        """Positions of the full names sharing a key with a partial Arabic name."""
        if not self._buckets or not is_arabic_structured(parsed):
            return set()
        found: set[int] = set()
        for key in _keys(parsed, True):
            members = self._buckets.get(key, ())
            if len(members) <= MAX_ARABIC_BLOCK:
                found.update(members)
        return found
