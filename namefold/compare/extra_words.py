"""One person written with a word more or less: other readings of a pair of names that line
their words up.

:func:`namefold.compare` scores the names as parsed; when one name's words are the other's
with words left off at one end, or its given names written with a hyphen instead of a
space, a parse cannot see it. :func:`extra_word_readings` gives the pair read so that the
words line up, with the evidence of what was left off; ``compare`` keeps the better score.

- a second surname left off (``Fidel Castro`` / ``Fidel Castro Ruz``, ``Imran Khan`` /
  ``Imran Khan Niazi``, ``Cristiano Ronaldo`` / ``Cristiano Ronaldo dos Santos Aveiro``):
  the shorter name's words begin the longer one's, and the word read as the shorter name's
  surname is no listed given name (:func:`namefold.names.given.is_listed_given`): ``Martin
  Luther`` is not ``Martin Luther King``, Luther being a given name. After a given name of
  English usage the word may be a middle name (``John Fitzgerald Kennedy``): only compatible.
- leading given names left off (``Lula da Silva`` / ``Luiz Inácio Lula da Silva``,
  ``Harry Lee Kuan Yew`` / ``Lee Kuan Yew``): the shorter name's words end the longer
  one's, which has three given names or more (one name kept after a first given name of
  English usage is only compatible: ``Mary Elizabeth Anne Smith`` / ``Anne Smith``). With
  two (``Recep Tayyip Erdoğan`` / ``Tayyip Erdoğan``) the second is as often a father's
  name (``Maryam Nawaz Sharif``, daughter of ``Nawaz Sharif``; ``Uday Saddam Hussein``,
  son of ``Saddam Hussein``): only compatible, no edge alone.
- a double surname written alone (``López Obrador`` / ``LÓPEZ OBRADOR, Andrés Manuel``).
- a hyphenated given name written spaced (``Jean-Marie Le Pen`` / ``Jean Marie Le Pen``):
  the same given words, one name joining them.
- a lone word after a title written before given names (``Sheikh Hasina`` / ``Sheikh Hasina
  Wazed``): read as the given name (:mod:`namefold.compare.given_titles`).

The candidate index files a name under the surname and first given name of each reading
(:func:`extra_filings`), so the pairs are compared at all.
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

from namefold.compare.given_titles import titled_reading
from namefold.compare.model import Evidence, evidence
from namefold.data import tables
from namefold.names.given import is_listed_given
from namefold.names.model import ParsedName
from namefold.text.fold import fold

__all__ = [
    "BARE_SURNAME",
    "ENGLISH_USAGE",
    "HYPHEN_SPACED",
    "LEADING_DROPPED",
    "LEADING_SECOND",
    "TRAILING_DROPPED",
    "TRAILING_ENGLISH",
    "Filing",
    "Reading",
    "extra_filings",
    "extra_word_readings",
    "surname_uncertain",
]

TRAILING_DROPPED = 0.9  # a second surname (or more) written on one side only
TRAILING_ENGLISH = 0.75  # the same after a given name of English usage: no edge alone
ENGLISH_USAGE = 100  # bearers per million in the US census that make a given name one of English usage
LEADING_DROPPED = 0.9  # given names before the one used, written on one side only
LEADING_SECOND = 0.75  # the first of two given names on one side only: no edge alone
BARE_SURNAME = 0.95  # a double surname written alone, read as a given name and a surname
HYPHEN_SPACED = 0.99  # the same given names, hyphenated on one side
MIN_LEADING_GIVEN = 3  # given names the longer name needs before its first ones may be left off
_MIN_SURNAME_WORD = 3  # letters a given-name word needs to be read as a surname


class Reading(NamedTuple):
    """Two names read with their words lined up, and the evidence of what was left off."""

    left: ParsedName
    right: ParsedName
    evidence: Evidence


class Filing(NamedTuple):
    """A surname and first given name a full name is also filed and looked up under."""

    surname: str
    given: str


def _key(word: str) -> str:
    return fold(word.replace("-", "").replace(" ", "")).key


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return len(a) == len(b) and all(x == y or _key(x) == _key(y) for x, y in zip(a, b, strict=True))


def _as_surname(word: str) -> bool:
    """Whether a word among the given names may be a surname: not a listed given name."""
    return len(word) >= _MIN_SURNAME_WORD and "-" not in word and not is_listed_given(word)


def _kept(name: ParsedName, given: tuple[str, ...], surname: tuple[str, ...]) -> ParsedName:
    """``name`` with only the given names ``given`` and the surname ``surname``; its gender
    read from the hints of the words it keeps."""
    dropped = [w for w in name.given if w not in given]
    hints = tuple(h for h in name.gender_hints if not any(f" {w}:" in h for w in dropped))
    genders = {h.rsplit(": ", 1)[-1] for h in hints}
    gender = name.gender if len(genders) == 1 else None
    return attrs.evolve(
        name,
        original=_original(name, given, surname),
        given=given,
        surname=surname,
        gender=gender,
        gender_hints=hints,
    )


def _original(name: ParsedName, given: tuple[str, ...], surname: tuple[str, ...]) -> str:
    """The words of ``name`` that a reading keeps, as written (an Arabic name is read from
    them): in Latin letters its parsed words; in another script the written words at the
    places of the kept ones, when the name is written given names first, a word for each."""
    if name.original.isascii():
        return " ".join((*given, *surname))
    written = name.original.split()
    parsed = [w for part in (*name.given, *name.surname) for w in part.split()]
    if name.order != "given-first" or len(written) != len(parsed):
        return name.original
    start = 0 if given == name.given[: len(given)] else len(name.given) - len(given)
    size = sum(len(w.split()) for w in (*given, *surname))
    return " ".join(written[start : start + size])


def _trailing(short: ParsedName, long: ParsedName, strict: bool) -> ParsedName | None:
    """``long`` read without the surname words after ``short``'s, or None: ``short``'s given
    names begin ``long``'s, and the next words of ``long`` are ``short``'s surname (the same
    words, when both names are in Latin letters; else the evidence judges)."""
    k = len(short.given)
    if len(long.given) <= k or len(short.surname) != 1:
        return None
    words = tuple(short.surname[0].replace("-", " ").split())  # Abdel-Nasser: two given words
    taken = long.given[k : k + len(words)]
    if len(taken) != len(words) or not all(_as_surname(w) for w in taken):
        return None
    if strict and (taken != words or not _same_words(short.given, long.given[:k])):
        return None
    return _kept(long, long.given[:k], taken)


def _leading(short: ParsedName, long: ParsedName, strict: bool) -> ParsedName | None:
    """``long`` read without its first given names, or None: ``short``'s given names end
    ``long``'s and the surnames are one (written alike, when both names are in Latin
    letters; else the evidence judges)."""
    k = len(short.given)
    if len(long.given) <= k:
        return None
    if strict and (
        _key(short.core_surname) != _key(long.core_surname) or not _same_words(short.given, long.given[-k:])
    ):
        return None
    return _kept(long, long.given[-k:], long.surname)


def _surname_words(name: ParsedName) -> list[str]:
    """The words of a name's surname, particles left out (``López Obrador``: lopez, obrador)."""
    words = [w for token in name.surname for w in token.replace("-", " ").split()]
    return [w for w in words if w not in tables.particles()]


