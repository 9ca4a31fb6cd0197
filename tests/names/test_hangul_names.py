"""Names in Hangul read as Chinese or Japanese names (names/hangul_names.py)."""

from __future__ import annotations

import pytest

from namefold import compare, parse
from namefold.names.hangul_names import hangul_name_text, may_be_korean, other_hangul_texts


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("시진핑", "xi jinping"),
        ("마오쩌둥", "mao zedong"),
        ("저우언라이", "zhou enlai"),
        ("왕이", "wang yi"),  # its Korean reading Wang I would leave an initial
        ("아베 신조", "Abe, Shinzo"),
        ("기시 노부스케", "Kishi, Nobusuke"),
    ],
)
def test_chinese_and_japanese_names_in_hangul(name: str, read: str) -> None:
    assert hangul_name_text(name) == read


def test_a_japanese_word_in_hangul_is_not_read_as_mandarin() -> None:
    assert hangul_name_text("후쿠다") is None  # Fukuda, though hu + ku + da are pinyin


def test_a_piece_with_several_syllables_gives_other_readings() -> None:
    assert {hangul_name_text("리펑"), *other_hangul_texts("리펑")} == {"li feng", "li peng"}
    assert hangul_name_text("장쩌민") == "jiang zemin"
    assert other_hangul_texts("장쩌민") == ("zhang zemin",)


@pytest.mark.parametrize(
    ("name", "given", "surname"),
    [  # Korean names stay Korean, as before
        ("김정은", ("jeong-eun",), ("kim",)),
        ("문재인", ("jae-in",), ("moon",)),
        ("이승만", ("seung-man",), ("lee",)),
        ("한강", ("gang",), ("han",)),  # han gang is pinyin too, but a Korean name first
        ("왕건", ("geon",), ("wang",)),
    ],
)
def test_korean_names_in_hangul_stay_korean(
    name: str, given: tuple[str, ...], surname: tuple[str, ...]
) -> None:
    assert hangul_name_text(name) is None
    parsed = parse(name)
    assert (parsed.given, parsed.surname) == (given, surname)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("시진핑", "Xi Jinping"),
        ("시진핑", "Hsi Chin-p'ing"),
        ("시진핑", "习近平"),
        ("마오쩌둥", "Mao Tse-tung"),
        ("장쩌민", "Jiang Zemin"),
        ("장제스", "Chiang Chieh-shih"),
        ("리커창", "Li Keqiang"),  # the third reading of 창: cang, chang, qiang
        ("리창", "Li Qiang"),  # two syllables after ㄹ: no Korean name in the South's spelling
        ("차이잉원", "Cai Yingwen"),
        ("아베 신조", "Shinzo Abe"),
        ("아베 신조", "安倍晋三"),
        ("기시 노부스케", "岸信介"),
    ],
)
def test_names_in_hangul_meet_their_other_spellings(a: str, b: str) -> None:
    assert compare(a, b).score >= 0.9


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("시진핑", "Xi Mingze"),  # father and daughter
        ("시진핑", "Xi Zhongxun"),  # father and son
        ("리커창", "Li Peng"),
        ("리창", "Li Peng"),
        ("리창", "Li Keqiang"),
        ("왕이", "Wang Yang"),
        ("아베 신조", "Shintaro Abe"),  # son and father
        ("아베 신조", "Akie Abe"),
        ("김정은", "Kim Jong-il"),
        ("장쩌민", "장제스"),
    ],
)
def test_names_in_hangul_keep_relatives_apart(a: str, b: str) -> None:
    assert compare(a, b).score < 0.7


def test_may_be_korean() -> None:
    assert may_be_korean("김 정은")
    assert may_be_korean("황진이")  # all pinyin syllables too (huang jin yi), but a Korean name
    assert not may_be_korean("조 바이든")  # 조 is a Korean surname, 든 no Korean reading
    assert not may_be_korean("리창")  # a first ㄹ: South Korean spelling writes 이
