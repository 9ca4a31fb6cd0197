"""One person written with a word more or less (namefold.compare.extra_words)."""

from __future__ import annotations

import pytest

from namefold import compare, parse, resolve
from namefold.compare.extra_words import extra_filings, extra_word_readings, surname_uncertain
from namefold.compare.given_titles import titled_given


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Fidel Castro", "Fidel Castro Ruz"),  # Spanish: the maternal surname left off
        ("Imran Khan", "Imran Khan Niazi"),  # a Pashtun tribe name left off
        ("Maryam Nawaz", "Maryam Nawaz Sharif"),
        ("Bilawal Bhutto", "Bilawal Bhutto Zardari"),
        ("Cristiano Ronaldo", "Cristiano Ronaldo dos Santos Aveiro"),  # Portuguese surnames
    ],
)
def test_a_second_surname_left_off_matches(short: str, long: str) -> None:
    c = compare(short, long)
    assert not c.conflict
    assert c.score >= 0.8
    assert any(e.feature == "words" and e.rule == "surname after" for e in c.evidence)


def test_a_second_surname_left_off_matches_across_scripts() -> None:
    assert compare("Криштиану Роналду", "Cristiano Ronaldo dos Santos Aveiro").score >= 0.8
    # in the Arabic script: the chain read from the words kept (خان / Khan), a weaker match
    c = compare("عمران خان", "Imran Khan Niazi")
    assert c.score > 0.75
    assert any(e.feature == "words" for e in c.evidence)


def test_a_given_name_of_the_census_is_no_second_surname() -> None:
    """Luther is a given name: Martin Luther is not Martin Luther King."""
    assert compare("Martin Luther", "Martin Luther King").score < 0.8


def test_after_a_given_name_of_english_usage_the_word_may_be_a_middle_name() -> None:
    """John Fitzgerald Kennedy is no John Fitzgerald: compatible, but no edge alone."""
    c = compare("John Fitzgerald", "John Fitzgerald Kennedy")
    assert not c.conflict
    assert c.score < 0.8


def test_a_different_word_is_no_surname_left_off() -> None:
    assert compare("Fidel Castro", "Fidel Cortez Ruz").score < 0.8
    assert compare("Georgina Barron", "Georgina Baron Jeffreys").score < 0.8


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Lula da Silva", "Luiz Inácio Lula da Silva"),
        ("Mahathir Mohamad", "Tun Dr. Mahathir Mohamad"),
        ("Lee Kuan Yew", "Harry Lee Kuan Yew"),
    ],
)
def test_leading_given_names_left_off_match(short: str, long: str) -> None:
    c = compare(short, long)
    assert not c.conflict
    assert c.score >= 0.8
    assert any(e.feature == "words" and e.rule == "given names before" for e in c.evidence)


def test_one_name_kept_after_a_given_name_of_english_usage_is_compatible_only() -> None:
    """Mary Elizabeth Anne Smith may be no Anne Smith: no edge alone, no conflict either."""
    for short, long in [
        ("Anne Smith", "Mary Elizabeth Anne Smith"),
        ("López Obrador", "Andrés Manuel López Obrador"),  # Andres: common in the US census
    ]:
        c = compare(short, long)
        assert not c.conflict
        assert 0.5 < c.score < 0.8


def test_a_cyrillic_name_with_leading_given_names_left_off() -> None:
    """The dropped given name's gender is not read: Luis (m) left off, Lula (f in the US
    census) is the name used, so the two are no gender conflict."""
    c = compare("Луис Инасиу Лула да Силва", "Lula da Silva")
    assert not c.conflict
    assert any(e.rule == "given names before" for e in c.evidence)


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        ("Maryam Nawaz Sharif", "Nawaz Sharif"),  # daughter of Nawaz Sharif
        ("Uday Saddam Hussein", "Saddam Hussein"),  # son of Saddam Hussein
        ("Hamza Shehbaz Sharif", "Shehbaz Sharif"),
    ],
)
def test_a_fathers_name_after_the_given_name_keeps_a_child_apart(child: str, parent: str) -> None:
    """With two given names the second is as often a father's name: no leading name dropped."""
    assert compare(child, parent).score < 0.8


def test_a_hyphenated_given_name_written_spaced() -> None:
    assert compare("Jean-Marie Le Pen", "Jean Marie Le Pen").score >= 0.95
    assert compare("Жан-Мари Ле Пен", "Jean Marie Le Pen").score >= 0.9
    # a compound name is not its first part
    assert compare("Jean-Marie Le Pen", "Jean Le Pen").conflict
    assert compare("Marine Le Pen", "Jean Marie Le Pen").conflict


