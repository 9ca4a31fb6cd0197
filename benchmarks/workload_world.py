"""The ``world`` workload preset: names as registers and archives hold them.

Unlike the ``classic`` preset (:mod:`workload`), people here are not all distinguishable:

- **Frequent surnames.** Surnames are drawn by rank from a Zipf–Mandelbrot curve,
  weight ``1 / (rank + 8)`` over the ~29,000 surnames of the classic pools, the real
  surnames of namefold's table ranked first. Surname frequencies follow a power law in
  every country studied (Zanette & Manrubia, *Vertical transmission of culture and the
  distribution of family names*, Physica A 295, 2001); the offset makes the commonest
  surname about 1.3% of people, as Ivanov or Smirnov are in Russia and Smith in the US.
  Given names follow the same curve with offset 3 over the given-name groups (fixed order).
- **Namesakes and relatives.** About a quarter of the people come in groups: spouses (one
  surname in its two gendered forms), a father and his child (the child's patronymic is
  the father's name), siblings (one patronymic), and namesakes (one given name and surname,
  different or no patronymics). Frequent names make more namesakes by chance.
- **Partial mentions.** About a fifth of the rows are initials in both orders
  (``I. I. Ivanov``, ``Ivanov I.I.``, ``И. Иванов``), bare surnames and ``Mr. Ivanov``.
- **Scripts and marks.** Russian, Belarusian and Ukrainian Cyrillic of one person; the
  romanizations of the classic preset, a third of those with diacritics written without
  them (``Damasevic``, ``Kuprejcyk``); typos in Latin and in Cyrillic.

A string that two or more people of the workload could have written (one given name and
surname with no patronymic written, the same initials, one bare surname) cannot be placed
by names alone; its truth is ``None`` and scoring drops it (the rule
``../shared/data/README.md`` gives for identical strings, applied to what a string says).
"""

from __future__ import annotations

import functools
import itertools
import random
import unicodedata
from collections.abc import Sequence
from typing import Any

import attrs
from workload import given_groups, surname_pools  # benchmarks/ is on sys.path

from namefold.testing.synthetic import (
    SYSTEMS,
    GivenGroup,
    SyntheticPerson,
    make_person,
    patronymic_of,
    romanize,
    spell,
)

SURNAME_OFFSET = 8
GIVEN_OFFSET = 3
GROUP_SHARE = 0.13  # of units: a unit of 2-3 people; about a quarter of all people
PARTIAL_SHARE = 0.2
STRIP_MARKS_SHARE = 0.33
CYRILLIC_TYPO_SHARE = 0.1
_CYRILLIC_VOWELS = set("аеёиоуыэюяіїє")
_NO_DECOMPOSITION = str.maketrans("łŁđĐ", "lLdD")


@functools.cache
def _surnames() -> tuple[list[dict[str, str]], list[float]]:
    """Every surname of the classic pools, in rank order, with the cumulative Zipf–Mandelbrot weights."""
    table, *rest = surname_pools()
    ranked_table = sorted(table, key=lambda row: row["ru_m"])
    ranked_rest = sorted((row for pool in rest for row in pool), key=lambda row: row["ru_m"])
    random.Random(1).shuffle(ranked_table)
    random.Random(2).shuffle(ranked_rest)
    rows = [dict(row) for row in ranked_table + ranked_rest]
    return rows, list(itertools.accumulate(1 / (rank + SURNAME_OFFSET) for rank in range(1, len(rows) + 1)))


@functools.cache
def _givens() -> tuple[list[GivenGroup], list[float]]:
    groups = sorted(given_groups(), key=lambda g: g.group)
    random.Random(3).shuffle(groups)
    return groups, list(itertools.accumulate(1 / (rank + GIVEN_OFFSET) for rank in range(1, len(groups) + 1)))


@attrs.frozen
class _Draw:
    """The seeded choices of one workload."""

    rng: random.Random

    def pick(self, options: Sequence[Any]) -> Any:
        return options[self.rng.randrange(len(options))]

    def surname(self) -> dict[str, str]:
        rows, weights = _surnames()
        return self.rng.choices(rows, cum_weights=weights)[0]

    def given(self, gender: str, *, other_than: str = "") -> GivenGroup:
        groups, weights = _givens()
        while True:
            group = self.rng.choices(groups, cum_weights=weights)[0]
            if group.gender in (gender, "u") and group.group != other_than:
                return group


