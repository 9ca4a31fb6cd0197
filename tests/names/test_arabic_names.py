"""Arabic name structure: ism, the father's chain, the family or house, regnal numbers."""

from __future__ import annotations

import pytest

from namefold import parse
from namefold.names.arabic import arabic_reading, is_arabic_structured


def _read(text: str) -> list[tuple[str, str]]:
    return [(e.word, e.tag) for e in arabic_reading(parse(text)).elements]


@pytest.mark.parametrize(
    "text",
    ["Salman ibn Abd al-Aziz", "Salman bin Abdulaziz", "Salmane ben Abdelaziz", "Salman bin Abd-al-Aziz"],
)
def test_abd_compounds_are_one_word(text: str) -> None:
    assert _read(text) == [("salman" if "Salmane" not in text else "salmane", "ism"), ("abdalaziz", "link")]


def test_sun_letter_articles_and_compounds() -> None:
    assert (
        _read("Abd al-Fattah as-Sisi")
        == _read("Abdel Fattah el-Sisi")
        == [
            ("abdalfattah", "ism"),
            ("sisi", "family"),
        ]
    )
    assert _read("Abdurrahman Wahid")[0] == ("abdalrahman", "ism")


def test_links_family_and_regnal_numbers() -> None:
    assert _read("Mohammed bin Salman Al Saud") == [
        ("mohammed", "ism"),
        ("salman", "link"),
        ("saud", "family"),
    ]
    assert (
        _read("Haya bint Hussein") == _read("Haya bint al-Hussein") == [("haya", "ism"), ("hussein", "link")]
    )
    reading = arabic_reading(parse("Abdullah II of Jordan"))
    assert [e.word for e in reading.elements] == ["abdallah"]
    assert reading.generation == "ii"


def test_names_in_the_script_are_read_too() -> None:
    reading = arabic_reading(parse("عبد الله الثاني بن الحسين"))
    assert [e.tag for e in reading.elements] == ["ism", "link"]
    assert reading.generation == "ii"
    assert reading.elements[0].word == "عبدالله"
    assert [e.tag for e in arabic_reading(parse("سلمان بن عبد العزيز آل سعود")).elements] == [
        "ism",
        "link",
        "family",
    ]


@pytest.mark.parametrize(
    "text",
    ["Charles de Gaulle", "Al Gore", "Ben-Zion Netanyahu", "Saddam Hussein", "Fred Al Smythe", "Kim Il Sung"],
)
def test_names_without_the_marks_are_not_read_as_arabic(text: str) -> None:
    assert not is_arabic_structured(parse(text))


def test_a_word_al_alone_marks_an_arabic_name_beside_an_arabic_given_name() -> None:
    assert is_arabic_structured(parse("Ahmed Al Hakim"))
    assert is_arabic_structured(parse("Hafez al-Assad"))  # a hyphen is mark enough


def test_an_arabic_name_last_is_not_read_as_a_given_name_first() -> None:
    parsed = parse("Uday Hussein")  # Hussein is a listed given name, Uday is not
    assert parsed.given == ("uday",)
    assert parsed.surname == ("hussein",)