def test_a_patronymic_name_has_no_extra_word_reading() -> None:
    """East Slavic names: a different patronymic stays a conflict, a missing one is no word more."""
    assert compare("Ivan Petrovich Ivanov", "Ivan Sergeevich Ivanov").conflict
    assert compare("Ivan Ivanov", "Ivan Ivanovich Ivanov").score >= 0.8
    assert extra_word_readings(parse("Ivan Ivanovich Ivanov"), parse("Ivan Ivanov")) == []


def test_extra_filings_name_the_surname_and_given_name_of_each_reading() -> None:
    filings = extra_filings(parse("Fidel Castro Ruz"))
    assert ("castro", "fidel") in filings
    assert ("silva", "lula") in extra_filings(parse("Luiz Inácio Lula da Silva"))
    assert ("pen", "jean") in extra_filings(parse("Jean-Marie Le Pen"))
    assert extra_filings(parse("Fidel Castro")) == ()


def test_surname_uncertain() -> None:
    assert surname_uncertain(parse("Fidel Castro Ruz"))
    assert not surname_uncertain(parse("John Fitzgerald Kennedy"))  # English usage
    assert not surname_uncertain(parse("Martin Luther King"))  # Luther is a given name
    assert not surname_uncertain(parse("Fidel Castro"))


def test_resolve_joins_the_forms_of_one_person() -> None:
    names = [
        "Fidel Castro",
        "Fidel Castro Ruz",
        "CASTRO RUZ, Fidel",
        "Raúl Castro",
        "Raúl Castro Ruz",
        "Raúl Modesto Castro Ruz",
    ]
    people = [m.person for m in resolve(names).mentions]
    assert people[0] == people[1] == people[2]
    assert people[3] == people[4] == people[5]
    assert people[0] != people[3]  # brothers, both Castro Ruz


def test_a_double_surname_written_alone() -> None:
    """``López Obrador`` reads as a given name and a surname; it is the filed double surname."""
    c = compare("López Obrador", "LÓPEZ OBRADOR, Andrés Manuel")
    assert not c.conflict
    assert c.score >= 0.8
    assert any(e.rule == "double surname alone" for e in c.evidence)
    assert compare("López Obrador", "LÓPEZ MATEOS, Adolfo").score < 0.8


def test_the_first_of_two_given_names_left_off_is_compatible_only() -> None:
    """``Tayyip Erdoğan`` may be ``Recep Tayyip Erdoğan``, or a son named after his father:
    no conflict, no edge alone."""
    c = compare("Tayyip Erdoğan", "Recep Tayyip Erdoğan")
    assert not c.conflict
    assert c.score < 0.8


def test_resolve_joins_a_double_surname_through_the_full_forms() -> None:
    names = [
        "Gabriel García Márquez",
        "García Márquez",
        "Gabriel José García Márquez",
        "GARCÍA MÁRQUEZ, Gabriel",
    ]
    people = {m.person for m in resolve(names).mentions}
    assert len(people) == 1


def test_a_lone_word_after_a_title_of_given_names_is_a_given_name() -> None:
    """Sheikh, Sir and King come before a given name: Sheikh Hasina is Hasina Wazed's given
    name; after Mr. the word stays a surname."""
    c = compare("Sheikh Hasina", "Sheikh Hasina Wazed")
    assert not c.conflict
    assert any(e.rule == "given name after a title" for e in c.evidence)
    assert titled_given(parse("Sheikh Hasina")) is not None
    assert titled_given(parse("Mr. Hasina")) is None
    assert compare("Mr. Winston", "Winston Churchill").score < 0.5


def test_a_titled_given_name_joins_its_only_full_name() -> None:
    names = ["Sheikh Hasina Wazed", "Sheikh Hasina", "Шейх Хасина", "Sheikh Mujibur Rahman"]
    people = [m.person for m in resolve(names).mentions]
    assert people[0] == people[1] == people[2]
    assert people[3] != people[0]  # her father


def test_a_regnal_given_name_joins_the_monarch_of_that_number_only() -> None:
    names = ["Abdullah II bin Al-Hussein", "Абдалла II", "Geoffrey Rufus", "Geoffrey II"]
    people = [m.person for m in resolve(names).mentions]
    assert people[0] == people[1]
    assert people[2] != people[3]  # a regnal number on one side only


def test_a_surname_of_two_words_left_before_a_last_name() -> None:
    """Gamal Abdel-Nasser / Gamal Abdel Nasser Hussein: the hyphenated surname is two of the
    longer name's words, his father's name after them."""
    c = compare("Gamal Abdel-Nasser", "Gamal Abdel Nasser Hussein")
    assert not c.conflict
    assert c.score >= 0.8
