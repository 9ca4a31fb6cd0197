"""Japanese kana (hiragana and katakana) to Hepburn romanization, long vowels read once.

The table is modified Hepburn as the Library of Congress and ANSI Z39.11 write it
(``し`` shi, ``ち`` chi, ``つ`` tsu, ``ふ`` fu, ``じ``/``ぢ`` ji, ``ず``/``づ`` zu, ``を`` o):
a small ``ゃゅょ`` after an ``-i`` kana makes one syllable (``きょ`` kyo, ``しゃ`` sha), a small
vowel after a kana replaces its vowel (``ティ`` ti, ``ファ`` fa, ``ウィ`` wi, ``チェ`` che),
``っ`` doubles the next consonant (``ch`` -> ``tch``) and ``ん`` is ``n``. Katakana read as
the hiragana 0x60 code points below them. Long vowels are read once, as names written in
Latin letters usually drop them (``ヨーコ`` and ``ようこ`` -> ``yoko``, as Yōko, Yoko): the
mark ``ー`` is dropped, and ``ou``, ``oo``, ``uu`` become ``o``, ``o``, ``u``. The middle
dot ``・`` between the words of a foreign name is a space.
"""

from __future__ import annotations

import re

__all__ = ["KANA", "kana_to_latin"]

KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]")
_RUN = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb]+")
_ROWS = {
    "": "あいうえお",
    "k": "かきくけこ",
    "s": "さしすせそ",
    "t": "たちつてと",
    "n": "なにぬねの",
    "h": "はひふへほ",
    "m": "まみむめも",
    "r": "らりるれろ",
    "g": "がぎぐげご",
    "z": "ざじずぜぞ",
    "d": "だぢづでど",
    "b": "ばびぶべぼ",
    "p": "ぱぴぷぺぽ",
}
_EXCEPTIONS = {"si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji", "di": "ji", "du": "zu"}
_OTHERS = {
    "や": "ya",
    "ゆ": "yu",
    "よ": "yo",
    "わ": "wa",
    "ゐ": "i",
    "ゑ": "e",
    "を": "o",
    "ん": "n",
    "ゔ": "vu",
}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_SMALL_VOWELS = {"ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o", "ゎ": "a"}
_KATAKANA_V = {"ヷ": "va", "ヸ": "vi", "ヹ": "ve", "ヺ": "vo"}
_LONG = ((re.compile("ou|oo"), "o"), (re.compile("uu"), "u"))


def _table() -> dict[str, str]:
    table = dict(_OTHERS)
    for consonant, row in _ROWS.items():
        for kana, vowel in zip(row, "aiueo", strict=True):
            syllable = consonant + vowel
            table[kana] = _EXCEPTIONS.get(syllable, syllable)
    for small, vowel in ((k, v) for k, v in zip("ぁぃぅぇぉ", "aiueo", strict=True)):
        table[small] = vowel  # a small vowel on its own (after ー, or first)
    table["ゃ"], table["ゅ"], table["ょ"], table["ゎ"] = "ya", "yu", "yo", "wa"
    return table


_TABLE = _table()


def _hiragana(char: str) -> str:
    code = ord(char)
    return chr(code - 0x60) if 0x30A1 <= code <= 0x30F6 else char


def _romanize_run(run: str) -> str:
    """One run of kana (no other characters) in Hepburn, long vowels read once."""
    out: list[str] = []
    double = False
    for char in run:
        if char in _KATAKANA_V:
            syllable = _KATAKANA_V[char]
        elif char in ("ー", "\u30fb"):
            if char == "\u30fb":
                out.append(" ")
            continue
        else:
            kana = _hiragana(char)
            if kana == "っ":
                double = True
                continue
            if out and kana in _SMALL_Y and out[-1][-1:] in ("i", "e") and len(out[-1]) > 1:
                stem = out[-1][:-1]  # きょ kyo, しゃ sha, デュ dyu
                palatal = stem.endswith(("sh", "ch", "j"))
                out[-1] = stem + ("" if palatal else "y") + _SMALL_Y[kana]
                continue
            if out and kana in _SMALL_VOWELS and out[-1].strip():
                stem = out[-1][:-1] or "w"  # ウィ: u + small i -> wi
                out[-1] = stem + _SMALL_VOWELS[kana]
                continue
            syllable = _TABLE.get(kana, kana)
        if double and syllable and syllable[0] not in "aiueon":
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double = False
        out.append(syllable)
    text = "".join(out)
    for pattern, replacement in _LONG:
        text = pattern.sub(replacement, text)
    return text


def kana_to_latin(text: str) -> str:
    """``text`` with every run of kana in Hepburn (other characters kept as they are).

    Examples:
        >>> kana_to_latin("オノ・ヨーコ"), kana_to_latin("あべ しんぞう")
        ('ono yoko', 'abe shinzo')
        >>> kana_to_latin("ジャッキー・チェン")
        'jakki chen'
    """
    if text.isascii() or not KANA.search(text):
        return text
    return _RUN.sub(lambda found: _romanize_run(found[0]), text)
