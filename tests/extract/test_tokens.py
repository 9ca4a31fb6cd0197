"""Reading a text as words for mention finding (namefold/extract/tokens.py)."""

from __future__ import annotations

import pytest

from namefold.extract.tokens import (
    Span,
    Token,
    adjacent,
    ends_sentence,
    is_given,
    read_tokens,
    span,
    surname_like,
)


def words(text: str) -> list[str]:
    return [token.text for token in read_tokens(text)]


def test_words_keep_inner_apostrophes_hyphens_marks_and_a_final_dot() -> None:
    text = "Mr. O'Brien met anti-Lukashenka Kalesnikava’s aide (A. G.) in 2020, Café."
    assert words(text) == [
        "Mr.",
        "O'Brien",
        "met",
        "anti-Lukashenka",
        "Kalesnikava’s",
        "aide",
        "A.",
        "G.",
        "in",
        "Café.",
    ]
    token = read_tokens(text)[1]
    assert text[token.start : token.end] == "O'Brien"


@pytest.mark.parametrize(
    ("word", "bare", "capitalised", "initial"),
    [
        ("Kalesnikava’s", "Kalesnikava", True, False),
        ("Lukashenka.", "Lukashenka", True, False),
        ("LUKASHENKA", "LUKASHENKA", True, False),
        ("US", "US", False, False),  # all capitals of three letters or fewer: an abbreviation
        ("envoy", "envoy", False, False),
        ("A.", "A", False, True),  # a single capital counts as an abbreviation, not a name
    ],
)
def test_what_a_word_looks_like(word: str, bare: str, capitalised: bool, initial: bool) -> None:
    token = Token(word, 0, len(word))
    assert token.bare == bare
    assert token.capitalised is capitalised
    assert token.initial is initial


def test_given_names_and_surnames() -> None:
    """A given name is in the table and not all capitals; an honorific is no surname."""
    maria, mr, kalesnikava, on = read_tokens("Maria Mr. Kalesnikava On")
    assert is_given(maria)
    assert not is_given(Token("MARIA", 0, 5))
    assert not is_given(kalesnikava)
    assert not is_given(on)  # too short to be taken for a given name
    assert surname_like(kalesnikava)
    assert not surname_like(mr)


def test_side_by_side_and_sentence_ends() -> None:
    text = "Dr. Novak.\nA. Novak, Latushka"
    dr, novak, initial, novak2, latushka = read_tokens(text)
    assert adjacent(text, dr, novak)
    assert not adjacent(text, novak, initial)  # a line break between them
    assert not adjacent(text, novak2, latushka)  # a comma between them
    columns = "Anthony Marcus          Anthony Marcus\tNovak"
    first, marcus, second, marcus2, novak3 = read_tokens(columns)
    assert adjacent(columns, first, marcus)
    assert not adjacent(columns, marcus, second)  # the gap between two columns of a table
    assert not adjacent(columns, marcus2, novak3)  # a tab
    assert not ends_sentence(dr)  # a title's dot
    assert ends_sentence(novak)
    assert not ends_sentence(initial)


def test_span_drops_a_final_dot_unless_an_initial_and_trims_a_possessive() -> None:
    text = "Viktar Babaryka’s lawyer met Siarhei T."
    tokens = read_tokens(text)
    assert span(text, tokens, 0, 1) == Span("Viktar Babaryka", 0, 15)
    assert span(text, tokens, 4, 5) == Span("Siarhei T.", 29, 39)
