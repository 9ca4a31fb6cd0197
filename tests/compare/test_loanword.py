"""Foreign names in katakana or Hangul against Latin letters (compare/loanword.py, text/loanword.py)."""

from __future__ import annotations

import pytest

from namefold import compare, parse, resolve
from namefold.compare.loanword import loan_words
from namefold.text.loanword import foreign_words, latin_skeletons


def test_skeletons_drop_the_vowels_the_script_adds() -> None:
    words = foreign_words("ジャッキー・チェン")
    assert words is not None
    assert [w.skeleton for w in words] == ["JK", "JN"]
    assert "JK" in latin_skeletons("jackie")
    assert "RNT" in latin_skeletons("ronaldo")  # Portuguese l before a consonant: ロナウド


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ブルース・リー", "Bruce Lee"),
        ("ジャッキー・チェン", "Jackie Chan"),
        ("クリスティアーノ・ロナウド", "Cristiano Ronaldo"),
        ("フィンセント・ファン・ゴッホ", "Vincent van Gogh"),
        ("ルートヴィヒ・ヴァン・ベートーヴェン", "Ludwig van Beethoven"),
        ("フィンセント・ファン・ゴッホ", "Vincent Willem van Gogh"),  # one more middle name
        ("モハメド・アリ", "Muhammad Ali"),  # three consonant classes: the vowels agree too
        ("무하마드 알리", "Muhammad Ali"),  # Hangul: 드 du, eu the vowel Hangul adds
        ("무하마드 알리", "Мухаммед Али"),  # kh read as h
        ("モハメド・アリ", "무하마드 알리"),  # katakana and Hangul
        ("조 바이든", "Joe Biden"),  # 조 is a Korean surname, but 조바이든 is no Korean name
        ("도널드 트럼프", "Donald Trump"),  # 어 for English o and u
        ("ドナルド・トランプ", "Donald Trump"),  # ン before p is m
        ("존 케네디", "John Fitzgerald Kennedy"),
        ("ビル・クリントン", "William Jefferson Clinton"),  # Bill, a nickname of William
        ("힐러리 클린턴", "Hillary Rodham Clinton"),
        ("ガブリエル・ガルシア・マルケス", "Gabriel García Márquez"),
        ("ガブリエル・ガルシア＝マルケス", "Gabriel García Márquez"),  # ＝ joins a compound surname
        ("캐리 람", "Carrie Lam"),
        ("ノバク・ジョコビッチ", "Novak Djokovic"),  # dj, and a final c that was ć
    ],
)
def test_foreign_names_in_katakana_meet_their_latin_forms(a: str, b: str) -> None:
    assert compare(a, b).score >= 0.8


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ブルース・リー", "Boris Lee"),  # same consonants, another first vowel
        ("ブルース・リー", "Brandon Lee"),
        ("ハン・ガン", "Hein Gun"),  # three consonant classes, and other vowels
        ("モハメド・アリ", "Muhammad Ali Pasha"),  # the last word is another
        ("ブルース・リー", "브루스 윌리스"),  # Bruce Willis in Hangul
        ("존 케네디", "Sonia Gandhi"),  # JN KNT / SN KNT: j and s are two classes
        ("ジョン・スミス", "John Simpson"),
        ("힐러리 클린턴", "William Jefferson Clinton"),  # wife and husband: Will is no 힐러리
        ("힐러리 클린턴", "Larry Clinton"),  # Hangul writes the h
        ("クリスティアーノ・ロナウド", "Cristiano Ronaldo dos Santos Aveiro"),  # not every word
    ],
)
def test_other_names_stay_apart(a: str, b: str) -> None:
    assert compare(a, b).score < 0.8


def test_korean_and_chinese_names_in_hangul_are_no_loanwords() -> None:
    assert loan_words(parse("김 정은")) is None  # may be a Korean name: read as Korean
    assert loan_words(parse("아베 신조")) is None  # read as Japanese
    assert loan_words(parse("무하마드 알리")) is not None
    assert compare("김 정은", "Kim Jong-un").score >= 0.8  # as before


def test_katakana_names_join_their_person_in_a_resolution() -> None:
    res = resolve(["Bruce Lee", "Брюс Ли", "ブルース・リー", "Jackie Chan", "ジャッキー・チェン"])
    people = [m.person for m in res.mentions]
    assert people[0] == people[1] == people[2]
    assert people[3] == people[4] != people[0]
