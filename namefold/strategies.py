"""Hypothesis strategies for testing pipelines that use namefold.

Install with ``pip install "namefold[hypothesis]"``. ``import namefold`` never
imports this module or Hypothesis; import it explicitly::

    from namefold import strategies as nfst

The strategies draw synthetic people from real name tables (the given-name
groups and a pool of East Slavic surnames with their gendered forms) and write
them the ways real text does: several romanization systems, the Cyrillic
original, register formats, initials, honorifics and single typos.

- :func:`people` draws a :class:`SyntheticPerson`;
- :func:`names` draws one realistic name string;
- :func:`spellings` draws one spelling of a given person, and :func:`variants`
  a list of spellings of one person that namefold must resolve together;
- :func:`distinct_people` draws two people that look alike (spouses, parent and
  child, namesakes) and must never be merged.

All arguments are keyword-only and validated when the strategy is first drawn
from (``hypothesis.errors.InvalidArgument``). Pools are ordered simplest first,
so failing examples shrink toward short Russian names in BGN/PCGN spelling.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Literal, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from namefold import _tables
from namefold._given import name_groups, nickname_groups

__all__ = [
    "LANGUAGES",
    "RELATIONS",
    "SCRIPTS",
    "SyntheticPerson",
    "distinct_people",
    "names",
    "people",
    "spellings",
    "variants",
]

Language = Literal["ru", "be", "uk"]
Relation = Literal["spouses", "parent-child", "namesakes"]
LANGUAGES: tuple[Language, ...] = ("ru", "be", "uk")
RELATIONS: tuple[Relation, ...] = ("spouses", "parent-child", "namesakes")
SCRIPTS = ("latin", "cyrillic")
_SYSTEMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
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
T = TypeVar("T")


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
    rows = _tables.read_table(
        "romanization.tsv",
        ("letter", *(s for systems in _SYSTEMS.values() for s in systems)),
    )
    systems = [s for group in _SYSTEMS.values() for s in group]
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
class _Group:
    group: str
    gender: str
    latin: tuple[str, ...]
    cyrillic: tuple[str, ...]


@functools.cache
def _given_pool() -> tuple[_Group, ...]:
    """Groups usable for people: forms that belong to this group only, simplest first."""
    pool = []
    for group in _tables.given_groups():
        own = [n for n in group.names if name_groups(n) == {group.group} and not nickname_groups(n)]
        latin = tuple(sorted((n for n in own if _is_latin(n)), key=lambda n: (len(n), n)))
        cyrillic = tuple(sorted((n for n in own if _is_cyrillic(n)), key=lambda n: (len(n), n)))
        if latin and cyrillic:
            pool.append(_Group(group.group, group.gender, latin, cyrillic))
    return tuple(sorted(pool, key=lambda g: (len(g.latin[0]), g.group)))


@functools.cache
def _surname_pool() -> tuple[Mapping[str, str], ...]:
    rows = _tables.read_table("surnames.tsv", ("ru_m", "ru_f", "be_m", "be_f", "uk_m", "uk_f"))
    pool = [dict(zip(("ru_m", "ru_f", "be_m", "be_f", "uk_m", "uk_f"), row, strict=True)) for row in rows]
    return tuple(MappingProxyType(p) for p in sorted(pool, key=lambda p: (len(p["ru_m"]), p["ru_m"])))


def _patronymic(father: _Group, gender: str) -> str | None:
    """A Russian patronymic from a father's name ending in a hard consonant, else ``None``."""
    russian_forms = [form for form in father.cyrillic if not set(form) & _NOT_RUSSIAN]
    if not russian_forms or father.gender != "m":
        return None
    russian = russian_forms[0]
    if russian[-1] in _VOWELS or russian[-1] in "йьъ":
        return None
    return russian + ("ович" if gender == "m" else "овна")


# ---------------------------------------------------------------- validation


