"""Japanese in Hangul, read back as Hepburn.

The Korean standard of foreign-word spelling (외래어 표기법, chapter 2 table 4 "일본어의 가나와 한글
대조표", National Institute of Korean Language) writes each kana as one Hangul syllable, long
vowels not at all, ``ん`` as a final ``ㄴ`` and ``っ`` as a final ``ㅅ``. It writes the voiceless
``k t ch`` as ``ㄱ ㄷ ㅈ`` at the start of a word and ``ㅋ ㅌ ㅊ`` inside one, so a first ``기``
is ``ki`` or ``gi`` and an inner ``기`` only ``gi``: ``기시 노부스케`` is Kishi Nobusuke,
``아베 신조`` Abe Shinzo. :func:`hepburn_readings` gives every Hepburn spelling a word in
Hangul may stand for (long vowels read once, as :mod:`namefold.text.kana` reads them); a word
with a syllable the table never writes (``김``, ``정``) has none.
"""

from __future__ import annotations

import re

from namefold.engine.caches import FEWER_WORDS, cached

__all__ = ["MAX_READINGS", "hepburn_readings"]

MAX_READINGS = 16  # Hepburn spellings kept for one word
_FIRST, _LAST = 0xAC00, 0xD7A3
# The consonant (by its index in a syllable) at the start of a word and inside it.
_INITIAL_START = {
    0: ("k", "g"),  # ㄱ
    2: ("n",),
    3: ("t", "d"),  # ㄷ
    5: ("r",),
    6: ("m",),
    7: ("b",),
    9: ("s",),
    10: ("ts",),  # ㅆ: only in 쓰 tsu
    11: ("",),
    12: ("ch", "j", "z"),  # ㅈ
    14: ("ch",),
    15: ("k",),
    16: ("t",),
    17: ("p",),
    18: ("h",),
}
_INITIAL_INSIDE = {**_INITIAL_START, 0: ("g",), 3: ("d",), 12: ("j", "z")}
_VOWELS = {0: "a", 5: "e", 8: "o", 13: "u", 18: "u", 20: "i", 2: "ya", 12: "yo", 17: "yu", 9: "wa"}
_EU = {9: ("s",), 10: ("ts",), 12: ("z",)}  # ㅡ only after ㅅ ㅆ ㅈ: 스 su, 쓰 tsu, 즈 zu
_NO_EU = frozenset(_EU)
_N, _TSU = 4, 19  # finals: ㄴ (ん), ㅅ (っ)
_LONG = ((re.compile("ou|oo"), "o"), (re.compile("uu"), "u"))
_SPELLING = (
    (re.compile("^s(?=i|y)|(?<=[^st])s(?=i|y)|(?<=ss)(?=i|y)"), "sh"),  # し shi, しゃ sha
    (re.compile("shy"), "sh"),
    (re.compile("(?<![cs])hu"), "fu"),  # ふ fu
    (re.compile("ty(?=[aou])|chy"), "ch"),
    (re.compile("(?<![cs])ji?y(?=[aou])|zy(?=[aou])"), "j"),  # じゃ ja
    (re.compile("z(?=i)"), "j"),  # じ ji
    (re.compile("tsu|tu"), "tsu"),
)


def _syllable(code: int, start: bool) -> tuple[tuple[str, ...], str, bool] | None:
    """The consonants, vowel and final (``True``: ``っ``) of one Hangul syllable, or ``None``."""
    initial, rest = divmod(code - _FIRST, 21 * 28)
    vowel, final = divmod(rest, 28)
    consonants = (_INITIAL_START if start else _INITIAL_INSIDE).get(initial)
    sound = _VOWELS.get(vowel)
    if consonants is None or sound is None or final not in (0, _N, _TSU):
        return None
    if (vowel == 18 and initial not in _NO_EU) or (initial == 10 and vowel != 18):
        return None
    if vowel == 18:  # 스 su, 즈 zu, 쓰 tsu
        consonants = _EU[initial]
    elif initial == 12 and vowel in (13, 17):  # 주 ju or chu: ず is 즈
        consonants = tuple(c for c in consonants if c != "z")
    return consonants, sound + ("n" if final == _N else ""), final == _TSU


@cached(FEWER_WORDS)
def hepburn_readings(word: str) -> tuple[str, ...]:
    """The Hepburn spellings (lowercase, long vowels once) a word in Hangul may be the Korean
    transcription of, at most :data:`MAX_READINGS`; none if it is not one.

    Examples:
        >>> hepburn_readings("신조"), hepburn_readings("노부스케")
        (('shinjo', 'shinzo'), ('nobusuke',))
        >>> "kishi" in hepburn_readings("기시"), hepburn_readings("김")
        (True, ())
    """
    if not word or not all(_FIRST <= ord(c) <= _LAST for c in word):
        return ()
    spellings = [""]
    double = False
    for at, char in enumerate(word):
        read = _syllable(ord(char), at == 0)
        if read is None:
            return ()
        consonants, sound, doubled = read
        heads = [(c[0] + c if double and c else c) for c in consonants]
        spellings = [s + h + sound for s in spellings for h in heads][:MAX_READINGS]
        double = doubled
    if double:
        return ()
    return tuple(dict.fromkeys(_spelled(s) for s in spellings))


def _spelled(letters: str) -> str:
    """Letters of the table as Hepburn writes them (``si`` shi, ``hu`` fu, ``zi`` ji)."""
    for pattern, replacement in _SPELLING:
        letters = pattern.sub(replacement, letters)
    for pattern, replacement in _LONG:
        letters = pattern.sub(replacement, letters)
    return letters