def _person(
    draw: _Draw, gender: str, surname: dict[str, str], group: GivenGroup, father: GivenGroup | None
) -> SyntheticPerson:
    languages = ["ru", *(lang for lang in ("be", "uk") if surname[f"{lang}_m"])]
    base = make_person(draw.pick(languages), gender, group, 0, None)
    forms = {lang: surname[f"{lang}_{gender}"] for lang in ("ru", "be", "uk") if surname[f"{lang}_{gender}"]}
    return attrs.evolve(
        base,
        surname=forms,
        language=base.language if base.language in forms else "ru",
        patronymic=patronymic_of(father, gender) if father else None,
    )


def _random_father(draw: _Draw) -> GivenGroup | None:
    return draw.given("m") if draw.rng.random() < 0.4 else None


def _unit(draw: _Draw) -> list[SyntheticPerson]:
    """One person, or a group of relatives or namesakes."""
    surname = draw.surname()
    gender = draw.pick("mf")
    if draw.rng.random() >= GROUP_SHARE:
        return [_person(draw, gender, surname, draw.given(gender), _random_father(draw))]
    kind = draw.pick(("spouses", "spouses", "parent", "parent", "siblings", "namesakes"))
    if kind == "spouses":
        return [_person(draw, g, surname, draw.given(g), _random_father(draw)) for g in "mf"]
    if kind == "parent":
        father = draw.given("m")
        parent = _person(draw, "m", surname, father, _random_father(draw))
        return [parent, _person(draw, gender, surname, draw.given(gender, other_than=father.group), father)]
    if kind == "siblings":
        father, first = draw.given("m"), draw.given(gender)
        second = draw.pick("mf")
        return [
            _person(draw, gender, surname, first, father),
            _person(draw, second, surname, draw.given(second, other_than=first.group), father),
        ]
    group = draw.given(gender)
    return [_person(draw, gender, surname, group, _random_father(draw)) for _ in range(2)]


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_NO_DECOMPOSITION))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _cyrillic_typo(text: str, surname: str, rng: random.Random) -> str:
    """Drop one interior vowel of the surname, or swap two of its interior letters."""
    words = text.split(" ")
    spot = next((i for i, w in enumerate(words) if w.strip(",").casefold() == surname), None)
    if spot is None or len(surname) < 6:
        return text
    word = words[spot].rstrip(",")
    vowels = [i for i in range(2, len(word) - 2) if word[i].casefold() in _CYRILLIC_VOWELS]
    if vowels and rng.random() < 0.5:
        i = rng.choice(vowels)
        word = word[:i] + word[i + 1 :]
    else:
        i = rng.randrange(1, len(word) - 2)
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    words[spot] = word + ("," if words[spot].endswith(",") else "")
    return " ".join(words)


@attrs.frozen
class _Written:
    """One spelling and what it says of its person: the content key that names alone can read
    (given-name group or initials, the surname in its gendered form, a patronymic if written)."""

    text: str
    content: tuple[str, ...]


def _partial(person: SyntheticPerson, draw: _Draw) -> _Written:
    """Initials in either order, a bare surname, or an honorific with the surname."""
    languages = sorted({"ru", person.language} & set(person.surname))
    language = draw.pick(languages)
    who = person.surname["ru"]
    cyrillic = draw.rng.random() < 0.35
    if cyrillic:
        given, surname = draw.pick(person.given_cyrillic), person.surname[language]
        patronymic = person.patronymic
    else:
        system = draw.pick(SYSTEMS[language])
        given, surname = draw.pick(person.given_latin), romanize(person.surname[language], system)
        patronymic = romanize(person.patronymic, system) if person.patronymic else None
    surname = surname.capitalize()
    letters = (given[0].upper(), patronymic[0].upper() if patronymic and draw.rng.random() < 0.6 else "")
    initials = " ".join(f"{letter}." for letter in letters if letter)
    form = draw.pick(("initials first", "initials first", "initials last", "bare", "honorific"))
    if form == "initials first":
        return _Written(f"{initials} {surname}", ("initials", *letters, who))
    if form == "initials last":
        written = initials.replace(" ", "") if draw.rng.random() < 0.5 else initials
        return _Written(f"{surname} {written}", ("initials", *letters, who))
    if form == "honorific" and not cyrillic:
        return _Written(f"{'Mr.' if person.gender == 'm' else 'Ms.'} {surname}", ("bare", who, person.gender))
    return _Written(surname, ("bare", who))


