"""Foreign names in katakana or Hangul against Latin letters: consonant skeletons.

Japanese and Korean write a foreign name by its sounds, with vowels their syllables need
(katakana ``u``, ``o`` after ``t`` / ``d``; Hangul ``eu``: ``ブルース`` / ``브루스`` Bruce), one
liquid for ``l`` and ``r``, long-vowel marks and ``ッ`` for a short vowel before a consonant. A
word's *skeleton* is its consonants in classes those spellings do not tell apart (``K`` k g,
``T`` t d, ``P`` p b f v, ``S`` s sh, ``J`` j ch ts z, ``R`` r l, ``H``, ``M``, ``N``;
``w``, ``y`` and every vowel dropped, a class written twice once), so ``ジャッキー`` (jakki) and
``Jackie`` are both ``JK``. A Latin word has several skeletons where its letters read otherwise
in other languages (``c`` before ``e`` / ``i`` is ``S`` or ``J``, before other letters ``K``;
``ch`` ``J``, ``S``, ``K`` or ``H``; ``j`` ``J``, ``H`` or none; ``h`` ``H`` or none (silent);
``s`` ``S``, or ``J`` but at the start; ``l`` before a consonant ``R`` or none, as Portuguese
``Ronaldo`` ロナウド); a word also keeps
its first vowel, which its first Latin vowel must fit (and the next one, when the first may be
one the script added: ``ブルース``).
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from namefold.engine.caches import FEWER_WORDS, cached
from namefold.text.hangul import romanize_syllable
from namefold.text.kana import kana_to_latin

__all__ = ["LoanWord", "foreign_words", "latin_skeletons", "latin_vowel_fits", "may_be_loan"]

MAX_SKELETONS = 16  # skeletons kept for one Latin word
_KANA_NAME = re.compile("[\u30a1-\u30fa\u30fc]+(?:[\u30fb\u30a0\uff1d \u3000][\u30a1-\u30fa\u30fc]+)+")
_HANGUL_NAME = re.compile("[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)+")
_FOREIGN_START = re.compile("[ \u3000]*[\u30a1-\u30fa\uac00-\ud7a3]")
_SPLIT = re.compile("[\u30fb\u30a0\uff1d \u3000]+")  # ・, and ゠ ＝ of a compound name
_DOUBLES = re.compile(r"(.)\1+")
_LABIALS = frozenset(("p", "pp", "b", "m"))
# Hepburn or Revised Romanization letters -> classes, longest first; vowels and h w y dropped.
_SOUNDS = re.compile("tsu|ssh|tch|ts|ng|sh|ch|kk|tt|pp|ss|jj|eo|eu|ae|[a-z]")  # ッシュ sshu, ッチ tchi
_CLASS = {
    **dict.fromkeys(("sh", "ssh", "ss", "s"), "S"),
    **dict.fromkeys(("ts", "tsu", "ch", "tch", "jj", "z", "j"), "J"),
    **dict.fromkeys(("kk", "k", "g"), "K"),
    **dict.fromkeys(("tt", "t", "d"), "T"),
    **dict.fromkeys(("pp", "p", "b", "f", "v"), "P"),
    **dict.fromkeys(("r", "l"), "R"),
    "h": "H",
    "m": "M",
    "n": "N",
    "ng": "N",
}
_VOWELS = frozenset("aeiou")
# a Latin vowel letter -> the vowels katakana or Hangul may write for it first (@: Hangul ㅓ,
# which writes English a, e, o, u in unstressed and other places: 도널드 트럼프, 클린턴)
_VOWEL_FITS = {
    "a": frozenset("ae@"),
    "e": frozenset("ei@"),
    "i": frozenset("iae"),
    "o": frozenset("oa@"),
    "u": frozenset("uao@"),
    "y": frozenset("ia"),
}
# Latin letters -> their classes in the languages read (a tuple: several; "" none), longest first
_LATIN = re.compile("sch|tch|ch|ck|ph|th|sh|sz|cz|dj|gh|kh|ng|qu|tz|ts|[a-z]")
_LATIN_CLASS: dict[str, tuple[str, ...]] = {
    "sch": ("S",),
    "tch": ("J",),
    "ch": ("J", "S", "K", "H"),  # German ch: バッハ
    "ck": ("K",),
    "ph": ("P",),
    "th": ("T", "S"),
    "sh": ("S",),
    "sz": ("S",),  # Polish
    "cz": ("J",),
    "dj": ("J",),  # Serbian đ, French dj: ジョコビッチ, ジブチ
    "gh": ("K", "", "H"),
    "kh": ("K", "", "H"),  # Arabic or Russian kh, which katakana and Hangul write h: Мухаммед
    "ng": ("N", "NK"),
    "qu": ("K",),
    "tz": ("J",),
    "ts": ("J",),
    "c": ("K",),
    "q": ("K",),
    "x": ("KS",),
    "j": ("J", "", "H"),  # English j, German y, Spanish h: ホセ
    "h": ("H", ""),  # written in katakana and Hangul (ヒラリー, 힐러리), or silent (John)
    "w": ("P", ""),
    "s": ("S", "J"),  # English final s: ジョーンズ
    "z": ("J", "S"),
    "k": ("K",),
    "g": ("K",),
    "t": ("T",),
    "d": ("T",),
    "p": ("P",),
    "b": ("P",),
    "f": ("P",),
    "v": ("P",),
    "r": ("R",),
    "l": ("R",),
    "m": ("M",),
    "n": ("N",),
}


class LoanWord(NamedTuple):
    """One word of a name in katakana or Hangul: its skeleton and first vowel."""

    skeleton: str
    vowels: str  # its first two vowels


def may_be_loan(text: str) -> bool:
    """The cheap test: whether ``text`` starts with katakana or a Hangul syllable."""
    return not text.isascii() and _FOREIGN_START.match(text) is not None


@cached(FEWER_WORDS)
def foreign_words(text: str) -> tuple[LoanWord, ...] | None:
    """The words of a name of two or more words written wholly in katakana (split by ``・``,
    ``＝`` or spaces) or in Hangul (split by spaces), read as :class:`LoanWord`; ``None`` for any other.

    Examples:
        >>> [w.skeleton for w in foreign_words("ジャッキー・チェン")]
        ['JK', 'JN']
        >>> [w.skeleton for w in foreign_words("무하마드 알리")]
        ['MHMT', 'R']
    """
    text = text.strip()
    if _KANA_NAME.fullmatch(text):
        sounds = [_kana_sounds(word) for word in _SPLIT.split(text)]
    elif _HANGUL_NAME.fullmatch(text):
        sounds = [_hangul_sounds(word) for word in text.split()]
    else:
        return None
    return tuple(LoanWord(_skeleton(s), _first_vowels(s)) for s in sounds)


def _kana_sounds(word: str) -> list[str]:
    """A katakana word's sounds in Hepburn."""
    return _SOUNDS.findall(kana_to_latin(word))


