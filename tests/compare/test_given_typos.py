"""Typos in given names (issue 18): what a typo is, and what two different names are."""

from __future__ import annotations

import pytest

from namefold import compare, resolve


def _given(a: str, b: str) -> tuple[str, float, bool]:
    found = [e for e in compare(a, b).evidence if e.feature == "given"]
    assert len(found) == 1
    return found[0].rule, found[0].factor, found[0].conflict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jacob Stoneman", "Jecob Stoneman"),  # folding moves them apart; the spellings do not
        ("Eliza Mason", "Elixa Mason"),
        ("Rebecica Trenerry", "Rebecca Trenerry"),
        ("Zoe Reid", "Zeo Reid"),  # three letters: two swapped
        ("Michael Laverty", "Micheal Laverty"),  # both listed, one a rare spelling of the other
    ],
)
def test_one_typo_in_a_given_name_merges(a: str, b: str) -> None:
    rule, factor, conflict = _given(a, b)
    assert (rule, conflict) == ("typo", False)
    assert compare(a, b).score >= 0.8 * factor


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mark Smith", "Mary Smith"),
        ("Dylan Zilm", "Dyan Zilm"),
    ],
)
def test_two_listed_names_one_letter_apart_stay_different(a: str, b: str) -> None:
    """Two names the tables list, one letter apart as written (their fold keys differ more)."""
    assert _given(a, b)[2] is True
    assert compare(a, b).score == 0.0


def test_two_typos_in_unlisted_spellings_are_weaker_evidence() -> None:
    rule, factor, conflict = _given("Nathab Priest", "Nathsan Priest")
    assert (rule, conflict) == ("typos", False)
    assert factor < _given("Nathan Priest", "Nathsan Priest")[1]
    # a listed name two edits from another is a different name
    assert _given("Nathan Priest", "Nattaly Priest")[2] is True


def test_a_dropped_letter_is_not_a_feminine_form() -> None:
    assert _given("Charlie Stanley", "Charli Stanley")[2] is False
    assert _given("Robert Smith", "Roberta Smith")[2] is True


def test_a_typo_between_two_typos_does_not_block_the_three() -> None:
    names = ["Charlie Goode", "Charzlie Goode", "Charie Goode"]
    assert len({m.person for m in resolve(names).mentions}) == 1


def test_a_swapped_pair_merges_beside_established_surnames() -> None:
    names = ["Bailee Dent", "Dent Bailee", "Danielle Dent", "William Dent", "Magnus Boyle", "Mitchell Boyle"]
    people = [m.person for m in resolve(names).mentions]
    assert people[0] == people[1]
    assert len(set(people)) == 5


def test_a_typo_in_a_surname_ending_in_ck_is_a_typo() -> None:
    """-ck is no -цкий ending: only a vowel after the k makes one (radski / radtski)."""
    assert compare("Nicholas Lovelock", "Nicholas Loveloxk").score >= 0.8
    assert compare("Ivan Radski", "Ivan Radtski").score < 0.8


def test_a_typo_that_folding_moves_is_found_among_other_names() -> None:
    """dargavlile folds to dargaulile (v before a consonant reads as u): its spelling still
    indexes it beside dargaville, as the small-input path would find it."""
    names = ["Patrick Dargaville", "Patrick Dargavlile", "Sarah Cionci"]
    people = [m.person for m in resolve(names).mentions]
    assert people[0] == people[1] != people[2]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Artie Grant", "Arthur Grant"),
        ("Herbie Thorndyke", "Herbert Thorndyke"),
        ("Freddie Fitzroy", "Frederick Fitzroy"),
        ("Bertie Toft", "Albert Toft"),  # a diminutive of a short form (Bert) the package lists
        ("Bertie Toft", "Herbert Toft"),
    ],
)
def test_a_diminutive_of_a_formal_name_is_a_nickname(a: str, b: str) -> None:
    rule, _, conflict = _given(a, b)
    assert (rule, conflict) == ("nickname", False)


def test_two_nicknames_of_one_name_agree() -> None:
    assert _given("Billy Hammond", "Willie Hammond")[:1] == ("nickname",)