def _full(person: SyntheticPerson, draw: _Draw) -> _Written:
    text = spell(person, draw.pick, ("latin", "latin", "cyrillic"), True, True, False, True)
    words = [w for w in text.replace(",", " ").split() if w not in ("Mr.", "Ms.")]
    if len(words) == 1:  # the honorific with the surname alone
        return _Written(text, ("bare", person.surname["ru"], person.gender))
    patronymic = person.patronymic if len(words) >= 3 else ""
    return _Written(text, ("full", person.given_group, person.surname["ru"], patronymic or ""))


def _could_say(person: SyntheticPerson) -> set[tuple[str, ...]]:
    """Every content key that some spelling of ``person`` could have (see :class:`_Written`)."""
    who = person.surname["ru"]
    keys = {("full", person.given_group, who, ""), ("bare", who), ("bare", who, person.gender)}
    if person.patronymic:
        keys.add(("full", person.given_group, who, person.patronymic))
    givens = {form[0].upper() for form in (*person.given_latin, *person.given_cyrillic)}
    middles = {""}
    if person.patronymic:
        systems = [system for group in SYSTEMS.values() for system in group]
        middles |= {romanize(person.patronymic, system)[0].upper() for system in systems}
        middles.add(person.patronymic[0].upper())
    keys |= {("initials", given, middle, who) for given in givens for middle in middles}
    return keys


def _spelling(person: SyntheticPerson, draw: _Draw) -> _Written:
    written = _partial(person, draw) if draw.rng.random() < PARTIAL_SHARE else _full(person, draw)
    text = written.text
    if text.isascii():
        return written
    if any("\u0400" <= c <= "\u04ff" for c in text):
        if draw.rng.random() < CYRILLIC_TYPO_SHARE:
            languages = {person.surname[lang].casefold() for lang in person.surname}
            surname = next((w for w in text.replace(",", " ").split() if w.casefold() in languages), "")
            text = _cyrillic_typo(text, surname.casefold(), draw.rng)
    elif draw.rng.random() < STRIP_MARKS_SHARE:
        text = _strip_marks(text)
    return attrs.evolve(written, text=text)


def generate(size: int, *, seed: int = 0) -> tuple[list[str], list[str | None]]:
    """``size`` distinct name strings and the true person of each (``None``: a string, or what
    it says, fits two or more people)."""
    draw = _Draw(random.Random(seed))
    names: list[str] = []
    owners: dict[str, set[int]] = {}
    contents: dict[str, set[tuple[str, ...]]] = {}
    holders: dict[tuple[str, ...], set[int]] = {}  # who could be written so
    counter = itertools.count()
    while len(names) < size:
        for person in _unit(draw):
            pid = next(counter)
            for key in _could_say(person):
                holders.setdefault(key, set()).add(pid)
            wanted = draw.rng.randint(4, 20)
            written: set[str] = set()
            for _ in range(wanted * 3):
                if len(written) == wanted or len(names) >= size:
                    break
                spelling = _spelling(person, draw)
                if spelling.text in written:
                    continue
                written.add(spelling.text)
                if spelling.text not in owners:
                    owners[spelling.text], contents[spelling.text] = set(), set()
                    names.append(spelling.text)
                owners[spelling.text].add(pid)
                contents[spelling.text].add(spelling.content)
    truth = [
        f"p{min(owners[name])}"
        if len(owners[name]) == 1 and all(len(holders[c]) == 1 for c in contents[name])
        else None
        for name in names
    ]
    return names, truth
