"""A deterministic synthetic workload: distinct name strings with their true person.

People get real given names (namefold's given-name groups), gendered surnames and
sometimes a patronymic, and are written 2 to 8 ways: romanization systems,
Cyrillic, register format, honorifics, one typo (namefold.testing.synthetic.spell).
The same size and seed always give the same names.

Surnames come from four pools, drawn with fixed weights: namefold's own surname
table (real surnames with Belarusian and Ukrainian forms), its stems with a
gendered suffix, and, from ``surname_parts.json``, ordinary roots and
adjective-noun compounds with a suffix (about 29,000 surnames in all, so that a
million names do not crowd a small pool).

No two people share a name: people with the same given-name group, gender and
surname are one person here. Real archives do hold such namesakes, but no
resolver that reads only names can tell them apart, so counting them would
measure the pool, not the resolver (``docs/limitations.md``; the ``world`` preset,
:mod:`workload_world`, has them).

The pools are read from ``workload_pools.json.gz``, made from namefold's tables at one
commit (it says which), so that a change to namefold does not change the workload it is
measured on. ``python benchmarks/workload.py --write-pools`` makes it again from the
tables as they are now: every workload number changes with it.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from namefold import parse
from namefold.compare.surname import surname_fold_key
from namefold.testing.synthetic import (
    GivenGroup,
    SyntheticPerson,
    given_pool,
    make_person,
    patronymic_of,
    spell,
    surname_pool,
)

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
        # the Russian form only (the table lists it first): Belarusian Арцём is Артём
        russian = [form for form in group.cyrillic if not set(form) & set("іўїєґэ")]
        form = min(russian, key=group.cyrillic.index, default="")
        if len(form) >= 4 and form[-1] not in "аяйьоеё":
            stems.add(form.replace("ё", "е"))
    return sorted({stem.removesuffix("ь") for stem in stems})


PARTS = Path(__file__).resolve().parent / "surname_parts.json"
# How often a person's surname comes from each pool (table, stems, roots, compounds).
POOL_WEIGHTS = (0.15, 0.25, 0.3, 0.3)


def _russian_row(male: str, female: str) -> dict[str, str]:
    return {"ru_m": male, "ru_f": female, "be_m": "", "be_f": "", "uk_m": "", "uk_f": ""}


def _possessive(stem: str) -> tuple[str, str]:
    """Russian spelling decides -ov or -ev: -ev after a vowel, a hushing consonant or ts
    (Андреев, Зуев, Ткачев), else -ov."""
    return ("ев", "ева") if stem[-1] in "жшчщцаеёиоуыэюя" else ("ов", "ова")


@functools.cache
def _identity(male: str) -> str:
    """What makes a masculine surname one surname: its namefold fold key, read with ё as е
    and -ev as -ov. Surnames that differ only there (Богданук / Багданук, Ковалёв /
    Ковалов) differ as spellings of one surname do, so no resolver could keep their
    bearers apart; the pools hold one of them."""
    word = male.replace("ё", "е")
    if word.endswith("ев"):
        word = word[:-2] + "ов"
    return surname_fold_key(parse(word).core_surname)


def _with_suffixes(
    stems: Sequence[str], suffixes: Sequence[tuple[str, str]], known: set[str]
) -> list[dict[str, str]]:
    """Each stem with each suffix; -ov and -ev are one suffix whose form the stem decides,
    and a surname whose identity (:func:`_identity`) is already known is not made again."""
    rows = []
    for stem in stems:
        for male, female in suffixes:
            if male in ("ов", "ев"):
                male, female = _possessive(stem)
            identity = _identity(stem + male)
            if identity not in known:
                rows.append(_russian_row(stem + male, stem + female))
                known.add(identity)
    return rows


POOLS = Path(__file__).resolve().parent / "workload_pools.json.gz"
_FIELDS = ("ru_m", "ru_f", "be_m", "be_f", "uk_m", "uk_f")


@functools.cache
def _frozen() -> dict[str, Any]:
    with gzip.open(POOLS, "rt", encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def surname_pools() -> tuple[list[dict[str, str]], ...]:
    """The four surname pools (table, table stems + suffix, roots + suffix, compounds +
    suffix), as ``workload_pools.json.gz`` holds them."""
    return tuple([dict(zip(_FIELDS, row, strict=True)) for row in pool] for pool in _frozen()["surnames"])


@functools.cache
def given_groups() -> tuple[GivenGroup, ...]:
    """The given-name groups people get, as ``workload_pools.json.gz`` holds them."""
    return tuple(
        GivenGroup(group, gender, tuple(latin), tuple(cyrillic))
        for group, gender, latin, cyrillic in _frozen()["given"]
    )


def write_pools(source: str) -> None:
    """Write ``workload_pools.json.gz`` from namefold's tables as they are now."""
    data = {
        "source": source,
        "surnames": [[[row[f] for f in _FIELDS] for row in pool] for pool in build_surname_pools()],
        "given": [[g.group, g.gender, list(g.latin), list(g.cyrillic)] for g in given_pool()],
    }
    with gzip.GzipFile(POOLS, "wb", mtime=0) as f:
        f.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def build_surname_pools() -> tuple[list[dict[str, str]], ...]:
    """The four surname pools from namefold's tables: table, table stems + suffix, roots +
    suffix, compounds + suffix."""
    parts = json.loads(PARTS.read_text(encoding="utf-8"))
    suffixes = [(male, female) for male, female in parts["suffixes"]]
    table = [dict(row) for row in surname_pool()]
    known = {_identity(row["ru_m"]) for row in table}
    stems = _with_suffixes(_stems(), SUFFIXES, known)
    roots = _with_suffixes(parts["roots"], suffixes, known)
    compounds = [
        first + "о" + second for first in parts["first_elements"] for second in parts["second_elements"]
    ]
    return table, stems, roots, _with_suffixes(compounds, suffixes, known)


