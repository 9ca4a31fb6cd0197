"""Chinese characters read as pinyin, surname first (namefold.text.han)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from namefold import normalize
from namefold.text.han import has_han, read_han


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("习近平", "xi jinping"),  # simplified
        ("習近平", "xi jinping"),  # traditional
        ("毛泽东", "mao zedong"),
        ("毛澤東", "mao zedong"),
        ("鄧小平", "deng xiaoping"),
        ("蒋介石", "jiang jieshi"),
    ],
)
def test_names_in_characters_read_surname_first_given_name_joined(text: str, expected: str) -> None:
    """A name in characters is its surname, then its given syllables as one word."""
    assert read_han(text) == expected
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("单田芳", "shan tianfang"),  # 单 is dan elsewhere, shan as a surname
        ("曾国藩", "zeng guofan"),  # ceng elsewhere
        ("区家麟", "ou jialin"),  # qu elsewhere
        ("解缙", "xie jin"),  # jie elsewhere
    ],
)
def test_surnames_take_their_surname_reading(text: str, expected: str) -> None:
    """Characters with two readings are read as surnames are read."""
    assert read_han(text) == expected


def test_compound_surnames_and_foreign_names() -> None:
    """A compound surname is one word; a name with a middle dot is foreign, read word by word."""
    assert read_han("欧阳修") == "ouyang xiu"
    assert read_han("歐陽修") == "ouyang xiu"
    assert read_han("唐纳德·特朗普") == "tangnade telangpu"


def test_text_without_han_is_left_alone() -> None:
    """Latin or Cyrillic text is not touched, and holds no Han character."""
    assert not has_han("Лукашенко Xi")
    assert read_han("Лукашенко Xi") == "Лукашенко Xi"
    assert has_han("Mr 习")


def test_import_namefold_does_not_load_pypinyin() -> None:
    """pypinyin's dictionaries load on the first name in characters, not on import."""
    code = (
        "import sys, namefold; assert 'pypinyin' not in sys.modules; "
        "namefold.normalize('习近平'); assert 'pypinyin' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
