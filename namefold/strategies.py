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

from collections.abc import Callable, Sequence
from typing import Any, Literal, NamedTuple, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from namefold.testing.synthetic import (
    LANGUAGES,
    Language,
    SyntheticPerson,
    given_pool,
    look_alikes,
    person_from_indexes,
    spell,
    surname_pool,
)

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

Relation = Literal["spouses", "parent-child", "namesakes"]
RELATIONS: tuple[Relation, ...] = ("spouses", "parent-child", "namesakes")
SCRIPTS = ("latin", "cyrillic")
T = TypeVar("T")


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


def _check_person(value: object) -> None:
    if not isinstance(value, SyntheticPerson):
        message = f"of must be a SyntheticPerson (draw one from people()), not {value!r}"
        raise InvalidArgument(message)


def _check_flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        message = f"{name} must be True or False, not {value!r}"
        raise InvalidArgument(message)
    return value


class _Style(NamedTuple):
    """Which kinds of spelling may be drawn, besides the full name in each script."""

    honorifics: bool
    register: bool
    initials: bool
    typos: bool


_FULL_NAME = _Style(honorifics=False, register=False, initials=False, typos=False)


def _check_style(*, honorifics: object, register: object, initials: object, typos: object) -> _Style:
    return _Style(
        honorifics=_check_flag("honorifics", honorifics),
        register=_check_flag("register", register),
        initials=_check_flag("initials", initials),
        typos=_check_flag("typos", typos),
    )


def _given_indexes() -> st.SearchStrategy[int]:
    return st.integers(0, len(given_pool()) - 1)


def _surname_indexes() -> st.SearchStrategy[int]:
    return st.integers(0, len(surname_pool()) - 1)


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
            person_from_indexes,
            language=st.sampled_from(langs),
            gender=st.sampled_from(sexes),
            group_index=_given_indexes(),
            surname_index=_surname_indexes(),
            father_index=st.none() | _given_indexes() if with_patronymic else st.none(),
        )

    return _lazy(build)


@st.composite
def _spelling(
    draw: st.DrawFn,
    person: SyntheticPerson,
    scripts: tuple[str, ...],
    style: _Style,
) -> str:
    def pick(options: Sequence[Any]) -> Any:
        return draw(st.sampled_from(options))

    return spell(person, pick, scripts, style.honorifics, style.register, style.initials, style.typos)


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
        _check_person(of)
        chosen = _check_subset("scripts", scripts, SCRIPTS)
        style = _check_style(honorifics=honorifics, register=register, initials=initials, typos=typos)
        return _spelling(of, chosen, style)

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
        if of is not None:
            _check_person(of)
        chosen = _check_subset("scripts", scripts, SCRIPTS)
        style = _check_style(honorifics=honorifics, register=register, initials=initials, typos=typos)
        return _listed(st.just(of) if of is not None else people(), chosen, style, min_size, max_size)

    return _lazy(build)


@st.composite
def _listed(
    draw: st.DrawFn,
    persons: st.SearchStrategy[SyntheticPerson],
    scripts: tuple[str, ...],
    style: _Style,
    min_size: int,
    max_size: int,
) -> list[str]:
    person = draw(persons)
    first = draw(_spelling(person, scripts, _FULL_NAME))
    rest = draw(st.lists(_spelling(person, scripts, style), min_size=min_size - 1, max_size=max_size - 1))
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
    one, other = look_alikes(language, genders, first, second, surname_index)
    return (one, other, relation)


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
