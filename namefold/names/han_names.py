"""Names in Chinese characters read as Japanese or Korean names, not as Mandarin.

The characters alone cannot tell a Japanese, Korean or Chinese name apart (``金正恩`` is
Kim Jong-un in every Chinese newspaper), so a name keeps several readings, one of them first. A
name wholly in characters (two to five, spaces between them ignored) is read as Mandarin
(:mod:`namefold.text.han`) first unless one of these rules reads it otherwise:

- **Japanese**: it is a Japanese surname and a Japanese given name of the
  ``japanese-personal-name-dataset`` package (``安倍`` + ``晋三``), split so that the surname
  is not a Chinese one: a two- or three-character surname that is not a Chinese compound
  surname (``欧阳``), or one character that is no Chinese surname (``岸`` + ``信介``), and a
  three-character name whose first character is a Chinese surname is left to Mandarin
  (``林田明`` may be Lin Tianming). It is then read in Hepburn, surname first, as
  ``Abe, Shinzo`` (the comma settles the order); the given name's reading is the one
  :func:`namefold.data.han_names.japanese_given_names` chooses.
- **Korean**: three characters, each with a Korean reading (Unihan kHangul: simplified forms
  have none) that Korea lists for personal names, after a surname that more people in Korea
  than in China bear (``金`` Kim: 10.7 million in the 2015 Korean census, about 4 million
  Jin in China; ``朴`` Park: 4.2 million, Piao in China almost only among its Koreans). It is
  then written in Hangul (``김정은``) for the Korean reader (:mod:`namefold.names.korean_order`),
  with the initial-sound rule of South Korean spelling (``李`` 리 -> 이).

The readings the rules do not choose stay as other readings (:func:`other_han_texts`, parsed
by :mod:`namefold.names.readings`), which the candidate index and ``compare`` try too.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from namefold.data.chinese import chinese_surnames
from namefold.data.han_names import (
    japanese_given_readings,
    japanese_surnames,
    korean_hanja,
    traditional_forms,
)
from namefold.engine.caches import NAMES, cached
from namefold.names.korean import korean_surnames
from namefold.text.han import read_han
from namefold.text.kana import kana_to_latin
from namefold.text.ranges import HAN_LETTERS

__all__ = [
    "han_name_text",
    "is_han_name",
    "language_of",
    "other_han_texts",
    "same_characters",
    "starts_with_han",
]

_HAN_NAME = re.compile(f"[{HAN_LETTERS}]{{2,5}}")
_SPACES = re.compile("[ \u3000]+")
_HAN_START = re.compile(f"[ \u3000]*[{HAN_LETTERS}]")
# Surnames borne by more people in Korea than in China (see the module's docstring).
_KOREAN_MAJORITY = frozenset("金朴")
_KOREAN_LENGTH = 3  # a surname and a two-syllable given name, as most Korean names are
_HANGUL_FIRST = 0xAC00
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11  # initial consonants, by their index in a syllable
_I_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
_MAX_GIVEN_READINGS = 6  # the readings of a Japanese given name kept as other readings
_MAX_KOREAN_TEXTS = 4  # Korean readings kept when characters have several


class JapaneseSplit(NamedTuple):
    """A name in kanji cut into a Japanese surname and given name (kanji)."""

    surname: str
    given: str
    chinese: bool  # the cut leaves a Chinese surname, or a Chinese one reads as well


def starts_with_han(text: str) -> bool:
    """Whether ``text`` starts (after spaces) with a Chinese character: the cheap test that
    tells the few names that may have other readings from the rest."""
    return _HAN_START.match(text) is not None


def _run(text: str) -> str | None:
    """``text`` without its spaces, if it is a name in two to five Chinese characters."""
    if not _HAN_START.match(text):  # most names: a first letter that is no character
        return None
    run = _SPACES.sub("", text.strip())
    return run if _HAN_NAME.fullmatch(run) else None


def is_han_name(text: str) -> bool:
    """Whether ``text`` is a name wholly in two to five Chinese characters (spaces ignored)."""
    return not text.isascii() and _run(text) is not None


def same_characters(a: str, b: str) -> bool:
    """Whether two names in characters are written alike, simplified forms read as the
    traditional ones (``金与正`` / ``金與正``), spaces ignored."""
    forms = traditional_forms()
    return _SPACES.sub("", a.strip()).translate(forms) == _SPACES.sub("", b.strip()).translate(forms)


def han_name_text(text: str) -> str | None:
    """The text to read in place of ``text``, a name in Chinese characters that reads as a
    Japanese name (``Abe, Shinzo``) or a Korean one (``김정은``); ``None`` for any other text.

    Examples:
        >>> han_name_text("安倍晋三"), han_name_text("金正恩"), han_name_text("习近平")
        ('Abe, Shinzo', '김정은', None)
    """
    run = _run(text)
    if run is None:
        return None
    split = _japanese_split(run)
    if split is not None and not split.chinese:
        return _japanese_text(split, 0)
    return _korean(run)


def language_of(reading: str | None) -> str:
    """The language a reading of :func:`han_name_text` or :func:`other_han_texts` is in:
    ``korean`` (Hangul), ``japanese`` (``Surname, Given``) or ``mandarin`` (pinyin, or
    ``None``: the name read as it is)."""
    if reading is None:
        return "mandarin"
    if not reading.isascii():
        return "korean"
    return "japanese" if "," in reading else "mandarin"


@cached(NAMES)
def other_han_texts(text: str) -> tuple[str, ...]:
    """The other readings of a name in Chinese characters, as texts to parse, after the one
    :func:`han_name_text` reads it by (or Mandarin): a Japanese name with a two-character
    surname has only its given name's other readings (``伊藤博文``: Ito Hiroshi, Ito Hirobumi);
    any other name also its Mandarin reading (``金正恩``: jin zhengen), its Korean reading when
    every character has one (``李承晩``: 이승만) and its Japanese one (``林田明``); a name in
    simplified characters also the Korean and Japanese readings of its traditional form
    (``金与正``: 김여정, ``村上春树``: Murakami Haruki).

    Examples:
        >>> other_han_texts("金正恩")
        ('jin zhengen',)
        >>> other_han_texts("李承晩")
        ('이승만',)
    """
    run = _run(text)
    if run is None:
        return ()
    primary = han_name_text(run)
    texts, alone = _japanese_texts(run)
    if alone:  # Abe Shinzo: a two-character Japanese surname, no other language
        return tuple(t for t in texts if t != primary)
    texts += _korean_texts(run)
    traditional = run.translate(traditional_forms())
    if traditional != run:  # the Chinese press's forms of other names: 村上春树, 金与正
        texts += [*_japanese_texts(traditional)[0], *_korean_texts(traditional)]
    if primary is not None:
        texts.append(read_han(run))
    return tuple(dict.fromkeys(t for t in texts if t != primary))


def _japanese_texts(run: str) -> tuple[list[str], bool]:
    """The Japanese readings of ``run``, one for each reading of its given name, and whether
    they are its only readings (a two-character surname that is not Chinese)."""
    split = _japanese_split(run)
    if split is None:
        return [], False
    count = min(len(japanese_given_readings()[split.given]), _MAX_GIVEN_READINGS)
    texts = [_japanese_text(split, n) for n in range(count)]
    return texts, not split.chinese and len(split.surname) > 1


def _japanese_split(run: str) -> JapaneseSplit | None:
    """The cut of ``run`` into a Japanese surname and given name of the dataset, if any: one
    that leaves no Chinese surname first, else one that does (``chinese``)."""
    surnames, given_names, chinese = japanese_surnames(), japanese_given_readings(), chinese_surnames()
    found: JapaneseSplit | None = None
    for cut in (2, 3, 1):
        surname, given = run[:cut], run[cut:]
        if surname not in surnames or given not in given_names or (cut == 1 and len(given) < 2):
            continue
        # a Chinese surname, or three characters whose first is one (林田明 may be Lin Tianming)
        doubtful = surname in chinese or (len(run) == _KOREAN_LENGTH and cut > 1 and run[0] in chinese)
        if not doubtful:
            return JapaneseSplit(surname, given, chinese=False)
        found = found or JapaneseSplit(surname, given, chinese=True)
    return found


def _japanese_text(split: JapaneseSplit, reading: int) -> str:
    """``Surname, Given`` in Hepburn, the given name by its reading number ``reading``."""
    surname = kana_to_latin(japanese_surnames()[split.surname]).title()
    return f"{surname}, {kana_to_latin(japanese_given_readings()[split.given][reading]).title()}"


def _korean(run: str) -> str | None:
    """``run`` in Hangul if it reads as a Korean name first (see the module's docstring)."""
    if len(run) != _KOREAN_LENGTH or run[0] not in _KOREAN_MAJORITY:
        return None
    return _korean_any(run)


def _korean_any(run: str) -> str | None:
    """``run`` in Hangul, a one-character surname and a two-character given name, each
    character read by its first reading listed for names (else its first); else ``None``."""
    texts = _korean_texts(run)
    return texts[0] if texts else None


def _korean_texts(run: str) -> list[str]:
    """:func:`_korean_any`, then the readings with a given character's other readings listed
    for names (``金鍾泌``: 김종비, 김종필)."""
    if len(run) != _KOREAN_LENGTH:  # a one-syllable Korean given name compares loosely (이붕 / 이강)
        return []
    table, surnames = korean_hanja(), list(korean_surnames().hangul)  # most common first
    first = table.get(run[0])
    readings = [r for r in first.readings if r in surnames] if first else []  # 金: 김 before 금
    surname = min(readings, key=surnames.index, default=None)
    if surname is None or any(char not in table for char in run[1:]):
        return []
    texts = [""]
    for at, char in enumerate(run[1:]):
        options = table[char].names or table[char].readings[:1]
        heads = [_initial_rule(r) if at == 0 else r for r in options]
        texts = [text + head for text in texts for head in dict.fromkeys(heads)][:_MAX_KOREAN_TEXTS]
    return [surname + text for text in texts]


def _initial_rule(syllable: str) -> str:
    """A syllable at the start of a word as South Korean spelling writes it (두음법칙):
    ㄹ before i or y is ㅇ, before other vowels ㄴ; ㄴ before i or y is ㅇ."""
    initial, rest = divmod(ord(syllable) - _HANGUL_FIRST, 21 * 28)
    vowel = rest // 28
    if initial == _RIEUL:
        initial = _IEUNG if vowel in _I_VOWELS else _NIEUN
    elif initial == _NIEUN and vowel in _I_VOWELS:
        initial = _IEUNG
    return chr(_HANGUL_FIRST + initial * 21 * 28 + rest)