def _hangul_sounds(word: str) -> list[str]:
    """A Hangul word's sounds in Revised Romanization, ``eu`` (the vowel Hangul adds) ``_``."""
    sounds = _SOUNDS.findall("".join(romanize_syllable(c) for c in word))
    return ["_" if s == "eu" else s for s in sounds]


def _skeleton(sounds: list[str]) -> str:
    """The classes of the consonants; ``ン`` / ``ㄴ`` before ``p`` ``b`` ``m`` is ``m`` (トランプ)."""
    classes = [
        "M" if s == "n" and at + 1 < len(sounds) and sounds[at + 1] in _LABIALS else _CLASS.get(s, "")
        for at, s in enumerate(sounds)
    ]
    return _DOUBLES.sub(r"\1", "".join(classes))


def _first_vowels(sounds: list[str]) -> str:
    """The first vowel (one letter, Hangul ``eo`` ``@``), and the next one too when the first
    may be one katakana added: ``u`` after a consonant, or ``o`` after ``t`` / ``d``, before
    another consonant (ブルース bu-ru, ドナルド do-na)."""
    found: list[str] = []
    for at, sound in enumerate(sounds):
        if sound[0] not in _VOWELS or sound == "_":
            continue
        found.append("@" if sound == "eo" else sound[0])
        before = sounds[at - 1] if at else ""
        after = sounds[at + 1] if at + 1 < len(sounds) else ""
        added = (sound == "u" and before and before[0] not in _VOWELS) or (
            sound == "o" and before in ("t", "d")
        )
        if len(found) == 2 or not (added and after and after[0] not in _VOWELS):
            break
    return "".join(found)


@cached(FEWER_WORDS)
def latin_skeletons(word: str) -> frozenset[str]:
    """The skeletons of a Latin word (lowercase ASCII letters) in the languages read.

    Examples:
        >>> sorted(latin_skeletons("jackie")), "RNT" in latin_skeletons("ronaldo")
        (['HK', 'JK', 'K'], True)
    """
    options: list[tuple[str, ...]] = []
    for found in _LATIN.finditer(word):
        written = _LATIN_CLASS.get(found[0])
        if written is not None:
            after = word[found.end() : found.end() + 1]
            options.append(_in_context(found[0], after, found.start() == 0) or written)
    found_set = {_DOUBLES.sub(r"\1", "".join(p)) for p in itertools.islice(itertools.product(*options), 256)}
    return frozenset(sorted(found_set)[:MAX_SKELETONS])


def _in_context(letter: str, after: str, start: bool) -> tuple[str, ...] | None:
    """The classes of ``c``, ``g``, ``l``, ``s``, ``t`` by the letter after them (``""``: the
    word's end) or the word's start."""
    if letter == "c" and after and after in "eiy":
        return ("S", "J")  # Italian ce, ci: チェ
    if letter == "c" and not after:
        return ("K", "J")  # Slavic ć, č written c: Djokovic ジョコビッチ
    if letter == "g":
        return ("J", "K", "H") if after and after in "eiy" else ("K", "", "H") if not after else None
    if letter == "l" and after and after not in "aeiouy":
        return ("R", "")  # Portuguese l before a consonant: Ronaldo ロナウド
    if letter == "s" and start:
        return ("S",)
    if letter == "t" and after == "i":
        return ("T", "J")  # Russian ти: プーチン
    return None


def latin_vowel_fits(word: str, vowels: str, *, strict: bool = False) -> bool:
    """Whether the first vowel of a Latin word (or the first two, when they are side by side:
    a romanized Cyrillic ``ю`` is ``iu``, Брюс) may be written as one of ``vowels``, those
    :class:`LoanWord` keeps; ``strict``: is one of them."""
    letters = word[1:] if word[:1] == "y" else word
    at = next((i for i, c in enumerate(letters) if c in _VOWEL_FITS), -1)
    if at < 0 or not vowels:
        return not strict
    firsts = letters[at : at + 2] if letters[at + 1 : at + 2] in _VOWEL_FITS else letters[at]
    if strict:
        return any(v in firsts for v in vowels)
    return any(v in _VOWEL_FITS[f] for f in firsts for v in vowels)
