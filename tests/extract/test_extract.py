"""Finding person-name mentions in text (sentences written for these tests)."""

from __future__ import annotations

import pytest

from namefold import extract_documents, extract_mentions


def texts(text: str) -> list[str]:
    return [m.text for m in extract_mentions(text)]


def test_full_names_honorifics_and_later_surnames() -> None:
    """A full name anchors its surname; honorifics stay, role words go."""
    text = "Chancellor Pavel Latushka phoned Dr. Novak on Monday. Later Latushka said Ms. Novak agreed."
    assert texts(text) == ["Pavel Latushka", "Dr. Novak", "Latushka", "Ms. Novak"]


def test_offsets_point_at_the_mention() -> None:
    """start and end slice the mention out of the text."""
    text = "Yesterday Viktar Babaryka’s lawyer spoke."
    [mention] = extract_mentions(text)
    assert text[mention.start : mention.end] == mention.text == "Viktar Babaryka"
    assert mention.kind == "full"


def test_possessive_and_hyphenated_forms() -> None:
    """Possessives are trimmed; a known surname inside a hyphenated word is found."""
    text = (
        "Maria Kalesnikava spoke at an anti-Lukashenka rally. Kalesnikava’s sister Tatsiana Khomich agreed."
    )
    assert texts(text) == ["Maria Kalesnikava", "Kalesnikava", "Tatsiana Khomich"]
    known = extract_mentions(text, known=["Lukashenka"])
    assert [m.text for m in known] == ["Maria Kalesnikava", "Lukashenka", "Kalesnikava", "Tatsiana Khomich"]


def test_typos_of_a_known_surname_are_found() -> None:
    """A misspelled surname that folds like a known one is a mention."""
    text = "Aliaksandr Lukashenka spoke. Critics of Lukahshenka were jailed."
    assert texts(text) == ["Aliaksandr Lukashenka", "Lukahshenka"]


def test_sentence_boundary_splits_names() -> None:
    """A full stop ends a name: 'Coale. Viktar' is two mentions."""
    assert texts("They met John Coale. Viktar Babaryka was freed.") == ["John Coale", "Viktar Babaryka"]


def test_initials_and_patronymics() -> None:
    """Initials and patronymics stay inside the name; initials open one."""
    assert texts("A report by Aliaksandr Ryhoravich Lukashenka and A. G. Lukashenko") == [
        "Aliaksandr Ryhoravich Lukashenka",
        "A. G. Lukashenko",
    ]


def test_cyrillic_names() -> None:
    """Cyrillic given names anchor Cyrillic mentions."""
    assert texts("Вчера Святлана Ціханоўская сустрэлася з журналістамі. Ціханоўская сказала") == [
        "Святлана Ціханоўская",
        "Ціханоўская",
    ]


def test_role_cue_marks_a_surname() -> None:
    """A capitalised word after a role word is a mention."""
    assert texts("The envoy Kellogg arrived, and leader Tsapkala left.") == ["Kellogg", "Tsapkala"]


def test_lists_of_surnames() -> None:
    """A word listed between known surnames is a surname too, but not after a preposition."""
    text = (
        "Maria Kalesnikava and Sviatlana Tsikhanouskaya met. Tsapkala, Tsikhanouskaya and Kalesnikava posed."
    )
    assert "Tsapkala" in texts(text)
    assert "June" not in texts("Maria Kalesnikava left in June, Kalesnikava said.")


@pytest.mark.parametrize(
    "text",
    [
        "The Nobel Peace Prize went to Belarus on Saturday.",
        "Reuters and AP reported from Minsk and Vilnius.",
        "On Monday the European Union met in Brussels.",
        "",
    ],
)
def test_no_names_no_mentions(text: str) -> None:
    """Places, organisations, months and sentence starts are not people."""
    assert texts(text) == []


def test_documents_share_surnames() -> None:
    """A surname anchored in one document is found alone in another, with its document id."""
    found = extract_documents({"a": "Vladimir Putin spoke.", "b": "Putin did not."})
    assert [(m.document, m.text) for m in found] == [("a", "Vladimir Putin"), ("b", "Putin")]


def test_non_string_text_is_a_type_error() -> None:
    """extract_mentions(None) names the bad value."""
    with pytest.raises(TypeError, match="NoneType"):
        extract_mentions(None)  # type: ignore[arg-type]
