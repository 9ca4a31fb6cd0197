"""A quick look at a name for the marks of an Arabic name (:mod:`namefold.names.arabic`), made
once for every parsed name (``ParsedName.arabic``), so that comparing two names that have none,
most of them, costs an attribute each."""

from __future__ import annotations

from namefold.text.abjad import has_abjad

__all__ = ["LINKS", "MARKS", "ARTICLES", "ABU", "may_be_arabic"]

LINKS = frozenset({"bin", "ibn", "ben", "bint", "binti", "bent", "ibnu", "ibne", "ould", "walad", "bn"})
ARTICLES = frozenset({"al", "el", "ul", "il"})
ABU = frozenset({"abu", "abou", "abo", "aboo"})
MARKS = LINKS | ARTICLES | ABU
_PREFIX_WORDS = 3  # words a name needs before a leading Muhammad is read as a prefix
_PREFIX_STARTS = ("muh", "moh", "meh", "mouh", "mukh", "mokh", "mekh")  # Muhammad, Mehmet, Мухаммед


def may_be_arabic(original: str, words: tuple[str, ...]) -> bool:
    """Whether a name is in the Arabic script or Hebrew, or one of its ``words`` (given names,
    patronymic, surname, normalized) may be a mark of an Arabic name: a particle joined to the
    next word (``bin salman``), a hyphen (``as-sisi``), a link, article or Abu, an Abd compound,
    or a first word that may be Muhammad in a name of three words (Muhammad Nawaz Sharif)."""
    for word in words:
        if " " in word or "-" in word or word in MARKS or word.startswith("abd"):
            return True
    if len(words) >= _PREFIX_WORDS and words[0].startswith(_PREFIX_STARTS):
        return True
    return has_abjad(original)
