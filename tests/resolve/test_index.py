"""CandidateIndex on its own: which indexed spellings a name is compared with."""

from __future__ import annotations

import pytest

from namefold import parse
from namefold.resolve.index import CandidateIndex

TEXTS = [
    "Maria Kalesnikava",  # 0: full, Belarusian spelling
    "Maria Kolesnikova",  # 1: full, Russian spelling of the same surname
    "Viktar Babaryka",  # 2: full, another person
    "Sviatlana Tsikhanouskaya",  # 3: full, another person
    "Kalesnikava",  # 4: surname only
    "Maria",  # 5: given name only
    "Mariya",  # 6: given name only, another spelling of Maria
    "Aliaksandr",  # 7: given name only, another name
    "M. Kolesnikova",  # 8: an initial and a surname
    "Maryia Kakesnikava",  # 9: full, a typo in the surname
]


@pytest.fixture(scope="module")
def index() -> CandidateIndex:
    return CandidateIndex([parse(t) for t in TEXTS], floor=0.8)


def test_full_candidates_find_romanizations_of_the_surname(index: CandidateIndex) -> None:
    """Maria Kolesnikova finds herself, her Belarusian spelling and the typo, whose given
    names are spellings of Maria; not Babaryka or Tsikhanouskaya."""
    assert index.full_candidates(parse("Maria Kolesnikova")) == [0, 1, 9]


def test_full_candidates_of_a_name_not_indexed(index: CandidateIndex) -> None:
    """A new spelling finds the indexed ones it may match."""
    assert index.full_candidates(parse("Mariya Kalesnikova")) == [0, 1, 9]
    assert index.full_candidates(parse("Maria Lukashenka")) == []


def test_full_candidates_need_a_given_name_that_can_agree(index: CandidateIndex) -> None:
    """Viktar and Maria are different names: Viktar Kalesnikava has no candidate, however
    close the surnames."""
    assert index.full_candidates(parse("Viktar Kalesnikava")) == []
    assert index.full_candidates(parse("Viktar Babaryka")) == [2]


def test_full_candidates_above_a_position(index: CandidateIndex) -> None:
    """With ``above``, only candidates at a later position."""
    assert index.full_candidates(parse("Maria Kolesnikova"), above=0) == [1, 9]
    assert index.full_candidates(parse("Maria Kolesnikova"), above=1) == [9]


def test_surname_candidates(index: CandidateIndex) -> None:
    """Full names, or partial mentions (a surname alone, an initial), whose surname is a
    neighbour of Kalesnikava: the Russian spelling and the typo are, Babaryka is not."""
    assert index.surname_candidates("kalesnikava") == [0, 1, 9]
    assert index.surname_candidates("kalesnikava", full=False, partial=True) == [4, 8]
    assert index.surname_candidates("kalesnikava", partial=True) == [0, 1, 4, 8, 9]
    assert index.surname_candidates("babaryka") == [2]
    assert index.surname_candidates("lukashenka") == []


def test_given_candidates(index: CandidateIndex) -> None:
    """Given-name-only mentions that share a given-name group: Maria and Mariya, not
    Aliaksandr."""
    assert index.given_candidates(parse("Maria")) == [5, 6]
    assert index.given_candidates(parse("Marie Curie")) == [5, 6]
    assert index.given_candidates(parse("Alexander")) == [7]
    assert index.given_candidates(parse("Viktar")) == []


def test_surname_neighbours(index: CandidateIndex) -> None:
    """The neighbours of a surname are the indexed surnames close enough to it, itself
    included when indexed."""
    assert index.neighbours.of("kalesnikava") == ("kakesnikava", "kalesnikava", "kolesnikova")
    assert index.neighbours.of("tsikhanouskaya") == ("tsikhanouskaya",)


def test_a_swapped_pair_is_found_once_whichever_side_has_a_swapped_reading() -> None:
    """``Broc Reid`` reads Reid as the given name (the tables list it, not Broc) and so has a
    swapped reading; ``Brock Reid`` (both words listed) has one too: the pair is found from
    one side only."""
    parsed = [parse("Broc Reid"), parse("Brock Reid"), parse("Sarah Cionci")]
    index = CandidateIndex(parsed, floor=0.5)
    found = [(i, k) for i, p in enumerate(parsed) for k in index.full_candidates(p, above=i) if k != i]
    assert found == [(0, 1)]
