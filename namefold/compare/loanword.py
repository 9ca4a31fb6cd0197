"""A foreign name in katakana or Hangul and one in Latin letters: the consonant skeletons of
their words (:mod:`namefold.text.loanword`) may agree, which no spelling rule reaches
(``ジャッキー・チェン`` / ``Jackie Chan``, ``ブルース・リー`` / ``Bruce Lee``).

A skeleton is loose, so the pair is read so only as a whole: each word's skeleton one of the
skeletons of the Latin word in its place (the first and last words in place, the Latin name
perhaps with more middle names; the given name perhaps by a nickname of two consonant classes or
more, its vowel its own: ``빌 클린턴`` / ``William Jefferson Clinton``) and its first vowel (or
the next, when katakana may have added the first) one the Latin word's first vowel may be
written with. A name of three consonant classes in all (``h`` not counted: ``モハメド・アリ``)
needs the vowels themselves to agree (``ハン・ガン`` does not meet ``Hein Gun``); one of fewer
is not read. Then the surname, given-name and middle-name evidence below :data:`LOANWORD` is
raised to it, and a gender read from the foreign name's romanization dropped. Names in Hangul
read as Chinese, Japanese or Korean names are left to those readings; a katakana and a Hangul
name meet word by word (``モハメド・アリ`` / ``무하마드 알리``).
"""

from __future__ import annotations

import re

from namefold.compare.model import Evidence, evidence
from namefold.names.given import nicknames_of
from namefold.names.hangul_names import hangul_name_text, may_be_korean
from namefold.names.model import ParsedName
from namefold.text.hangul import has_hangul
from namefold.text.loanword import LoanWord, foreign_words, latin_skeletons, latin_vowel_fits, may_be_loan

__all__ = [
    "LOANWORD",
    "MIN_SHORT",
    "MIN_SKELETON",
    "given_forms",
    "latin_words",
    "loan_words",
    "loanword_evidence",
    "loans_match",
]

LOANWORD = 0.93
MIN_SKELETON = 4  # consonant classes of a whole name read loosely, at least
MIN_SHORT = 3  # consonant classes of a whole name read strictly, at least
_RAISED = frozenset(("surname", "given", "middle"))
_O_U = frozenset("ou")
_WORD = re.compile("[a-z]+")
_LATIN_OR_CYRILLIC = re.compile("[^\u0370-\u03ff\u0530-\u1dff\u1f00-\u1fff\u2e80-\uffff]*")  # no other script


def loan_words(name: ParsedName) -> tuple[LoanWord, ...] | None:
    """The words of a name in katakana or Hangul read as loanwords, or ``None`` when it is no
    such name, is read otherwise (a Chinese, Japanese or Korean name in Hangul) or its
    skeleton is too short to tell names apart."""
    text = name.original
    if not may_be_loan(text) or name.is_partial:
        return None
    words = foreign_words(text)
    if words is None or _classes(words) < MIN_SHORT or not all(w.skeleton for w in words):
        return None
    if has_hangul(text) and (hangul_name_text(text) is not None or may_be_korean(text)):
        return None
    return words


def latin_words(name: ParsedName) -> tuple[str, ...] | None:
    """The words of a full name in Latin (or Cyrillic) letters, given names first, or ``None``."""
    text = name.original
    if name.is_partial or not (text.isascii() or _LATIN_OR_CYRILLIC.fullmatch(text)):
        return None  # a name in another script is read by its romanization, too loose here
    parts = [*name.given, *([name.patronymic] if name.patronymic else []), *name.surname]
    words = tuple(w for part in parts for w in _WORD.findall(part))
    return words or None


def _classes(words: tuple[LoanWord, ...]) -> int:
    """The consonant classes of a name's skeletons, ``H`` (often silent in Latin) not counted."""
    return sum(len(w.skeleton) - w.skeleton.count("H") for w in words)


def given_forms(word: str) -> tuple[str, ...]:
    """A Latin given name and the nicknames of its groups, which a name in katakana or Hangul
    may be written by (``ビル・クリントン`` for William Jefferson Clinton)."""
    return (word, *nicknames_of(word))


