"""Stage 5: given-name equivalence across languages (``data/given_names.tsv``, ``data/nicknames.tsv``).

Equivalence is an alias *list* per name, never one canonical form: a name maps
to the set of groups it belongs to, and two names are equivalent when their sets
share a group. A spelling the table lists is looked up as written; any other
spelling by its fold key. ``rob`` is in the groups of both ``robert`` and ``robin``, yet
``robert`` and ``robin`` share none, so they stay different names.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping
from types import MappingProxyType

from nicknames import NickNamer

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, cached
from namefold.errors import require_str
from namefold.names.model import Gender
from namefold.text.fold import fold
from namefold.text.normalize import normalize

__all__ = [
    "COMMONER",
    "MIN_CENSUS_BEARERS",
    "aliases",
    "diminutive_formals",
    "formal_names",
    "given_gender",
    "is_listed_given",
    "is_table_given",
    "is_rare_spelling_of",
    "name_groups",
    "nickname_groups",
    "shared_formal",
]


def _key(name: str) -> str:
    return fold(normalize(name).replace(" ", "")).key


@cached(FEWER_WORDS)
def _exact(name: str) -> str:
    return normalize(name, honorifics=True).replace(" ", "")


@functools.cache
def _group_index() -> tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]]:
    """(exact spelling -> groups, fold key -> groups)."""
    exact: dict[str, set[str]] = defaultdict(set)
    folded: dict[str, set[str]] = defaultdict(set)
    for group in tables.given_groups():
        for name in (group.group, *group.names):
            exact[_exact(name)].add(group.group)
            folded[_key(name)].add(group.group)
    return (
        MappingProxyType({k: frozenset(v) for k, v in exact.items()}),
        MappingProxyType({k: frozenset(v) for k, v in folded.items()}),
    )


def _lookup(name: str) -> frozenset[str]:
    """Groups of a spelling the table lists, else of any spelling with the same fold key."""
    exact, folded = _group_index()
    return exact.get(_exact(name)) or folded.get(_key(name), frozenset())


@functools.cache
def _nickname_index() -> Mapping[str, frozenset[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for nickname, formal in tables.nicknames():
        index[_exact(nickname)] |= _lookup(formal)
    return MappingProxyType({key: frozenset(found) for key, found in index.items()})


@functools.cache
def _genders() -> Mapping[str, str]:
    return MappingProxyType({g.group: g.gender for g in tables.given_groups()})


@cached(FEWER_WORDS)
def name_groups(name: str) -> frozenset[str]:
    """The given-name groups a formal name belongs to (empty if unknown)."""
    return _lookup(name)


@cached(FEWER_WORDS)
def nickname_groups(name: str) -> frozenset[str]:
    """The groups of the formal names a nickname stands for (empty if not a nickname)."""
    return _nickname_index().get(_exact(name), frozenset())


@functools.cache
def _nicknames_by_group() -> Mapping[str, tuple[str, ...]]:
    found: dict[str, set[str]] = defaultdict(set)
    for nickname, groups in _nickname_index().items():
        for group in groups:
            found[group].add(nickname)
    return MappingProxyType({group: tuple(sorted(names)) for group, names in found.items()})


@cached(FEWER_WORDS)
def nicknames_of(name: str) -> tuple[str, ...]:
    """The nicknames the table lists for the given-name groups of a formal name, sorted
    (``william``: ``bill``, ``will`` ...); none for a name of no group."""
    by_group = _nicknames_by_group()
    return tuple(sorted({n for group in name_groups(name) for n in by_group.get(group, ())}))


def aliases(name: str) -> tuple[str, ...]:
    """Every spelling the tables list as the same given name as ``name``, sorted.

    Examples:
        >>> "alexander" in aliases("Aliaksandr") and "oleksandr" in aliases("Aliaksandr")
        True
        >>> "robert" in aliases("Robin")
        False
    """
    require_str(name, "name")
    groups = name_groups(name) | nickname_groups(name)
    found = {n for g in tables.given_groups() if g.group in groups for n in g.names}
    return tuple(sorted(found))


@cached(FEWER_WORDS)
def is_table_given(name: str) -> bool:
    """True if the given-name or nickname tables list ``name`` exactly as written: the
    curated tables, without the census list (where Li, Sun and Yang are US given names)."""
    return _exact(name) in _group_index()[0] or bool(nickname_groups(name))


@cached(FEWER_WORDS)
def is_listed_given(name: str) -> bool:
    """True if the tables list ``name`` exactly as written (after normalization): the
    given-name and nickname tables, or the census list of given names (those that
    :data:`MIN_CENSUS_BEARERS` per million bear).

    Stricter than :func:`name_groups`, which also matches by fold key: the surname
    ``Andreev`` folds like the given name ``Andrew`` but is not listed, so it does
    not decide name order.
    """
    if is_table_given(name):
        return True
    census = tables.census_given().get(_exact(name))
    return census is not None and census.per_million >= MIN_CENSUS_BEARERS


COMMONER = 10  # how many times more people bear a name than a spelling read as its typo
# bearers per million a census name needs to count as listed: the rarest (Jong, Un, Han at 5)
# are names of other traditions written in the US, not evidence of a given name
MIN_CENSUS_BEARERS = 10


def is_rare_spelling_of(rare: str, common: str) -> bool:
    """Whether the census list gives ``common`` :data:`COMMONER` times the bearers of
    ``rare`` (Micheal / Michael), so that ``rare`` beside it is likely a typo."""
    census = tables.census_given()
    a, b = census.get(_exact(rare)), census.get(_exact(common))
    return a is not None and b is not None and b.per_million >= COMMONER * a.per_million


@cached(FEWER_WORDS)
def given_gender(name: str) -> Gender | None:
    """The gender of a given name if every group it belongs to agrees (for a name in no
    group, the census list's), else ``None``."""
    genders = {_genders()[g] for g in name_groups(name) | nickname_groups(name)}
    if not genders:
        listed = tables.census_given().get(_exact(name))
        genders = {listed.gender if listed else "u"}
    if genders == {"m"}:
        return "m"
    if genders == {"f"}:
        return "f"
    return None


@functools.cache
def _formal_names() -> Mapping[str, frozenset[str]]:
    """Short form -> the formal names it stands for, from the ``nicknames`` package.

    A pair is kept when the short form starts like the formal name and is shorter, or ends
    it (``eddy`` edward, ``robby`` robert, ``bert`` herbert), and is not the formal name less
    its last letter (``maria`` mariah is two names): the package also lists looser pairs
    (``bill`` robert) that would join different people.
    """
    found: dict[str, frozenset[str]] = {}
    for short, formals in NickNamer().canonical_lookup.items():
        kept = frozenset(f for f in formals if _is_short_form(short, f))
        if kept and short.isalpha() and short.isascii():
            found[short] = kept
    return MappingProxyType(found)


def _is_short_form(short: str, formal: str) -> bool:
    """Whether the package's pair is a short form that starts or ends its formal name."""
    if formal[:-1] == short:
        return False
    return (formal[0] == short[0] and len(short) < len(formal)) or formal.endswith(short)


_DIMINUTIVE_ENDINGS = ("ie", "ey", "ee", "y", "i")  # Artie, Georgie, Kathy: a formal name's start and -ie
_MIN_STEM = 3  # letters a diminutive keeps of its formal name (two when it doubles the last: Eddie)


@functools.cache
def _formals_by_start() -> Mapping[str, frozenset[str]]:
    """The formal names of the ``nicknames`` package by their first two to six letters."""
    found: dict[str, set[str]] = defaultdict(set)
    for formal in _all_formals():
        for size in range(2, min(len(formal) - 1, 6) + 1):
            found[formal[:size]].add(formal)
    return MappingProxyType({start: frozenset(names) for start, names in found.items()})


@cached(FEWER_WORDS)
def diminutive_formals(name: str) -> frozenset[str]:
    """The formal names a diminutive may stand for: ``name`` is the start of a formal name of
    the ``nicknames`` package, or a short form it lists, and a diminutive ending (Artie:
    Arthur; Georgie: Georgina; Freddie: Frederick; Bertie, of Bert: Albert, Herbert), of the
    same gender where the tables know both. A name in a group of the given-name table stands
    for itself (Marie is no diminutive of Mark)."""
    if _lookup(name) or len(name) > 8:
        return frozenset()
    stems: set[str] = set()
    for ending in _DIMINUTIVE_ENDINGS:
        stem = name[: -len(ending)]
        if name.endswith(ending) and len(stem) >= _MIN_STEM - 1:
            if len(stem) >= _MIN_STEM:
                stems.add(stem)
            if stem[-1] == stem[-2]:  # Eddie, Freddie: one of a doubled consonant
                stems.add(stem[:-1])
    gender = given_gender(name)
    found: set[str] = set()
    for stem in stems:
        for formal in (*_formals_by_start().get(stem, ()), *_formal_names().get(stem, ())):
            other = given_gender(formal)
            if formal != name and len(formal) > len(stem) + 1 and not (gender and other and gender != other):
                found.add(formal)
    return frozenset(found)


@cached(FEWER_WORDS)
def _formal_forms(name: str) -> frozenset[str]:
    """``name``, the formal names it is a short form of, and their given-name groups (and
    those of the nickname table: Billy beside Willie, both William)."""
    formals = _formal_names().get(name, frozenset()) | diminutive_formals(name)
    groups = frozenset(g for formal in formals for g in _lookup(formal))
    return frozenset({name, *formals, *groups}) | _lookup(name) | nickname_groups(name)


def shared_formal(a: str, b: str) -> frozenset[str]:
    """The formal names (or given-name groups) that two different given names both stand
    for, when one or both is a short form the ``nicknames`` package lists."""
    if (
        a not in _formal_names()
        and b not in _formal_names()
        and not (diminutive_formals(a) or diminutive_formals(b))
    ):
        return frozenset()
    return _formal_forms(a) & _formal_forms(b)


@functools.cache
def _all_formals() -> frozenset[str]:
    return frozenset(formal for formals in _formal_names().values() for formal in formals)


@cached(FEWER_WORDS)
def formal_names(name: str) -> frozenset[str]:
    """The formal names ``name`` stands for in the ``nicknames`` package: those it is a short
    form of, and itself if the package lists it as a formal name."""
    found = _formal_names().get(name, frozenset()) | diminutive_formals(name)
    return found | {name} if name in _all_formals() else found
