"""Mandarin in Hangul by the Korean standard of foreign-word spelling (text/mandarin_hangul.py)."""

from __future__ import annotations

import pytest

from namefold.text.mandarin_hangul import hangul_pinyin, mandarin_cuts, pinyin_hangul


@pytest.mark.parametrize(
    ("pinyin", "hangul"),
    [  # the standard's examples and the Korean press's usual spellings
        ("bei", "베이"),  # 베이징 Beijing
        ("jing", "징"),
        ("tian", "톈"),  # 톈안먼 Tiananmen
        ("sun", "쑨"),  # 쑨원 Sun Wen: s ㅆ, un 운 after an initial
        ("wen", "원"),  # wen alone 원
        ("gui", "구이"),  # 구이린 Guilin: ui 우이 after an initial
        ("wei", "웨이"),
        ("xiao", "샤오"),
        ("jiang", "장"),  # after ㅈ no y: 쟝 -> 장
        ("qiang", "창"),
        ("jie", "제"),
        ("zhou", "저우"),
        ("ze", "쩌"),  # z ㅉ
        ("shi", "스"),  # -i after sh: 으
        ("dong", "둥"),  # ong 웅 after an initial
        ("weng", "웡"),
        ("xue", "쉐"),  # u after x is ü
        ("yuan", "위안"),
        ("guo", "궈"),
    ],
)
def test_pinyin_syllables_in_hangul(pinyin: str, hangul: str) -> None:
    assert pinyin_hangul(pinyin) == hangul


def test_hangul_reads_back_as_every_syllable_written_so() -> None:
    assert set(hangul_pinyin()["장"]) == {"jiang", "zhang"}
    assert set(hangul_pinyin()["창"]) == {"qiang", "chang", "cang"}


def test_a_word_is_cut_in_the_fewest_pieces() -> None:
    cuts = mandarin_cuts("후진타오")
    assert [[piece.pinyin for piece in cut] for cut in cuts] == [[("hu",), ("jin",), ("tao",)]]


@pytest.mark.parametrize("word", ["김정은", "문재인", "이승만", "박근혜", "윤석열"])
def test_korean_names_are_no_mandarin(word: str) -> None:
    assert mandarin_cuts(word) == ()
