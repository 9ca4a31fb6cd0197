"""Russian practical transcription of Latin-script words (namefold.text.transcription)."""

from __future__ import annotations

import pytest

from namefold.text.normalize import to_ascii
from namefold.text.transcription import cyrillic_key, has_cyrillic, has_latin, latin_keys, transcribes


def _cyrillic(word: str) -> str:
    return to_ascii(word).replace("'", "")


@pytest.mark.parametrize(
    ("latin", "cyrillic", "language"),
    [
        ("jackie", "Джеки", "en"),  # English j дж, ck к, ie и
        ("eugene", "Юджин", "en"),  # eu ю, g before e дж, mute final e
        ("rajiv", "Раджив", "en"),  # j дж in an Indic name in English spelling
        ("oneill", "ОНил", "en"),  # ei и, ll л
        ("charles", "Шарль", "fr"),  # French ch ш, mute -es
        ("jean-marie", "Жан-Мари", "fr"),  # French j ж, mute e
        ("marquez", "Маркес", "es"),  # Spanish qu к, z с
        ("cristiano", "Криштиану", "pt"),  # Portuguese s ш before a consonant, final o у
        ("bolsonaro", "Болсонару", "pt"),
        ("giovanni", "Джованни", "it"),  # Italian gi дж
        ("steinmeier", "Штайнмайер", "de"),  # German st шт, ei ай
        ("recep", "Реджеп", "tr"),  # Turkish c дж
    ],
)
def test_transcriptions_are_read(latin: str, cyrillic: str, language: str) -> None:
    assert transcribes(latin, _cyrillic(cyrillic)) == language


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("jan", "Джон"),  # English a is not о
        ("john", "Ян"),  # nor is j й in English, nor o а
        ("smith", "Смирнов"),
        ("bolsonaro", "Болсонаров"),
    ],
)
def test_other_words_are_not_transcriptions(latin: str, cyrillic: str) -> None:
    assert transcribes(latin, _cyrillic(cyrillic)) is None


def test_a_transcription_shares_a_coarse_key() -> None:
    for latin, cyrillic in (("jackie", "Джеки"), ("gaulle", "Голль"), ("kennedy", "Кеннеди")):
        assert cyrillic_key(_cyrillic(cyrillic)) in latin_keys(latin)
    assert cyrillic_key(_cyrillic("Смирнов")) not in latin_keys("smith")


def test_scripts_are_read_from_the_text() -> None:
    assert has_cyrillic("Джеки Чан")
    assert not has_latin("Джеки Чан")
    assert has_latin("Jackie Chan")
    assert not has_cyrillic("Jackie Chan")
