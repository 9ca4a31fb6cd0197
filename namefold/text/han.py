"""Chinese characters (Hanzi, simplified and traditional) read as Hanyu Pinyin, name by name.

A run of characters is a name: its surname (one character, or two for a compound surname
in ``data/chinese_surnames.tsv``: 欧阳, 司马) read by its reading as a surname (单 Shan,
曾 Zeng, 区 Ou), then its given name, its syllables joined: ``习近平`` -> ``xi jinping``.
Runs joined by a middle dot (a foreign name written in characters: 唐纳德·特朗普) are read
as words without a surname. The readings of the characters come from pypinyin (MIT), which
reads a run word by word (its phrase dictionary settles most characters with two readings).

pypinyin is imported the first time a name holds a Han character: its dictionaries take
about 0.2-0.5 s and 55 MB to load, which ``import namefold`` and text without Han do not pay.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable

from namefold.data.chinese import chinese_surnames
from namefold.text.ranges import HAN, HAN_LETTERS

__all__ = ["has_han", "read_han"]

# A name in characters, or several joined by a middle dot (U+00B7, U+30FB, U+2027, U+FF65).
_HAN_NAME = re.compile(f"[{HAN_LETTERS}]+(?:[\u00b7\u30fb\u2027\uff65][{HAN_LETTERS}]+)*")
_SPACES = re.compile(" {2,}")
_DOTS = re.compile("[\u00b7\u30fb\u2027\uff65]")


def has_han(text: str) -> bool:
    """Whether ``text`` holds a Chinese character."""
    return HAN.search(text) is not None


@functools.cache
def _reader() -> Callable[[str], list[str]]:
    """pypinyin's reader of a run of characters: one toneless syllable per character,
    ``ü`` written ``u``. Imported here, on first use (see the module's docstring)."""
    pypinyin = importlib.import_module("pypinyin")
    style = pypinyin.Style.NORMAL

    def read(run: str) -> list[str]:
        syllables: list[str] = pypinyin.lazy_pinyin(run, style=style, v_to_u=True, errors="ignore")
        return [s.replace("ü", "u") for s in syllables]

    return read


def _surname_length(run: str) -> int:
    """How many characters of a name in characters are its surname: 2 for a compound
    surname of the table, else 1."""
    return 2 if len(run) > 2 and run[:2] in chinese_surnames() else 1


def _read_name(run: str) -> str:
    """One name in characters as pinyin words: surname, then the given name joined."""
    read = _reader()
    if _DOTS.search(run):  # a foreign name: each part one word
        return " ".join("".join(read(part)) for part in _DOTS.split(run))
    if len(run) == 1:
        return "".join(read(run))
    cut = _surname_length(run)
    surname = chinese_surnames().get(run[:cut]) or "".join(read(run[:cut]))
    return f"{surname} {''.join(read(run[cut:]))}"


def read_han(text: str) -> str:
    """``text`` with each name in Chinese characters replaced by its pinyin (lowercase,
    surname first). Text without Han characters is returned as it is.

    Examples:
        >>> read_han("习近平")
        'xi jinping'
        >>> read_han("單于 歐陽修")
        'shan yu ouyang xiu'
    """
    if not has_han(text):
        return text
    read = _HAN_NAME.sub(lambda match: f" {_read_name(match.group())} ", text)
    return _SPACES.sub(" ", read).strip()