def generator(preset: str) -> Callable[..., tuple[list[str], list[Any]]]:
    """The ``generate`` function of a workload preset: ``classic`` (this module) or ``world``
    (:mod:`workload_world`: frequent surnames, namesakes, relatives, partial mentions)."""
    if preset == "classic":
        return generate
    if preset == "world":
        import workload_world  # benchmarks/ is on sys.path beside this module

        return workload_world.generate
    message = f"unknown workload preset {preset!r}: classic or world"
    raise ValueError(message)


def generate(size: int, *, seed: int = 0) -> tuple[list[str], list[str]]:
    """``size`` distinct name strings and the true person id of each."""
    rng = random.Random(seed)
    pools = surname_pools()
    groups = given_groups()
    names: list[str] = []
    truth: list[str] = []
    seen_names: set[str] = set()
    seen_people: set[tuple[str, str, str]] = set()

    def pick(options: Sequence[Any]) -> Any:
        return options[rng.randrange(len(options))]

    while len(names) < size:
        surnames = rng.choices(pools, POOL_WEIGHTS)[0]
        person = _person(rng, surnames, groups)
        key = (person.given_group, person.gender, person.surname["ru"])
        if key in seen_people:
            continue
        seen_people.add(key)
        pid = "-".join((*key, person.patronymic or ""))
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
    person = make_person(rng.choice(languages), gender, rng.choice(pool), 0, None)
    patronymic = patronymic_of(groups[father], gender) if father is not None else None
    surname = {lang: row[f"{lang}_{gender}"] for lang in ("ru", "be", "uk") if row[f"{lang}_{gender}"]}
    return SyntheticPerson(
        given_group=person.given_group,
        gender=person.gender,
        given_latin=person.given_latin,
        given_cyrillic=person.given_cyrillic,
        surname=surname,
        language=person.language if person.language in surname else "ru",
        patronymic=patronymic,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write-pools", metavar="SOURCE", help="write the pools; SOURCE says from what")
    args = parser.parse_args()
    if args.write_pools:
        write_pools(args.write_pools)


if __name__ == "__main__":
    main()
