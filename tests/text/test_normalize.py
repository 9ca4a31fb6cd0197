"""Stage 1: normalization."""

from __future__ import annotations

import pytest

from namefold import normalize, to_ascii


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Łukaszenka", "lukaszenka"),
        ("Лукашэнка", "lukashenka"),
        ("Šuškievič", "shushkievich"),
        ("Cichanoŭskaja", "cichanouskaja"),
        ("Ціханоўская", "tsikhanouskaia"),
        ("Zelens’kyi", "zelenskyi"),
        ("Mr. Coale", "coale"),
        ("Ms. Kalesnikava’s", "kalesnikava"),
        ("President Alexander Lukashenko", "alexander lukashenko"),
        ("A.G. Lukashenko", "a g lukashenko"),
        ("LUKASHENKA, Aliaksandr Ryhoravich", "lukashenka aliaksandr ryhoravich"),
        ("Jean–Pierre  de la  Fontaine", "jean-pierre de la fontaine"),
        ("Tikhanovskaïa", "tikhanovskaia"),
        ("Straße", "strasse"),
        ("北京", "bei jing"),
        ("Dr", "dr"),
        ("", ""),
    ],
)
def test_normalize_examples(raw: str, expected: str) -> None:
    """Diacritics fold by rule, other scripts by Unidecode; honorifics and punctuation go."""
    assert normalize(raw) == expected


def test_honorifics_kept_on_request() -> None:
    """honorifics=True keeps titles."""
    assert normalize("Mr. Coale", honorifics=True) == "mr coale"


def test_a_name_made_only_of_titles_keeps_its_last_word() -> None:
    """Stripping never empties a name."""
    assert normalize("Mr. President") == "president"


def test_to_ascii_keeps_punctuation() -> None:
    """to_ascii folds letters only."""
    assert to_ascii("Łukaszenka, A.") == "lukaszenka, a."


@pytest.mark.parametrize("bad", [None, b"Lukashenka", 42, ["Lukashenka"]])
def test_non_strings_are_rejected(bad: object) -> None:
    """A non-str gets a TypeError that names its type."""
    with pytest.raises(TypeError, match=type(bad).__name__):
        normalize(bad)  # type: ignore[arg-type]
