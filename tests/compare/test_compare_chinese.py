"""Comparing Chinese names: pinyin, Wade-Giles, characters; syllables that differ conflict."""

from __future__ import annotations

import pytest

from namefold import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Xi Jinping", "Hsi Chin-p'ing"),
        ("Xi Jinping", "习近平"),
        ("Xi Jinping", "習近平"),
        ("Xi Jinping", "Xi Jin Ping"),
        ("Xi Jinping", "XI Jinping"),
        ("Mao Zedong", "Mao Tse-tung"),
        ("Mao Zedong", "毛澤東"),
        ("Zhou Enlai", "Chou En-lai"),
        ("Li Keqiang", "Li K'o-ch'iang"),
        ("Xi Jinping", "Си Цзиньпин"),  # Palladius Cyrillic
        ("Deng Xiaoping", "Дэн Сяопин"),
    ],
)
def test_spellings_of_one_chinese_name_are_identical(a: str, b: str) -> None:
    assert compare(a, b).score == 1.0


def test_wade_giles_without_apostrophes_meets_at_the_typo_factor() -> None:
    """Teng Hsiao-ping (p'ing written ping) differs from Deng Xiaoping only in aspiration."""
    assert compare("Teng Hsiao-ping", "Deng Xiaoping").score == pytest.approx(0.9)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Xi Jinping", "Xi Zhongxun"),  # father and son
        ("Li Peng", "Li Qiang"),  # one syllable each: a different syllable, not a typo
        ("Li Keqiang", "Li Qiang"),
        ("Li Xiaolong", "Li Xianlong"),  # Bruce Lee / Lee Hsien Loong
        ("李小龙", "李显龙"),
        ("Li Peng", "Li Ch'iang"),
    ],
)
def test_different_chinese_given_names_conflict(a: str, b: str) -> None:
    assert compare(a, b).conflict


def test_listed_western_given_names_keep_their_rules() -> None:
    """Anna / Ana cut into pinyin syllables too, but the given-name tables hold both: one name."""
    assert not compare("Li Anna", "Li Ana").conflict


@pytest.mark.parametrize(
    ("a", "b"), [("Li Peng", "Peng Li"), ("Wang Yi", "Yi Wang"), ("Tu Youyou", "Youyou Tu")]
)
def test_a_chinese_name_in_western_order_meets_it(a: str, b: str) -> None:
    """Given name first (Peng Li) is the same person at the order factor, not a conflict."""
    assert compare(a, b).score >= 0.95


def test_western_order_with_hyphenated_given_name_meets_wade_giles() -> None:
    """Chen-Ning Yang (given name first) is Yang Chen-ning, read Yang Zhenning."""
    assert compare("Chen-Ning Yang", "Yang Zhenning").score >= 0.95
