"""Record-linkage corruptions (FEBRL, issue 18): a swapped name order with a typo, and a
gender read from a surname's form alone."""

from __future__ import annotations

from namefold import compare


def test_a_name_the_tables_turned_meets_its_typo_in_the_other_order() -> None:
    """Zachay is unlisted, so the tables read Hope as the given name; Zachary Hopd is the
    same words with typos, and read the other way they agree."""
    c = compare("Zachay Hope", "Zachary Hopd")
    assert not c.conflict
    assert c.rule("order") == "swapped"
    assert c.score >= 0.8


def test_two_names_of_settled_order_are_not_swapped_for_a_typo() -> None:
    """Nothing turned either name: John / Johns and Hardy / Harry each one letter apart is
    no reason to read Harry Johns as Johns Harry."""
    c = compare("John Hardy", "Harry Johns")
    assert c.rule("order") != "swapped"
    assert c.conflict


def test_a_surname_form_alone_does_not_contradict_a_given_name() -> None:
    """Melinea is unlisted (a typo), so its name's gender is read from Sherin's -in; Melinda
    Sherfn's surname has no form: a woman's name and a surname form, as in Olga Petrov."""
    c = compare("Melinda Sherfn", "Melinea Sherin")
    assert not c.conflict
    assert c.score >= 0.8


def test_two_surname_forms_still_conflict() -> None:
    assert compare("Sviatlana Tsikhanouskaya", "Sviatlan Tsikhanouski").rule("gender") == "surname form"
    assert compare("Olga Petrova", "Olgx Petrov").conflict


def test_a_swap_with_typos_between_unlisted_words_is_no_conflict() -> None:
    """Siggins / Siggyins cross with a typo and no table lists either: read swapped, the
    names agree, too weakly for an edge of their own."""
    c = compare("Barhaby Siggyins", "Siggins Barnaby")
    assert not c.conflict
    assert c.rule("order") == "swapped"
    assert c.score < 0.8


def test_a_listed_given_name_one_letter_from_a_surname_is_no_swap() -> None:
    """Harry is a given name; Harry John and Ian Hardy are not Hardy Ian read backwards."""
    assert compare("Harry John", "Ian Hardy").conflict