def _bare_surname(short: ParsedName, long: ParsedName) -> Reading | None:
    """``short`` read as ``long``'s double surname written alone, or None: its given name
    and surname are the two words of ``long``'s surname (``López Obrador`` / ``LÓPEZ
    OBRADOR, Andrés Manuel``)."""
    if len(short.given) != 1 or len(long.surname) < 2:
        return None
    words = _surname_words(long)
    if len(words) != 2 or [short.given[0], short.core_surname] != words:
        return None
    alone = attrs.evolve(short, given=(), surname=long.surname, gender=None, gender_hints=())
    item = evidence(
        "words", " ".join(short.given), " ".join(long.surname), "double surname alone", BARE_SURNAME
    )
    return Reading(alone, long, item)


def _split(name: ParsedName) -> ParsedName:
    words = tuple(w for given in name.given for w in given.split("-") if w)
    return name if words == name.given else attrs.evolve(name, given=words)


def _leading_factor(given: tuple[str, ...], kept: int) -> float:
    """The factor of the first given names of ``given`` left off, ``kept`` kept: an edge with
    three or more, unless one name is kept after a first given name of English usage (``Mary
    Elizabeth Anne Smith`` may be no ``Anne Smith``); with two only compatible."""
    if len(given) < MIN_LEADING_GIVEN or (kept == 1 and _english_usage(given[0])):
        return LEADING_SECOND
    return LEADING_DROPPED


