"""Synthetic people and their spellings, from namefold's own name tables.

Shared by :mod:`namefold.strategies` (Hypothesis makes the choices) and the
benchmark workload generator (a seeded ``random.Random`` makes them). This module
does not import Hypothesis.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal

import attrs

from namefold.data import tables
from namefold.names.given import name_groups, nickname_groups

__all__ = [
    "LANGUAGES",
    "SYSTEMS",
    "GivenGroup",
    "SyntheticPerson",
    "given_pool",
    "look_alikes",
    "make_person",
    "patronymic_of",
    "person_from_indexes",
    "romanize",
    "spell",
    "surname_pool",
    "typo",
]

Pick = Callable[[Sequence[Any]], Any]
Language = Literal["ru", "be", "uk"]
LANGUAGES: tuple[Language, ...] = ("ru", "be", "uk")
_FLAGS = (False, True)
_SEEDS = tuple(range(101))
SYSTEMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "ru": ("ru_bgn", "ru_icao", "ru_de", "ru_fr", "ru_pl", "ru_cs"),
        "be": ("be_passport", "be_lacinka"),
        "uk": ("uk_national",),
    }
)
_VOWELS = set("аеёиоуыэюяіїє")
_NOT_RUSSIAN = set("іўїєґ")
_SOFTENING = set("еёіюяь")
_SOFT_VOWELS = MappingProxyType({"е": "e", "ё": "o", "ю": "u", "я": "a"})
_PLAIN_CONSONANTS = set("bdfklmnprt")
_MIN_TYPO_LENGTH = 7


def _frozen_mapping(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


@attrs.frozen(kw_only=True)
class SyntheticPerson:
    """A generated person: a given-name group, a gender and a surname in Cyrillic.

    Attributes:
        given_group: the id of the given-name group (``alexander``).
        gender: ``m`` or ``f``; the surname forms follow it.
        given_latin: Latin spellings of the given name that belong to this group only.
        given_cyrillic: Cyrillic spellings of the given name (Russian, Belarusian, Ukrainian).
        surname: the surname in Cyrillic per language (``ru`` always present).
        language: the person's own language (``ru``, ``be`` or ``uk``).
        patronymic: a Russian patronymic in Cyrillic, or ``None``.
    """

    given_group: str
    gender: Literal["m", "f"]
    given_latin: tuple[str, ...]
    given_cyrillic: tuple[str, ...]
    surname: Mapping[str, str] = attrs.field(converter=_frozen_mapping)
    language: Language
    patronymic: str | None = None

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What identifies the person: given group, gender, Russian surname, patronymic."""
        return (self.given_group, self.gender, self.surname["ru"], self.patronymic or "")


# ---------------------------------------------------------------- data pools


def _is_cyrillic(word: str) -> bool:
    return all("\u0400" <= c <= "\u04ff" for c in word)


def _is_latin(word: str) -> bool:
    return all(c.isascii() and c.isalpha() for c in word)


@functools.cache
def _romanization() -> Mapping[str, Mapping[str, str]]:
    rows = tables.read_table(
        "romanization.tsv",
        ("letter", *(s for systems in SYSTEMS.values() for s in systems)),
    )
    systems = [s for group in SYSTEMS.values() for s in group]
    return MappingProxyType(
        {system: MappingProxyType({row[0]: row[i + 1] for row in rows}) for i, system in enumerate(systems)}
    )


def romanize(word: str, system: str) -> str:
    """Write a lowercase Cyrillic ``word`` in a romanization ``system`` of ``romanization.tsv``."""
    table = _romanization()[system]
    out = []
    previous = ""

    def following(i: int) -> str:
        return word[i + 1] if i + 1 < len(word) else ""

    for position, letter in enumerate(word):
        cell = table.get(letter, letter)
        if system == "be_lacinka" and letter == "л" and following(position) not in _SOFTENING:
            cell = "ł"  # Łacinka writes hard л as ł, soft л (before е ё і ю я ь) as l
        if cell == "_":  # not in this alphabet: borrow the letter's reading from a system that has it
            cell = next((t[letter] for t in _romanization().values() if t.get(letter, "_") != "_"), letter)
        if system == "be_lacinka" and previous == "л" and letter in _SOFT_VOWELS:
            cell = _SOFT_VOWELS[letter]  # after a soft l the vowel loses its i: Kalesnikava, Bialacki
        initial, _, medial = cell.partition("/")
        chosen = (
            initial if (not previous or previous in _VOWELS or previous in "ьъ" or not medial) else medial
        )
        out.append("" if chosen == "0" else chosen)
        previous = letter
    return "".join(out)


@attrs.frozen
class GivenGroup:
    """A given-name group usable for people: its id, gender, and its own Latin and Cyrillic forms."""

    group: str
    gender: str
    latin: tuple[str, ...]
    cyrillic: tuple[str, ...]


@functools.cache
def given_pool() -> tuple[GivenGroup, ...]:
    """Groups usable for people: forms that belong to this group only, simplest first."""
    pool = []
    for group in tables.given_groups():
        own = [n for n in group.names if name_groups(n) == {group.group} and not nickname_groups(n)]
        latin = tuple(sorted((n for n in own if _is_latin(n)), key=lambda n: (len(n), n)))
        cyrillic = tuple(sorted((n for n in own if _is_cyrillic(n)), key=lambda n: (len(n), n)))
        if latin and cyrillic:
            pool.append(GivenGroup(group.group, group.gender, latin, cyrillic))
    return tuple(sorted(pool, key=lambda g: (len(g.latin[0]), g.group)))


