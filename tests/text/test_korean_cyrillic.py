"""Korean syllables written in Cyrillic, read back as Latin syllables."""

from __future__ import annotations

import pytest

from namefold.text.korean_cyrillic import cyrillic_syllable


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Чжэ", "jae"),  # чж is ㅈ, э is ㅐ
        ("Ын", "eun"),  # ы is ㅡ
        ("Хе", "he"),  # х is ㅎ
        ("Ир", "il"),  # a final р is ㄹ
        ("Ёль", "yeol"),  # ё is ㅕ, ль a final ㄹ
        ("Чхве", "chwe"),  # чх is ㅊ
        ("Пхё", "pyeo"),  # пх is ㅍ
    ],
)
def test_a_syllable_reads_back(cyrillic: str, latin: str) -> None:
    assert cyrillic_syllable(cyrillic) == latin


@pytest.mark.parametrize("word", ["Лукашенко", "Абэ", "Kim", "", "Ченын"])
def test_a_word_that_is_not_one_syllable_does_not(word: str) -> None:
    assert cyrillic_syllable(word) is None
