"""The Unicode ranges of the scripts that several stages test a text or word for: one
definition each, so that every stage means the same by "Cyrillic" or "a Chinese character"."""

from __future__ import annotations

import re

__all__ = ["CYRILLIC", "CYRILLIC_LETTERS", "HAN", "HAN_LETTERS"]

CYRILLIC_LETTERS = "\u0400-\u04ff"  # the Cyrillic block (Russian, Belarusian, Ukrainian, Serbian ...)
CYRILLIC = re.compile(f"[{CYRILLIC_LETTERS}]")
# Chinese characters: CJK Unified Ideographs, Extension A, the compatibility block, Extensions B-F
HAN_LETTERS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
HAN = re.compile(f"[{HAN_LETTERS}]")
