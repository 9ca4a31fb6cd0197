"""Loaders for the data tables shipped in ``namefold/data``.

Every table is a UTF-8 TSV file with ``#`` comment lines (its sources), then a
header row, then one row per fact. Tables are read lazily, once, and returned
as immutable objects.
"""

from __future__ import annotations

import csv
import functools
import importlib
import operator
import re
import sys
from collections.abc import Callable, Mapping
from importlib import resources
from types import MappingProxyType

import attrs

from namefold.errors import TableError

__all__ = [
    "CensusGiven",
    "FoldRule",
    "census_given",
    "GivenGroup",
    "OrthographyRule",
    "Ending",
    "east_asian_surnames",
    "endings",
    "fold_rules",
    "generations",
    "given_groups",
    "given_titles",
    "honorifics",
    "letters",
    "nicknames",
    "orthography_rules",
    "particles",
    "peerage",
    "read_table",
    "replacer",
    "suffixes",
    "titles",
]


def read_table(name: str, columns: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Read ``data/<name>``, check its header is ``columns`` and return its rows.

    Raises:
        TableError: the header differs or a row has the wrong number of cells.
    """
    path = resources.files("namefold") / "data" / name
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or tuple(rows[0]) != columns:
        message = f"{name}: header must be {columns!r}, found {rows[0] if rows else None!r}"
        raise TableError(message)
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(columns):
            message = f"{name}: data row {number} has {len(row)} cells, expected {len(columns)}"
            raise TableError(message)
    return tuple(tuple(row) for row in rows[1:])


@functools.cache
def letters() -> Mapping[str, str]:
    """Letters folded by rule before Unidecode (``č`` -> ``ch``, ``ł`` -> ``l`` ...)."""
    rows = read_table("letters.tsv", ("letter", "ascii", "note"))
    return MappingProxyType({letter: ascii_ for letter, ascii_, _ in rows})


@functools.cache
def honorifics() -> Mapping[str, str]:
    """Honorific, title or role word -> gender hint (``m``, ``f`` or ``u``)."""
    rows = read_table("honorifics.tsv", ("honorific", "gender", "kind", "note"))
    return MappingProxyType({word: gender for word, gender, _, _ in rows})


@functools.cache
def given_titles() -> frozenset[str]:
    """Titles written before a given name, not a surname (``given_titles.tsv``: Sir, King, Sheikh)."""
    return frozenset(title for title, _ in read_table("given_titles.tsv", ("title", "note")))


@functools.cache
def titles() -> frozenset[str]:
    """Honorifics that belong to a name in text (``mr``, ``dr``), as opposed to role words."""
    rows = read_table("honorifics.tsv", ("honorific", "gender", "kind", "note"))
    return frozenset(word for word, _, kind, _ in rows if kind in ("title", "peerage"))


@functools.cache
def peerage() -> frozenset[str]:
    """Peerage ranks (``baron``, ``earl``, ``viscount`` ...), which also make designations."""
    rows = read_table("honorifics.tsv", ("honorific", "gender", "kind", "note"))
    return frozenset(word for word, _, kind, _ in rows if kind == "peerage")


@functools.cache
def suffixes() -> frozenset[str]:
    """Generational and academic suffixes (``jr``, ``iii``, ``phd`` ...)."""
    return frozenset(generations()) | frozenset(
        row[0] for row in read_table("suffixes.tsv", ("suffix", "generation", "note"))
    )


@functools.cache
def generations() -> Mapping[str, str]:
    """Generational suffix -> the generation it names (``junior`` -> ``jr``, ``iii`` -> ``iii``)."""
    rows = read_table("suffixes.tsv", ("suffix", "generation", "note"))
    return MappingProxyType({suffix: generation for suffix, generation, _ in rows if generation != "-"})


@functools.cache
def particles() -> frozenset[str]:
    """Surname particles (``von``, ``van``, ``al``, ``bin`` ...)."""
    return frozenset(row[0] for row in read_table("particles.tsv", ("particle", "note")))


@functools.cache
def east_asian_surnames() -> frozenset[str]:
    """Common Chinese, Korean and Vietnamese surnames as romanized in news text (``tan``, ``kim``)."""
    return frozenset(row[0] for row in read_table("east_asian_surnames.tsv", ("surname", "traditions")))


@attrs.frozen
class CyrillicSounds:
    """What Russian, Belarusian and Ukrainian Cyrillic write differently for one surname:
    ``letters`` (written, as) pairs of one sound, ``vowels`` pairs that may stand for
    one another."""

    letters: tuple[tuple[str, str], ...]
    vowels: frozenset[frozenset[str]]


@functools.cache
def cyrillic_sounds() -> CyrillicSounds:
    """The letters and vowels of ``cyrillic_sounds.tsv``."""
    rows = read_table("cyrillic_sounds.tsv", ("kind", "written", "as", "source"))
    letters = tuple((written, as_) for kind, written, as_, _ in rows if kind == "letters")
    vowels = frozenset(frozenset((written, as_)) for kind, written, as_, _ in rows if kind == "vowels")
    unknown = sorted({kind for kind, *_ in rows} - {"letters", "vowels"})
    if unknown:
        message = f"cyrillic_sounds.tsv: unknown kind {unknown[0]!r}; valid kinds: letters, vowels"
        raise TableError(message)
    return CyrillicSounds(letters, vowels)


# A replacement as Pattern.sub takes it: a template, or a function of the match.
Substitute = str | Callable[[re.Match[str]], str]


@attrs.frozen
class FoldRule:
    """One romanization-folding rewrite: ``pattern`` becomes ``replacement``.

    ``needle`` is letters that every match of ``pattern`` contains in a row (``""`` if
    none is known): a token without them cannot match, so the rule is skipped cheaply.
    """

    id: str
    pattern: re.Pattern[str]
    replacement: str
    source: str
    needle: str = ""
    # ``replacement`` as ``pattern.sub`` takes it fastest (see :func:`replacer`)
    substitute: Substitute = attrs.field(
        default=attrs.Factory(lambda self: replacer(self.replacement), takes_self=True), eq=False, repr=False
    )


def replacer(template: str) -> Substitute:
    """``template`` as ``Pattern.sub`` takes it fastest: itself when it refers to no group;
    else a function of the match. Python 3.11's ``sub`` hands a template with a group
    reference (``\\1``) to ``re._subx``, Python code, on every call, even one that finds no
    match (0.9 µs against 0.4 µs for a function, in one fold rule)."""
    if "\\" not in template:
        return template
    if re.fullmatch(r"\\[1-9]", template):
        return operator.itemgetter(int(template[1]))
    return lambda match: match.expand(template)


@functools.cache
def fold_rules() -> tuple[FoldRule, ...]:
    """The ordered romanization-folding rules."""
    rows = read_table("fold_rules.tsv", ("id", "pattern", "replacement", "source"))
    return tuple(
        FoldRule(rule_id, _compile(pattern, rule_id), replacement, source, _needle(pattern))
        for rule_id, pattern, replacement, source in rows
    )


def _needle(pattern: str) -> str:
    """The longest run of literal letters that every match of ``pattern`` contains, read
    from the pattern's parse tree (outside lookarounds, classes and alternatives), or
    ``""`` when the parser is unavailable or finds none."""
    try:
        parser = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
        items = parser.parse(pattern)
    except Exception:  # any failure only costs speed
        return ""
    runs, run = [], ""
    for op, value in items:
        if op is parser.LITERAL:
            run += chr(value)
            continue
        runs.append(run)
        run = ""
    runs.append(run)
    return max(runs, key=len)


@attrs.frozen
class OrthographyRule:
    """A rewrite applied to names whose text matches ``marker``.

    ``needle`` is letters that every match of ``pattern`` contains in a row (``""`` if
    none is known), as in :class:`FoldRule`.
    """

    id: str
    marker: re.Pattern[str]
    pattern: re.Pattern[str]
    replacement: str
    needle: str = ""


@functools.cache
def orthography_rules() -> tuple[OrthographyRule, ...]:
    """Orthography-specific rewrites, in order."""
    rows = read_table("orthography.tsv", ("id", "marker", "pattern", "replacement", "source"))
    return tuple(
        OrthographyRule(
            rule_id, _compile(marker, rule_id), _compile(pattern, rule_id), replacement, _needle(pattern)
        )
        for rule_id, marker, pattern, replacement, _ in rows
    )


def _compile(pattern: str, rule_id: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as error:
        message = f"rule {rule_id}: bad pattern {pattern!r}: {error}"
        raise TableError(message) from error


@attrs.frozen
class Ending:
    """A gendered name ending: ``ending`` marks ``gender`` on a ``role`` token."""

    ending: str
    gender: str
    role: str


@functools.cache
def endings() -> tuple[Ending, ...]:
    """Gendered endings, longest first."""
    rows = read_table("morphology.tsv", ("ending", "gender", "role", "note"))
    found = [Ending(ending, gender, role) for ending, gender, role, _ in rows]
    return tuple(sorted(found, key=lambda e: (-len(e.ending), e.ending)))


@attrs.frozen
class GivenGroup:
    """The spellings of one given name across languages."""

    group: str
    gender: str
    names: tuple[str, ...]


@functools.cache
def given_groups() -> tuple[GivenGroup, ...]:
    """Cross-lingual given-name groups."""
    rows = read_table("given_names.tsv", ("group", "gender", "names", "source"))
    return tuple(
        GivenGroup(group, gender, tuple(name for name in names.split("|") if name))
        for group, gender, names, _ in rows
    )


@functools.cache
def nicknames() -> tuple[tuple[str, str], ...]:
    """(nickname, formal name) pairs, many-to-many."""
    rows = read_table("nicknames.tsv", ("nickname", "formal", "source"))
    return tuple((nickname, formal) for nickname, formal, _ in rows)


@attrs.frozen
class CensusGiven:
    """A given name of the census list: its gender (``m``, ``f`` or ``u``) and how many
    people per million bear it."""

    gender: str
    per_million: int


@functools.cache
def census_given() -> Mapping[str, CensusGiven]:
    """Given names of the 1990 United States census (``data/census_given.tsv``)."""
    rows = read_table("census_given.tsv", ("name", "gender", "per_million"))
    return MappingProxyType({name: CensusGiven(gender, int(count)) for name, gender, count in rows})
