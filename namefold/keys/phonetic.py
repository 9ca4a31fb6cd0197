"""Stage 4: phonetic codes and measures (jellyfish) on folded tokens, and blocking keys.

Blocking keys are what names are indexed by (``namefold.resolve.index`` decides from them which
pairs are compared). A name's keys come from its surname (or, for a given-name-only
mention, its given name): the fold key, the consonant skeleton, the metaphone code
of the fold key, and the fold key and the skeleton with each letter deleted in turn
(so one typo, or one letter read two ways, still shares a key).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import attrs
import jellyfish

from namefold.engine.caches import FEWER_WORDS, SURNAME_RECORDS, WORDS, cached
from namefold.names.given import formal_names, name_groups, nickname_groups
from namefold.names.korean import korean_given_keys
from namefold.names.model import ParsedName
from namefold.text.fold import MIN_NEAR_SKELETON, confusable_key, ending_of, fold, french_key, skeleton

__all__ = [
    "MAX_DELETION_KEY",
    "MAX_LETTERS",
    "VOWEL_GROUP",
    "NameKeys",
    "SurnameReading",
    "blocking_keys",
    "deletions",
    "given_fold_key",
    "given_keys",
    "name_keys",
    "sk_ending",
    "surname_info",
    "surname_keys",
]

# The keys, and the rules of namefold.compare that measure two keys, read a word's first
# 64 letters only: longer words are not names, and a pair costs O(1), not O(L^2).
MAX_LETTERS = 64
MAX_DELETION_KEY = 32  # longer keys are not names; their deletion keys would cost O(L^2)
_MIN_DELETION_KEY = 5
# p: keys, the spelling's own deletions, for compare.surname's typo of the spelling itself
_MIN_PLAIN_DELETION_KEY = 4
_MAX_PLAIN_DELETION_KEY = 12
_MIN_CODE = 3
VOWEL_GROUP = re.compile(r"[aeiouy]+")


class SurnameReading(NamedTuple):
    """What the surname rules and the blocking keys read of one core surname's first
    :data:`MAX_LETTERS` letters (a tuple underneath: one is read per surname compared)."""

    key: str  # the fold key
    rules: tuple[str, ...]  # the fold rules that changed it
    skeleton: str  # the consonant skeleton of the key
    metaphone: str  # the metaphone code of the key
    ending: str  # the ending of the key: its last vowel on (``ending_of``)
    syllables: int  # the key's number of vowel groups
    french: str  # the key read as French (``french_key``); "" for a surname with no j and no ou
    sk: str  # the -sk- ending (:func:`sk_ending`): ``s``, ``ts`` or ""


# What stands before the -k- of the ending: s (-ский), or ц written ts or c, alone or
# before an s (a stem ending in ц: -ц-ский). A z may be ц (German) or з (-зский), so an
# ending with a z is neither.
_SK_ENDING = re.compile(r"(ts+|cs?|zs?|s)k[aeiouy]+$")  # a vowel after: -ski, -sky, -ska


def sk_ending(key: str) -> str:
    """``s`` for a fold key ending in -ский (``radski``), ``ts`` for one ending in -цкий
    (``radtski``, ``radcki``), ``""`` for any other ending, and for one with a ``z`` before
    the ``k``, which may be either.

    Examples:
        >>> sk_ending("radski"), sk_ending("radtski"), sk_ending("radzki"), sk_ending("radka")
        ('s', 'ts', '', '')
    """
    found = _SK_ENDING.search(key)
    if found is None or "z" in found[1]:
        return ""
    return "s" if found[1] == "s" else "ts"


@cached(WORDS)
def surname_info(surname: str) -> SurnameReading:
    """What the surname rules of :func:`namefold.compare` and the blocking keys read of a
    core surname's first :data:`MAX_LETTERS` letters: fold key, fold rules, skeleton,
    metaphone, ending and syllables, French key (:func:`namefold.text.fold.french_key`)
    and -sk- ending (:func:`sk_ending`).

    The ending of the fold key and its number of vowel groups (syllables) are its shape.
    Romanizations of one surname keep both (Lukashenko / Loukachenko), while surnames
    that only share consonants differ in syllables (Kiselev / Kozlov, Serorukenko /
    Sorokenko). ``sounds_alike`` requires the same shape; the pairwise rules require only
    the same ending, since a typo may drop a vowel.
    """
    head = surname[:MAX_LETTERS]
    folded = fold(head)
    key = folded.key
    return SurnameReading(
        key=key,
        rules=folded.rules,
        skeleton=skeleton(key),
        metaphone=jellyfish.metaphone(key),
        ending=ending_of(key),
        syllables=len(VOWEL_GROUP.findall(key)),
        french=french_key(head),
        sk=sk_ending(key),
    )


@attrs.frozen(kw_only=True)
class NameKeys:
    """The keys of one surname: fold key, skeleton and jellyfish phonetic codes."""

    surname: str
    fold_key: str
    rules: tuple[str, ...]
    skeleton: str
    metaphone: str | None
    nysiis: str | None
    soundex: str | None


def _code(value: str) -> str | None:
    return value if len(value) >= _MIN_CODE and value.isalpha() else None


@cached(SURNAME_RECORDS)
def _surname_keys(surname: str) -> NameKeys:
    folded = fold(surname)
    key = folded.key
    return NameKeys(
        surname=surname,
        fold_key=key,
        rules=folded.rules,
        skeleton=skeleton(key),
        metaphone=_code(jellyfish.metaphone(key)) if key else None,
        nysiis=_code(jellyfish.nysiis(key)) if key else None,
        soundex=jellyfish.soundex(key) if key else None,
    )


def name_keys(parsed: ParsedName) -> NameKeys | None:
    """The surname keys of a parsed name, or ``None`` when it has no surname."""
    surname = _checked(parsed).core_surname
    return _surname_keys(surname) if surname else None


def _checked(parsed: object) -> ParsedName:
    """``parsed`` if it is a :class:`ParsedName`; a ``TypeError`` naming its type otherwise."""
    if isinstance(parsed, ParsedName):
        return parsed
    kind = type(parsed).__name__
    message = f"parsed must be a ParsedName (from namefold.parse), not {kind}: {parsed!r:.80}"
    raise TypeError(message)


def deletions(key: str) -> set[str]:
    """The key with each one letter deleted (not sorted: callers put them in sets; not
    cached: the keys built from them are)."""
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def blocking_keys(parsed: ParsedName, *, with_given: bool = False) -> tuple[str, ...]:
    """The blocking keys of a parsed name, sorted.

    A name with a surname has its surname's keys (:func:`surname_keys`); a
    given-name-only mention has its given name's keys (:func:`given_keys`). With
    ``with_given``, every surname key of a full name is paired with each of its
    given-name keys, as the resolver indexes full names.

    Cost: a surname of length L gives at most L + 5 keys (times the given-name keys
    with ``with_given``); a given-name-only mention gives one key per given-name group.
    """
    _checked(parsed)
    surname = parsed.core_surname
    if not surname:
        return given_keys(parsed.given[0]) if parsed.given else ()
    found = surname_keys(surname)
    if with_given and parsed.given and len(parsed.given[0]) > 1:
        found = tuple(sorted(f"{key}|{g}" for key in found for g in given_keys(parsed.given[0])))
    return found


@cached(WORDS)
def surname_keys(surname: str) -> tuple[str, ...]:
    """The blocking keys of one core surname, sorted: ``k:`` its fold key (and its key read
    as French, :func:`namefold.text.fold.french_key`), ``d:`` the fold key and its one-letter
    deletions (and those of the French key), ``p:`` the spelling itself and its one-letter
    deletions (4 to 12 letters), ``s:`` its consonant skeleton, ``c:`` the
    skeleton with its confusable consonants merged (:func:`namefold.text.fold.confusable_key`)
    and ``m:`` its metaphone code. The phonetic keys carry the ending (last vowel onwards),
    because the phonetic rules of :func:`namefold.compare` require it.
    """
    reading = surname_info(surname)
    found: set[str] = set()
    if reading.french:  # and its deletions: a typo in a French spelling
        found.add("k:" + reading.french)
        found.update(_deletion_keys(reading.french))
    if _MIN_PLAIN_DELETION_KEY <= len(surname) <= _MAX_PLAIN_DELETION_KEY:
        # the spelling and its deletions: a typo that folding moves (whiet / white fold to
        # uget / ugite, dargavlile / dargaville to dargaulile / dargavile); spellings longer
        # than a name's are left out, for speed
        found.update("p:" + d for d in (surname, *deletions(surname)))
    elif len(surname) == _MIN_PLAIN_DELETION_KEY - 1:  # a typo of a three-letter one (compare.short)
        found.update("p:" + d for d in (surname, *deletions(surname)))
    if reading.key:
        found.add("k:" + reading.key)
        found.update(_deletion_keys(reading.key))
        ending = reading.ending
        if len(reading.skeleton) >= _MIN_CODE:
            found.add("s:" + reading.skeleton + "|" + ending)
        if len(reading.skeleton) >= MIN_NEAR_SKELETON:
            found.add("c:" + confusable_key(reading.skeleton) + "|" + ending)
        if _code(reading.metaphone):
            found.add("m:" + reading.metaphone + "|" + ending)
    return tuple(sorted(found))


def _deletion_keys(key: str) -> set[str]:
    """``d:`` keys of a fold key: itself and, at a name's length, its one-letter deletions."""
    if _MIN_DELETION_KEY <= len(key) <= MAX_DELETION_KEY:
        return {"d:" + key, *("d:" + d for d in deletions(key))}
    return {"d:" + key}


@cached(FEWER_WORDS)
def given_keys(given: str) -> tuple[str, ...]:
    """The keys of one given name, sorted: ``g:`` each given-name group it belongs to
    (as a name or a nickname, or through the formal names it is a short form of), ``gk:``
    its fold key and ``f:`` the formal names of the ``nicknames`` package it stands for
    (:func:`namefold.names.given.formal_names`)."""
    groups = name_groups(given) | nickname_groups(given)
    formals = formal_names(given)
    keys = {*("g:" + g for g in groups), "gk:" + given_fold_key(given), *("f:" + f for f in formals)}
    keys.update("g:" + g for formal in formals for g in name_groups(formal))
    keys.update(korean_given_keys(given))  # a Korean given name: its romanizations read alike
    return tuple(sorted(keys))


def given_fold_key(given: str) -> str:
    """The fold key of a given name's first :data:`MAX_LETTERS` letters, as the given-name
    rules of :func:`namefold.compare` read it."""
    return fold(given[:MAX_LETTERS]).key
