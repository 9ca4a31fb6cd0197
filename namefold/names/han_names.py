"""Names in Chinese characters read as Japanese or Korean names, not as Mandarin.

The characters alone cannot tell a Japanese, Korean or Chinese name apart (``金正恩`` is
Kim Jong-un in every Chinese newspaper), and namefold keeps one reading per spelling. A name
wholly in characters (two to five, spaces between them ignored) is read as Mandarin
(:mod:`namefold.text.han`) unless one of these rules reads it otherwise:

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
"""

from __future__ import annotations

import re

from namefold.data.chinese import chinese_surnames
from namefold.data.han_names import japanese_given_names, japanese_surnames, korean_hanja
from namefold.names.korean import korean_surnames
from namefold.text.kana import kana_to_latin

__all__ = ["han_name_text"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
_HAN_NAME = re.compile(f"[{_HAN}]{{2,5}}")
_SPACES = re.compile("[ \u3000]+")
# Surnames borne by more people in Korea than in China (see the module's docstring).
_KOREAN_MAJORITY = frozenset("金朴")
_KOREAN_LENGTH = 3  # a surname and a two-syllable given name, as most Korean names are
_HANGUL_FIRST = 0xAC00
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11  # initial consonants, by their index in a syllable
_I_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ


def han_name_text(text: str) -> str | None:
    """The text to read in place of ``text``, a name in Chinese characters that reads as a
    Japanese name (``Abe, Shinzo``) or a Korean one (``김정은``); ``None`` for any other text.

    Examples:
        >>> han_name_text("安倍晋三"), han_name_text("金正恩"), han_name_text("习近平")
        ('Abe, Shinzo', '김정은', None)
    """
    run = _SPACES.sub("", text.strip())
    if not _HAN_NAME.fullmatch(run):
        return None
    return _japanese(run) or _korean(run)


def _japanese(run: str) -> str | None:
    """``Surname, Given`` in Hepburn if ``run`` reads as a Japanese name, else ``None``."""
    surnames, given_names, chinese = japanese_surnames(), japanese_given_names(), chinese_surnames()
    for cut in (2, 3, 1):
        surname, given = run[:cut], run[cut:]
        if surname not in surnames or given not in given_names:
            continue
        if surname in chinese or (cut == 1 and len(given) < 2):
            continue
        if len(run) == _KOREAN_LENGTH and cut > 1 and run[0] in chinese:
            return None  # one Chinese surname and two given characters read as well
        return f"{kana_to_latin(surnames[surname]).title()}, {kana_to_latin(given_names[given]).title()}"
    return None


def _korean(run: str) -> str | None:
    """``run`` in Hangul if it reads as a Korean name, else ``None``."""
    if len(run) != _KOREAN_LENGTH or run[0] not in _KOREAN_MAJORITY:
        return None
    table, surnames = korean_hanja(), list(korean_surnames().hangul)  # most common first
    readings = [r for r in table[run[0]].readings if r in surnames]  # 金: 김 Kim before 금 Geum
    surname = min(readings, key=surnames.index, default=None)
    given = [table[char].names[0] if char in table and table[char].names else None for char in run[1:]]
    if surname is None or None in given:
        return None
    first, *rest = [syllable for syllable in given if syllable]
    return surname + _initial_rule(first) + "".join(rest)


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
