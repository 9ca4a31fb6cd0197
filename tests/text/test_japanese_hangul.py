"""Japanese in Hangul read back as Hepburn (text/japanese_hangul.py)."""

from __future__ import annotations

import pytest

from namefold.text.japanese_hangul import hepburn_readings


@pytest.mark.parametrize(
    ("word", "hepburn"),
    [
        ("아베", "abe"),
        ("신조", "shinzo"),  # ぞ zo, written 조 as じょ jo is
        ("기시", "kishi"),  # a first ㄱ is k or g
        ("노부스케", "nobusuke"),  # an inner ㅋ is k, 스 su
        ("핫토리", "hattori"),  # a final ㅅ is っ
        ("후쿠다", "fukuda"),  # 후 fu, an inner ㄷ d
        ("쓰루", "tsuru"),
        ("사토", "sato"),  # Satō: the long vowel is not written
    ],
)
def test_words_read_as_hepburn(word: str, hepburn: str) -> None:
    assert hepburn in hepburn_readings(word)


def test_an_inner_consonant_is_voiced_or_voiceless_as_written() -> None:
    assert hepburn_readings("다나카") == ("tanaka", "danaka")  # only the first ㄷ is either
    assert "kishida" in hepburn_readings("기시다")
    assert "gishita" not in hepburn_readings("기시다")


@pytest.mark.parametrize("word", ["김", "정은", "박", "서울"])
def test_korean_syllables_are_no_japanese(word: str) -> None:
    assert hepburn_readings(word) == ()
