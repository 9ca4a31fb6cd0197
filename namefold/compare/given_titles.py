"""Titles written before a given name, not a surname (``data/given_titles.tsv``: Sir, King,
Sheikh): after one, a lone word may be the given name (``Sheikh Hasina`` / ``Sheikh Hasina
Wazed``), and a lone given name with a regnal number names a monarch (``Абдалла II``).
:func:`given_alone` gives the given name such a partial mention names its person by; the
candidate index looks up the full names of that given name."""

from __future__ import annotations

from typing import NamedTuple

import attrs

from namefold.compare.model import Evidence, evidence
from namefold.data import tables
from namefold.names.model import ParsedName
from namefold.names.parse import REGNAL

__all__ = ["TITLED_GIVEN", "TitledReading", "given_alone", "titled_given", "titled_reading"]

TITLED_GIVEN = 0.95  # a lone word after Sir, King or Sheikh read as a given name


class TitledReading(NamedTuple):
    """A partial mention read with its lone word as a given name, the other name, and the evidence."""

    left: ParsedName
    right: ParsedName
    evidence: Evidence


def titled_given(name: ParsedName) -> ParsedName | None:
    """A lone word after a title written before given names (``tables.given_titles``:
    ``Sheikh Hasina``, ``King Hussein``) read as a given name, or None."""
    if name.kind != "surname" or len(name.surname) != 1 or not name.honorifics:
        return None
    if name.honorifics[-1] not in tables.given_titles():
        return None
    return attrs.evolve(name, given=name.surname, surname=())


def given_alone(name: ParsedName) -> str:
    """The given name a partial mention names a person by, or ``""``: a lone word after a
    title written before given names (:func:`titled_given`), or a given name with a regnal
    number (``Абдалла II``, ``Elizabeth II``)."""
    if name.kind == "given" and len(name.given) == 1 and name.generation in REGNAL:
        return name.given[0]
    alone = titled_given(name)
    return alone.given[0] if alone is not None else ""


def titled_reading(a: ParsedName, b: ParsedName) -> TitledReading | None:
    """``a``, a lone word after a title written before given names, read as a given name
    beside the full name ``b``, or None."""
    alone = titled_given(a)
    if alone is None or b.kind != "full":
        return None
    item = evidence("words", a.honorifics[-1], "-", "given name after a title", TITLED_GIVEN)
    return TitledReading(alone, b, item)
