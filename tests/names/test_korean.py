"""Korean names: read family first, one given name of syllables, the surname's usual spelling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from namefold import parse
from namefold.names.korean import given_key, is_korean_given, korean_surnames, loose_key, romanized_syllables


@pytest.mark.parametrize(
    ("text", "given", "surname"),
    [
        ("Kim Jong Un", "jong-un", "kim"),  # spaced syllables
        ("Kim Jong-un", "jong-un", "kim"),  # hyphenated
        ("김정은", "jeong-eun", "kim"),  # Hangul: surname and given name split
        ("Gim Jeongeun", "jeong-eun", "kim"),  # Revised Romanization, joined
        ("Kim Chŏngŭn", "chong-un", "kim"),  # McCune-Reischauer with breves
        ("Kim Chongp'il", "chong-pil", "kim"),  # McCune-Reischauer with an apostrophe
        ("Moon Jae In", "jae-in", "moon"),
        ("Mun Chaein", "chae-in", "moon"),  # Mun is Moon
        ("Pak Kŭnhye", "kun-hye", "park"),  # Pak is Park
        ("I Seungman", "seung-man", "lee"),  # I is Lee, not an initial
        ("Heung-min Son", "heung-min", "son"),  # the Western order
        ("Jong Un KIM", "jong-un", "kim"),  # the Western order, spaced syllables
        ("KIM, Jong Un", "jong-un", "kim"),  # a register's comma
        ("Lee Da-hye", "da-hye", "lee"),  # da is a syllable here, not a particle
        ("남궁민", "min", "namgung"),  # a two-syllable surname
        ("Pan Kimun", "kim-un", "ban"),  # Pan is a Korean surname here, not the Polish Mr.
        ("Han Kang", "kang", "han"),  # a one-syllable given name
        ("Kwŏn Chŏngdal", "chong-dal", "kwon"),  # a surname with a breve
        ("Ким Чен Ын", "chen eun", "kim"),  # Cyrillic, one syllable a word: read loosely
        ("Сон Хын Мин", "heun min", "son"),  # Сон read back as son (손), not Song (송)
        ("Пан Ги Мун", "gi mun", "ban"),
    ],
)
def test_korean_names_read_family_first(text: str, given: str, surname: str) -> None:
    parsed = parse(text)
    assert (parsed.given, parsed.surname, parsed.order_reason) == ((given,), (surname,), "korean surname")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Wilde",
        "Kim Basinger",
        "Lee Ann",
        "Bruce Lee",
        "Lee Siu-lung",
        "Kim",
        "Sol Malan",
        "Pan Adam",
        "Ho Chi Minh",
        "Lee Ann Kim",
        "Dan Park",
    ],
)
def test_names_that_are_not_korean_keep_their_reading(text: str) -> None:
    assert parse(text).order_reason != "korean surname"


def test_a_korean_name_is_shown_family_first() -> None:
    assert parse("KIM Jong Un").display == "Kim Jong Un"
    assert parse("Heung-min Son").display == "Heung-min Son"  # as written


def test_a_declared_order_is_kept() -> None:
    assert parse("Kim Jong-un", order="given-first").surname == ("jong-un",)


def test_given_key_reads_romanizations_alike() -> None:
    forms = ["jong-un", "chong-un", "jeong-eun"]  # press, McCune-Reischauer, Revised
    assert len({given_key(form) for form in forms}) == 1
    assert given_key("jae-in") == given_key("chae-in")
    assert given_key("suk-yeol") == given_key("seok-yeol")  # the press writes 어 as u
    assert given_key("chung-hee") == given_key("jeong-hui")
    others = ["jong-un", "jong-il", "jong-nam", "yo-jong", "jong-pil", "il-sung", "dae-jung"]
    assert len({given_key(form) for form in others}) == len(others)


def test_loose_key_reads_cyrillic_forms_alike() -> None:
    assert loose_key("chen eun") == loose_key("jong-un") == loose_key("jeong-eun")  # Ким Чен Ын
    assert loose_key("keun he") == loose_key("geun-hye")  # Пак Кын Хе
    assert loose_key("il sen") == loose_key("il-sung")  # Ким Ир Сен
    others = ["jong-un", "jong-il", "jong-nam", "yo-jong", "il-sung", "dae-jung"]
    assert len({loose_key(form) for form in others}) == len(others)


def test_korean_given_names_are_hyphenated_syllables() -> None:
    assert is_korean_given("jong-un")
    assert not is_korean_given("jean-marie")
    assert not is_korean_given("jongun")
    assert romanized_syllables("basinger") is None


def test_surname_table_reads_hangul_and_latin_forms() -> None:
    table = korean_surnames()
    assert table.hangul["김"] == "kim"
    assert table.canonical["gim"] == table.canonical["kim"] == "kim"
    assert table.canonical["rhee"] == table.canonical["yi"] == "lee"
    assert "kim" in table.shared
    assert "gim" not in table.shared


def test_a_polish_honorific_is_still_removed() -> None:
    assert parse("Pan Kowalski").honorifics == ("pan",)
    assert parse("Pan Adam").honorifics == ("pan",)  # Adam is a listed given name, not Korean


_TOKENS = ["Kim", "Lee", "I", "Pan", "Son", "Jong", "Un", "Jong-un", "Chŏngŭn", "Wilde", "Ann", "김", "정은",
           "김정은", "KIM", "Jr.", "Mr.", ",", "-", "Il-", "Da-hye", "Chongp'il", "남궁", "オノ"]  # fmt: skip


@given(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=5))
def test_any_mix_of_korean_and_other_words_parses(tokens: list[str]) -> None:
    parsed = parse(" ".join(tokens))
    if parsed.order_reason == "korean surname":
        assert len(parsed.given) == 1
        assert len(parsed.surname) == 1
