"""Typos in short surnames: ``Tow`` / ``Tqow``, ``Rya`` / ``Ryan``, ``Wil`` / ``Wli``.

The typo rules of :mod:`namefold.compare.surname` need four letters on both sides, so a
three-letter surname met its own typo (a letter inserted or dropped, the last letter cut
off, as record keeping does) as a different surname. A letter inserted into or dropped
from a three-letter surname, or two of its letters swapped, is read as a typo here, at a
lower factor than a longer surname's: enough for two names whose given names agree
exactly, not with a typo on top. One letter replaced is not (Hay, Ray, Kay and May are
each a surname), nor are two common East Asian surnames one letter apart
(``data/east_asian_surnames.tsv``: Tan / Tang, Lin / Ling, Yan / Yang).
"""

from __future__ import annotations

from namefold.compare.edits import one_edit_not_replaced
from namefold.data import tables

__all__ = ["SHORT_LETTERS", "SURNAME_SHORT_TYPO", "short_typo"]

SURNAME_SHORT_TYPO = 0.84  # below ATTACH_SURNAME: a bare surname does not attach by it
SHORT_LETTERS = 3  # the letters of the shorter surname this rule reads


def short_typo(sa: str, sb: str) -> bool:
    """Whether two core surnames, the shorter of :data:`SHORT_LETTERS` letters, are one
    letter inserted or two swapped apart, and not two common East Asian surnames."""
    # not one letter replaced: Hay / Ray / Kay / May are each a surname
    if min(len(sa), len(sb)) != SHORT_LETTERS or not one_edit_not_replaced(sa, sb):
        return False
    known = tables.east_asian_surnames()
    return not (sa in known and sb in known)
