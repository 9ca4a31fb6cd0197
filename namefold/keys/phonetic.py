"""Stage 4: phonetic codes (jellyfish) on folded tokens, and blocking keys.

Blocking keys are what names are indexed by (``_index`` decides from them which
pairs are compared). A name's keys come from its surname (or, for a given-name-only
mention, its given name): the fold key, the consonant skeleton, the metaphone code
of the fold key, and the fold key and the skeleton with each letter deleted in turn
(so one typo, or one letter read two ways, still shares a key).
"""

from __future__ import annotations

import re

import attrs
import jellyfish

from namefold.engine.caches import FEWER_WORDS, SURNAME_RECORDS, WORDS, cached
from namefold.names.given import name_groups, nickname_groups
from namefold.names.model import ParsedName
from namefold.text.fold import MIN_NEAR_SKELETON, confusable_key, ending_of, fold, french_key, skeleton

__all__ = [
    "NameKeys",
    "blocking_keys",
    "given_fold_key",
    "given_keys",
    "name_keys",
    "surname_info",
    "surname_keys",
]

_MIN_DELETION_KEY = 5
_MIN_CODE = 3
_MAX_DELETION_KEY = 32  # longer tokens are not names; their deletion keys would cost O(L^2)
_MAX_GIVEN = 64  # as in namefold.compare: given-name keys read the first 64 letters
_MAX_SURNAME = 64  # likewise for surnames: keys and edit distances read the first 64 letters
VOWEL_GROUP = re.compile(r"[aeiouy]+")

# What the surname rules and blocking keys read of one core surname: fold key, fold
# rules, consonant skeleton, metaphone code, shape (ending, number of vowel groups),
# French key ("" for a surname with no j and no ou) and -sk- ending (see sk_ending).
SurnameInfo = tuple[str, tuple[str, ...], str, str, tuple[str, int], str, str]

# What stands before the -k- of the ending: s (-ский), or ц written ts or c, alone or
# before an s (a stem ending in ц: -ц-ский). A z may be ц (German) or з (-зский), so an
# ending with a z is neither.
_SK_ENDING = re.compile(r"(ts+|cs?|zs?|s)k[aeiouy]*$")


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
def surname_info(surname: str) -> SurnameInfo:
    """What the surname rules of :func:`namefold.compare` and the blocking keys read of a
    core surname's first 64 letters: fold key, fold rules, skeleton, metaphone, shape,
    French key (:func:`namefold.text.fold.french_key`) and -sk- ending (:func:`sk_ending`).

    The shape is the ending of the fold key and its number of vowel groups (syllables).
    Romanizations of one surname keep both (Lukashenko / Loukachenko), while surnames
    that only share consonants differ in syllables (Kiselev / Kozlov, Serorukenko /
    Sorokenko). ``sounds_alike`` requires the same shape; the pairwise rules require only
    the same ending, since a typo may drop a vowel.
    """
    head = surname[:_MAX_SURNAME]
    folded = fold(head)
    key = folded.key
    shape = (ending_of(key), len(VOWEL_GROUP.findall(key)))
    return key, folded.rules, skeleton(key), jellyfish.metaphone(key), shape, french_key(head), sk_ending(key)


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
    surname = parsed.core_surname
    return _surname_keys(surname) if surname else None


def _deletions(key: str) -> set[str]:
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
    deletions (and those of the French key), ``s:`` its consonant skeleton, ``c:`` the
    skeleton with its confusable consonants merged (:func:`namefold.text.fold.confusable_key`)
    and ``m:`` its metaphone code. The phonetic keys carry the ending (last vowel onwards),
    because the phonetic rules of :func:`namefold.compare` require it.
    """
    fold_key, _, skeleton_key, metaphone, (ending, _), french, _ = surname_info(surname)
    found: set[str] = set()
    if french:  # and its deletions: a typo in a French spelling
        found.add("k:" + french)
        found.update(_deletion_keys(french))
    if fold_key:
        found.add("k:" + fold_key)
        found.update(_deletion_keys(fold_key))
        if len(skeleton_key) >= _MIN_CODE:
            found.add("s:" + skeleton_key + "|" + ending)
        if len(skeleton_key) >= MIN_NEAR_SKELETON:
            found.add("c:" + confusable_key(skeleton_key) + "|" + ending)
        if _code(metaphone):
            found.add("m:" + metaphone + "|" + ending)
    return tuple(sorted(found))


def _deletion_keys(key: str) -> set[str]:
    """``d:`` keys of a fold key: itself and, at a name's length, its one-letter deletions."""
    if _MIN_DELETION_KEY <= len(key) <= _MAX_DELETION_KEY:
        return {"d:" + key, *("d:" + d for d in _deletions(key))}
    return {"d:" + key}


@cached(FEWER_WORDS)
def given_keys(given: str) -> tuple[str, ...]:
    """The keys of one given name, sorted: ``g:`` each given-name group it belongs to
    (as a name or a nickname) and ``gk:`` its fold key."""
    groups = name_groups(given) | nickname_groups(given)
    return tuple(sorted({*("g:" + g for g in groups), "gk:" + given_fold_key(given)}))


def given_fold_key(given: str) -> str:
    """The fold key of a given name's first 64 letters, as :func:`namefold.compare` reads it."""
    return fold(given[:_MAX_GIVEN]).key
