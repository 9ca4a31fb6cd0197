"""A foreign name in katakana or Hangul and one in Latin letters: the consonant skeletons of
their words (:mod:`namefold.text.loanword`) may agree, which no spelling rule reaches
(``ジャッキー・チェン`` / ``Jackie Chan``, ``ブルース・リー`` / ``Bruce Lee``).

A skeleton is loose, so the pair is read so only as a whole: the same number of words, each
word's skeleton one of the Latin word's and one of its first two vowels one the Latin word's
may be written with, at least :data:`MIN_SKELETON` consonant classes in all (``ハン・ガン`` has
three, and would meet ``Hein Gun``; ``モハメド・アリ`` too, and stays apart from Muhammad Ali).
Then the surname, given-name and middle-name evidence below :data:`LOANWORD` is raised to it.
Names in Hangul read as Chinese, Japanese or Korean names are left to those readings.
"""

from __future__ import annotations

import re

from namefold.compare.model import Evidence, evidence
from namefold.names.hangul_names import hangul_name_text
from namefold.names.korean import korean_surnames
from namefold.names.model import ParsedName
from namefold.text.loanword import LoanWord, foreign_words, latin_skeletons, latin_vowel_fits, may_be_loan

__all__ = ["LOANWORD", "MIN_SKELETON", "latin_words", "loan_words", "loanword_evidence", "loans_match"]

LOANWORD = 0.93
MIN_SKELETON = 4  # consonant classes of a whole name, at least
_RAISED = frozenset(("surname", "given", "middle"))
_WORD = re.compile("[a-z]+")


def loan_words(name: ParsedName) -> tuple[LoanWord, ...] | None:
    """The words of a name in katakana or Hangul read as loanwords, or ``None`` when it is no
    such name, is read otherwise (a Chinese, Japanese or Korean name in Hangul) or its
    skeleton is too short to tell names apart."""
    text = name.original
    if not may_be_loan(text) or name.is_partial:
        return None
    words = foreign_words(text)
    if (
        words is None
        or sum(len(w.skeleton) for w in words) < MIN_SKELETON
        or not all(w.skeleton for w in words)
    ):
        return None
    first = text.split()[0]
    if hangul_name_text(text) is not None or first in korean_surnames().hangul:
        return None
    return words


def latin_words(name: ParsedName) -> tuple[str, ...] | None:
    """The words of a full name in Latin letters, given names first, or ``None``."""
    if name.is_partial or (not name.original.isascii() and may_be_loan(name.original)):
        return None
    parts = [*name.given, *([name.patronymic] if name.patronymic else []), *name.surname]
    words = tuple(w for part in parts for w in _WORD.findall(part))
    return words or None


def loans_match(foreign: tuple[LoanWord, ...], latin: tuple[str, ...]) -> bool:
    """Whether every word of a name in katakana or Hangul fits the Latin word in its place."""
    return len(foreign) == len(latin) and all(
        f.skeleton in latin_skeletons(w) and latin_vowel_fits(w, f.vowels)
        for f, w in zip(foreign, latin, strict=True)
    )


def loanword_evidence(a: ParsedName, b: ParsedName, found: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    """``found`` with its name evidence raised to :data:`LOANWORD` when one name is the other
    written in katakana or Hangul (see the module); ``found`` itself for any other pair."""
    la, lb = may_be_loan(a.original), may_be_loan(b.original)
    if la == lb:  # most pairs: neither is in katakana or Hangul
        return found
    foreign_name, latin_name = (a, b) if la else (b, a)
    foreign, latin = loan_words(foreign_name), latin_words(latin_name)
    if foreign is None or latin is None or not loans_match(foreign, latin):
        return found
    if not any(e.feature in _RAISED and e.factor < LOANWORD for e in found):
        return found
    detail = (
        f"{foreign_name.original} is {latin_name.display} written in its sounds (consonant skeletons agree)"
    )
    return tuple(
        evidence(e.feature, e.left, e.right, "loanword", LOANWORD, detail)
        if e.feature in _RAISED and e.factor < LOANWORD
        else e
        for e in found
    )
