"""Cantonese names in Latin letters as Hong Kong writes them, surname first, the given name's
syllables joined by a hyphen: ``Lee Siu-lung``, ``Tsang Yam-kuen``, ``Lam Cheng Yuet-ngor``
(a married woman's two surnames).

A name is read so when it has two or three words, its first a Cantonese spelling of a Chinese
surname (:func:`namefold.text.cantonese.cantonese_surname_spellings`), a middle word (if any)
one too, and its last word two or three Cantonese syllables joined by hyphens, and the Mandarin
reader did not take it first (``Chiang Kai-shek`` is Wade-Giles). Its surname is then its
first word, its given names the others. A name without a hyphen (``Chan Ho Man``) is left to
the general rules: its order is not shown.
"""

from __future__ import annotations

from namefold.names.words import Word
from namefold.text.cantonese import cantonese_surname_spellings, cantonese_syllables

__all__ = ["CANTONESE_ORDER", "is_cantonese_name"]

CANTONESE_ORDER = "cantonese surname"  # the order reason of a name read as Cantonese

_MIN_WORDS, _MAX_WORDS = 2, 3
_MIN_SYLLABLES, _MAX_SYLLABLES = 2, 3


def is_cantonese_name(words: list[Word]) -> bool:
    """Whether ``words`` are a Cantonese name, surname first (see the module's docstring)."""
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or "-" not in words[-1].norm:
        return False
    if any(w.initial or w.comma_before or not w.raw.isascii() for w in words):
        return False
    surnames = cantonese_surname_spellings()
    if any(w.norm not in surnames for w in words[:-1]):
        return False
    pieces = words[-1].norm.split("-")
    syllables = cantonese_syllables()
    return _MIN_SYLLABLES <= len(pieces) <= _MAX_SYLLABLES and all(p in syllables for p in pieces)
