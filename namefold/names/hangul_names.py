"""Names in Hangul read as Chinese or Japanese names, not as Korean ones.

The Korean press writes a Chinese or Japanese person's name by the Korean standard of
foreign-word spelling (외래어 표기법): ``시진핑`` (Xi Jinping), ``저우언라이`` (Zhou Enlai),
``아베 신조`` (Abe Shinzo). Read as Korean they are nonsense (``시진핑`` -> ``sijinping``), so
a name in Hangul is read so first when one of these rules reads it:

- **Mandarin**: one word that :func:`namefold.text.mandarin_hangul.mandarin_cuts` reads as two
  to four pinyin syllables, the first (or the first two) a Chinese surname of
  ``data/chinese_surnames.tsv``, and that is no Japanese surname or given name in Hangul
  (``후쿠다`` is Fukuda, not Hu Kuda): ``장쩌민`` -> ``jiang zemin``. It is written in pinyin, surname
  first, as :func:`namefold.text.han.read_han` writes a name in characters; a piece with several
  pinyin syllables (``장``: jiang, zhang) gives several readings, the others kept as other readings.
- **Japanese**: two words, each of which :func:`namefold.text.japanese_hangul.hepburn_readings`
  reads as a Hepburn spelling that the ``japanese-personal-name-dataset`` package lists, as a
  surname for the first word and as a given name for the second: ``기시 노부스케`` ->
  ``Kishi, Nobusuke`` (the comma settles the order, as for a name in kanji).

A name that reads as a Korean one is left to Korean (:mod:`namefold.names.korean_order`): one
whose first syllable is a Korean surname and whose syllables are all Korean readings of
characters (Unihan kHangul), three of them, or two when the given syllable is more than a vowel
(``왕건`` Wang Geon stays Korean; ``왕이``, whose Korean reading ``Wang I`` leaves an initial, is
Wang Yi; two syllables after a first ``ㄹ``, which South Korean spelling never writes first and a
North Korean name seldom has so short, are Mandarin: ``리창`` Li Qiang). Most Korean names
never get that far: ``김``, ``박``, ``정`` are no Mandarin syllable.
"""

from __future__ import annotations

import functools
import itertools
import re

from namefold.data.chinese import chinese_surnames
from namefold.data.han_names import japanese_given_readings, japanese_surnames, korean_hanja
from namefold.engine.caches import NAMES, cached
from namefold.names.korean import korean_surnames
from namefold.text.hangul import romanize_syllable
from namefold.text.japanese_hangul import hepburn_readings
from namefold.text.kana import kana_to_latin
from namefold.text.mandarin_hangul import Piece, mandarin_cuts

__all__ = ["hangul_name_text", "may_be_korean", "other_hangul_texts", "starts_with_hangul"]

_HANGUL_NAME = re.compile("[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)?")
_HANGUL_START = re.compile("[ \u3000]*[\uac00-\ud7a3]")
_MIN_PIECES, _MAX_PIECES = 2, 4  # pinyin syllables of a Chinese name
_MAX_TEXTS = 8  # readings kept of one name
_KOREAN_LENGTHS = (2, 3)  # syllables of a name that may be Korean


def starts_with_hangul(text: str) -> bool:
    """Whether ``text`` starts (after spaces) with a Hangul syllable: the cheap test that tells
    the few names that may have other readings from the rest."""
    return _HANGUL_START.match(text) is not None


@functools.cache
def _sino_korean() -> frozenset[str]:
    """Every Korean reading of a character (Unihan kHangul)."""
    return frozenset(r for entry in korean_hanja().values() for r in entry.readings)


@functools.cache
def _chinese_surnames() -> frozenset[str]:
    return frozenset(chinese_surnames().values())


@functools.cache
def _japanese_names() -> tuple[frozenset[str], frozenset[str]]:
    """The Hepburn spellings of the dataset's surnames and given names (long vowels once)."""
    surnames = frozenset(kana_to_latin(r) for r in set(japanese_surnames().values()))
    given = {r for readings in japanese_given_readings().values() for r in readings}
    return surnames, frozenset(kana_to_latin(r) for r in given)


