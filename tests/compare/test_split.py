"""A word split by a stray space (FEBRL's corruptions, issue 18): compare.split."""

from __future__ import annotations

import pytest

from namefold import compare, parse, resolve
from namefold.compare.split import joined_readings


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Amber Black Well", "Amber Blackwell"),  # the surname split
        ("Brayd En Ryan", "Brayden Ryan"),  # the given name split
        ("Anthony Coul Son", "Anthony Coulosn"),  # split, and a typo in the other spelling
    ],
)
def test_a_word_split_by_a_space_meets_its_spelling(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.rule("split") == "joined"
    assert not c.conflict
    assert c.score >= 0.8


def test_the_split_spelling_joins_its_person() -> None:
    """The candidate index files the split name under its joined reading."""
    found = resolve(["Lucy Cla Rke", "Lucy Clarke", "Lucy Clark", "Lucy Carter"])
    person = {m.text: m.person for m in found.mentions}
    assert person["Lucy Cla Rke"] == person["Lucy Clarke"]
    assert person["Lucy Carter"] != person["Lucy Clarke"]


def test_two_given_names_are_not_read_as_one() -> None:
    """Ivan Ivanovich and Anna Maria are two listed names each, not one split word."""
    assert joined_readings(parse("Ivan Ivanovich Petrov")) == ()
    assert joined_readings(parse("Anna Maria Lee")) == ()


def test_a_joined_reading_keeps_its_name_order() -> None:
    """Kim Jong Un is read surname first; Kim Jongun would be read given name first."""
    assert compare("Kim Jong Un", "Kim Jongil").rule("split") is None
    assert compare("Kim Jong Un", "Kim Jong Il").conflict
