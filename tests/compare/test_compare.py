"""Stage 6: comparison and its evidence."""

from __future__ import annotations

import pytest

from namefold import combine, compare, explain, parse
from namefold.compare.surname import sounds_alike


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Maria Kalesnikava", "Maria Kolesnikova"),
        ("Maria Kalesnikava", "Maria Kakesnikava"),
        ("Alexander Lukashenko", "Aliaksandr Lukashenka"),
        ("Alexander Lukashenko", "Alexander Lukasheko"),
        ("Alexander Lukashenko", "Alexandre Loukachenko"),
        ("Alexander Lukashenko", "LUKASHENKA, Aliaksandr Ryhoravich"),
        ("Alexander Lukashenko", "Аляксандр Лукашэнка"),
        ("Siarhei Tsikhanouski", "Syarhey Tsikhanouski"),
        ("Sviatlana Tsikhanouskaya", "Svyatlana Tsikhanouskaya"),
        ("Sviatlana Tsikhanouskaya", "Swiatłana Cichanouska"),
        ("Boris Yeltsin", "Boris Jelzin"),
        ("Alexandre Kojevnkov", "Александр Кожевников"),  # French j = ж, and a typo
        ("Robin Nojouchkin", "Robin Nozhushkin"),  # French j = ж, ch = ш, ou = у
        ("Amber Whiet", "Amber White"),  # two letters swapped in the spelling, not in the fold key
        ("Emily Jolly", "Emily Jollyz"),  # a letter added at the end
        ("Callum Januks", "Jankus Callum"),  # a typo and the order swapped
        ("Eddy Godwin", "Edward Godwin"),  # a short form from the nicknames package
        ("Art Ceely", "Arthur Ceely"),
        ("Sir Charles Swann, 1st Baronet", "Charles Swann"),  # a peerage designation
        ("Henry, 1st Earl of Sunderland", "Henry Sunderland"),
        ("Ayatollah Ali Khamenei", "Ali Khamenei"),  # a title of another language
        ("Mohammed bin Salman", "Muhammad bin Salman"),  # Arabic given names' romanizations
        ("Usama bin Laden", "Osama bin Laden"),
        ("Muammar Gaddafi", "Muammar Qadhafi"),  # q/g and dh/dd in the surname
        ("Muammar Qadhafi", "Mouammar Kadhafi"),
    ],
)
def test_same_person_scores_high(a: str, b: str) -> None:
    """Variants of one person score at or above the default threshold."""
    assert compare(a, b).score >= 0.8, explain(a, b)


@pytest.mark.parametrize(
    ("a", "b", "feature"),
    [
        ("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya", "gender"),
        ("Viktar Babaryka", "Eduard Babaryka", "given"),
        ("Andrei Kolesnikov", "Maria Kolesnikova", "gender"),
        ("Robin Hood", "Robert Hood", "given"),
        ("Aleksandr Ivanov", "Aleksandra Ivanova", "gender"),
        ("A. Lukashenko", "Viktar Lukashenko", "given"),
        ("Ivan Ivanovich Petrov", "Ivan Sergeevich Petrov", "patronymic"),
        ("George W. Bush", "George H. W. Bush", "middle"),  # father and son
        ("John Paul Smith", "John Michael Smith", "middle"),
        ("Martin Luther King Jr.", "Martin Luther King Sr.", "generation"),
        ("Robert Smith", "Roberta Smith", "given"),  # a feminine form, not a typo
        ("Daniel Craig", "Daniela Craig", "given"),
    ],
)
def test_conflicts_forbid_a_merge(a: str, b: str, feature: str) -> None:
    """Incompatible given names, gendered forms or patronymics are conflicts with score 0."""
    result = compare(a, b)
    assert result.conflict
    assert result.score == 0.0
    assert any(e.conflict and e.feature == feature for e in result.evidence)


def test_nickname_aliases_are_not_transitive() -> None:
    """Rob~Robert and Rob~Robin, but Robin is not Robert."""
    assert not compare("Rob Hood", "Robert Hood").conflict
    assert not compare("Rob Hood", "Robin Hood").conflict
    assert compare("Robin Hood", "Robert Hood").conflict


def test_lukashevich_is_not_lukashenko() -> None:
    """A phonetically similar but different surname stays below the threshold."""
    assert compare("Alexander Lukashenko", "Alexander Lukashevich").score < 0.8


def test_swapped_names_never_score_like_an_exact_match() -> None:
    """Given and family names trading places costs score; when both orders are declared, the
    caller knows them, and no swap is read (Mr Wei Wang and Mr Wang Wei are two people)."""
    exact = compare("John Smith", "John Smith").score
    swapped = compare("John Smith", "Smith John")
    assert exact == 1.0
    assert 0 < swapped.score < exact
    assert swapped.rule("order") in ("swapped", "different order")
    declared = compare("John Smith", "Smith John", order="given-first")
    assert declared.score == 0.0
    assert declared.rule("order") != "swapped"
    assert compare("Wei Wang", "Wang Wei", order="family-first").score == 0.0


def test_score_is_reproducible_from_evidence() -> None:
    """The score is the product of the evidence factors."""
    result = compare("LUKASHENKA, Aliaksandr", "Alexandre Loukachenko")
    assert result.score == combine(result.evidence)
    assert result.rule("surname") in {"typo", "phonetic", "metaphone", "romanization"}