def _korean_shape(syllables: str) -> bool:
    """Whether a run of Hangul syllables may be a Korean name (see the module's docstring)."""
    if len(syllables) not in _KOREAN_LENGTHS or syllables[0] not in korean_surnames().hangul:
        return False
    if len(syllables) == _KOREAN_LENGTHS[0] and (
        len(romanize_syllable(syllables[1])) == 1 or romanize_syllable(syllables[0]).startswith("r")
    ):
        return False  # Wang I leaves an initial; a first ㄹ is North Korean, or Mandarin (리창)
    return all(s in _sino_korean() for s in syllables)


def may_be_korean(text: str) -> bool:
    """Whether a name in Hangul (spaces ignored) may be a Korean name (see the module's
    docstring): ``김 정은`` may, ``조 바이든`` (Joe Biden) may not."""
    return _korean_shape(text.replace(" ", "").replace("\u3000", ""))


def _name(text: str) -> list[str] | None:
    found = _HANGUL_NAME.fullmatch(text.strip())
    return found[0].split() if found else None


def _texts(text: str) -> tuple[str, ...]:
    """Every reading of a name in Hangul as Chinese or Japanese, the first one first (most
    names: none, known by two cheap tests before the cache)."""
    if text.isascii() or not starts_with_hangul(text):
        return ()
    return _hangul_texts(text)


@cached(NAMES)
def _hangul_texts(text: str) -> tuple[str, ...]:
    words = _name(text)
    if words is None:
        return ()
    texts = _mandarin_texts(words[0]) if len(words) == 1 else _japanese_texts(words[0], words[1])
    return () if texts and _korean_shape("".join(words)) else texts  # the table loads if needed


def _mandarin_texts(word: str) -> tuple[str, ...]:
    cuts = mandarin_cuts(word)
    if not cuts or _japanese_word(word):  # 후쿠다 is Fukuda, not Hu Kuda
        return ()
    texts: list[str] = []
    for cut in cuts:
        if not _MIN_PIECES <= len(cut) <= _MAX_PIECES:
            continue
        for size in (2, 1):  # a compound surname first (어우양 Ouyang)
            if size < len(cut):
                texts += _mandarin_reading(cut[:size], cut[size:])
    return tuple(dict.fromkeys(texts))[:_MAX_TEXTS]


def _mandarin_reading(surname: tuple[Piece, ...], given: tuple[Piece, ...]) -> list[str]:
    """``surname given`` in pinyin for each Chinese surname the surname pieces may be."""
    known = _chinese_surnames()
    surnames = ["".join(p) for p in itertools.product(*(piece.pinyin for piece in surname))]
    readings = itertools.islice(itertools.product(*(piece.pinyin for piece in given)), _MAX_TEXTS)
    givens = ["".join(p) for p in readings]
    return [f"{s} {g}" for s in surnames if s in known for g in givens]


def _japanese_word(word: str) -> bool:
    """Whether a word in Hangul reads as a Japanese surname or given name of the dataset."""
    surnames, given_names = _japanese_names()
    return any(r in surnames or r in given_names for r in hepburn_readings(word))


def _japanese_texts(surname: str, given: str) -> tuple[str, ...]:
    surnames, given_names = _japanese_names()
    heads = [s for s in hepburn_readings(surname) if s in surnames]
    tails = [g for g in hepburn_readings(given) if g in given_names] if heads else []
    return tuple(f"{s.title()}, {g.title()}" for s in heads for g in tails)[:_MAX_TEXTS]


def hangul_name_text(text: str) -> str | None:
    """The text to read in place of ``text``, a name in Hangul that reads as a Chinese name
    (``jiang zemin``) or a Japanese one (``Kishi, Nobusuke``); ``None`` for any other text.

    Examples:
        >>> hangul_name_text("시진핑"), hangul_name_text("아베 신조"), hangul_name_text("김정은")
        ('xi jinping', 'Abe, Shinzo', None)
    """
    texts = _texts(text)
    return texts[0] if texts else None


def other_hangul_texts(text: str) -> tuple[str, ...]:
    """The readings of a name in Hangul after :func:`hangul_name_text`'s (``장쩌민``: ``zhang
    zemin`` after ``jiang zemin``); none for most names.

    Examples:
        >>> other_hangul_texts("장쩌민"), other_hangul_texts("시진핑")
        (('zhang zemin',), ())
    """
    return _texts(text)[1:]
