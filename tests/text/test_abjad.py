"""Names in the Arabic script (Arabic, Persian, Urdu) and Hebrew read against romanizations."""

from __future__ import annotations

import pytest

from namefold.text.abjad import (
    abjad_words,
    coarse_key,
    has_abjad,
    latin_coarse_key,
    latin_skeletons,
    transliterate,
    word_matches,
)

AGREE = [
    ("القذافي", "qaddafi"),
    ("القذافي", "gaddafi"),
    ("القذافي", "kadhafi"),
    ("معمر", "muammar"),
    ("أسامة", "osama"),
    ("أسامة", "usama"),
    ("حسين", "hussein"),
    ("حسين", "husayn"),
    ("خامنه\u200cای", "khamenei"),
    ("خامنه\u200cای", "chamenei"),
    ("روحانی", "rohani"),
    ("روحانی", "rouhani"),
    ("ظریف", "sarif"),
    ("احمدی\u200cنژاد", "ahmadinedschad"),
    ("ذوالفقار", "zulfiqar"),
    ("بھٹو", "bhutto"),
    ("یوسفزئی", "yousafzai"),
    ("جمال", "gamal"),
    ("محمد", "mehmet"),
    ("נתניהו", "netanjahu"),
    ("בנימין", "binyamin"),
    ("יצחק", "jitzchak"),
    ("שמעון", "schimon"),
]


@pytest.mark.parametrize(("word", "latin"), AGREE)
def test_a_word_in_the_script_agrees_with_its_romanizations(word: str, latin: str) -> None:
    assert word_matches(word, latin)
    assert coarse_key(word) == latin_coarse_key(latin)  # the blocking key they share


@pytest.mark.parametrize(
    ("word", "latin"),
    [("حسين", "hassan"), ("حسن", "husayn"), ("محمد", "ahmad"), ("בנימין", "benzion"), ("لادن", "laila")],
)
def test_a_long_vowel_or_a_consonant_the_romanization_lacks_keeps_words_apart(word: str, latin: str) -> None:
    assert not word_matches(word, latin)


def test_words_are_read_with_their_joiners_and_marks() -> None:
    assert abjad_words("روح\u200cالله خامنه\u200cای") == ["روحالله", "خامنةای"]
    assert abjad_words("مُحَمَّد") == ["محمد"]
    assert abjad_words("ג'ורג' בוש") == ["גורג", "בוש"]  # a geresh written as an apostrophe
    assert has_abjad("Ali علی")
    assert not has_abjad("Алі")
    assert not has_abjad("Ali")


def test_transliteration_writes_consonants_and_long_vowels() -> None:
    assert transliterate("أسامة بن لادن") == "asama bn ladn"
    assert transliterate("שמעון פרס") == "shmvn prs"


def test_romanizations_meet_through_their_consonants() -> None:
    assert latin_skeletons("rached") & latin_skeletons("rashid")
    assert latin_skeletons("dschawad") & latin_skeletons("javad")
    assert not latin_skeletons("nayef") & latin_skeletons("salman")
