"""Which person a spelling the resolution has not seen belongs to (``Resolution.person_of``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from namefold.compare.model import Comparison
from namefold.compare.score import compare
from namefold.names.model import ParsedName
from namefold.resolve.fits import PARTIAL_CAP
from namefold.resolve.index import CandidateIndex, closest
from namefold.resolve.partial_profile import profile_of, rules_out
from namefold.resolve.people import Person
from namefold.resolve.verdicts import is_compatible, supports

__all__ = ["match_new"]

PersonsOfText = Mapping[str, list[tuple[str | None, str]]]


def _comparisons(
    spellings: list[int], parsed: ParsedName, index: CandidateIndex, persons_of_text: PersonsOfText
) -> dict[str, list[Comparison]]:
    """Comparisons of ``parsed`` with each of ``spellings`` (index positions), by person id."""
    found: dict[str, list[Comparison]] = defaultdict(list)
    for k in spellings:
        other = index.parsed[k]
        comparison = compare(parsed, other)
        for person in sorted({person for _, person in persons_of_text[other.original]}):
            found[person].append(comparison)
    return found


def _partial_spellings(
    parsed: ParsedName,
    spellings: list[int],
    index: CandidateIndex,
    persons_of_text: PersonsOfText,
    people: Mapping[str, Person],
) -> list[int] | None:
    """The spellings of ``spellings`` whose people the partial probe ``parsed`` may name, as
    the resolution's partial mentions are judged (:meth:`namefold.resolve.fits.Fits.of`):
    not an ambiguous entry, nor a person it conflicts with by the profile of a name
    (:mod:`namefold.resolve.partial_profile`); ``None`` when more than ``PARTIAL_CAP``
    people are left (the probe is ambiguous, unscored)."""
    of_person: dict[str, list[int]] = defaultdict(list)
    excluded: set[str] = set()
    for k in spellings:
        other = index.parsed[k]
        misfit = rules_out(profile_of([other]), parsed)
        for _, person in persons_of_text[other.original]:
            if misfit or people[person].ambiguous:
                excluded.add(person)
            else:
                of_person[person].append(k)
    kept = [person for person in of_person if person not in excluded]
    if len(kept) > PARTIAL_CAP:
        return None
    return sorted({k for person in kept for k in of_person[person]})


def match_new(
    parsed: ParsedName,
    index: CandidateIndex,
    persons_of_text: PersonsOfText,
    people: Mapping[str, Person],
    *,
    threshold: float,
) -> Person | None:
    """The one person of ``people`` that the new spelling ``parsed`` fits, or ``None``."""
    candidates = (
        {}
        if parsed.is_partial
        else _comparisons(
            closest(parsed, index.full_candidates(parsed), index.parsed), parsed, index, persons_of_text
        )
    )
    if not candidates:  # a partial probe, or a full name whose person has only partial spellings
        surname = parsed.core_surname
        if surname:  # a full probe has met every full name it could match already
            spellings = index.surname_candidates(surname, full=parsed.is_partial, partial=True)
        else:
            spellings = index.given_candidates(parsed) if parsed.given else []
        if parsed.is_partial:
            kept = _partial_spellings(parsed, spellings, index, persons_of_text, people)
            if kept is None:
                return None
            spellings = kept
        candidates = _comparisons(spellings, parsed, index, persons_of_text)
    fits: list[tuple[float, str]] = []
    for person_id, comparisons in sorted(candidates.items()):
        if people[person_id].ambiguous or any(c.conflict for c in comparisons):
            continue
        best = max(c.score for c in comparisons)
        if parsed.is_partial:
            if any(supports(c) for c in comparisons):
                fits.append((best, person_id))
        elif best >= threshold and all(is_compatible(c) for c in comparisons):
            fits.append((best, person_id))
    fits.sort(reverse=True)
    if len(fits) == 1 or (len(fits) > 1 and not parsed.is_partial and fits[0][0] > fits[1][0]):
        return people[fits[0][1]]
    return None
