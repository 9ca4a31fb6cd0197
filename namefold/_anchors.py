"""Surnames written in Cyrillic, the original script, as anchors for clustering.

Romanization blurs consonants that Cyrillic keeps apart: ``s`` may be с or ш with
its hacek lost, ``ts`` / ``c`` / ``z`` may be ц, з or т. Two surnames that romanize
alike (Kolesnikov / Kalashnikov, Seduk / Situk) are told apart by their Cyrillic
spellings, which only Russian, Belarusian and Ukrainian orthography make differ. So a
cluster's Cyrillic surnames anchor it: two clusters whose anchors differ in their
consonants, their number of vowels or a vowel that no orthography swaps for the other
are two people (:func:`cyrillic_alike`).

Sources for the letters the three orthographies write differently for one sound
(and the feminine ending, Russian -ая, Ukrainian -а), and for the vowels they swap
(Belarusian akanye а for о and yakanye я for е, э for е, ы and і for и, а for е after
a hard consonant; Ukrainian і for и and е, ї for и, є for е; ё read as о or е):
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
# Vowels one orthography writes for another's in one surname (see the sources above).
_VOWEL_SWAPS = frozenset(
    frozenset(pair) for pair in ("ао", "ёо", "ёе", "еэ", "ея", "ае", "иі", "иы", "ыі", "иї", "еі", "еє")
)


def cyrillic_surname(parsed: ParsedName) -> str | None:
    """The surname as written in Cyrillic (lower case), or ``None`` if the name
    has no surname or writes it in another script."""
    if not parsed.surname:
        return None
    written = parsed.display.rsplit(" ", 1)[-1]
    if not _CYRILLIC.search(written):
        return None
    return written.casefold()


@functools.lru_cache(maxsize=1 << 16)
def _shape(surname: str) -> tuple[str, str]:
    """The consonant skeleton of a Cyrillic surname (one letter per sound of the three
    orthographies, doubles collapsed) and its vowel letters, reading the Russian
    feminine -ая as the Ukrainian -а (Зеленская / Зеленська)."""
    if surname.endswith(("ая", "яя")):
        surname = surname[:-1]
    vowels = "".join(c for c in surname if c in _VOWELS)
    word = surname.translate(_SILENT)
    for letters, sound in _ONE_SOUND:
        word = word.replace(letters, sound)
    consonants = "".join(c for c in word if c not in _VOWELS and c.isalpha())
    return _DOUBLE.sub(r"\1", consonants), vowels


def cyrillic_alike(a: str, b: str) -> bool:
    """Whether two Cyrillic surnames may be one surname in Russian, Belarusian or
    Ukrainian spelling: the same consonants, and as many vowels, each the same or one
    that an orthography swaps for it (``_VOWEL_SWAPS``).

    Examples:
        >>> cyrillic_alike("лукашенко", "лукашэнка"), cyrillic_alike("цепкало", "цапкала")
        (True, True)
        >>> cyrillic_alike("колесников", "калашников"), cyrillic_alike("мальникова", "малинникова")
        (False, False)
        >>> cyrillic_alike("мицкевич", "мацкевич")
        False
    """
    if a == b:
        return True
    (consonants_a, vowels_a), (consonants_b, vowels_b) = _shape(a), _shape(b)
    if consonants_a != consonants_b or len(vowels_a) != len(vowels_b):
        return False
    return all(x == y or frozenset((x, y)) in _VOWEL_SWAPS for x, y in zip(vowels_a, vowels_b, strict=True))
