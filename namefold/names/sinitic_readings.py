"""A name in Chinese characters read in Vietnamese and Cantonese, beside Mandarin, Korean and
Japanese (:mod:`namefold.names.han_names`): Vietnam writes Chinese names by their
Sino-Vietnamese reading (``习近平`` Tập Cận Bình, :mod:`namefold.text.sino_vietnamese`), Hong
Kong by their Cantonese one (``李小龍`` Lee Siu-lung, :mod:`namefold.text.cantonese`). The
readings are texts to parse (:mod:`namefold.names.vietnamese`, :mod:`namefold.names.cantonese`
read them surname first), each with its language.

A name read as Japanese first (``安倍晋三``) has none: its characters are not read so.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from namefold.engine.caches import NAMES, cached
from namefold.names.han_names import han_name_text, is_han_name, language_of
from namefold.text.cantonese import read_cantonese
from namefold.text.sino_vietnamese import read_sino_vietnamese

__all__ = ["SinoReading", "sinitic_texts"]

_SPACES = re.compile("[ \u3000]+")


class SinoReading(NamedTuple):
    """A reading of a name in characters: its language and its text."""

    language: str  # ``vietnamese`` or ``cantonese``
    text: str


@cached(NAMES)
def sinitic_texts(text: str) -> tuple[SinoReading, ...]:
    """The Vietnamese and Cantonese readings of ``text``, a name wholly in Chinese characters
    (else none).

    Examples:
        >>> [reading.text for reading in sinitic_texts("成龍")]
        ['Thành Long', 'Shing Lung', 'Sing Lung']
    """
    if not is_han_name(text) or language_of(han_name_text(text)) == "japanese":
        return ()
    run = _SPACES.sub("", text.strip())
    vietnamese = read_sino_vietnamese(run)
    found = [SinoReading("vietnamese", vietnamese)] if vietnamese else []
    return (*found, *(SinoReading("cantonese", t) for t in read_cantonese(run)))
