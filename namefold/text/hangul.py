"""Hangul syllables to Revised Romanization, one syllable at a time.

A precomposed Hangul syllable (U+AC00-U+D7A3) is an initial, a vowel and an optional final
consonant: its code point is ``0xAC00 + (initial * 21 + vowel) * 28 + final`` (the Unicode
Standard, chapter 3.12, "Conjoining Jamo Behavior"). Each jamo is written as the Revised
Romanization of Korean (Ministry of Culture and Tourism, 2000) writes it, with a final
consonant in its representative sound (``ㄱ`` -> ``k``, ``ㅅ`` -> ``t``). Sound changes
between syllables are not applied: the standard leaves them out of personal names
(its article 3.1, ``복남`` -> ``Boknam``), and the syllable boundaries stay known, which
Unidecode's romanization of a whole word loses (``김정은`` -> ``gimjeongeun``).
"""

from __future__ import annotations

import re

__all__ = ["HANGUL", "has_hangul", "romanize_syllable", "syllables"]

HANGUL = re.compile("[\uac00-\ud7a3]")
_FIRST, _LAST = 0xAC00, 0xD7A3
_INITIALS = (
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
)
_VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
    "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip


def has_hangul(text: str) -> bool:
    """Whether ``text`` holds a precomposed Hangul syllable."""
    return not text.isascii() and HANGUL.search(text) is not None


def romanize_syllable(syllable: str) -> str:
    """The Revised Romanization of one precomposed Hangul syllable.

    Raises:
        ValueError: ``syllable`` is not one precomposed Hangul syllable.

    Examples:
        >>> romanize_syllable("김"), romanize_syllable("정"), romanize_syllable("은")
        ('gim', 'jeong', 'eun')
    """
    code = ord(syllable) if len(syllable) == 1 else -1
    if not _FIRST <= code <= _LAST:
        message = f"not a Hangul syllable: {syllable!r}"
        raise ValueError(message)
    index = code - _FIRST
    initial, rest = divmod(index, 21 * 28)
    vowel, final = divmod(rest, 28)
    return _INITIALS[initial] + _VOWELS[vowel] + _FINALS[final]


def syllables(word: str) -> tuple[str, ...] | None:
    """The romanized syllables of a word written wholly in Hangul syllables, else ``None``.

    Examples:
        >>> syllables("문재인")
        ('mun', 'jae', 'in')
        >>> syllables("Kim") is None
        True
    """
    if not word or not all(_FIRST <= ord(c) <= _LAST for c in word):
        return None
    return tuple(romanize_syllable(c) for c in word)
