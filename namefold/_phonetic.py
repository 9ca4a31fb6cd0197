"""Stage 4: phonetic codes (jellyfish) on folded tokens, and blocking keys.

Blocking keys decide which names are ever compared: two names are compared
only if they share a key. A name's keys come from its surname (or, for a
given-name-only mention, its given name): the fold key, the consonant skeleton,
the metaphone code of the fold key, and the fold key and the skeleton with each
letter deleted in turn (so one typo, or one letter read two ways, still shares a key).
"""

from __future__ import annotations

import functools

import attrs
import jellyfish

from namefold._fold import fold, skeleton
from namefold._given import name_groups, nickname_groups
from namefold._models import ParsedName
from namefold._tables import particles

__all__ = ["NameKeys", "blocking_keys", "core_surname", "name_keys"]

_MIN_DELETION_KEY = 5
_MIN_CODE = 3
_MIN_SKELETON_DELETION = 4
_MAX_DELETION_KEY = 32  # longer tokens are not names; their deletion keys would cost O(L^2)


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


def core_surname(parsed: ParsedName) -> str:
    """The surname without particles, hyphens or spaces (``van beethoven`` -> ``beethoven``)."""
    return _core(parsed.surname)


@functools.lru_cache(maxsize=1 << 18)
def _core(surname: tuple[str, ...]) -> str:
    table = particles()
    words = [w for token in surname for w in token.replace("-", " ").split()]
    kept = [w for w in words if w not in table] or words
    return "".join(kept)


def _code(value: str) -> str | None:
    return value if len(value) >= _MIN_CODE and value.isalpha() else None


@functools.lru_cache(maxsize=1 << 18)
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
    surname = core_surname(parsed)
    return _surname_keys(surname) if surname else None


@functools.lru_cache(maxsize=1 << 18)
def _deletions(key: str) -> tuple[str, ...]:
    return tuple(sorted({key[:i] + key[i + 1 :] for i in range(len(key))}))


def blocking_keys(parsed: ParsedName, *, with_given: bool = False) -> tuple[str, ...]:
    """The blocking keys of a parsed name, sorted.

    With ``with_given`` (used to compare full names with each other), every surname
    key is paired with each given-name key of the name: its given-name groups and the
    first letter of its fold key. Two spellings of one person share a group or an
    initial, while the thousands of people who share a common surname spread over
    many blocks.

    Cost: a surname of length L gives at most 2L + 4 keys (times the given-name keys
    with ``with_given``); a given-name-only mention gives one key per given-name group.
    """
    found = _surname_blocking_keys(parsed)
    if with_given and found and parsed.given and len(parsed.given[0]) > 1:
        given = parsed.given[0]
        suffixes = {fold(given).key[:1], *name_groups(given), *nickname_groups(given)} - {""}
        found = {f"{key}|{suffix}" for key in found for suffix in suffixes} or found
    return tuple(sorted(found))


def _surname_blocking_keys(parsed: ParsedName) -> set[str]:
    keys = name_keys(parsed)
    found: set[str] = set()
    if keys is not None and keys.fold_key:
        found.add("k:" + keys.fold_key)
        found.add("d:" + keys.fold_key)
        if _MIN_DELETION_KEY <= len(keys.fold_key) <= _MAX_DELETION_KEY:
            found.update("d:" + d for d in _deletions(keys.fold_key))
        if len(keys.skeleton) >= _MIN_CODE:
            found.add("s:" + keys.skeleton)
        if _MIN_SKELETON_DELETION <= len(keys.skeleton) <= _MAX_DELETION_KEY:
            found.update("sd:" + d for d in _deletions(keys.skeleton))
        if keys.metaphone:
            found.add("m:" + keys.metaphone)
    elif parsed.given:
        given = parsed.given[0]
        groups = name_groups(given) | nickname_groups(given)
        found.update("g:" + g for g in groups)
        found.add("gk:" + fold(given).key)
    return found
