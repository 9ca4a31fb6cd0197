"""Vietnamese names in Latin letters, surname first: ``Nguyễn Văn An``, ``Hồ Chí Minh``, and
the Sino-Vietnamese readings of Chinese names (``Tập Cận Bình``, 习近平).

A name is read as Vietnamese when it is written in Vietnamese letters (a mark French, Spanish
or Portuguese rarely write: ``đ``, a horn ``ơ ư``, a breve ``ă``, a circumflex, a dot below,
a hook above, a tilde; see ``_VIETNAMESE_MARKS``), has two to
four words of one syllable each, and its first word is a Vietnamese surname as written, with
its marks: a common Vietnamese surname (``data/vietnamese_surnames.tsv``) or the
Sino-Vietnamese reading of a Chinese surname (:mod:`namefold.text.sino_vietnamese`). Its
surname is then its first word and its given names the others (``Văn`` is not the Dutch
particle ``van`` here, nor ``Lê`` the French ``le``).

A name without marks (``Ho Chi Minh``) is left to the general rules: ``Le``, ``Do`` or ``Lam``
begin names of many languages.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from namefold.data.vietnamese import vietnamese_surnames
from namefold.names.words import Word
from namefold.text.sino_vietnamese import sino_vietnamese_surnames

__all__ = ["VIETNAMESE_ORDER", "is_vietnamese_name", "unmarked_vietnamese"]

VIETNAMESE_ORDER = "vietnamese surname"  # the order reason of a name read as Vietnamese

_MIN_WORDS, _MAX_WORDS = 2, 4
# In NFD: đ, a horn (ơ ư), a breve on a (ă: not McCune-Reischauer's ŏ ŭ), a circumflex
# (â ê ô), a dot below, a hook above, a tilde (ĩ ũ ỹ; ã õ too: a Portuguese name needs its
# first word a Vietnamese surname as well).
_VIETNAMESE_MARKS = re.compile("[đĐ]|[aA]\u0306|[\u031b\u0302\u0323\u0309\u0303]")
_SYLLABLE = re.compile(r"[^\W\d_]+")


@functools.cache
def _surnames() -> frozenset[str]:
    """The surnames, lowercase NFC, a Vietnamese name may start with."""
    return frozenset([*vietnamese_surnames(), *sino_vietnamese_surnames()])


def is_vietnamese_name(words: list[Word]) -> bool:
    """Whether ``words`` are a Vietnamese name, surname first (see the module's docstring)."""
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    if unicodedata.normalize("NFC", words[0].raw.lower()) not in _surnames():
        return False
    if any(w.initial or w.comma_before or not _SYLLABLE.fullmatch(w.raw) for w in words):
        return False
    return any(_VIETNAMESE_MARKS.search(unicodedata.normalize("NFD", w.raw)) for w in words)


def unmarked_vietnamese(text: str) -> str:
    """``text`` without its marks, ``đ`` as ``d``: Vietnamese as the English press writes it
    (``Võ Nguyên Giáp`` -> ``Vo Nguyen Giap``).

    Examples:
        >>> unmarked_vietnamese("Ngô Đình Diệm")
        'Ngo Dinh Diem'
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
