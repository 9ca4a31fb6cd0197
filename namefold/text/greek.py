"""Greek words in Latin letters: ELOT 743 (ISO 843) letter values, with the letter pairs as
the English spellings of Greek names write them.

Unidecode reads Greek letter by letter and as ancient Greek: ``η`` is ``e``, ``υ`` is ``u``,
``μπ`` is ``mp``, so ``Μητσοτάκης`` becomes ``metsotakes`` and ``Κυριάκος`` ``kuriakos``,
far from the Mitsotakis and Kyriakos every Latin text writes. This module reads the letter
pairs of ``data/greek.tsv`` first (``ου`` ou, ``μπ`` b/mb, ``ντ`` d/nt, ``γκ`` g/ng,
``αυ`` av/af ...), a diaeresis keeping two vowels apart (``Κάιρο`` ai, ``Αϊβαλί`` a-i), and
modern values for the single letters (``η`` i, ``υ`` y, ``β`` v). Unlike the passport
form of ELOT 743, which writes ``μπ`` mp and ``ντ`` nt everywhere (Ntora Mpakogianni), μπ, ντ,
γκ are b, d, g at the start of a word, as the press writes them (Dora Bakoyannis).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from namefold.data import tables

__all__ = ["romanize"]

_DIAERESIS = "\u0308"
_VOICELESS = frozenset("θκξπστφχψ")  # after αυ, ευ, ηυ: af, ef, if
_UPSILON_PAIRS = frozenset(("αυ", "ευ", "ηυ"))


@attrs.frozen
class _Reading:
    ascii: str
    initial: str


@functools.cache
def _readings() -> Mapping[str, _Reading]:
    rows = tables.read_table("greek.tsv", ("greek", "ascii", "initial", "note"))
    return MappingProxyType(
        {greek: _Reading(ascii_, initial or ascii_) for greek, ascii_, initial, _ in rows}
    )


def _letters(word: str) -> list[tuple[str, bool]]:
    """The base letters of ``word`` (accents dropped) and whether each bears a diaeresis."""
    letters: list[tuple[str, bool]] = []
    for char in unicodedata.normalize("NFD", word):
        if not unicodedata.combining(char):
            letters.append((char, False))
        elif char == _DIAERESIS and letters:
            letters[-1] = (letters[-1][0], True)
    return letters


def romanize(word: str) -> str:
    """One Greek word (lower case, accents allowed) in ASCII letters.

    Examples:
        >>> romanize("κυριάκος"), romanize("μητσοτάκης"), romanize("παπανδρέου")
        ('kyriakos', 'mitsotakis', 'papandreou')
        >>> romanize("μπακογιάννη"), romanize("ντόρα"), romanize("ευθύμιος")
        ('bakogianni', 'dora', 'efthymios')
    """
    readings = _readings()
    letters = _letters(word.replace("ς", "σ"))
    out: list[str] = []
    i = 0
    while i < len(letters):
        letter = letters[i][0]
        pair = letter + letters[i + 1][0] if i + 1 < len(letters) and not letters[i + 1][1] else ""
        if pair in readings:
            reading = readings[pair]
            text = reading.initial if i == 0 else reading.ascii
            if pair in _UPSILON_PAIRS and (i + 2 == len(letters) or letters[i + 2][0] in _VOICELESS):
                text = text[:-1] + "f"
            out.append(text)
            i += 2
            continue
        out.append(readings[letter].ascii if letter in readings else letter)
        i += 1
    return "".join(out)
