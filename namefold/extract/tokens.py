"""Reading a text as words for mention finding: each word with its offsets, and what it looks like.

A word is a run of letters (with combining marks, inner apostrophes and hyphens) and
an optional final dot. :func:`read_tokens` reads them; the predicates here say
whether one is capitalised, an initial, a known given name, a possible surname, or
ends a sentence, and whether two stand side by side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, cached
from namefold.names.given import name_groups
from namefold.text.normalize import normalize

__all__ = [
    "Span",
    "Token",
    "adjacent",
    "ends_sentence",
    "is_given",
    "read_tokens",
    "span",
    "surname_like",
]

# Combining marks inside words: Latin accents, Hebrew points, Arabic vowels, and the vowel signs
# of the Indic, Thai, Lao, Tibetan, Myanmar and Khmer blocks (Python's \w leaves them out).
_MARKS = (
    "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670"
    "\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
)
_WORD = re.compile(rf"[^\W\d_](?:[\w{_MARKS}]|['’](?=\w)|-(?=\w))*\.?", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")
_MAX_GAP = 3  # spaces between two words of one name, at most
_MIN_GIVEN = 3  # "On", "An" at the start of a sentence are not given names


@attrs.frozen
class Token:
    """A word of a text, as written, with its offsets."""

    text: str
    start: int
    end: int
    bare: str = attrs.field(init=False, eq=False, repr=False)
    """The word without a final dot or possessive."""

    @bare.default
    def _bare(self) -> str:
        word = self.text.rstrip(".")
        return _POSSESSIVE.sub("", word) if word.endswith("s") else word

    @property
    def capitalised(self) -> bool:
        """Title case, or all capitals of more than three letters (``LUKASHENKA``, not ``US``)."""
        word = self.bare
        if not word or not word[0].isupper():
            return False
        return not word.isupper() or len(word) > 3

    @property
    def initial(self) -> bool:
        """A capital and a dot (``A.``)."""
        return len(self.text) == 2 and self.text[1] == "." and self.text[0].isupper()

    @property
    def folded(self) -> str:
        """The bare word normalized, honorifics kept (for the title and honorific tables)."""
        return _fold(self.bare)


@cached(FEWER_WORDS)
def _fold(word: str) -> str:
    """``word`` normalized with its honorifics kept."""
    return normalize(word, honorifics=True)


def read_tokens(text: str) -> list[Token]:
    """The words of ``text`` in order."""
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def is_given(token: Token) -> bool:
    """A capitalised word of three letters or more, not all capitals, in the given-name table."""
    word = token.bare
    if len(word) < _MIN_GIVEN or not word[:1].isupper() or word.isupper():
        return False
    return bool(name_groups(_fold(word)))


def surname_like(token: Token) -> bool:
    """A capitalised word of two letters or more that is not an honorific."""
    word = token.bare
    return token.capitalised and len(word) > 1 and _fold(word) not in tables.honorifics()


def adjacent(text: str, left: Token, right: Token) -> bool:
    """True if only a few spaces separate the two tokens (not a tab, a line break or the wide gap
    between the columns of a table)."""
    gap = text[left.end : right.start]
    return len(gap) <= _MAX_GAP and gap.strip() == "" and "\n" not in gap and "\t" not in gap


def ends_sentence(token: Token) -> bool:
    """A dot after a word that is neither an initial nor a title ends the sentence."""
    return token.text.endswith(".") and not token.initial and token.folded not in tables.titles()


class Span(NamedTuple):
    """A mention's text and offsets in the text it was found in."""

    text: str
    start: int
    end: int


def span(text: str, tokens: Sequence[Token], first: int, last: int) -> Span:
    """The text from token ``first`` to token ``last``: a final dot dropped unless the last
    token is an initial, and a possessive trimmed."""
    start, end = tokens[first].start, tokens[last].end
    raw = text[start:end]
    if not tokens[last].initial:
        raw = raw.rstrip(".")
    trimmed = _POSSESSIVE.sub("", raw)
    return Span(trimmed, start, start + len(trimmed))
