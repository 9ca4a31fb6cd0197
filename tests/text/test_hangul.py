"""Hangul syllables to Revised Romanization, syllable by syllable."""

from __future__ import annotations

import pytest

from namefold.text.hangul import has_hangul, romanize_syllable, syllables


@pytest.mark.parametrize(
    ("hangul", "expected"),
    [
        ("김정은", ("gim", "jeong", "eun")),  # Revised Romanization: Gim Jeong-eun
        ("박근혜", ("bak", "geun", "hye")),
        ("이승만", ("i", "seung", "man")),
        ("윤석열", ("yun", "seok", "yeol")),  # no liaison across syllables (not seogyeol)
        ("복남", ("bok", "nam")),  # the standard's own example: no assimilation in names
        ("최", ("choe",)),
        ("꽃", ("kkot",)),  # a final consonant in its representative sound
    ],
)
def test_syllables_are_revised_romanization(hangul: str, expected: tuple[str, ...]) -> None:
    assert syllables(hangul) == expected


def test_words_not_wholly_hangul_have_no_syllables() -> None:
    assert syllables("Kim") is None
    assert syllables("김a") is None
    assert syllables("") is None
    assert has_hangul("Kim 김")
    assert not has_hangul("Kim")


def test_a_non_syllable_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Hangul syllable"):
        romanize_syllable("ㄱ")  # a lone compatibility jamo