def loans_match(foreign: tuple[LoanWord, ...], latin: tuple[str, ...]) -> bool:
    """Whether every word of a name in katakana or Hangul fits a Latin word in its place: the
    first the first, the last the last, the others inner words in order (a Latin name may have
    more middle names: ``Vincent Willem van Gogh``). A name of fewer than
    :data:`MIN_SKELETON` consonant classes (but :data:`MIN_SHORT`) needs each word's vowels to be
    the Latin word's, not only ones it may be written with (``モハメド・アリ`` / ``Muhammad Ali``,
    not ``ハン・ガン`` / ``Hein Gun``)."""
    if len(foreign) > len(latin) or len(foreign) < 2:
        return False
    strict = _classes(foreign) < MIN_SKELETON

    def fits(f: LoanWord, w: str) -> bool:
        return f.skeleton in latin_skeletons(w) and latin_vowel_fits(w, f.vowels, strict=strict)

    first = fits(foreign[0], latin[0]) or (
        len(foreign[0].skeleton) > 1
        and any(
            foreign[0].skeleton in latin_skeletons(w) and latin_vowel_fits(w, foreign[0].vowels, strict=True)
            for w in given_forms(latin[0])[1:]
        )
    )  # a nickname, its vowel its own: of one consonant class (Will: R) it would be any name's
    if not (first and fits(foreign[-1], latin[-1])):
        return False
    inner, at = foreign[1:-1], 1
    for word in inner:  # each inner foreign word fits the next Latin inner word that fits it
        while at < len(latin) - 1 and not fits(word, latin[at]):
            at += 1
        if at >= len(latin) - 1:
            return False
        at += 1
    return True


def _kana_and_hangul(a: ParsedName, b: ParsedName) -> bool:
    """Whether one name is in katakana and the other in Hangul, word by word of one skeleton
    and with first vowels that meet (``モハメド・アリ`` / ``무하마드 알리``)."""
    if has_hangul(a.original) == has_hangul(b.original):
        return False
    wa, wb = loan_words(a), loan_words(b)
    if wa is None or wb is None or len(wa) != len(wb):
        return False
    return all(
        x.skeleton == y.skeleton and _vowels_meet(x.vowels, y.vowels) for x, y in zip(wa, wb, strict=True)
    )


def _vowels_meet(x: str, y: str) -> bool:
    """Whether katakana and Hangul may write one vowel so: the same, ``o`` / ``u`` (モ / 무 for
    the u of Muhammad), or Hangul ``ㅓ`` (``@``) for any but ``i``."""
    return any(v == w or {v, w} <= _O_U or ("@" in (v, w) and "i" not in (v, w)) for v in x for w in y)


def loanword_evidence(a: ParsedName, b: ParsedName, found: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    """``found`` with its name evidence raised to :data:`LOANWORD` when one name is the other
    written in katakana or Hangul, or both are one name so written (see the module); ``found``
    itself for any other pair."""
    la, lb = may_be_loan(a.original), may_be_loan(b.original)
    if not la and not lb:  # most pairs: neither is in katakana or Hangul
        return found
    if not any(e.feature in _RAISED and e.factor < LOANWORD for e in found):
        return found
    if la and lb:
        if not _kana_and_hangul(a, b):
            return found
        detail = f"{a.original} and {b.original} write one name in its sounds (consonant skeletons agree)"
    else:
        foreign_name, latin_name = (a, b) if la else (b, a)
        foreign, latin = loan_words(foreign_name), latin_words(latin_name)
        if foreign is None or latin is None or not loans_match(foreign, latin):
            return found
        detail = f"{foreign_name.original} is {latin_name.display} written in its sounds (skeletons agree)"
    # a gender read from a romanized katakana or Hangul word as a Latin given name (조 jo: f)
    # is that of another word: the name's own given name is the Latin one
    dropped = frozenset(("gender",)) if a.surname_gender is None and b.surname_gender is None else frozenset()
    return tuple(
        evidence(e.feature, e.left, e.right, "loanword", LOANWORD, detail)
        if e.feature in _RAISED and e.factor < LOANWORD
        else e
        for e in found
        if not (e.conflict and e.feature in dropped)
    )
