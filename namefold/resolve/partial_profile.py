"""Which people a partial mention cannot name, read from a profile of their names.

A partial mention (``P. Petrov``, ``Mrs. Zhuk``, ``Belova``) conflicts with a person, without
a comparison, when its initial is one that a given name of the person cannot have
(:func:`namefold.compare.given.initial_fits`), when a surname form of the other gender
writes the person (``Belova`` and ``Ivan Belov``), or when its honorific meets given names of
the other gender (``Mrs. Zhuk`` and ``Ivan Zhuk``). The partial-mention pass
(:mod:`namefold.resolve.fits`) and ``person_of`` (:mod:`namefold.resolve.lookup`) count
and compare only the people left.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from namefold.compare.given import initial_letters
from namefold.names.model import ParsedName

__all__ = ["Profile", "initials_of", "profile_of", "rules_out"]


class Profile(NamedTuple):
    """What of a person's names a partial mention's initial and gender are checked against."""

    letters: frozenset[str] | None  # the initials every first given name may have (None: no given name)
    forms: frozenset[str]  # the genders of the surname forms
    firm: frozenset[str]  # the genders not resting on a surname form alone


def initials_of(names: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The letters each of ``names`` may be written as an initial (an initial itself)."""
    return tuple(frozenset(name) if len(name) == 1 else initial_letters(name) for name in names)


def profile_of(names: Iterable[ParsedName]) -> Profile:
    """The profile of one person's ``names``."""
    letters: frozenset[str] | None = None
    forms: set[str] = set()
    firm: set[str] = set()
    for p in names:
        if p.given:
            (own,) = initials_of(p.given[:1])
            letters = own if letters is None else letters & own
        if p.surname_gender is not None:
            forms.add(p.surname_gender)
        if p.gender is not None and not (len(p.gender_hints) == 1 and p.surname_gender == p.gender):
            firm.add(p.gender)
    return Profile(letters, frozenset(forms), frozenset(firm))


def rules_out(profile: Profile, partial: ParsedName) -> bool:
    """Whether the partial mention ``partial`` conflicts with the person of ``profile``."""
    if partial.kind == "initials" and profile.letters is not None and partial.given[0] not in profile.letters:
        return True
    if partial.surname_gender is not None:  # a spelling with the other surname form conflicts
        return bool(profile.forms - {partial.surname_gender})
    return partial.gender is not None and bool(profile.firm - {partial.gender})