def test_a_diminutive_of_a_short_form_keeps_its_gender() -> None:
    """Vicky is no diminutive of Vic (Victor): the tables list it as a woman's name."""
    assert _given("Vicky Prout", "Victor Prout")[1:] == (0.0, True)


def test_listed_names_whose_fold_keys_meet_but_spellings_do_not_are_different() -> None:
    assert _given("Blake Ryan", "Brooke Ryan")[2] is True  # keys blake / brake
    assert _given("Sonja Wilkins", "Zane Wilkins")[2] is True
    assert _given("Edmond Strong", "Edmund Strong")[:1] == ("typo",)  # keys and spellings one edit


def test_two_typos_of_one_name_agree_with_each_other() -> None:
    assert _given("Msrion Bernstein", "Jarion Bernstein")[:1] == ("typos",)


def test_ck_after_a_polish_looking_ending_is_no_ts() -> None:
    """-ow marks Polish spellings of Russian surnames (c = ts), but never before k."""
    assert compare("Tynan Blacklow", "Tynan Blaklow").score >= 0.8
    assert compare("Anna Niemcowa", "Anna Nemtsova").score >= 0.8


def test_two_typos_in_a_long_surname_spelling() -> None:
    assert compare("Talia Silvestrino", "Talia Silvetsrhino").score >= 0.8
    assert compare("Ivan Lukashko", "Ivan Lukashuk").score < 0.8  # suffix forms stay apart


def test_three_typos_of_one_name_stay_one_cluster() -> None:
    """Two typos of one surname score too low for an edge but keep the three together."""
    names = ["Jayden Glass", "Jayden Glsas", "Jayden Glgss"]
    assert len({m.person for m in resolve(names).mentions}) == 1
    rule = next(e for e in compare("Jayden Glsas", "Jayden Glgss").evidence if e.feature == "surname")
    assert rule.rule == "typos"
    assert rule.factor < 0.8


def test_names_that_only_fold_alike_are_no_typo() -> None:
    """Fold keys one edit apart need spellings within three edits: folding joins
    romanizations of one name, not Western names that happen to fold alike."""
    assert _given("Connor Nguyen", "Tanar Nguyen")[2] is True  # keys kanar / tanar
    assert _given("Harrison Smith", "Grayson Smith")[2] is True  # garisan / graisan
    assert _given("Zmitser Ivanou", "Zmicier Ivanou")[2] is False


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("Feank Brightman", "Frankie Brightman", "feank one edit from frank, nickname of frankie"),
        ("Rifhard Quick", "Rick Quick", "rifhard one edit from richard, nickname of rick"),
        ("Arth8r Ceely", "Artie Ceely", "arth8r one edit from arthur, nickname of artie"),  # a misread letter
    ],
)
def test_a_typo_of_a_listed_name_is_compatible_with_its_nicknames(a: str, b: str, near: str) -> None:
    """An unlisted spelling one edit from a listed name is compatible with that name's
    nicknames: too weak for an edge alone (two steps: a typo and a nickname), no conflict."""
    found = [e for e in compare(a, b).evidence if e.feature == "given"]
    assert [(e.rule, e.factor, e.conflict, e.detail) for e in found] == [("typos", 0.75, False, near)]
    assert compare(a, b).score < 0.8


def test_a_typo_of_a_listed_name_still_conflicts_with_other_names() -> None:
    """Feank is one edit from Frank, no nickname of Robert: different names, as before; a
    listed name (Mark) is never read as a typo of another (Mary's nicknames)."""
    assert _given("Feank Brightman", "Robert Brightman")[1:] == (0.0, True)
    assert _given("Mark Smith", "Molly Smith")[1:] == (0.0, True)


def test_the_spellings_of_a_name_its_typo_and_its_nickname_are_one_person() -> None:
    """Rick and Rifhard conflicted, so the cross checks kept the typo out of its person."""
    found = resolve(["Richard Quick", "Rick Quick", "Rifhard Quick", "Robert Quick", "Roberf Quick"])
    assert sorted(p.names for p in found.people) == [
        ("Richard Quick", "Rick Quick", "Rifhard Quick"),
        ("Roberf Quick", "Robert Quick"),
    ]
