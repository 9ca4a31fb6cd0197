"""Neighbours for candidate generation (:mod:`namefold.resolve.index`): the surnames whose
surname factor with a surname reaches a floor, and the given names one typo from a given name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from namefold.compare.edits import one_edit_apart
from namefold.compare.given import MIN_GIVEN_TYPO, spelling_typo
from namefold.compare.surname import surname_factor
from namefold.keys.phonetic import MAX_DELETION_KEY, deletions, given_fold_key, surname_keys

__all__ = ["MAX_FUZZY_BLOCK", "GivenNeighbours", "SurnameNeighbours"]

_MIN_SPELLING = 3  # spellings shorter than this have no typo rule
MAX_FUZZY_BLOCK = 200  # a fuzzy surname key shared by more distinct surnames is skipped


class SurnameNeighbours:
    """Distinct surnames indexed by their keys; :meth:`of` lists the neighbours of a surname."""

    def __init__(self, surnames: Iterable[str], *, floor: float) -> None:
        self.floor = floor
        # a key's surnames; most keys (deletions) belong to one surname, kept without a list
        self._by_key: dict[str, str | list[str]] = {}
        by_key = self._by_key
        for surname in sorted(set(surnames) - {""}):
            for key in surname_keys(surname):  # _add, inlined: one dict operation for a new key
                found = by_key.setdefault(key, surname)
                if found is not surname:
                    if isinstance(found, list):
                        found.append(surname)
                    else:
                        by_key[key] = [found, surname]
        self._known: dict[str, tuple[str, ...]] = {}
        self._sharing: dict[str, tuple[str, ...]] = {}

    def sharing(self, surname: str) -> tuple[str, ...]:
        """Indexed surnames that share a key with ``surname``, not yet judged: the
        neighbours of ``surname`` are those of them that are :meth:`close` to it."""
        found = self._sharing.get(surname)
        if found is not None:
            return found
        sharing: set[str] = set()  # each surname once
        by_key = self._by_key
        for key in surname_keys(surname):  # cached: read once when the index was built
            members = by_key.get(key)  # one surname as itself, several in a list (see _add)
            if members is None:
                continue
            if members.__class__ is str:
                sharing.add(members)
            elif len(members) <= MAX_FUZZY_BLOCK or key.startswith("k:"):
                sharing.update(members)
        found = tuple(sharing)
        if surname in sharing:  # cache indexed surnames only: probes stay out of memory
            self._sharing[surname] = found
        return found

    def close(self, surname: str, other: str) -> bool:
        """Whether the surname factor of two surnames reaches the floor."""
        return other == surname or surname_factor(surname, other) >= self.floor

    def of(self, surname: str) -> tuple[str, ...]:
        """Indexed surnames whose surname factor with ``surname`` reaches the floor, sorted.

        ``surname`` itself is included when it is indexed; it may be a surname never seen.
        """
        found = self._known.get(surname)
        if found is not None:
            return found
        close = self.close
        found = tuple(sorted([o for o in self.sharing(surname) if close(surname, o)]))
        if surname in found:  # cache indexed surnames only: probes stay out of memory
            self._known[surname] = found
        return found


class GivenNeighbours:
    """Given names one typo apart, as ``compare``'s typo rules read them: fold keys one
    edit apart, or spellings one edit apart (:func:`namefold.compare.given.spelling_typo`)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.indexed = set(names)
        self._by_deletion: dict[str, list[str]] = defaultdict(list)
        for key in sorted({given_fold_key(name) for name in self.indexed}):
            if MIN_GIVEN_TYPO <= len(key) <= MAX_DELETION_KEY:
                for d in {key, *deletions(key)}:
                    self._by_deletion[d].append(key)
        self._by_spelling: dict[str, list[str]] = defaultdict(list)
        for name in sorted(self.indexed):
            if _MIN_SPELLING <= len(name) <= MAX_DELETION_KEY:
                for d in {name, *deletions(name)}:
                    self._by_spelling[d].append(name)
        self._cache: dict[str, tuple[str, ...]] = {}

    def lookup_keys(self, name: str) -> tuple[str, ...]:
        """``gk:`` keys of the indexed given names one typo from ``name``."""
        found = self._cache.get(name)
        if found is not None:
            return found
        key = given_fold_key(name)
        close: set[str] = set()
        if MIN_GIVEN_TYPO <= len(key) <= MAX_DELETION_KEY:
            for d in {key, *deletions(key)}:
                for other in self._by_deletion.get(d, ()):
                    if other != key and one_edit_apart(key, other):
                        close.add("gk:" + other)
        if _MIN_SPELLING <= len(name) <= MAX_DELETION_KEY:
            for d in {name, *deletions(name)}:
                for other in self._by_spelling.get(d, ()):
                    if other != name and spelling_typo(name, other):
                        close.add("gk:" + given_fold_key(other))
        found = tuple(sorted(close))
        if name in self.indexed:
            self._cache[name] = found
        return found
