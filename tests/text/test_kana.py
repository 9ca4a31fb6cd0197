"""Kana to Hepburn, long vowels read once."""

from __future__ import annotations

import pytest

from namefold.text.kana import kana_to_latin
from namefold.text.normalize import normalize


@pytest.mark.parametrize(
    ("kana", "expected"),
    [
        ("オノ・ヨーコ", "ono yoko"),  # katakana, the middle dot and the long-vowel mark
        ("あべ しんぞう", "abe shinzo"),  # hiragana: shi, and ou read once
        ("おおたに しょうへい", "otani shohei"),  # oo, a small yo after shi
        ("こいずみ じゅんいちろう", "koizumi junichiro"),
        ("まっちゃ", "matcha"),  # a small tsu before ch is t
        ("ジャッキー・チェン", "jakki chen"),  # a small e after chi
        ("ティ ファ ウィ デュ ヴァ", "ti fa wi dyu va"),  # foreign sounds
        ("つ ふ ぢ づ を", "tsu fu ji zu o"),
    ],
)
def test_kana_reads_as_hepburn(kana: str, expected: str) -> None:
    assert kana_to_latin(kana) == expected


def test_other_text_is_left_as_it_is() -> None:
    assert kana_to_latin("Abe Шинзо") == "Abe Шинзо"


def test_normalize_reads_kana_names() -> None:
    assert normalize("オノ・ヨーコ") == "ono yoko"  # was "ono yo-ko" through Unidecode
