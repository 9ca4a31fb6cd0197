"""A name in Cyrillic against one in Latin letters: Russian transcription of foreign names
(namefold.compare.cross_script)."""

from __future__ import annotations

import pytest

from namefold import compare, resolve


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Джеки Чан", "Jackie Chan"),
        ("Шарль де Голль", "Charles de Gaulle"),
        ("Жаир Болсонару", "Jair Bolsonaro"),
        ("Криштиану Роналду", "Cristiano Ronaldo"),
        ("Юджин О’Нил", "Eugene O'Neill"),
        ("Габриэль Гарсиа Маркес", "Gabriel García Márquez"),
        ("Раджив Ганди", "Rajiv Gandhi"),
        ("Джо Байден", "Joe Biden"),
        ("Реджеп Тайип Эрдоган", "Recep Tayyip Erdoğan"),
    ],
)
def test_russian_transcriptions_meet_their_latin_spelling(cyrillic: str, latin: str) -> None:
    c = compare(cyrillic, latin)
    assert not c.conflict
    assert c.score >= 0.85, c.explain()
    assert any(e.rule == "transcription" for e in c.evidence)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Джон Смит", "Jan Smit"),  # Jan is Ян in Russian, not Джон
        ("Игорь Петров", "Egor Petrov"),  # two Russian names the table keeps apart
        ("Жаир Болсонару", "Flávio Bolsonaro"),  # relatives
        ("Джеки Чан", "Jack Chan"),
    ],
)
def test_other_names_stay_apart(cyrillic: str, latin: str) -> None:
    assert compare(cyrillic, latin).score < 0.8


def test_a_slavic_surname_is_not_read_as_a_transcription() -> None:
    """An East Slavic gendered surname is left to the fold rules: Смирнова is not Smirnoff."""
    c = compare("Мария Смирнова", "Maria Smirnoff")
    assert all(e.rule != "transcription" for e in c.evidence)


def test_transcriptions_resolve_to_their_people() -> None:
    names = [
        "Jackie Chan",
        "Джеки Чан",
        "Jair Bolsonaro",
        "Жаир Болсонару",
        "Jan Smit",
        "Джон Смит",
        "John Smith",
    ]
    people = [m.person for m in resolve(names).mentions]
    assert people[0] == people[1]
    assert people[2] == people[3]
    assert people[4] != people[5]
    assert people[5] == people[6]
    assert people[0] != people[2]
