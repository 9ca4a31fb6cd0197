"""Surnames written in Cyrillic, the original script, as anchors for clustering.

Romanization blurs consonants that Cyrillic keeps apart: ``s`` may be с or ш with
its hacek lost, ``ts`` / ``c`` / ``z`` may be ц, з or т. Two surnames that romanize
alike (Kolesnikov / Kalashnikov, Seduk / Situk) are told apart by their Cyrillic
spellings, which only Russian, Belarusian and Ukrainian orthography make differ. So a
cluster's Cyrillic surnames anchor it: two clusters whose anchors differ in their
consonants or their number of vowels are two people (:func:`cyrillic_alike`).

Sources for the letters the three orthographies write differently for one sound
(and the feminine ending, Russian -ая, Ukrainian -а):
Belarusian ў for в, дз for д (dzekanye), ц for т (tsekanye), шч for щ; Ukrainian ґ
for г, і / ї / є for и / е; ь and ъ carry no sound of their own ("Belarusian
alphabet", "Ukrainian alphabet", Wikipedia).
"""

from __future__ import annotations

import functools
import re

from namefold._models import ParsedName

__all__ = ["cyrillic_alike", "cyrillic_surname"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_VOWELS = frozenset("аеёиоуыэюяіїє")
# Letters of one sound in Russian, Belarusian and Ukrainian, written as one class letter.
_ONE_SOUND = (("дз", "д"), ("шч", "щ"), ("ў", "в"), ("ґ", "г"), ("ц", "т"))
_SILENT = str.maketrans("", "", "ьъй'’")
_DOUBLE = re.compile(r"(.)\1+")


def cyrillic_surname(parsed: ParsedName) -> str | None:
    """The surname as written in Cyrillic (lower case, ё as е), or ``None`` if the name
    has no surname or writes it in another script."""
    if not parsed.surname:
        return None
    written = parsed.display.rsplit(" ", 1)[-1]
    if not _CYRILLIC.search(written):
        return None
    return written.casefold().replace("ё", "е")


@functools.lru_cache(maxsize=1 << 16)
def _shape(surname: str) -> tuple[str, int]:
    """The consonant skeleton of a Cyrillic surname (one letter per sound of the three
    orthographies, doubles collapsed) and its number of vowel letters, reading the
    Russian feminine -ая as the Ukrainian -а (Зеленская / Зеленська)."""
    if surname.endswith(("ая", "яя")):
        surname = surname[:-1]
    vowels = sum(1 for c in surname if c in _VOWELS)
    word = surname.translate(_SILENT)
    for letters, sound in _ONE_SOUND:
        word = word.replace(letters, sound)
    consonants = "".join(c for c in word if c not in _VOWELS and c.isalpha())
    return _DOUBLE.sub(r"\1", consonants), vowels


def cyrillic_alike(a: str, b: str) -> bool:
    """Whether two Cyrillic surnames may be one surname in Russian, Belarusian or
    Ukrainian spelling: the same consonants and as many vowels.

    Examples:
        >>> cyrillic_alike("лукашенко", "лукашэнка"), cyrillic_alike("цепкало", "цапкала")
        (True, True)
        >>> cyrillic_alike("колесников", "калашников"), cyrillic_alike("мальникова", "малинникова")
        (False, False)
    """
    return a == b or _shape(a) == _shape(b)