def _english_usage(first: str) -> bool:
    """Whether a given name is common in English usage (:data:`ENGLISH_USAGE`)."""
    census = tables.census_given().get(first)
    return census is not None and census.per_million >= ENGLISH_USAGE


def _trailing_evidence(left: str, right: str, first: str) -> Evidence:
    """The evidence of surname words written after the others on one side. After a given
    name common in English usage (:data:`ENGLISH_USAGE`) the word may as well be a middle
    name, a family's surname given as one (``John Fitzgerald Kennedy`` is no ``John
    Fitzgerald``): too weak for an edge alone, the names only stay compatible."""
    if _english_usage(first):
        return evidence("words", left, right, "surname after", TRAILING_ENGLISH, f"{first}: English usage")
    return evidence("words", left, right, "surname after", TRAILING_DROPPED)


def extra_word_readings(a: ParsedName, b: ParsedName) -> list[Reading]:
    """The readings of two names in which their words line up (see the module), each
    with its evidence; none for most pairs."""
    if a.kind == "surname" or b.kind == "surname":
        titled = titled_reading(a, b) or titled_reading(b, a)  # Sheikh Hasina (compare.given_titles)
        return [] if titled is None else [Reading(titled.left, titled.right, titled.evidence)]
    if a.kind != "full" or b.kind != "full" or a.patronymic or b.patronymic:
        return []
    found: list[Reading] = []
    if len(a.given) != len(b.given):
        strict = a.original.isascii() and b.original.isascii()
        short, long, flip = (a, b, False) if len(a.given) < len(b.given) else (b, a, True)
        trimmed = _trailing(short, long, strict)
        if trimmed is not None:
            left = " ".join(long.given[len(short.given) :] + long.surname)
            item = _trailing_evidence(left, short.core_surname, long.given[0])
            found.append(Reading(trimmed, short, item) if flip else Reading(short, trimmed, item))
        trimmed = _leading(short, long, strict)
        if trimmed is not None:
            dropped = " ".join(long.given[: len(long.given) - len(short.given)])
            factor = _leading_factor(long.given, len(short.given))
            item = evidence("words", dropped, "-", "given names before", factor)
            found.append(Reading(trimmed, short, item) if flip else Reading(short, trimmed, item))
    bare = _bare_surname(a, b) or _bare_surname(b, a)
    if bare is not None:
        found.append(bare)
    if "-" in "".join(a.given) or "-" in "".join(b.given):
        x, y = _split(a), _split(b)
        if (x is not a or y is not b) and len(x.given) == len(y.given):
            item = evidence("words", " ".join(a.given), " ".join(b.given), "hyphen", HYPHEN_SPACED)
            found.append(Reading(x, y, item))
    return found


def _surname_core(name: ParsedName, word: str) -> str:
    """The core surname (:attr:`ParsedName.core_surname`) of ``word`` read as a surname."""
    return attrs.evolve(name, given=name.given[:1], surname=(word,)).core_surname


def surname_uncertain(name: ParsedName) -> bool:
    """Whether the last word of a full name may not be its surname, one of its given words
    being a surname (``Fidel Castro Ruz``: Castro, the father's surname, is the one used),
    the first given name not being one of English usage (where it is a middle name)."""
    if name.kind != "full" or name.patronymic or len(name.given) < 2 or _english_usage(name.given[0]):
        return False
    return any(_as_surname(w) for w in name.given[1:])


def extra_filings(name: ParsedName) -> tuple[Filing, ...]:
    """The surnames and first given names a full name is also filed under, so that the
    readings of :func:`extra_word_readings` meet: each later given word that may be a
    surname (with the first given name), each later given name of three or more (with the
    surname), and the first part of a hyphenated first given name."""
    if name.kind != "full" or name.patronymic:
        return ()
    first, surname = name.given[0], name.core_surname
    found = [Filing(_surname_core(name, w), first) for w in name.given[1:] if _as_surname(w)]
    if len(name.given) >= MIN_LEADING_GIVEN:
        found.extend(Filing(surname, w) for w in name.given[1:] if len(w) > 1)
    words = _surname_words(name)
    if len(words) == 2:  # a double surname: where the same written alone is filed
        found.append(Filing(_surname_core(name, words[1]), words[0]))
    head = first.split("-")[0]
    if head and head != first:
        found.append(Filing(surname, head))
    return tuple(dict.fromkeys(found))
