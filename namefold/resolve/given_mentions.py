"""Partial mentions that name a person by a given name alone: a lone word after a title
written before given names (``Sheikh Hasina``) and a given name with a regnal number
(``Абдалла II``), found among the full names of that given name
(:func:`namefold.compare.given_titles.given_alone`)."""

from __future__ import annotations

from namefold.compare.given_titles import given_alone
from namefold.names.arabic import arabic_reading, is_arabic_structured
from namefold.names.model import ParsedName
from namefold.resolve.index import CandidateIndex

__all__ = ["given_name_candidates"]


def given_name_candidates(index: CandidateIndex, parsed: ParsedName) -> set[int]:
    """Indexed full names whose first given name the partial mention ``parsed`` names its
    person by; with a regnal number, only those of that number (``Geoffrey II`` is no
    ``Geoffrey Rufus``)."""
    alone = given_alone(parsed)
    if not alone:
        return set()
    found = index.full_by_given(alone)
    if parsed.kind == "given":  # a regnal number
        return {k for k in found if _generation(index.parsed[k]) == parsed.generation}
    return found


def _generation(parsed: ParsedName) -> str | None:
    """A name's generation or regnal number, read as an Arabic name's where it is one
    (``Abdullah II bin Al-Hussein``)."""
    if parsed.generation or not (parsed.arabic and is_arabic_structured(parsed)):
        return parsed.generation
    return arabic_reading(parsed).generation
