"""Korean syllables written in Cyrillic (the Kontsevich system and the older press forms) read
back as Latin syllables of the Revised Romanization's shape.

Russian writes a Korean name one syllable a word (``Ким Чен Ын``, ``Мун Чжэ Ин``, ``Пан Ги
Мун``). Kontsevich (Л. Р. Концевич, 2001, the system of the Russian Academy of Sciences'
Institute of Oriental Studies) writes ``ㅈ`` as ``ч``/``чж``, the aspirates as ``чх``, ``кх``,
``тх``, ``пх``, ``ㅓ`` as ``о`` (the older press: ``е`` after ``ч``), ``ㅡ`` as ``ы``, ``ㅐ`` as ``э``
and ``ㄹ`` as ``р`` before a vowel and ``ль`` at the end (its only soft sign: ``Сянь`` is
Palladius's Chinese ``xian``, no Korean syllable). It writes the finals ``ㄴ`` and ``ㅇ``
alike (``н``), and ``е`` may be ``ㅓ``, ``ㅔ`` or ``ㅖ``: a reading loses those distinctions, which
:func:`namefold.names.korean.loose_key` leaves out when it compares.
"""

from __future__ import annotations

import re

from namefold.text.ranges import CYRILLIC

__all__ = ["cyrillic_syllable"]

_LETTERS = (
    ("чж", "j"), ("чх", "ch"), ("кх", "k"), ("тх", "t"), ("пх", "p"), ("нъ", "ng"), ("ль", "l"),
    ("ый", "ui"), ("ой", "oe"), ("ва", "wa"), ("вэ", "wae"), ("ве", "we"), ("во", "wo"), ("ви", "wi"),
    ("ё", "yeo"), ("э", "ae"), ("ы", "eu"), ("ю", "yu"), ("я", "ya"), ("е", "e"), ("а", "a"), ("о", "o"),
    ("у", "u"), ("и", "i"), ("к", "k"), ("г", "g"), ("н", "n"), ("т", "t"), ("д", "d"), ("м", "m"),
    ("п", "p"), ("б", "b"), ("с", "s"), ("ч", "ch"), ("х", "h"), ("ц", "ts"), ("ж", "j"), ("ш", "sh"),
    ("в", "w"), ("л", "l"), ("ь", ""), ("й", ""),
)  # fmt: skip
_FINAL_R = re.compile("р$")
_OTHER_SOFT_SIGN = re.compile("[^л]ь")
_OTHER_R = re.compile("р")
_READING = re.compile(
    "(?:tch|kk|tt|pp|ss|jj|ch|sh|ts|g|k|n|d|t|r|m|b|p|s|j|h|l)?(?:[aeiouwy]+)(?:ng|n|m|l|k|p|t)?"
)


def cyrillic_syllable(word: str) -> str | None:
    """One Korean syllable written in Cyrillic, read in Latin letters, or ``None`` when the
    word is not one syllable.

    Examples:
        >>> cyrillic_syllable("Чен"), cyrillic_syllable("Ын"), cyrillic_syllable("Чжэ")
        ('chen', 'eun', 'jae')
        >>> cyrillic_syllable("Ир"), cyrillic_syllable("Ёль"), cyrillic_syllable("Лукашенко")
        ('il', 'yeol', None)
        >>> cyrillic_syllable("Сянь") is None  # Palladius's Chinese xian
        True
    """
    text = word.casefold()
    if not text or not CYRILLIC.search(text) or _OTHER_SOFT_SIGN.search(text):
        return None
    text = _OTHER_R.sub("r", _FINAL_R.sub("l", text))
    for cyrillic, latin in _LETTERS:
        text = text.replace(cyrillic, latin)
    return text if _READING.fullmatch(text) else None
