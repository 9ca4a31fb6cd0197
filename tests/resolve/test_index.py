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


def test_closest_keeps_the_nearest_candidates_in_order() -> None:
    """Of 50 candidates, the 40 whose normalized names are nearest the name's are kept, in
    their order: ten names of other people (Olga Sokolova) are the ones left out."""
    from namefold.resolve.index import MAX_CANDIDATES, closest

    near = [parse(f"Anna Smith{'e' * (n % 3)} {chr(97 + n % 26)}") for n in range(40)]
    far = [parse(f"Olga Sokolova {chr(97 + n)}") for n in range(10)]
    spellings = [*far[:5], *near, *far[5:]]  # the far ones at both ends
    kept = closest(parse("Anna Smith"), list(range(50)), spellings)
    assert MAX_CANDIDATES == 40
    assert kept == list(range(5, 45))
    assert closest(parse("Anna Smith"), [3, 1], spellings) == [3, 1]  # few: left as they are


def test_a_name_with_more_candidates_than_the_cap_skips_the_farthest() -> None:
    """Seven given-name spellings and eight surname spellings: 56 spellings, the first of
    which have more than 40 candidates; the pairs left out are counted, and the spellings
    make the three people they make with every pair compared (Hanna and Annie apart)."""
    import namefold

    givens = ["Anna", "Ana", "Anya", "Ann", "Anne", "Annie", "Hanna"]
    surnames = ["Smith", "Smyth", "Smithe", "Smiht", "Smitth", "Smiith", "Smeth", "Schmith"]
    names = [f"{g} {s}" for g in givens for s in surnames]
    res = namefold.resolve(names)
    assert res.stats["candidates_skipped"] > 0
    assert len({m.person for m in res.mentions}) == 3
    few = namefold.resolve(names[:30])
    assert few.stats["candidates_skipped"] == 0
