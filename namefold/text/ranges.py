"""The Unicode ranges of the scripts that several stages test a text or word for: one
definition each, so that every stage means the same by "Cyrillic" or "a Chinese character"."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["CYRILLIC", "CYRILLIC_LETTERS", "HAN", "HAN_LETTERS", "script_name"]

CYRILLIC_LETTERS = "\u0400-\u04ff"  # the Cyrillic block (Russian, Belarusian, Ukrainian, Serbian ...)
CYRILLIC = re.compile(f"[{CYRILLIC_LETTERS}]")
# Chinese characters: CJK Unified Ideographs, Extension A, the compatibility block, Extensions B-F
HAN_LETTERS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
HAN = re.compile(f"[{HAN_LETTERS}]")


def script_name(letter: str, unnamed: str = "UNKNOWN") -> str:
    """The script of one character as Unicode names it (``LATIN``, ``CYRILLIC``, ``CJK``,
    ``HANGUL``), ``unnamed`` for a character without a name.

    Examples:
        >>> script_name("a"), script_name("Ж"), script_name("김")
        ('LATIN', 'CYRILLIC', 'HANGUL')
    """
    if letter.isascii():
        return "LATIN"
    return unicodedata.name(letter, unnamed).split(" ", 1)[0]