def _check_subset(name: str, values: Sequence[str], allowed: Sequence[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Sequence):
        message = f"{name} must be a sequence of {allowed!r}, not {values!r}"
        raise InvalidArgument(message)
    chosen = tuple(values)
    unknown = [v for v in chosen if v not in allowed]
    if not chosen or unknown:
        message = f"{name}={values!r}: each value must be one of {allowed!r}, and at least one is needed"
        raise InvalidArgument(message)
    return chosen


def _is_person(value: object) -> bool:
    return isinstance(value, SyntheticPerson)


def _check_flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        message = f"{name} must be True or False, not {value!r}"
        raise InvalidArgument(message)
    return value


def _given_indexes() -> st.SearchStrategy[int]:
    return st.integers(0, len(_given_pool()) - 1)


def _surname_indexes() -> st.SearchStrategy[int]:
    return st.integers(0, len(_surname_pool()) - 1)


def _lazy(build: Callable[[], st.SearchStrategy[T]]) -> st.SearchStrategy[T]:
    """Validate arguments and build the strategy on first draw (Hypothesis's API style)."""
    return st.deferred(build)


# ---------------------------------------------------------------- strategies


def people(
    *,
    languages: Sequence[Language] = LANGUAGES,
    genders: Sequence[Literal["m", "f"]] = ("m", "f"),
    patronymics: bool = True,
) -> st.SearchStrategy[SyntheticPerson]:
    """Synthetic people with real given names and gendered surname forms.

    Args:
        languages: the people's languages, from ``("ru", "be", "uk")``.
        genders: from ``("m", "f")``.
        patronymics: allow a Russian patronymic.

    Shrinks toward a short Russian male name without patronymic.
    """

    def build() -> st.SearchStrategy[SyntheticPerson]:
        langs = _check_subset("languages", languages, LANGUAGES)
        sexes = _check_subset("genders", genders, ("m", "f"))
        with_patronymic = _check_flag("patronymics", patronymics)
        return st.builds(
            _person,
            language=st.sampled_from(langs),
            gender=st.sampled_from(sexes),
            group_index=_given_indexes(),
            surname_index=_surname_indexes(),
            father_index=st.none() | _given_indexes() if with_patronymic else st.none(),
        )

    return _lazy(build)


def _person(
    *, language: Language, gender: str, group_index: int, surname_index: int, father_index: int | None
) -> SyntheticPerson:
    pool = [g for g in _given_pool() if g.gender in (gender, "u")]
    return _make(language, gender, pool[group_index % len(pool)], surname_index, father_index)


def _make(
    language: Language, gender: str, group: _Group, surname_index: int, father_index: int | None
) -> SyntheticPerson:
    entries = [s for s in _surname_pool() if s[f"{language}_m"]]
    entry = entries[surname_index % len(entries)]
    surname: dict[str, str] = {
        lang: entry[f"{lang}_{gender}"] for lang in LANGUAGES if entry[f"{lang}_{gender}"]
    }
    father = None if father_index is None else _given_pool()[father_index]
    return SyntheticPerson(
        given_group=group.group,
        gender="m" if gender == "m" else "f",
        given_latin=group.latin,
        given_cyrillic=group.cyrillic,
        surname=surname,
        language=language,
        patronymic=_patronymic(father, gender) if father else None,
    )


@st.composite
def _spelling(
    draw: st.DrawFn,
    person: SyntheticPerson,
    scripts: tuple[str, ...],
    honorifics: bool,
    register: bool,
    initials: bool,
    typos: bool,
) -> str:
    # Every choice is drawn whatever the script, so shrinking compares like with like
    # and ends at the first script, language, system and given-name form.
    script = draw(st.sampled_from(scripts))
    languages = sorted({"ru", person.language} & set(person.surname), key=lambda lang: lang != "ru")
    language = draw(st.sampled_from(languages))
    system = draw(st.sampled_from(_SYSTEMS[language]))
    latin_given = draw(st.sampled_from(person.given_latin))
    cyrillic_given = draw(st.sampled_from(person.given_cyrillic))
    forms = ["full", *(["register"] if register else []), *(["initial"] if initials else [])]
    form = draw(st.sampled_from(forms))
    with_patronymic = draw(st.booleans())
    typo = typos and draw(st.booleans())
    typo_seed = draw(st.integers(0, 100))
    title = honorifics and draw(st.booleans())
    title_on_surname = draw(st.booleans())

    surname_cyrillic = person.surname[language]
    patronymic = person.patronymic if with_patronymic and language == "ru" else None
    if script == "cyrillic":
        given, surname = cyrillic_given, surname_cyrillic
    else:
        given, surname = latin_given, romanize(surname_cyrillic, system)
        patronymic = romanize(patronymic, system) if patronymic else None
        if typo:
            surname = _typo(surname, typo_seed)
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


def _typo(word: str, seed: int) -> str:
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


def spellings(
    of: SyntheticPerson,
    *,
    scripts: Sequence[str] = SCRIPTS,
    honorifics: bool = True,
    register: bool = True,
    initials: bool = True,
    typos: bool = True,
) -> st.SearchStrategy[str]:
    """Spellings of the person ``of``: romanizations, Cyrillic, register format, initials,
    honorifics, single typos. Shrinks toward the BGN/PCGN full name.
    """

    def build() -> st.SearchStrategy[str]:
        if not _is_person(of):
            message = f"of must be a SyntheticPerson (draw one from people()), not {of!r}"
            raise InvalidArgument(message)
        chosen = _check_subset("scripts", scripts, SCRIPTS)
        flags = [
            _check_flag(n, v)
            for n, v in (
                ("honorifics", honorifics),
                ("register", register),
                ("initials", initials),
                ("typos", typos),
            )
        ]
        return _spelling(of, chosen, *flags)

    return _lazy(build)


def variants(
    of: SyntheticPerson | None = None,
    *,
    min_size: int = 2,
    max_size: int = 6,
    scripts: Sequence[str] = SCRIPTS,
    honorifics: bool = True,
    register: bool = True,
    initials: bool = True,
    typos: bool = True,
) -> st.SearchStrategy[list[str]]:
    """Lists of spellings of one person (``of``, or a person drawn from :func:`people`)
    that a resolver must put together. The first spelling is always a full name,
    so partial mentions have someone to attach to.
    """

    def build() -> st.SearchStrategy[list[str]]:
        if not isinstance(min_size, int) or not isinstance(max_size, int) or not 1 <= min_size <= max_size:
            message = f"need 1 <= min_size <= max_size, got min_size={min_size!r}, max_size={max_size!r}"
            raise InvalidArgument(message)
        if of is not None and not _is_person(of):
            message = f"of must be a SyntheticPerson (draw one from people()), not {of!r}"
            raise InvalidArgument(message)
        chosen = _check_subset("scripts", scripts, SCRIPTS)
        flags = tuple(
            _check_flag(n, v)
            for n, v in (
                ("honorifics", honorifics),
                ("register", register),
                ("initials", initials),
                ("typos", typos),
            )
        )
        return _listed(st.just(of) if of is not None else people(), chosen, flags, min_size, max_size)

    return _lazy(build)


@st.composite
def _listed(
    draw: st.DrawFn,
    persons: st.SearchStrategy[SyntheticPerson],
    scripts: tuple[str, ...],
    flags: tuple[bool, ...],
    min_size: int,
    max_size: int,
) -> list[str]:
    person = draw(persons)
    first = draw(_spelling(person, scripts, False, False, False, False))
    rest = draw(st.lists(_spelling(person, scripts, *flags), min_size=min_size - 1, max_size=max_size - 1))
    return [first, *rest]


def distinct_people(
    *,
    relations: Sequence[Relation] = RELATIONS,
    languages: Sequence[Language] = LANGUAGES,
) -> st.SearchStrategy[tuple[SyntheticPerson, SyntheticPerson, Relation]]:
    """Two look-alike people that must never be merged, with their relation.

    ``spouses`` share a surname in its two gendered forms, ``parent-child`` and
    ``namesakes`` share a surname and differ in given name. The given names of
    the two always belong to different groups with no shared spelling.
    Shrinks toward a Russian husband and wife.
    """

    def build() -> st.SearchStrategy[tuple[SyntheticPerson, SyntheticPerson, Relation]]:
        kinds = _check_subset("relations", relations, RELATIONS)
        langs = _check_subset("languages", languages, LANGUAGES)
        return st.builds(
            _pair,
            relation=st.sampled_from(kinds),
            language=st.sampled_from(langs),
            first=_given_indexes(),
            second=_given_indexes(),
            surname_index=_surname_indexes(),
            gender=st.sampled_from(("m", "f")),
        )

    return _lazy(build)


def _pair(
    *, relation: Relation, language: Language, first: int, second: int, surname_index: int, gender: str
) -> tuple[SyntheticPerson, SyntheticPerson, Relation]:
    genders = ("m", "f") if relation == "spouses" else (gender, gender)
    pool_a = [g for g in _given_pool() if g.gender == genders[0]]
    group_a = pool_a[first % len(pool_a)]
    pool_b = [g for g in _given_pool() if g.gender == genders[1] and g.group != group_a.group]
    group_b = pool_b[second % len(pool_b)]
    return (
        _make(language, genders[0], group_a, surname_index, None),
        _make(language, genders[1], group_b, surname_index, None),
        relation,
    )


def names(
    *,
    languages: Sequence[Language] = LANGUAGES,
    scripts: Sequence[str] = SCRIPTS,
    honorifics: bool = True,
    register: bool = True,
) -> st.SearchStrategy[str]:
    """Realistic person names in Latin or Cyrillic script, optionally with an honorific
    or in register format (``SURNAME, Given``). Shrinks toward a short Russian name.
    """

    def build() -> st.SearchStrategy[str]:
        return people(languages=languages).flatmap(
            lambda p: spellings(
                p, scripts=scripts, honorifics=honorifics, register=register, initials=False, typos=False
            )
        )

    return _lazy(build)
