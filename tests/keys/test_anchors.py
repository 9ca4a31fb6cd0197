"""Cyrillic surnames as anchors: Serbian, Kazakh and Mongolian letters (issue 18)."""

from __future__ import annotations

import pytest

from namefold.keys.anchors import cyrillic_alike


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("вучић", "вучич"),  # Serbian ћ, Russian ч
        ("ђоковић", "джокович"),  # Serbian ђ, Russian дж
        ("тоқаев", "токаев"),  # Kazakh қ
        ("нұрсұлтан", "нурсултан"),  # Kazakh ұ
        ("хүрэлсүх", "хурэлсух"),  # Mongolian ү
        ("лукашэнка", "лукашенко"),  # still: Belarusian and Russian
    ],
)
def test_one_surname_in_two_cyrillic_orthographies(a: str, b: str) -> None:
    assert cyrillic_alike(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("вучић", "вулић"),
        ("тоқаев", "тукаев"),
        ("колесников", "калашников"),
    ],
)
def test_different_surnames_stay_apart(a: str, b: str) -> None:
    assert not cyrillic_alike(a, b)
