"""Vietnamese (Hán-Việt) and Cantonese readings of Chinese names: they meet the name in
characters and its Mandarin spellings syllable by syllable, and nothing looser."""

from __future__ import annotations

import pytest

from namefold import DEFAULT_THRESHOLD as MERGE_THRESHOLD
from namefold import compare, resolve


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tập Cận Bình", "习近平"),
        ("Mao Trạch Đông", "毛泽东"),
        ("Hồ Cẩm Đào", "胡錦濤"),
        ("Lý Quang Diệu", "李光耀"),
        ("Tôn Trung Sơn", "孫中山"),
        ("Thái Anh Văn", "蔡英文"),
        ("Hồ Chí Minh", "胡志明"),
        ("Lee Siu-lung", "李小龍"),
        ("Lee Siu-lung", "李小龙"),  # simplified, read by its traditional form
        ("Sing Lung", "成龍"),
        ("Shing Lung", "成龍"),
    ],
)
def test_a_reading_meets_the_name_in_characters(a: str, b: str) -> None:
    assert compare(a, b).score == 1.0


def test_a_cantonese_spelling_of_one_syllable_meets_at_the_romanization_factor() -> None:
    found = compare("Lam Cheng Yuet-ngor", "林鄭月娥")  # ngor, listed beside ngo for 娥
    assert found.score == 0.99


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mao Trạch Đông", "Mao Zedong"),
        ("Tập Cận Bình", "Hsi Chin-p'ing"),
        ("Tập Cận Bình", "Jinping Xi"),
        ("Lee Siu-lung", "Li Xiaolong"),
        ("Lý Quang Diệu", "Li Guangyao"),
        ("Chu Ân Lai", "Zhou Enlai"),
    ],
)
def test_readings_of_one_name_in_two_systems_merge(a: str, b: str) -> None:
    found = compare(a, b)
    assert found.score >= MERGE_THRESHOLD
    assert {e.rule for e in found.evidence if e.feature in ("surname", "given")} == {"reading"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tập Bình", "习近平"),  # a syllable fewer
        ("Vương Nghị", "王毅林"),  # a syllable more (Wang Yi / Wang Yilin)
        ("Vương Nghị", "Wang Yilin"),
        ("Lý Khắc Cường", "Li Qiang"),  # Li Keqiang / Li Qiang
        ("Lý Cường", "Li Keqiang"),
        ("Lý Bình", "Li Peng"),  # 平 is no reading of peng
        ("Lee Siu-leung", "李小龍"),
        ("Nguyễn Văn An", "Nguyễn An"),
        ("Nguyễn Văn An", "Nguyễn Văn Anh"),
    ],
)
def test_different_syllables_do_not_merge(a: str, b: str) -> None:
    assert compare(a, b).score < MERGE_THRESHOLD


@pytest.mark.parametrize("other", ["Hồ Chí Minh", "Hô Chi Minh", "胡志明"])
def test_ho_chi_minh_spellings_still_meet(other: str) -> None:
    assert compare("Ho Chi Minh", other).score == 1.0


@pytest.mark.parametrize(
    ("marked", "unmarked"),
    [
        ("Võ Nguyên Giáp", "Vo Nguyen Giap"),
        ("Ngô Đình Diệm", "Ngo Dinh Diem"),
        ("Phạm Văn Đồng", "Pham Van Dong"),
    ],
)
def test_a_vietnamese_name_meets_it_without_marks(marked: str, unmarked: str) -> None:
    assert compare(marked, unmarked).score == 1.0
    resolution = resolve([marked, unmarked, "Pham Van Dung"])
    assert resolution.mentions[0].person == resolution.mentions[1].person
    assert resolution.mentions[2].person != resolution.mentions[0].person
