"""Surnames written in Cyrillic, the original script, as anchors for clustering.

Romanization blurs consonants that Cyrillic keeps apart: ``s`` may be с or ш with
its hacek lost, ``ts`` / ``c`` / ``z`` may be ц, з or т. Two surnames that romanize
alike (Kolesnikov / Kalashnikov, Seduk / Situk) are told apart by their Cyrillic
spellings, which only Russian, Belarusian and Ukrainian orthography make differ. So a
cluster's Cyrillic surnames anchor it: two clusters whose anchors differ in their
consonants, their number of vowels or a vowel that no orthography swaps for the other
are two people (:func:`cyrillic_alike`).

The letters and vowels the three orthographies write differently for one surname,
with their sources, are in ``data/cyrillic_sounds.tsv``; the Russian feminine -ая is
read as the Ukrainian -а.
"""

from __future__ import annotations

import re

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, cached
from namefold.names.model import ParsedName
from namefold.text.ranges import CYRILLIC

__all__ = ["cyrillic_alike", "cyrillic_surname"]

_VOWELS = frozenset("аеёиоуыэюяіїє")
_SILENT = str.maketrans("", "", "ьъй'’")  # soft and hard signs, й, apostrophes: no sound of their own
_DOUBLE = re.compile(r"(.)\1+")
_ONE_OF_DOUBLE = tables.replacer(r"\1")


def cyrillic_surname(parsed: ParsedName) -> str | None:
    """The surname as written in Cyrillic (lower case), or ``None`` if the name
    has no surname or writes it in another script."""
    if not parsed.surname:
        return None
    written = parsed.display.rsplit(" ", 1)[-1]
    if not CYRILLIC.search(written):
        return None
    return written.casefold()


@cached(FEWER_WORDS)
def _shape(surname: str) -> tuple[str, str]:
    """The consonant skeleton of a Cyrillic surname (one letter per sound of the three
    orthographies, a doubled consonant read once) and its vowel letters, reading the
    Russian feminine -ая as the Ukrainian -а (Зеленская / Зеленська).

    Only a consonant written twice in a row is read once (Ілля / Илья): two that a vowel
    separates are two sounds (Бобрович is not Борович)."""
    if surname.endswith(("ая", "яя")):
        surname = surname[:-1]
    word = surname.translate(_SILENT)
    for letters, sound in tables.cyrillic_sounds().letters:
        word = word.replace(letters, sound)
    vowels = "".join(c for c in word if c in _VOWELS)  # after the letters: Kazakh ү is у
    consonants = "".join(c for c in _DOUBLE.sub(_ONE_OF_DOUBLE, word) if c not in _VOWELS and c.isalpha())
    return consonants, vowels


def cyrillic_alike(a: str, b: str) -> bool:
    """Whether two Cyrillic surnames may be one surname in Russian, Belarusian or
    Ukrainian spelling: the same consonants, and as many vowels, each the same or one
    that an orthography writes for it (``data/cyrillic_sounds.tsv``).

    Examples:
        >>> cyrillic_alike("лукашенко", "лукашэнка"), cyrillic_alike("цепкало", "цапкала")
        (True, True)
        >>> cyrillic_alike("колесников", "калашников"), cyrillic_alike("мальникова", "малинникова")
        (False, False)
        >>> cyrillic_alike("мицкевич", "мацкевич"), cyrillic_alike("бобрович", "борович")
        (False, False)
    """
    if a == b:
        return True
    (consonants_a, vowels_a), (consonants_b, vowels_b) = _shape(a), _shape(b)
    if consonants_a != consonants_b or len(vowels_a) != len(vowels_b):
        return False
    swaps = tables.cyrillic_sounds().vowels
    return all(x == y or frozenset((x, y)) in swaps for x, y in zip(vowels_a, vowels_b, strict=True))
