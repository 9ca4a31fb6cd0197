"""Typos in three-letter surnames (FEBRL, issue 18): compare.short."""

from __future__ import annotations

import pytest

from namefold import compare, resolve
from namefold.resolve.verdicts import supports


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Daniel Tow", "Daniel Tqow"),  # a letter inserted
        ("Jordan Rya", "Jordan Ryan"),  # the last letter cut off
        ("Benjamin Web", "Benjamin Wbeb"),
    ],
)
def test_a_typo_in_a_three_letter_surname_merges_beside_the_same_given_name(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.rule("surname") == "short typo"
    assert c.score >= 0.8
    assert len(resolve([a, b]).people) == 1


def test_a_short_typo_and_a_given_name_typo_are_too_much() -> None:
    assert compare("Daniel Tow", "Dqniel Tqow").score < 0.8


def test_two_common_east_asian_surnames_one_letter_apart_stay_apart() -> None:
    assert compare("Tan Wei", "Tang Wei").rule("surname") == "different"
    assert compare("Yan Li", "Yang Li").score < 0.8


def test_a_bare_surname_is_no_evidence_by_a_short_typo() -> None:
    """A bare surname names a person only by a surname at least a typo of a longer one's:
    Tow is no evidence for Ann Tqow, Tqow is."""
    assert not supports(compare("Tow", "Ann Tqow"))
    assert supports(compare("Tqow", "Ann Tqow"))


def test_two_letters_swapped_in_a_three_letter_word_are_found_and_merged() -> None:
    """Vincent is listed and Wil / Wli are not: both are read surname first, and the
    candidate index finds the swap (its one-letter deletions)."""
    assert len(resolve(["Wil Vincent", "Wli Vincent"]).people) == 1


def test_one_letter_replaced_in_a_three_letter_surname_is_another_surname() -> None:
    assert compare("Thomas Hay", "Thomas Ray").rule("surname") == "different"