@functools.cache
def surname_pool() -> tuple[Mapping[str, str], ...]:
    """Surnames by gendered form (``ru_m``, ``ru_f``, ``be_m`` ...; empty where a language
    has none), shortest first."""
    rows = tables.read_table("surnames.tsv", ("ru_m", "ru_f", "be_m", "be_f", "uk_m", "uk_f"))
    pool = [dict(zip(("ru_m", "ru_f", "be_m", "be_f", "uk_m", "uk_f"), row, strict=True)) for row in rows]
    return tuple(MappingProxyType(p) for p in sorted(pool, key=lambda p: (len(p["ru_m"]), p["ru_m"])))


def patronymic_of(father: GivenGroup, gender: str) -> str | None:
    """A Russian patronymic from a father's name ending in a hard consonant, else ``None``."""
    russian_forms = [form for form in father.cyrillic if not set(form) & _NOT_RUSSIAN]
    if not russian_forms or father.gender != "m":
        return None
    russian = russian_forms[0]
    if russian[-1] in _VOWELS or russian[-1] in "йьъ":
        return None
    return russian + ("ович" if gender == "m" else "овна")


def make_person(
    language: Language, gender: str, group: GivenGroup, surname_index: int, father_index: int | None
) -> SyntheticPerson:
    """A person of ``group``, with the ``surname_index``-th surname (modulo) of those in ``language``
    in its ``gender`` form, and a patronymic from the ``father_index``-th given-name group, if any."""
    entries = [s for s in surname_pool() if s[f"{language}_m"]]
    entry = entries[surname_index % len(entries)]
    surname: dict[str, str] = {
        lang: entry[f"{lang}_{gender}"] for lang in LANGUAGES if entry[f"{lang}_{gender}"]
    }
    father = None if father_index is None else given_pool()[father_index]
    return SyntheticPerson(
        given_group=group.group,
        gender="m" if gender == "m" else "f",
        given_latin=group.latin,
        given_cyrillic=group.cyrillic,
        surname=surname,
        language=language,
        patronymic=patronymic_of(father, gender) if father else None,
    )


def person_from_indexes(
    *, language: Language, gender: str, group_index: int, surname_index: int, father_index: int | None
) -> SyntheticPerson:
    """:func:`make_person` with the ``group_index``-th (modulo) given-name group of ``gender``
    or of either gender: indexes that Hypothesis shrinks toward the simplest person."""
    pool = [g for g in given_pool() if g.gender in (gender, "u")]
    return make_person(language, gender, pool[group_index % len(pool)], surname_index, father_index)


def look_alikes(
    language: Language, genders: tuple[str, str], first: int, second: int, surname_index: int
) -> tuple[SyntheticPerson, SyntheticPerson]:
    """Two people of ``genders`` with one surname (each in their gendered form) and given
    names of different groups: the ``first``-th and ``second``-th (modulo) of their pools."""
    pool_a = [g for g in given_pool() if g.gender == genders[0]]
    group_a = pool_a[first % len(pool_a)]
    pool_b = [g for g in given_pool() if g.gender == genders[1] and g.group != group_a.group]
    group_b = pool_b[second % len(pool_b)]
    return (
        make_person(language, genders[0], group_a, surname_index, None),
        make_person(language, genders[1], group_b, surname_index, None),
    )


def spell(
    person: SyntheticPerson,
    pick: Pick,
    scripts: tuple[str, ...],
    honorifics: bool,
    register: bool,
    initials: bool,
    typos: bool,
) -> str:
    """One spelling of ``person``; ``pick`` makes every choice (Hypothesis, or a seeded random).

    Every choice is made whatever the script, so Hypothesis shrinks like with like and
    ends at the first script, language, system and given-name form.
    """
    script = pick(scripts)
    languages = sorted({"ru", person.language} & set(person.surname), key=lambda lang: lang != "ru")
    language = pick(languages)
    system = pick(SYSTEMS[language])
    latin_given = pick(person.given_latin)
    cyrillic_given = pick(person.given_cyrillic)
    forms = ["full", *(["register"] if register else []), *(["initial"] if initials else [])]
    form = pick(forms)
    with_patronymic = pick(_FLAGS)
    with_typo = typos and pick(_FLAGS)
    typo_seed = pick(_SEEDS)
    title = honorifics and pick(_FLAGS)
    title_on_surname = pick(_FLAGS)

    surname_cyrillic = person.surname[language]
    patronymic = person.patronymic if with_patronymic and language == "ru" else None
    if script == "cyrillic":
        given, surname = cyrillic_given, surname_cyrillic
    else:
        given, surname = latin_given, romanize(surname_cyrillic, system)
        patronymic = romanize(patronymic, system) if patronymic else None
        if with_typo:
            surname = typo(surname, typo_seed)
    given, surname = given.capitalize(), surname.capitalize()
    middle = [patronymic.capitalize()] if patronymic else []
    if form == "register":
        return f"{surname.upper()}, {' '.join([given, *middle])}"
    if form == "initial" and script == "latin":
        text = f"{given[0]}. {surname}"
    else:
        text = " ".join([given, *middle, surname])
    if title and script == "latin":
        honorific = "Mr." if person.gender == "m" else "Ms."
        return f"{honorific} {surname}" if title_on_surname else f"{honorific} {text}"
    return text


def typo(word: str, seed: int) -> str:
    """Drop one interior vowel that stands between two plain, different consonants."""
    if len(word) < _MIN_TYPO_LENGTH:
        return word
    spots = [
        i
        for i in range(2, len(word) - 3)
        if word[i] in "aeiou"
        and word[i - 1] in _PLAIN_CONSONANTS
        and word[i + 1] in _PLAIN_CONSONANTS
        and word[i - 1] != word[i + 1]
    ]
    if not spots:
        return word
    i = spots[seed % len(spots)]
    return word[:i] + word[i + 1 :]
