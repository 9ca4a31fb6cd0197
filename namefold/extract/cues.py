"""The word classes that tell names from other capitalised words in text, read from
``data/text_cues.tsv`` and ``data/east_asian_surnames.tsv``.

:func:`cue_kinds` says what a lowercase word can be (a preposition of place, a
connector inside a name, an Arabic article, a sentence opener);
:func:`east_asian_surname` whether a romanized word is a common Chinese, Korean or
Vietnamese surname.
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Mapping
from types import MappingProxyType

from nicknames import NickNamer

from namefold.data import tables

__all__ = [
    "ARTICLE",
    "CONNECTOR",
    "DETERMINER",
    "HEAD",
    "OPENER",
    "PERSON",
    "PLACE",
    "ROLE",
    "SON",
    "case_nominatives",
    "cue_kinds",
    "east_asian_surname",
    "english_given",
]

PLACE = "place"
CONNECTOR = "connector"
SON = "son"
ARTICLE = "article"
OPENER = "opener"
DETERMINER = "determiner"
PERSON = "person"
HEAD = "head"
ROLE = "role"


@functools.cache
def _cues() -> Mapping[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for word, kind, _ in tables.read_table("text_cues.tsv", ("word", "kind", "language")):
        kinds.setdefault(word, set()).add(kind)
    return MappingProxyType({word: frozenset(found) for word, found in kinds.items()})


@functools.cache
def _east_asian() -> frozenset[str]:
    return frozenset(
        row[0] for row in tables.read_table("east_asian_surnames.tsv", ("surname", "traditions"))
    )


def cue_kinds(word: str) -> frozenset[str]:
    """The kinds of the lowercase ``word`` in the cue table (empty if none)."""
    return _cues().get(word, frozenset())


def east_asian_surname(word: str) -> bool:
    """``word`` (ASCII, lowercase) is a common Chinese, Korean or Vietnamese surname."""
    return word in _east_asian()


_SHORT = 4  # a name of this many letters is kept only as a formal name (Will, Rose; not West, Mark)


@functools.cache
def _english_given() -> frozenset[str]:
    """The English given names and short forms the ``nicknames`` package lists, less the
    names of months and weekdays (``May``, ``June``) and the short forms of four letters or
    fewer, which are often English words too (``West``, ``Mark``, ``Jack``, ``Art``)."""
    namer = NickNamer()
    formal = set(namer.nickname_lookup)
    names = {name for name in namer.canonical_lookup if len(name) > _SHORT} | {
        name for name in formal if len(name) >= _SHORT
    }
    calendar_words = {word.lower() for word in (*calendar.month_name, *calendar.day_name) if word}
    return frozenset(name for name in names if name.isalpha() and name not in calendar_words)


def english_given(word: str) -> bool:
    """``word`` (lowercase) is an English given name or short form (``kevin``, ``jimmy``)."""
    return word in _english_given()


@functools.cache
def _case_endings() -> tuple[tuple[str, str], ...]:
    rows = tables.read_table("case_endings.tsv", ("ending", "nominative", "note"))
    return tuple(
        sorted(((ending, nominative) for ending, nominative, _ in rows), key=lambda row: -len(row[0]))
    )


def case_nominatives(word: str) -> list[str]:
    """The nominatives an inflected East Slavic given name may stand for (``Владимиром``:
    ``Владимир``), longest endings first; words of fewer than three letters left are skipped."""
    found = []
    for ending, nominative in _case_endings():
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            found.append(word[: -len(ending)] + nominative)
    return found
