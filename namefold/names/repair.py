"""Names written badly, read as meant: digits typed for letters (``Ig0r Sech1n``), a given
name and a surname glued together (``VladimirPutin``) or joined by a hyphen
(``Margarita-Simonyan``), a surname split by a space (``Boxha ll``, ``Ca rp``) or a given
name split by one (``Ca itlin Menzies``, ``Joshu A Hohn``).

A repair is made only where it is safe: a digit inside a word of letters that starts with
a letter (``1st`` stays), and a glued or hyphenated name only when the whole text is that
one word and its first part is a given name the tables list (``McDonald``,
``Lumley-Savile`` and ``Jean-Pierre Raffarin`` stay as they are). A split surname is
joined only when the last word is two or three letters with no vowel (``y`` and ``w``
count as vowels) that no table lists as a title or suffix, and is not ``Ng``; a split given
name, when the first two of three or more words join into a given name the tables list and
the first alone is not one (``Mari A Smith`` stays).
"""

from __future__ import annotations

import re

from namefold.data import tables
from namefold.names.given import is_listed_given

__all__ = ["repair"]

_DIGIT = re.compile(r"\d")
_LEET = str.maketrans("013457", "oieast")
_DIGIT_IN_WORD = re.compile(r"\b[^\W\d_][\w]*\d[\w]*\b")
_CAMEL = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")
_HYPHENATED = re.compile(r"^([^\W\d_]{3,})-([^\W\d_]{3,})$")
_FRAGMENT = re.compile(r"(?<=[a-z]) ([b-df-hj-np-tvxz]{2,3})\s*$", re.IGNORECASE)  # Boxha ll
_NOT_FRAGMENTS = frozenset({"ng"})  # a Cantonese surname


def repair(text: str) -> str:
    """``text`` with the repairs of the module docstring made; most names come back as they are."""
    if _DIGIT.search(text):
        text = _DIGIT_IN_WORD.sub(_letters_for_digits, text)
    stripped = text.strip()
    if " " in stripped:
        return _join_given(_join_fragment(text))
    if not stripped:
        return text
    glued = _CAMEL.match(stripped) or _HYPHENATED.match(stripped)
    if glued and is_listed_given(glued.group(1).lower()):
        return f"{glued.group(1)} {glued.group(2)}"
    return text


def _letters_for_digits(word: re.Match[str]) -> str:
    found = word.group(0)
    if any(c.isalpha() for c in found[1:]):  # letters around the digit: a typed word
        return found.translate(_LEET)
    return found


def _join_fragment(text: str) -> str:
    """``text`` with a last word that cannot be a word joined to the one before it."""
    found = _FRAGMENT.search(text)
    if found is None:
        return text
    fragment = found.group(1).lower()
    if fragment in _NOT_FRAGMENTS or fragment in tables.honorifics() or fragment in tables.suffixes():
        return text
    return text[: found.start()] + found.group(1)


def _join_given(text: str) -> str:
    """``text`` with its first two words joined when they are a split given name."""
    words = text.split()
    if len(words) < 3 or not (words[0].isalpha() and words[1].isalpha()):
        return text
    joined = words[0] + words[1]
    if is_listed_given(joined.lower()) and not is_listed_given(words[0].lower()):
        return " ".join([joined, *words[2:]])
    return text
