"""Mandarin syllables: pinyin segmentation and Wade-Giles readings (namefold.text.pinyin)."""

from __future__ import annotations

import pytest

from namefold.text.pinyin import palladius_syllables_of, pinyin_syllables_of, wade_giles_readings


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("jinping", ("jin", "ping")),
        ("zhongxun", ("zhong", "xun")),
        ("enlai", ("en", "lai")),
        ("keqiang", ("ke", "qiang")),
        ("xian", ("xian",)),  # the longer syllable, not xi an
        ("zhuang", ("zhuang",)),
    ],
)
def test_pinyin_words_cut_into_syllables(word: str, syllables: tuple[str, ...]) -> None:
    assert pinyin_syllables_of(word) == syllables


@pytest.mark.parametrize("word", ["john", "smith", "yew", "loong", "lukashenko", ""])
def test_words_that_are_not_pinyin_do_not_cut(word: str) -> None:
    assert pinyin_syllables_of(word) is None


@pytest.mark.parametrize(
    ("syllable", "first"),
    [
        ("hsi", "xi"),
        ("ch'iang", "qiang"),
        ("chiang", "jiang"),
        ("tse", "ze"),
        ("tung", "dong"),
        ("hsun", "xun"),  # hsün without its umlaut
        ("tzu", "zi"),
        ("ssu", "si"),
        ("szu", "si"),
        ("jih", "ri"),
        ("k'o", "ke"),
        ("lai", "lai"),  # pypinyin's table writes lei: corrected in data/pinyin.tsv
    ],
)
def test_wade_giles_syllables_read_as_pinyin(syllable: str, first: str) -> None:
    assert wade_giles_readings(syllable)[0] == first


def test_wade_giles_without_apostrophe_keeps_both_readings() -> None:
    """``ping`` is Wade-Giles for bing, and p'ing (ping) with its apostrophe left out."""
    assert wade_giles_readings("ping") == ("bing", "ping")
    assert wade_giles_readings("p'ing") == ("ping",)
    assert wade_giles_readings("smith") == ()


def test_palladius_words_cut_into_pinyin_syllables() -> None:
    """Palladius Cyrillic cuts into syllables read as pinyin; most Russian words do not cut."""
    assert palladius_syllables_of("цзиньпин") == ("jin", "ping")
    assert palladius_syllables_of("сяопин") == ("xiao", "ping")
    assert palladius_syllables_of("ло") == ("luo",)  # not the interjection lo
    assert palladius_syllables_of("петров") is None
