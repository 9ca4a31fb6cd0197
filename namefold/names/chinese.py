"""Chinese names written in Latin letters, surname first: ``Xi Jinping``, ``Hsi Chin-p'ing``.

A name is read as Chinese when its first word is a Chinese surname (``data/chinese_surnames.tsv``,
in pinyin, Wade-Giles, or a form in use outside the mainland: ``Lee``, ``Tsai``) and the rest are
one to three Mandarin syllables (``data/pinyin.tsv``), written joined, hyphenated or spaced. The
name is then spelled in pinyin, surname first, its given syllables joined: ``Xi Jin-ping``,
``Xi Jin Ping`` and ``Hsi Chin-p'ing`` all read ``xi`` + ``jinping``, so spellings compare on
the pinyin reading.

Wade-Giles is read first when the name shows it (an apostrophe, an umlaut, a hyphenated given
name, a syllable pinyin lacks: ``hsi``, ``tse``, ``tung``), pinyin first otherwise. Without its
apostrophes Wade-Giles cannot tell ``p`` (b) from ``p'`` (p): a surname takes the reading that
is a surname (``Tsai`` is Cai, ``Chen`` is Chen), a given syllable the unaspirated one
(``Teng Hsiao-ping`` reads ``xiaobing``).

A hyphenated given name before a surname is read in Western order (``Ching-kuo Chiang``,
``Chen-Ning Yang``). Other names in Western order (``Youyou Tu``) and three single syllables
whose last is a surname too (``Chen Ning Yang``) are left as they are: which word is the surname
is not certain.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from namefold.data.chinese import palladius_syllables, surname_romanizations, wade_giles_syllables
from namefold.names.given import is_table_given
from namefold.names.words import Word
from namefold.text.han import has_han
from namefold.text.normalize import to_ascii
from namefold.text.pinyin import palladius_syllables_of, pinyin_syllables_of, wade_giles_readings
from namefold.text.ranges import CYRILLIC

__all__ = ["CHINESE_ORDER", "ChineseReading", "ChineseWords", "read_chinese", "read_chinese_text"]

CHINESE_ORDER = "chinese surname"  # the order reason of a name read as Chinese

_MAX_GIVEN = 3  # syllables of a given name (two as a rule; three in names read from characters)
_MAX_CYRILLIC_GIVEN = 2  # in Cyrillic, where Slavic words cut into syllables too (Купала)
_NOT_SYLLABLE = re.compile(r"[^a-z'\-]")
# Letters of Vietnamese (đ, ơ, ư, ă, â, ô, a tilde, hook or dot below) and McCune-Reischauer
# Korean (ŏ; ŭ but in Wade-Giles tzŭ, ssŭ, szŭ), in NFD: such a name is not read as Chinese.
_NOT_CHINESE = re.compile("[đĐ]|[aAoO][\u0302\u0306]|[\u0303\u0309\u0323\u031b]|(?<![zs])[uU]\u0306")
# Spellings only Chinese names have: after a first word that is also a Western or Slavic given
# name (Yan, Jan, Ян), the rest must show one (Yan Xuetong, Ян Чжэньнин; not Ян Полин).
_CHINESE_SPELLING = re.compile("[xq]|zh|hs|ts|tz|'|цз|чж|э|ь", re.IGNORECASE)
_WADE_GILES_MARKS = re.compile(r"['\u2019`\u02bb]|[üêŭ]|-")


class ChineseReading(NamedTuple):
    """A name read as Chinese: its surname and given name in pinyin, and the system read."""

    surname: str
    given: str
    system: str  # ``pinyin`` or ``wade-giles``


def _pieces(word: Word) -> list[str]:
    """The syllables one word is written as, lowercase ASCII with apostrophes kept."""
    text = to_ascii(word.raw.replace("\u2019", "'").replace("\u02bb", "'").replace("`", "'"))
    return [piece for piece in _NOT_SYLLABLE.sub("", text).split("-") if piece]


def _surname(spelling: str, system: str) -> str | None:
    """The pinyin of a surname as written in ``system``; beside Wade-Giles given names, also a
    form in use outside the mainland that stands for one surname (``Lee Teng-hui``)."""
    forms = surname_romanizations()
    if system == "pinyin":  # a pinyin given name goes with a pinyin surname
        return spelling if spelling in forms.get(spelling, ()) else None
    for reading in wade_giles_readings(spelling):
        if reading in forms.get(reading, ()):
            return reading
    readings = forms.get(spelling.replace("'", ""), frozenset())
    return next(iter(readings)) if len(readings) == 1 else None


def _given(pieces: list[str], system: str) -> str | None:
    """The given name's pinyin syllables joined, or ``None`` if a piece is not syllables."""
    syllables: list[str] = []
    for piece in pieces:
        if system == "pinyin":
            cut = None if "'" in piece else pinyin_syllables_of(piece)
            if cut is None:
                return None
            syllables += cut
        else:
            readings = wade_giles_readings(piece)
            if not readings:
                return None
            syllables.append(readings[0])
    return "".join(syllables) if 0 < len(syllables) <= _MAX_GIVEN else None