def test_evidence_names_the_fold_rule() -> None:
    """A romanization match says which rule folded the spellings."""
    result = compare("Kalesnikava", "Kolesnikova")
    assert result.rule("surname") == "romanization"
    assert "akanye" in result.evidence[0].detail


def test_explain_is_readable_text() -> None:
    """explain() lists each piece of evidence and the product."""
    text = explain("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya")
    assert "CONFLICT" in text
    assert "score = " in text


def test_initials_match_compatible_given_names() -> None:
    """A. Lukashenko fits Alexander (and its Belarusian form), not Viktar."""
    assert compare("A. Lukashenko", "Aliaksandr Lukashenka").score >= 0.8
    assert compare("U. Lukashenka", "Vladimir Lukashenko").score > 0


def test_non_strings_are_rejected() -> None:
    """compare() raises TypeError for a non-string argument."""
    with pytest.raises(TypeError, match="NoneType"):
        compare(None, "x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Maria Lukashko", "Maria Lukashuk"),
        ("Ivan Kovalchuk", "Ivan Kovalchykh"),
        ("Anna Malskaya", "Anna Maltskaya"),  # -ская / -цкая
        ("Ivan Radskij", "Ivan Radckij"),  # -ский / -цкий, Polish c
        ("Ivan Radsky", "Ivan Radzki"),  # German z
    ],
)
def test_suffix_forms_of_one_stem_are_different_surnames(a: str, b: str) -> None:
    """Phonetic rules ignore vowels, but a different ending keeps two surnames apart; so
    do -ский and -цкий, one letter apart once folded and alike in consonant classes."""
    assert compare(a, b).score < 0.8


def test_phonetic_rule_still_joins_spellings_with_the_same_ending() -> None:
    """Tsikhanouski and Cichanouski share skeleton and ending: a phonetic match."""
    result = compare("Siarhei Tsikhanouski", "Siarhiej Cichanouski")
    assert result.rule("surname") == "phonetic"
    assert result.score >= 0.8


@pytest.mark.parametrize(
    ("a", "b"),
    [("Aksana Ryjenko", "Аксана Рыженко"), ("Petr Kojevnikov", "Petr Kozhevnikov")],
)
def test_unmarked_french_j_reads_as_zh(a: str, b: str) -> None:
    """A j with no French marker in its word still meets ж (zh) as a romanization."""
    surname = compare(a, b).evidence[0]
    assert (surname.rule, surname.factor) == ("romanization", 0.96)


def test_german_j_still_reads_as_y() -> None:
    """Reading j as French ж is an extra chance, not a replacement: Jelzin is still Yeltsin."""
    assert compare("Boris Jelzin", "Boris Yeltsin").score >= 0.8


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("KOSODMOW, Hugh", "КОСОДУМОВ, Гуго", True),  # a dropped vowel and German s read as z
        ("Ivan Sidrova", "Ivan Sidorova", True),  # one vowel apart
        ("Ivan Kovalenko", "Ivan Kovalionok", False),  # suffix forms of one stem
        ("Ivan Salova", "Ivan Solovyova", False),
        ("Ivan Kiselev", "Ivan Kozlov", False),  # consonants shared, syllables not
        ("Ivan Radskij", "Ivan Radzkij", False),  # -ский / -цкий
        ("Ivan Zlatoukhtskii", "Ivan Sltouchskij", False),  # -цкий / -ский and a typo
        ("Zhanna Kusnezskaja", "Жанна Кузнецская", True),  # a stem ending in ц: -ц-ская
        ("Natalia Berezskaja", "Natalia Beresskaja", True),  # z may be з: -з-ская
    ],
)
def test_sounds_alike_reads_a_typo_with_a_romanization(a: str, b: str, alike: bool) -> None:
    """Established surnames are one surname when they differ as spellings of one do,
    including a dropped vowel beside a consonant that another language writes otherwise."""
    assert sounds_alike(parse(a).core_surname, parse(b).core_surname) is alike


def test_a_generation_on_one_side_only_keeps_names_apart() -> None:
    """Robert Smith may be Robert Smith Jr.'s father: below the threshold, not a conflict."""
    result = compare("Robert Smith", "Robert Smith Jr.")
    assert not result.conflict
    assert result.score < 0.8
    assert result.rule("generation") == "missing"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("George W. Bush", "George Walker Bush"),  # an initial fits its name
        ("George H. W. Bush", "George Herbert Walker Bush"),
        ("George W. Bush", "George Bush"),  # a middle name missing on one side
        ("Ann Lee", "Anna Lee"),  # two forms of a woman's name, not a feminine form
    ],
)
def test_middle_names_and_name_forms_that_agree(a: str, b: str) -> None:
    """Middle names that agree, or that one side leaves out, are no conflict."""
    assert not compare(a, b).conflict, explain(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Gabriel García Márquez", "García Márquez, Gabriel"),
        ("José Luis Rodríguez Zapatero", "José Luis Rodríguez"),
        ("Jean-Marie Le Pen", "Jean-Marie LePen"),
        ("Nicolás Maduro", "Nicolás Maduro SA"),
    ],
)
def test_double_surnames_joined_particles_and_company_forms(a: str, b: str) -> None:
    assert compare(a, b).score >= 0.9


def test_a_listed_given_name_before_the_surname_is_no_double_surname() -> None:
    assert compare("John Paul Smith", "John Paul").score < 0.5
