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
        ("Майкл Джексон", "Michael Jackson"),
        ("Жак Ширак", "Jacques Chirac"),
        ("Маргарет Тэтчер", "Margaret Thatcher"),
        ("Жозе Моуринью", "José Mourinho"),
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


def test_known_given_name_and_transcribed_surname_resolve_together() -> None:
    """Шарль is in the given-name table; the candidate index still pairs Голль with Gaulle."""
    names = ["Charles de Gaulle", "Шарль де Голль", "Gabriel García Márquez", "Габриэль Гарсиа Маркес"]
    people = [m.person for m in resolve(names).mentions]
    assert people[0] == people[1]
    assert people[2] == people[3]
    assert people[0] != people[2]


def test_russian_generations_written_with_a_hyphen() -> None:
    """``Буш-младший`` is Bush Jr., ``Буш-старший`` Bush Sr.: they conflict."""
    assert compare("Джордж Буш-младший", "George Bush Jr.").score >= 0.85
    assert compare("Джордж Буш-старший", "George Bush Sr.").score >= 0.85
    assert compare("Джордж Буш-младший", "George Bush Sr.").conflict


def test_relatives_stay_apart_across_scripts() -> None:
    """A family name shared across scripts does not pull relatives together."""
    names = ["Rajiv Gandhi", "Раджив Ганди", "Rahul Gandhi", "Рахул Ганди", "Indira Gandhi", "Индира Ганди"]
    people = [m.person for m in resolve(names).mentions]
    assert people[0] == people[1]
    assert people[2] == people[3]
    assert people[4] == people[5]
    assert len({people[0], people[2], people[4]}) == 3