@functools.cache
def _surname_spellings() -> frozenset[str]:
    """Every spelling of a surname :func:`_surname` reads, apostrophes left out: most names
    fail this test and no more."""
    forms = surname_romanizations()
    wade_giles = [wg for wg, readings in wade_giles_syllables().items() if any(r in forms for r in readings)]
    cyrillic = [cyr for cyr, reading in palladius_syllables().items() if reading in forms]
    return frozenset([*forms, *(wg.replace("'", "") for wg in wade_giles), *cyrillic])


def _ambiguous(words: list[Word]) -> bool:
    """Three single syllables whose last is a surname too (``Chen Ning Yang``), or capitals
    that mark the last word as the surname (``Xi JINPING``): the order is not certain."""
    if len(words) == 3 and "-" not in words[1].norm and words[2].norm in surname_romanizations():
        return True
    return words[-1].caps and not words[0].caps


def read_chinese_text(words: list[Word], text: str = "") -> ChineseReading | None:
    """The Chinese reading of a name's words, surname first, or ``None`` if it is not one;
    ``text``, the name as written, tells whether it was written in Chinese characters."""
    if not 2 <= len(words) <= 3:
        return None
    spellings = _surname_spellings()  # most names stop here
    if words[0].norm not in spellings and (words[0].raw.isascii() or words[0].raw.lower() not in spellings):
        return None
    if (
        is_table_given(words[0].norm)
        and not any(_CHINESE_SPELLING.search(w.raw) for w in words[1:])
        and not has_han(text)
    ):
        return None
    if _ambiguous(words) or any(_NOT_CHINESE.search(unicodedata.normalize("NFD", w.raw)) for w in words):
        return None
    if CYRILLIC.search(words[0].raw):
        return _read_palladius(words)
    if any(w.initial or w.comma_before for w in words[2:]) or "-" in words[0].norm:
        return None
    surname_pieces = _pieces(words[0])
    given_pieces = [piece for word in words[1:] for piece in _pieces(word)]
    if len(surname_pieces) != 1 or not given_pieces:
        return None
    marked = any(_WADE_GILES_MARKS.search(w.raw) for w in words)
    for system in ("wade-giles", "pinyin") if marked else ("pinyin", "wade-giles"):
        surname = _surname(surname_pieces[0], system)
        given = _given(given_pieces, system) if surname else None
        if surname and given:
            return ChineseReading(surname, given, system)
    return None


def _read_palladius(words: list[Word]) -> ChineseReading | None:
    """The reading of a name in Palladius Cyrillic (``Си Цзиньпин``), surname first."""
    forms = surname_romanizations()
    surname = palladius_syllables_of(words[0].raw.lower())
    if surname is None or len(surname) != 1 or surname[0] not in forms.get(surname[0], ()):
        return None
    given: list[str] = []
    for word in words[1:]:
        for piece in word.raw.lower().split("-"):
            cut = palladius_syllables_of(piece)
            if cut is None:
                return None
            given += cut
    if not 0 < len(given) <= _MAX_CYRILLIC_GIVEN:
        return None
    return ChineseReading(surname[0], "".join(given), "palladius")


class ChineseWords(NamedTuple):
    """A name read as Chinese: its words (given name and surname, in the order written) and
    that order."""

    words: list[Word]
    order: str  # ``given-first`` or ``family-first``


def _western_order(words: list[Word]) -> bool:
    """A hyphenated given name, then one word (``Chen-Ning Yang``): perhaps Western order."""
    return (
        len(words) == 2
        and "-" in words[0].norm
        and "-" not in words[1].norm
        and not words[1].comma_before
        and words[0].caps == words[1].caps
    )


def read_chinese(words: list[Word], text: str = "") -> ChineseWords | None:
    """The words in pinyin, surname and given name, of a Chinese name written surname first
    (see the module's docstring) or, with a hyphenated given name, given name first
    (``Ching-kuo Chiang``); ``None`` if the words are not one. ``text`` is the name as
    written (a name in Chinese characters is Chinese, whatever its words).

    Examples:
        >>> from namefold.names.words import read_words
        >>> [w.norm for w in read_chinese(read_words("Hsi Chin-p'ing")).words]
        ['xi', 'jinping']
        >>> [w.norm for w in read_chinese(read_words("Ching-kuo Chiang")).words]
        ['jingguo', 'jiang']
        >>> read_chinese(read_words("Bruce Lee")) is None
        True
    """
    reading = read_chinese_text(words, text)
    if reading is not None:
        return ChineseWords(_pinyin_words(reading, words[0], words[1:]), "family-first")
    if _western_order(words) and (reading := read_chinese_text([words[1], words[0]])) is not None:
        surname, given = _pinyin_words(reading, words[1], words[:1])
        return ChineseWords([given, surname], "given-first")
    return None


def _pinyin_words(reading: ChineseReading, first: Word, rest: list[Word]) -> list[Word]:
    """``[surname, given name]`` words spelled as ``reading`` reads them."""
    raw = " ".join(w.raw for w in rest)
    shown = " ".join(w.shown for w in rest)
    surname = Word(reading.surname, first.raw, first.caps, False, reading.surname, first.shown, False, False)
    given = Word(reading.given, raw, rest[0].caps, rest[0].comma_before, reading.given, shown, False, False)
    return [surname, given]
