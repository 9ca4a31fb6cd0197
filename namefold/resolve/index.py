"""Stage 7a: candidate generation, which decides what pairs of spellings are ever compared.

Two spellings are compared only if their surnames are *neighbours*: they share a
surname blocking key (:func:`namefold.blocking_keys`) and their surname evidence
reaches a floor. That is decided once per pair of *distinct surnames*, not per pair
of names, and only when two names need it: a full name's surname is judged against
the surnames that share a key with it and hold a name whose given name fits (about a
third of the surnames sharing a key). Two full names must have first given names that
can agree: a shared
given-name group or fold key, fold keys one edit apart (a typo), or an initial on
one side. Those are the only cases in which :func:`namefold.compare` gives no
given-name conflict.

Cost: S distinct surnames give O(S * L) surname keys (L = surname length). Each
name then reads (neighbours x given keys) buckets, so the candidates of a name are
the spellings that share its surname and given name, however many names there are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TypeVar

from rapidfuzz import fuzz, process

from namefold.compare.extra_words import extra_filings
from namefold.compare.parts import alternate_surnames
from namefold.compare.split import joined_readings
from namefold.keys.phonetic import given_keys
from namefold.names.model import ParsedName
from namefold.names.parse import swapped_reading
from namefold.names.readings import other_readings
from namefold.resolve.arabic_pairs import ArabicPairs
from namefold.resolve.cross_script_pairs import CrossScriptPairs
from namefold.resolve.loanword_pairs import LoanwordPairs
from namefold.resolve.neighbours import MAX_FUZZY_BLOCK, GivenNeighbours, SurnameNeighbours

__all__ = ["MAX_CANDIDATES", "MAX_FUZZY_BLOCK", "CandidateIndex", "SurnameNeighbours", "closest"]

MAX_CANDIDATES = 40  # a full name's candidates scored at most: the nearest, see closest()


T = TypeVar("T", int, str)


def _add(buckets: dict[str, T | list[T]], key: str, item: T) -> None:
    """Add ``item`` to the bucket of ``key``: a lone item is kept as itself, not in a list
    (most buckets hold one item, and a list costs more than the item)."""
    found = buckets.get(key)
    if found is None:
        buckets[key] = item
    elif isinstance(found, list):
        found.append(item)
    else:
        buckets[key] = [found, item]


def closest(parsed: ParsedName, candidates: list[int], spellings: Sequence[ParsedName]) -> list[int]:
    """The :data:`MAX_CANDIDATES` of ``candidates`` (positions in ``spellings``) whose names
    are nearest ``parsed``'s, sorted: the normalized names are ranked by their Indel
    similarity (rapidfuzz's ``fuzz.ratio``, one call in compiled code for all of them), ties
    by position. A name of a common surname and given name (a namesake of many) is then
    compared with the spellings most like its own, not with every one of them.
    """
    if len(candidates) <= MAX_CANDIDATES:
        return candidates
    texts = [spellings[k].normalized for k in candidates]
    nearest = process.extract(parsed.normalized, texts, scorer=fuzz.ratio, limit=MAX_CANDIDATES)
    return sorted(candidates[position] for _, _, position in nearest)


class CandidateIndex:
    """The spellings of a resolution, indexed so that each finds its candidates.

    Items are integers (positions in ``parsed``). Full names are indexed by
    (surname, given key), partial mentions with a surname by surname, given-name-only
    mentions by their given keys.
    """

    def __init__(self, parsed: Sequence[ParsedName], *, floor: float) -> None:
        self.parsed = parsed
        self.surname = [p.core_surname for p in parsed]
        # full names also filed under the other surnames they may be written with
        alternates = {
            i: alts for i, p in enumerate(parsed) if not p.is_partial and (alts := alternate_surnames(p))
        }
        # and names in characters under their other readings (Mandarin, Korean, Japanese)
        # and a word split by a stray space, joined (compare.split)
        readings = {
            i: others
            for i, p in enumerate(parsed)
            if not p.is_partial and (others := (*other_readings(p), *joined_readings(p)))
        }
        # and under the surname and given name of a reading with a word more or less
        extra = {
            i: found
            for i, p in enumerate(parsed)
            if not p.is_partial
            and (len(p.given) > 1 or len(p.surname) > 1 or "-" in p.given[0])
            and (found := extra_filings(p))
        }
        filed = [*self.surname, *(alt for alts in alternates.values() for alt in alts)]
        filed += [other.core_surname for others in readings.values() for other in others]
        filed += [f.surname for found in extra.values() for f in found]
        self.neighbours = SurnameNeighbours(filed, floor=floor)
        given = [p.given[0] for p in parsed if not p.is_partial]
        given += [f.given for found in extra.values() for f in found]
        self.given = GivenNeighbours([*given, *(o.given[0] for others in readings.values() for o in others)])
        # given key -> surname -> its full names: one int, or a list when several (most are one)
        self._full_by_key: dict[str, dict[str, int | list[int]]] = defaultdict(dict)
        self._full_by_surname: dict[str, list[int]] = defaultdict(list)
        self._wild_by_surname: dict[str, list[int]] = defaultdict(list)
        self._partial_by_surname: dict[str, list[int]] = defaultdict(list)
        self._by_given: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(parsed):
            surname = self.surname[i]
            if not p.is_partial:
                for filed_as in (surname, *alternates.get(i, ())):
                    self._file_full(i, filed_as, p.given[0])
                for other in readings.get(i, ()):
                    self._file_full(i, other.core_surname, other.given[0])
                for filing in extra.get(i, ()):
                    self._file_full(i, filing.surname, filing.given)
            elif surname:
                self._partial_by_surname[surname].append(i)
            elif p.given:
                for key in given_keys(p.given[0]):
                    self._by_given[key].append(i)
        self._wild_surnames = frozenset(self._wild_by_surname)
        self._arabic = ArabicPairs(parsed)  # names read as Arabic names (resolve.arabic_pairs)
        self._cross = CrossScriptPairs(parsed)  # Cyrillic and Latin names (resolve.cross_script_pairs)
        self._loan = LoanwordPairs(parsed)  # katakana or Hangul and Latin names (resolve.loanword_pairs)
        self._buckets_of_given: dict[str, list[dict[str, int | list[int]]]] = {}

    def _file_full(self, i: int, surname: str, first: str) -> None:
        """File the full name ``i`` under ``surname`` and its first given name's keys."""
        self._full_by_surname[surname].append(i)
        if len(first) == 1:  # an initial: a wildcard for any given name
            self._wild_by_surname[surname].append(i)
            return
        for key in given_keys(first):
            _add(self._full_by_key[key], surname, i)

    def full_candidates(
        self, parsed: ParsedName, *, above: int = -1, judged: dict[str, bool] | None = None
    ) -> list[int]:
        """Indexed full names that ``parsed`` (a full name) may match, sorted; with
        ``above``, only those at a position above it (a pair is scored from one side), and
        those below it that only this side's swapped reading finds.

        Only the surnames that share a key with ``parsed``'s and hold a name with a
        fitting given name are judged (about a third of them): ``judged`` remembers those
        judgments (surname -> close) across calls for names of one surname.
        """
        found = {k for k in self._candidates_of(parsed.core_surname, parsed.given[0], judged) if k > above}
        for alternate in alternate_surnames(parsed):  # García Márquez: also under márquez
            found.update(k for k in self._candidates_of(alternate, parsed.given[0], {}) if k > above)
        if len(parsed.given) > 1 or len(parsed.surname) > 1 or "-" in parsed.given[0]:  # compare.extra_words
            for filing in extra_filings(parsed):
                found.update(k for k in self._candidates_of(filing.surname, filing.given, {}) if k > above)
        for other in (*other_readings(parsed), *joined_readings(parsed)):  # read otherwise
            found.update(k for k in self._candidates_of(other.core_surname, other.given[0], {}) if k > above)
        swapped = swapped_reading(parsed)
        if swapped is not None:  # the same words read in the other order
            for k in self._candidates_of(*swapped, {}):
                # one below ``above`` that has no swapped reading cannot find this name: a
                # typo may give one spelling of a swapped pair a reading and not the other
                # (Broc Reid / Brock Reid), so this side finds the pair
                if k > above or (k != above and swapped_reading(self.parsed[k]) is None):
                    found.add(k)
        if self._arabic:
            found.update(k for k in self._arabic.of(parsed) if k > above)
        if self._cross:
            found.update(k for k in self._cross.of(parsed) if k > above)
        if self._loan:
            found.update(k for k in self._loan.of(parsed) if k > above)
        return sorted(found)

    def _candidates_of(self, surname: str, first: str, judged: dict[str, bool] | None) -> set[int]:
        """:meth:`full_candidates` of a surname and first given name, unsorted."""
        found: set[int] = set()
        if len(first) == 1:
            for other in self.neighbours.of(surname):
                found.update(self._full_by_surname.get(other, ()))
            return found
        if judged is None:
            judged = {}
        sharing, close = self.neighbours.sharing(surname), self.neighbours.close
        for other in self._wild_surnames.intersection(sharing):
            fits = judged.get(other)
            if fits is None:
                fits = judged[other] = close(surname, other)
            if fits:
                found.update(self._wild_by_surname[other])
        for by_surname in self._given_buckets(first):  # read only the surnames with this key
            for other in by_surname.keys() & sharing:  # iterates the (few) shared ones, in C
                fits = judged.get(other)
                if fits is None:
                    fits = judged[other] = close(surname, other)
                if not fits:
                    continue
                bucket = by_surname[other]  # one name as itself, several in a list (see _add)
                if bucket.__class__ is int:
                    found.add(bucket)
                else:
                    found.update(bucket)  # type: ignore[arg-type]
        return found

    def _given_buckets(self, first: str) -> list[dict[str, int | list[int]]]:
        """The full names by surname of each key of a given name (its own keys and those of
        given names one typo away), for the keys that index any full name."""
        found = self._buckets_of_given.get(first)
        if found is None:
            keys = (*given_keys(first), *self.given.lookup_keys(first))
            found = [bucket for key in keys if (bucket := self._full_by_key.get(key)) is not None]
            if first in self.given.indexed:  # cache indexed names only: probes stay out of memory
                self._buckets_of_given[first] = found
        return found

    def surname_candidates(self, surname: str, *, full: bool = True, partial: bool = False) -> list[int]:
        """Indexed names (full and/or partial) whose surname neighbours ``surname``, sorted."""
        found: list[int] = []
        for other in self.neighbours.of(surname):
            if full:
                found.extend(self._full_by_surname.get(other, ()))
            if partial:
                found.extend(self._partial_by_surname.get(other, ()))
        return sorted(found)

    def full_by_given(self, given: str) -> set[int]:
        """Indexed full names whose first given name shares a key with ``given`` (or one typo
        from it); none when more than :data:`MAX_FUZZY_BLOCK` do (too many to choose from)."""
        found: set[int] = set()
        for by_surname in self._given_buckets(given):
            for bucket in by_surname.values():  # one name as itself, several in a list (see _add)
                if isinstance(bucket, int):
                    found.add(bucket)
                else:
                    found.update(bucket)
            if len(found) > MAX_FUZZY_BLOCK:
                return set()
        return found

    def arabic_candidates(self, parsed: ParsedName) -> set[int]:
        """Indexed full names that a partial Arabic name (``King Abdullah II``) may name
        (:class:`namefold.resolve.arabic_pairs.ArabicPairs`)."""
        return self._arabic.probe(parsed) if self._arabic else set()

    def given_candidates(self, parsed: ParsedName) -> list[int]:
        """Indexed given-name-only mentions sharing a given key with ``parsed``'s given name."""
        found: set[int] = set()
        for key in given_keys(parsed.given[0]):
            found.update(self._by_given.get(key, ()))
        return sorted(found)
