"""Vietnamese names in Vietnamese letters and Cantonese names in Hong Kong spelling parse
surname first."""

from __future__ import annotations

import pytest

from namefold.names.cantonese import CANTONESE_ORDER
from namefold.names.parse import parse
from namefold.names.vietnamese import VIETNAMESE_ORDER


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [
        ("Nguyễn Văn An", ("nguyen",), ("van", "an")),  # Văn is no Dutch particle here
        ("Hồ Chí Minh", ("ho",), ("chi", "minh")),
        ("Lê Duẩn", ("le",), ("duan",)),
        ("Mao Trạch Đông", ("mao",), ("trach", "djong")),  # a first word without marks
        ("Tập Cận Bình", ("tap",), ("can", "binh")),
    ],
)
def test_a_vietnamese_name_is_read_surname_first(
    text: str, surname: tuple[str, ...], given: tuple[str, ...]
) -> None:
    parsed = parse(text)
    assert (parsed.surname, parsed.given, parsed.order_reason) == (surname, given, VIETNAMESE_ORDER)


@pytest.mark.parametrize("text", ["Ho Chi Minh", "Jérôme Lê", "Kim Il-sŏng", "Benoît Hamon"])
def test_other_names_are_not_read_as_vietnamese(text: str) -> None:
    assert parse(text).order_reason != VIETNAMESE_ORDER


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [
        ("Lee Siu-lung", ("lee",), ("siu-lung",)),
        ("Tsang Yam-kuen", ("tsang",), ("yam-kuen",)),
        ("Lam Cheng Yuet-ngor", ("lam",), ("cheng", "yuet-ngor")),
    ],
)
def test_a_cantonese_name_is_read_surname_first(
    text: str, surname: tuple[str, ...], given: tuple[str, ...]
) -> None:
    parsed = parse(text)
    assert (parsed.surname, parsed.given, parsed.order_reason) == (surname, given, CANTONESE_ORDER)


@pytest.mark.parametrize("text", ["Chiang Kai-shek", "Lee Teng-hui", "Mary Smith-Jones", "Sing Lung"])
def test_other_names_are_not_read_as_cantonese(text: str) -> None:
    assert parse(text).order_reason != CANTONESE_ORDER
