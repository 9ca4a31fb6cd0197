"""A deterministic synthetic workload: distinct name strings with their true person.

People get real given names (namefold's given-name groups), gendered surnames
(namefold's surname table, plus surnames built the way East Slavic surnames are
built: a stem and a gendered suffix, so the pool is large enough for a million
names), sometimes a patronymic, and are written 2 to 8 ways: romanization systems,
Cyrillic, register format, honorifics, one typo (namefold._synthetic.spell).
The same size and seed always give the same names.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from namefold._synthetic import SyntheticPerson, given_pool, make_person, spell, surname_pool

# Suffix pairs (masculine, feminine) of Russian surnames: Ivan-ov, Kuzm-in, Vysot-sky, Shevch-enko.
SUFFIXES = (
    ("ов", "ова"),
    ("ев", "ева"),
    ("ин", "ина"),
    ("ский", "ская"),
    ("енко", "енко"),
    ("ук", "ук"),
    ("ович", "ович"),
)
_STRIP = ("ов", "ев", "ёв", "ин", "ский", "цкий", "ой", "енко", "ко", "ук", "ич", "ович", "ых", "их")


def _stems() -> list[str]:
    """Surname stems: real surnames without their suffix, and Russian given names."""
    stems = set()
    for row in surname_pool():
        word = row["ru_m"]
        for suffix in sorted(_STRIP, key=len, reverse=True):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        stems.add(word)
    for group in given_pool():
        for form in group.cyrillic:
            if len(form) >= 4 and form[-1] not in "аяйьоеё" and not set(form) & set("іўїєґ"):
                stems.add(form)
    return sorted(stems)


def _surname_rows() -> list[dict[str, str]]:
    rows = [dict(row) for row in surname_pool()]
    known = {row["ru_m"] for row in rows}
    for stem in _stems():
        for male, female in SUFFIXES:
            if stem + male not in known:
                rows.append(
                    {
                        "ru_m": stem + male,
                        "ru_f": stem + female,
                        "be_m": "",
                        "be_f": "",
                        "uk_m": "",
                        "uk_f": "",
                    }
                )
                known.add(stem + male)
    return rows


def generate(size: int, *, seed: int = 0) -> tuple[list[str], list[str]]:
    """``size`` distinct name strings and the true person id of each."""
    rng = random.Random(seed)
    surnames = _surname_rows()
    groups = given_pool()
    names: list[str] = []
    truth: list[str] = []
    seen_names: set[str] = set()
    seen_people: set[tuple[str, str, str, str]] = set()

    def pick(options: Sequence[Any]) -> Any:
        return options[rng.randrange(len(options))]

    while len(names) < size:
        person = _person(rng, surnames, groups)
        key = (person.given_group, person.gender, person.surname["ru"], person.patronymic or "")
        if key in seen_people:
            continue
        seen_people.add(key)
        pid = "-".join(key)
        for _ in range(rng.randint(2, 8)):
            name = spell(person, pick, ("latin", "latin", "cyrillic"), False, True, False, True)
            if name not in seen_names and len(names) < size:
                seen_names.add(name)
                names.append(name)
                truth.append(pid)
    return names, truth


def _person(rng: random.Random, surnames: list[dict[str, str]], groups: Sequence[Any]) -> SyntheticPerson:
    gender = rng.choice("mf")
    row = rng.choice(surnames)
    languages = ["ru", *(lang for lang in ("be", "uk") if row[f"{lang}_m"])]
    pool = [g for g in groups if g.gender in (gender, "u")]
    father = rng.randrange(len(groups)) if rng.random() < 0.3 else None
    person = make_person(rng.choice(languages), gender, rng.choice(pool), 0, father)
    surname = {lang: row[f"{lang}_{gender}"] for lang in ("ru", "be", "uk") if row[f"{lang}_{gender}"]}
    return SyntheticPerson(
        given_group=person.given_group,
        gender=person.gender,
        given_latin=person.given_latin,
        given_cyrillic=person.given_cyrillic,
        surname=surname,
        language=person.language if person.language in surname else "ru",
        patronymic=person.patronymic,
    )
