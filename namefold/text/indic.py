"""Words of the Brahmic scripts of India and Bangladesh in the Latin spelling of names.

Devanagari, Bengali, Gurmukhi, Gujarati and Oriya write a consonant with an inherent
vowel ``a`` that speech and the English spelling of names often drop: नरेन्द्र मोदी is
Narendra Modi, मोहनदास करमचंद Mohandas Karamchand. Unidecode reads each letter alone,
without the inherent vowel and with doubled long vowels (``nrendr modii``). This module
reads syllables: each consonant cluster with its vowel sign, or the inherent ``a``, which
it deletes where Hindi does (the schwa deletion of Ohala 1983, as in Narasimhan et al.
2004 and in Hunterian spellings): at the end of a word after a single consonant, and
inside one between a vowel and consonant and a consonant and vowel (V C _ C V), scanning
from the right. Tamil, Telugu, Kannada and Malayalam, which write a vowelless consonant
with a virama or a chillu and say the inherent a, keep it. The letters' readings, Hunterian
(long vowels single, ज़ z, फ़ f, श ष sh), are in ``data/indic_letters.tsv``; an anusvara is
``m`` before ``p b m`` and ``n`` elsewhere, व and the Bengali ba-phala after a consonant ``w``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from namefold.data import tables

__all__ = ["romanize"]

_BLOCK = 0x80  # each script's block is 128 code points, aligned: offset = code point % 128
_SOUTH = 0x0B80  # Tamil, Telugu, Kannada, Malayalam: the inherent a is said, not deleted
_LABIALS = frozenset(("p", "ph", "b", "bh", "m"))


@attrs.frozen
class _Letter:
    kind: str
    ascii: str
    nukta: str


@functools.cache
def _letters() -> Mapping[int, _Letter]:
    """Letters by offset in a block (``0x15``: क, ক, ક ...) and, for a four-digit row, by code point."""
    rows = tables.read_table("indic_letters.tsv", ("offset", "letter", "kind", "ascii", "nukta", "note"))
    return MappingProxyType(
        {int(offset, 16): _Letter(kind, ascii_, nukta) for offset, _, kind, ascii_, nukta, _ in rows}
    )


def _letter(char: str) -> _Letter | None:
    letters = _letters()
    return letters.get(ord(char)) or letters.get(ord(char) % _BLOCK)


@functools.cache
def _nukta_readings() -> Mapping[str, str]:
    return MappingProxyType({letter.ascii: letter.nukta for letter in _letters().values() if letter.nukta})


@attrs.define
class _Syllable:
    """A consonant cluster (maybe empty) and its vowel; ``inherent``: the vowel is the unwritten a."""

    consonants: list[str]
    vowel: str
    inherent: bool
    nasal: str = ""
    tail: str = ""


@attrs.define
class _Reader:
    syllables: list[_Syllable] = attrs.Factory(list)
    joining: bool = False  # after a virama: the next consonant joins the cluster
    doubling: bool = False  # after a Gurmukhi addak: the next consonant is doubled

    def consonant(self, ascii_: str) -> None:
        letters = [ascii_, ascii_] if self.doubling else [ascii_]
        self.doubling = False
        if self.joining and self.syllables:
            last = self.syllables[-1]
            last.consonants.extend(letters)
            last.vowel, last.inherent = "a", True
        else:
            self.syllables.append(_Syllable(letters, "a", True))
        self.joining = False

    def read(self, letter: _Letter) -> None:
        last = self.syllables[-1] if self.syllables else None
        kind = letter.kind
        if kind == "consonant":
            self.consonant(letter.ascii)
        elif kind == "vowel":
            self.syllables.append(_Syllable([], letter.ascii, False))
        elif kind == "gemination":
            self.doubling = True
        elif kind == "final":
            self.consonant(letter.ascii)
            self.syllables[-1].vowel, self.syllables[-1].inherent = "", False
        elif last is None:
            return
        elif kind == "sign":
            last.vowel, last.inherent = letter.ascii, False
        elif kind == "virama":
            last.vowel, last.inherent, self.joining = "", False, True
        elif kind == "nukta" and last.consonants:
            last.consonants[-1] = _nukta_readings().get(last.consonants[-1], last.consonants[-1])
        elif kind == "nasal":
            last.nasal = letter.ascii
        elif kind == "visarga":
            last.tail = letter.ascii
        if kind not in ("virama", "nukta", "consonant"):
            self.joining = False


def _delete_schwas(syllables: list[_Syllable]) -> None:
    """Drop the inherent a where Hindi does not say it (V C _ C V, and word-finally)."""

    def deletable(k: int) -> bool:
        s = syllables[k]
        return (
            s.inherent
            and len(s.consonants) == 1
            and not s.nasal
            and not s.tail
            and bool(syllables[k - 1].vowel)
        )

    last = len(syllables) - 1
    if last > 0 and deletable(last):
        syllables[last].vowel, syllables[last].inherent = "", False
    for k in range(last - 1, 0, -1):
        following = syllables[k + 1]
        if deletable(k) and len(following.consonants) == 1 and following.vowel:
            syllables[k].vowel, syllables[k].inherent = "", False


def _in_cluster(consonant: str, before: str) -> str:
    """व after a consonant is w (स्व Swami), and so is Bengali ব, the ba-phala, after one other
    than m, r or b (বিশ্বাস Biswas, দ্বিজেন্দ্র Dwijendra; অম্বিকা Ambika, সর্বজিৎ Sarbajit keep b)."""
    if consonant == "v" or (consonant == "b" and before not in ("m", "r", "b")):
        return "w"
    return consonant


def _spell(syllables: list[_Syllable]) -> str:
    out: list[str] = []
    for k, s in enumerate(syllables):
        following = syllables[k + 1] if k + 1 < len(syllables) else None
        cluster = [_in_cluster(c, s.consonants[i - 1]) if i else c for i, c in enumerate(s.consonants)]
        vowel = s.vowel
        if not s.consonants and vowel == "i" and following is not None and not following.consonants:
            vowel = "y"  # Bengali ইউ: i before another written vowel is y (ইউনূস Yunus)
        nasal = s.nasal
        if nasal and following is not None and following.consonants and following.consonants[0] in _LABIALS:
            nasal = "m"
        out.append("".join(cluster) + vowel + nasal + s.tail)
    return "".join(out)


def romanize(word: str) -> str:
    """One word of Devanagari, Bengali, Gurmukhi, Gujarati or Oriya letters in ASCII.

    Examples:
        >>> romanize("नरेन्द्र"), romanize("मोदी"), romanize("करमचंद"), romanize("गांधी")
        ('narendra', 'modi', 'karamchand', 'gandhi')
        >>> romanize("রহমান"), romanize("ज़रदारी"), romanize("ইউনূস")
        ('rahman', 'zardari', 'yunus')
    """
    out: list[str] = []
    reader = _Reader()
    south = bool(word) and ord(word[0]) >= _SOUTH
    for char in word:
        letter = _letter(char)
        if letter is not None:
            reader.read(letter)
            continue
        out.append(_spoken(reader, south=south))  # a digit or a danda ends the word; Unidecode reads it
        out.append(char)
        reader = _Reader()
    out.append(_spoken(reader, south=south))
    return "".join(out)


def _spoken(reader: _Reader, *, south: bool) -> str:
    """The syllables read: with Hindi's schwa deletion in the north, as written in the south,
    where a final anusvara is m (Tamil, Telugu, Kannada and Malayalam write a vowelless
    consonant with a virama or a chillu, and say the inherent a)."""
    syllables = reader.syllables
    if not south:
        _delete_schwas(syllables)
    elif syllables and syllables[-1].nasal:
        syllables[-1].nasal = "m"
    return _spell(syllables)
