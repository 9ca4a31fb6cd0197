"""Mandarin syllables in Latin letters: Hanyu Pinyin and Wade-Giles.

:func:`pinyin_syllables_of` cuts a word into pinyin syllables (``jinping`` -> ``jin ping``);
:func:`wade_giles_readings` gives the pinyin of a Wade-Giles syllable (``hsi`` -> ``xi``,
``ch'iang`` -> ``qiang``); :func:`palladius_syllables_of` reads Palladius Cyrillic
(``цзиньпин`` -> ``jin ping``). The syllables are those of ``data/pinyin.tsv``.
"""

from __future__ import annotations

from collections.abc import Collection

from namefold.data.chinese import palladius_syllables, pinyin_syllables, wade_giles_syllables
from namefold.engine.caches import FEWER_WORDS, cached

__all__ = ["palladius_syllables_of", "pinyin_syllables_of", "wade_giles_readings"]

_LONGEST = 6  # zhuang, shuang: the longest pinyin syllable; чжуань in Palladius


@cached(FEWER_WORDS)
def pinyin_syllables_of(word: str) -> tuple[str, ...] | None:
    """``word`` (lowercase ASCII letters) cut into pinyin syllables, the longest syllable
    first where two cuts exist (``xian``, not ``xi an``); ``None`` if no cut exists.

    Examples:
        >>> pinyin_syllables_of("jinping"), pinyin_syllables_of("zhongxun")
        (('jin', 'ping'), ('zhong', 'xun'))
        >>> pinyin_syllables_of("john") is None
        True
    """
    return _cut(word, pinyin_syllables())


@cached(FEWER_WORDS)
def palladius_syllables_of(word: str) -> tuple[str, ...] | None:
    """The pinyin syllables of a word in Palladius Cyrillic (lowercase), cut as
    :func:`pinyin_syllables_of` cuts; ``None`` if no cut exists.

    Examples:
        >>> palladius_syllables_of("цзиньпин"), palladius_syllables_of("иван")
        (('jin', 'ping'), ('yi', 'wang'))
        >>> palladius_syllables_of("петров") is None
        True
    """
    table = palladius_syllables()
    cut = _cut(word, table)
    return None if cut is None else tuple([table[syllable] for syllable in cut])


def _cut(word: str, syllables: Collection[str]) -> tuple[str, ...] | None:
    """``word`` cut into ``syllables``, the longest first where two cuts exist."""
    cut: list[str] = []

    def walk(at: int) -> bool:
        if at == len(word):
            return True
        for end in range(min(len(word), at + _LONGEST), at, -1):
            if word[at:end] in syllables:
                cut.append(word[at:end])
                if walk(end):
                    return True
                cut.pop()
        return False

    return tuple(cut) if word and walk(0) else None


def wade_giles_readings(syllable: str) -> tuple[str, ...]:
    """The pinyin readings of one Wade-Giles syllable (lowercase ASCII, apostrophe kept if
    written), the exact one first: ``ch'iang`` -> ``qiang``; ``tsung`` -> ``zong``; ``ping``
    (apostrophe perhaps left out) -> ``bing``, ``ping``. Empty if it is none.

    Examples:
        >>> wade_giles_readings("hsi"), wade_giles_readings("ch'iang")
        (('xi',), ('qiang',))
    """
    return wade_giles_syllables().get(syllable.replace("\u2019", "'").replace("`", "'"), ())
