"""namefold.strategies: valid values, honoured arguments, rejected bad arguments,
and the two contracts they exist for: variants resolve together, distinct people never merge."""

from __future__ import annotations

import pytest
from hypothesis import find, given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import namefold
from namefold import strategies as nfst


@given(nfst.names())
def test_names_are_nonempty_and_parse_to_a_person(name: str) -> None:
    """Every drawn name has a surname."""
    assert name.strip()
    assert namefold.parse(name).surname


@given(nfst.names(scripts=["cyrillic"], honorifics=False, register=False))
def test_cyrillic_only_names(name: str) -> None:
    """scripts=['cyrillic'] gives Cyrillic letters only."""
    assert all("\u0400" <= c <= "\u04ff" for c in name if c.isalpha())


@given(nfst.names(scripts=["latin"], honorifics=False, register=False))
def test_latin_names_without_titles_or_commas(name: str) -> None:
    """honorifics=False and register=False are honoured."""
    assert "," not in name
    assert not name.startswith(("Mr.", "Ms."))
    assert all(not ("\u0400" <= c <= "\u04ff") for c in name)


@given(nfst.people(languages=["be"], genders=["f"]))
def test_people_honour_language_and_gender(person: nfst.SyntheticPerson) -> None:
    """A Belarusian woman has a Belarusian surname form and a female or unisex given name."""
    assert person.language == "be"
    assert person.gender == "f"
    assert "be" in person.surname


@given(nfst.people(patronymics=False).flatmap(lambda p: st.tuples(st.just(p), nfst.spellings(p))))
def test_gender_hints_never_contradict_the_person(pair: tuple[nfst.SyntheticPerson, str]) -> None:
    """When namefold reads a gender from a generated spelling, it is the person's gender."""
    person, spelling = pair
    assert namefold.parse(spelling).gender in (None, person.gender)


@given(nfst.variants())
def test_variants_of_one_person_resolve_together(spellings: list[str]) -> None:
    """All spellings of one person end up in one person."""
    res = namefold.resolve(spellings)
    people = {m.person for m in res.mentions}
    assert len(people) == 1, namefold.explain(spellings[0], spellings[-1])


@given(nfst.distinct_people(), st.data())
def test_distinct_people_never_merge(pair, data) -> None:  # type: ignore[no-untyped-def]
    """Spouses, parents and children, namesakes: no person holds spellings of both."""
    a, b, _ = pair
    names_a = data.draw(
        st.lists(nfst.spellings(a, honorifics=False, register=False, initials=False), min_size=1, max_size=3)
    )
    names_b = data.draw(
        st.lists(nfst.spellings(b, honorifics=False, register=False, initials=False), min_size=1, max_size=3)
    )
    res = namefold.resolve([*names_a, *names_b])
    owners_a = {m.person for m in res.mentions[: len(names_a)]}
    owners_b = {m.person for m in res.mentions[len(names_a) :]}
    assert not owners_a & owners_b


def test_people_shrink_to_the_simplest_pool_entries() -> None:
    """The minimal person is a Russian man, first given-name group, shortest surname, no patronymic."""
    smallest = find(nfst.people(), lambda _: True)
    assert (smallest.language, smallest.gender, smallest.patronymic) == ("ru", "m", None)
    assert smallest.surname["ru"] == min(
        (
            row[0]
            for row in namefold.data.tables.read_table(
                "surnames.tsv", ("ru_m", "ru_f", "be_m", "be_f", "uk_m", "uk_f")
            )
        ),
        key=lambda s: (len(s), s),
    )


def test_names_shrink_to_a_short_name() -> None:
    """The minimal name is a short two-word name. Which one Hypothesis's shrinker reaches
    varies with the modules a process has imported, even derandomized (``Назар Сорокин``,
    or ``GONTCHARENKO, Raimund`` on the same code with one module fewer imported): a
    register form of two words is short enough."""
    smallest = find(nfst.names(), lambda _: True)
    assert len(smallest.split()) == 2
    assert len(smallest) <= 24


@pytest.mark.parametrize(
    "strategy",
    [
        nfst.names(languages=["xx"]),  # type: ignore[list-item]
        nfst.names(scripts="latin"),
        nfst.people(genders=[]),
        nfst.people(patronymics="yes"),  # type: ignore[arg-type]
        nfst.variants(min_size=3, max_size=2),
        nfst.spellings("Lukashenko"),  # type: ignore[arg-type]
        nfst.distinct_people(relations=["cousins"]),  # type: ignore[list-item]
    ],
)
def test_bad_arguments_raise_invalid_argument(strategy: st.SearchStrategy[object]) -> None:
    """Arguments are validated when the strategy is first drawn from."""
    with pytest.raises(InvalidArgument):
        find(strategy, lambda _: True)
