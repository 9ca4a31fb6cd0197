"""Foreign names in katakana or Hangul against Latin letters (compare/loanword.py, text/loanword.py)."""

from __future__ import annotations

import pytest

from namefold import compare, resolve
from namefold.text.loanword import foreign_words, latin_skeletons


def test_skeletons_drop_the_vowels_the_script_adds() -> None:
    words = foreign_words("ジャッキー・チェン")
    assert words is not None
    assert [w.skeleton for w in words] == ["SK", "SN"]
    assert "SK" in latin_skeletons("jackie")
    assert "RNT" in latin_skeletons("ronaldo")  # Portuguese l before a consonant: ロナウド


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ブルース・リー", "Bruce Lee"),
        ("ジャッキー・チェン", "Jackie Chan"),
        ("クリスティアーノ・ロナウド", "Cristiano Ronaldo"),
        ("フィンセント・ファン・ゴッホ", "Vincent van Gogh"),
        ("ルートヴィヒ・ヴァン・ベートーヴェン", "Ludwig van Beethoven"),
    ],
)
def test_foreign_names_in_katakana_meet_their_latin_forms(a: str, b: str) -> None:
    assert compare(a, b).score >= 0.8


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ブルース・リー", "Boris Lee"),  # same consonants, another first vowel
        ("ブルース・リー", "Brandon Lee"),
        ("ハン・ガン", "Hein Gun"),  # three consonant classes: too few to tell
        ("クリスティアーノ・ロナウド", "Cristiano Ronaldo dos Santos Aveiro"),  # not every word
    ],
)
def test_other_names_stay_apart(a: str, b: str) -> None:
    assert compare(a, b).score < 0.8


def test_katakana_names_join_their_person_in_a_resolution() -> None:
    res = resolve(["Bruce Lee", "Брюс Ли", "ブルース・リー", "Jackie Chan", "ジャッキー・チェン"])
    people = [m.person for m in res.mentions]
    assert people[0] == people[1] == people[2]
    assert people[3] == people[4] != people[0]
