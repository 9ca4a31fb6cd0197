"""What words of names look like in text (namefold/extract/shapes.py, scripts.py, cues.py)."""

from __future__ import annotations

import pytest

from namefold.extract.cues import PLACE, cue_kinds, east_asian_surname, english_given
from namefold.extract.scripts import script_of
from namefold.extract.shapes import (
    after_place,
    article_name,
    connector,
    east_asian_given,
    headline_tokens,
    syllables,
)
from namefold.extract.tokens import Token, read_tokens


def token(word: str) -> Token:
    return Token(word, 0, len(word))


@pytest.mark.parametrize(
    ("word", "count"),
    [("Xi", 1), ("Jinping", 2), ("Zedong", 2), ("Un", 1), ("Myung", 1), ("Yew", 1), ("Trong", 1)],
)
def test_romanized_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


@pytest.mark.parametrize("word", ["City", "Dynasty", "Police", "River", "Avenue", "Square"])
def test_english_words_are_not_syllables(word: str) -> None:
    assert syllables(word) == 0


def test_given_name_words_after_an_east_asian_surname() -> None:
    assert east_asian_given(token("Jong-un")) == 2
    assert east_asian_given(token("Chin-p'ing")) == 2
    assert east_asian_given(token("Jinping's")) == 2
    assert east_asian_given(token("Memorial")) == 0
    assert east_asian_given(token("jinping")) == 0


def test_cue_tables() -> None:
    assert PLACE in cue_kinds("in")
    assert PLACE in cue_kinds("в")
    assert cue_kinds("lukashenko") == frozenset()
    assert east_asian_surname("kim")
    assert east_asian_surname("nguyen")
    assert not east_asian_surname("he")  # an English pronoun at the start of a sentence
    assert english_given("kevin")
    assert not english_given("june")  # a month, though the nicknames package lists it
    assert not english_given("west")  # a short form of four letters: often a word too


def test_connectors_and_articles() -> None:
    assert connector(token("bin"))
    assert connector(token("von"))
    assert not connector(token("Bin"))
    assert not connector(token("and"))
    assert article_name(token("al-Assad"))
    assert article_name(token("el-Sisi"))
    assert not article_name(token("anti-Lukashenka"))
    assert not article_name(token("al-"))


def test_after_a_preposition_of_place() -> None:
    text = "In Minsk, Lukashenko met envoys from Riyadh"
    tokens = read_tokens(text)
    assert after_place(text, tokens, 1)  # Minsk
    assert not after_place(text, tokens, 2)  # Lukashenko, after a comma
    assert after_place(text, tokens, 6)  # Riyadh


def test_headlines() -> None:
    """A title-case line without a final stop is a headline; a sentence full of names is not."""
    headline = "Trump Envoy Wins Release of Belarus Political Prisoners\nHe spoke on Monday."
    tokens = read_tokens(headline)
    assert headline_tokens(headline, tokens) == frozenset(range(8))
    sentence = "Kim Jong Un met South Korean President Moon Jae-in at Panmunjom."
    assert headline_tokens(sentence, read_tokens(sentence)) == frozenset()


@pytest.mark.parametrize(
    ("word", "script"),
    [
        ("Lukashenko", "LATIN"),
        ("Лукашэнка", "CYRILLIC"),
        ("习近平", "CJK"),
        ("김정은", "HANGUL"),
        ("القذافي", "ARABIC"),
    ],
)
def test_scripts(word: str, script: str) -> None:
    assert script_of(token(word)) == script


def test_words_keep_vowel_signs_of_indic_and_thai_scripts() -> None:
    assert [t.text for t in read_tokens("नरेन्द्र मोदी, เศรษฐา ทวีสิน")] == ["नरेन्द्र", "मोदी", "เศรษฐา", "ทวีสิน"]
