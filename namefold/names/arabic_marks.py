"""The words of Arabic names that are not names (``data/arabic_names.tsv``), and a quick look at
a name for them, made once for every parsed name (``ParsedName.arabic``) so that comparing two
names that have none, most of them, costs an attribute each (:mod:`namefold.names.arabic`)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from namefold.data import tables
from namefold.text.abjad import has_abjad

__all__ = ["ArabicWords", "arabic_words", "may_be_arabic"]

_PREFIX_WORDS = 3  # words a name needs before a leading Muhammad is read as a prefix
_PREFIX_STARTS = ("muh", "moh", "meh", "mouh", "mukh", "mokh", "mekh")  # Muhammad, Mehmet, Мухаммед


class ArabicWords(NamedTuple):
    """``data/arabic_names.tsv`` by role."""

    links: frozenset[str]
    articles: frozenset[str]
    abu: frozenset[str]
    abd: frozenset[str]
    house: frozenset[str]
    compound: frozenset[str]
    regnal: dict[str, str]  # word -> numeral
    titles: dict[str, str]  # word -> the word after it in a two-word title, or ""
    marks: frozenset[str]  # links, articles and Abu: what the quick look reads


@functools.cache
def arabic_words() -> ArabicWords:
    """The table, read once."""
    rows = tables.read_table("arabic_names.tsv", ("word", "role", "value", "note"))
    by_role: dict[str, set[str]] = {}
    regnal: dict[str, str] = {}
    titles: dict[str, str] = {}
    for word, role, value, _ in rows:
        by_role.setdefault(role, set()).add(word)
        if role == "regnal":
            regnal[word] = value
        elif role == "title":
            titles[word] = "" if value == "-" else value
    roles = {role: frozenset(words) for role, words in by_role.items()}
    marks = roles["link"] | roles["article"] | roles["abu"]
    return ArabicWords(
        roles["link"], roles["article"], roles["abu"], roles["abd"], roles["house"],
        roles["compound"], regnal, titles, marks,
    )  # fmt: skip


@functools.cache
def _marks_pattern() -> re.Pattern[str]:
    """One expression for the quick look: a space or hyphen in a word, a mark word, ``abd...``."""
    marks = "|".join(sorted(arabic_words().marks))
    return re.compile(rf"[ -]|(?:^|\|)(?:(?:{marks})(?:\||$)|abd)")


def may_be_arabic(original: str, words: tuple[str, ...]) -> bool:
    """Whether a name is in the Arabic script or Hebrew, or one of its ``words`` (given names,
    patronymic, surname, normalized) may be a mark of an Arabic name: a particle joined to the
    next word (``bin salman``), a hyphen (``as-sisi``), a link, article or Abu, an Abd compound,
    or a first word that may be Muhammad in a name of three words (Muhammad Nawaz Sharif).

    Examples:
        >>> may_be_arabic("Hafez al-Assad", ("hafez", "al assad"))
        True
        >>> may_be_arabic("Ivan Petrov", ("ivan", "petrov"))
        False
    """
    if _marks_pattern().search("|".join(words)):
        return True
    if len(words) >= _PREFIX_WORDS and words[0].startswith(_PREFIX_STARTS):
        return True
    return not original.isascii() and has_abjad(original)
