"""Mandarin in Hangul, as the Korean standard of foreign-word spelling writes it, and back.

The Korean press writes a Chinese name by the sounds of Mandarin, not by the Korean readings of
its characters: ``习近平`` is ``시진핑`` (Xi Jinping), not ``습근평``. The standard (외래어 표기법,
chapter 2 table 5 and chapter 3 section 7; ``data/mandarin_hangul.tsv``) gives each pinyin initial
a consonant and each final a vowel (and ``ㄴ`` / ``ㅇ``), after ``ㅈ ㅉ ㅊ`` without its ``y``:
``jiang`` 장, ``qiang`` 창, ``xiao`` 샤오, ``zhou`` 저우, ``ze`` 쩌, ``dong`` 둥.

:func:`pinyin_hangul` writes one pinyin syllable of ``data/pinyin.tsv`` so; :func:`mandarin_cuts`
reads a word in Hangul back as pinyin syllables, each piece of Hangul with the pinyin syllables it
may stand for (``장``: ``jiang``, ``zhang``), in the fewest pieces (``마오`` is ``mao``, not
``ma o``). Most Hangul words are no such transcription: a final ``ㄱ ㄹ ㅁ ㅂ`` or a vowel such as
``ㅓ`` after ``ㅇ`` ends the reading at once (``김정은``, ``문재인``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from namefold.data.chinese import pinyin_syllables
from namefold.data.tables import read_table
from namefold.engine.caches import FEWER_WORDS, cached

__all__ = ["MAX_PIECE", "Piece", "hangul_pinyin", "mandarin_cuts", "pinyin_hangul"]

MAX_PIECE = 2  # Hangul syllables of one pinyin syllable: 위안 yuan, 아오 ao
_FIRST = 0xAC00
_CONSONANTS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"  # the initials of a syllable, in code point order
_IEUNG = _CONSONANTS.index("ㅇ")
_AFFRICATES = frozenset(_CONSONANTS.index(c) for c in "ㅈㅉㅊ")
# after ㅈ ㅉ ㅊ: ㅑ ㅖ ㅛ ㅠ (vowel indices 2 7 12 17) are written ㅏ ㅔ ㅗ ㅜ (0 5 8 13)
_NO_Y = {2: 0, 7: 5, 12: 8, 17: 13}
_INITIALS_BY_LENGTH = ("zh", "ch", "sh")
_PALATALS = frozenset("jqx")  # u after them is ü
_RETROFLEX = frozenset(("zh", "ch", "sh", "r", "z", "c", "s"))  # i after them is -i (으)


class Piece(NamedTuple):
    """A piece of a Hangul word and the pinyin syllables it may transcribe."""

    hangul: str
    pinyin: tuple[str, ...]


class _Table(NamedTuple):
    initials: Mapping[str, int]  # pinyin initial -> consonant index
    alone: Mapping[str, str]  # final -> its Hangul on its own
    after: Mapping[str, str]  # final -> its Hangul after an initial


@functools.cache
def _table() -> _Table:
    rows = read_table("mandarin_hangul.tsv", ("part", "pinyin", "alone", "after"))
    initials, alone, after = {}, {}, {}
    for part, pinyin, written, following in rows:
        if part == "initial":
            initials[pinyin] = _CONSONANTS.index(written)
        else:
            alone[pinyin] = written
            after[pinyin] = written if following == "-" else following
    return _Table(MappingProxyType(initials), MappingProxyType(alone), MappingProxyType(after))


def _final_alone(syllable: str) -> str:
    """The final of a syllable with no initial, as pinyin spells it with ``y`` / ``w``:
    ``yan`` ian, ``you`` iu, ``yue`` ve, ``wei`` ui, ``wen`` un, ``weng`` ong."""
    if syllable.startswith("y"):
        rest = syllable[1:]
        final = "v" + rest[1:] if rest.startswith("u") else rest if rest.startswith("i") else "i" + rest
        return "iu" if final == "iou" else final
    if syllable.startswith("w"):
        rest = syllable[1:]
        final = rest if rest == "u" else "u" + rest
        return {"uei": "ui", "uen": "un", "ueng": "ong", "uong": "ong"}.get(final, final)
    return syllable


def _parts(syllable: str) -> tuple[str, str]:
    """``(initial, final)`` of a pinyin syllable, the final as written after that initial."""
    table = _table()
    initial = next((i for i in _INITIALS_BY_LENGTH if syllable.startswith(i)), syllable[:1])
    if initial not in table.initials:
        return "", _final_alone(syllable)
    final = syllable[len(initial) :]
    if initial in _PALATALS and final.startswith("u"):
        final = "v" + final[1:]
    elif initial in _RETROFLEX and final == "i":
        final = "-i"
    return initial, final


@cached(FEWER_WORDS)
def pinyin_hangul(syllable: str) -> str | None:
    """One toneless pinyin syllable in Hangul by the standard, or ``None`` if the table has
    no final for it.

    Examples:
        >>> pinyin_hangul("xi"), pinyin_hangul("jiang"), pinyin_hangul("zhou"), pinyin_hangul("ze")
        ('시', '장', '저우', '쩌')
        >>> pinyin_hangul("wei"), pinyin_hangul("gui"), pinyin_hangul("yuan"), pinyin_hangul("dong")
        ('웨이', '구이', '위안', '둥')
    """
    table = _table()
    initial, final = _parts(syllable)
    if not initial:
        return table.alone.get(final)
    written = table.after.get(final)
    if written is None:
        return None
    consonant = table.initials[initial]
    code = ord(written[0]) - _FIRST
    vowel, end = divmod(code % (21 * 28), 28)
    if consonant in _AFFRICATES:
        vowel = _NO_Y.get(vowel, vowel)
    return chr(_FIRST + (consonant * 21 + vowel) * 28 + end) + written[1:]


@functools.cache
def hangul_pinyin() -> Mapping[str, tuple[str, ...]]:
    """Hangul (one or two syllables) -> the pinyin syllables the standard writes so, sorted."""
    found: dict[str, list[str]] = {}
    for syllable in sorted(pinyin_syllables()):
        written = pinyin_hangul(syllable)
        if written is not None:
            found.setdefault(written, []).append(syllable)
    return MappingProxyType({k: tuple(v) for k, v in found.items()})


@cached(FEWER_WORDS)
def mandarin_cuts(word: str) -> tuple[tuple[Piece, ...], ...]:
    """The ways to read a word in Hangul as pinyin syllables in the fewest pieces; none when it
    is no Mandarin transcription.

    Examples:
        >>> [[p.pinyin for p in cut] for cut in mandarin_cuts("마오쩌둥")]
        [[('mao',), ('ze',), ('dong',)]]
        >>> mandarin_cuts("김정은")
        ()
    """
    table = hangul_pinyin()
    best: list[tuple[Piece, ...]] = []

    def walk(at: int, pieces: tuple[Piece, ...]) -> None:
        if best and (len(pieces) > len(best[0]) or (len(pieces) == len(best[0]) and at < len(word))):
            return  # longer than the best cut found
        if at == len(word):
            if best and len(pieces) < len(best[0]):
                best.clear()
            best.append(pieces)
            return
        for size in range(MAX_PIECE, 0, -1):
            piece = word[at : at + size]
            if len(piece) == size and piece in table:
                walk(at + size, (*pieces, Piece(piece, table[piece])))

    walk(0, ())
    return tuple(best)
