"""Names written in the Arabic script (Arabic, Persian, Urdu) or in Hebrew, read against their
romanizations.

These scripts write consonants and long vowels, not short vowels, so ``محمد`` is ``Muhammad``,
``Mohammed`` and ``Mehmet`` at once, and no transliteration library can say which. A word in
them is read as a pattern over romanized words instead: each letter must be written by one of
the spellings that ``data/abjad.tsv`` gives it (ALA-LC, DIN 31635, UNGEGN/BGN-PCGN and press
conventions: ق as q, k or g; ذ as dh, d or z), the short vowels a romanization adds between
letters are free, and doubled letters are read once on both sides. Long vowels must be written
(حسين is Hussein, not Hassan). The article ال at a word's start, an alif, hamza or ayin at a
word's start and ه/ة at its end (Persian ``خامنه‌ای``: before a zero-width non-joiner too) may
go unwritten.

:func:`transliterate` gives the consonantal ASCII reading that ``to_ascii`` uses;
:func:`word_matches` tells whether a romanized word writes a word of these scripts, and
:func:`coarse_key` / :func:`latin_coarse_key` are blocking keys (the word's l, m, n and r) that
a word and any romanization it matches share.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, WORDS, cached

__all__ = [
    "abjad_words",
    "coarse_key",
    "has_abjad",
    "is_abjad_word",
    "latin_coarse_key",
    "latin_skeletons",
    "latin_word",
    "transliterate",
    "word_matches",
]

_ABJAD = re.compile("[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufb4f\ufb50-\ufdff\ufe70-\ufeff]")
# Vowel points, cantillation and other marks, the tatweel, and the Hebrew geresh and gershayim
# (also written as an apostrophe: ג'ורג' is George): never letters of a name
_MARKS = re.compile("[\u0591-\u05c7\u05f3\u05f4\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed'\u2019]")
_ZWNJ = "\u200c"
_SILENT_FINAL = "\u0629"  # a final ه before a zero-width non-joiner reads as ة: -e, -a or nothing
_ARTICLE = "\u0627\u0644"  # ال
_INITIAL_OPTIONAL = frozenset("\u0627\u0623\u0625\u0622\u0671\u0621\u0639\u05d0\u05e2")
_FINAL_OPTIONAL = frozenset("\u0647\u06c1\u0629\u05d4")
_FILLER = "[aeiou]*"
_LATIN_LETTERS = re.compile(r"[^a-z]+")
_DOUBLES = re.compile(r"([a-z])\1+")
_COARSE = frozenset("lmnr")


@functools.cache
def _letters() -> dict[str, tuple[str, tuple[str, ...]]]:
    """letter -> (ASCII transliteration, Latin spellings) from ``data/abjad.tsv``."""
    rows = tables.read_table("abjad.tsv", ("letter", "ascii", "latin", "note"))
    return {letter: (ascii_, tuple(latin.split("|"))) for letter, ascii_, latin, _ in rows}


def has_abjad(text: str) -> bool:
    """Whether ``text`` has a letter of the Arabic or Hebrew script."""
    return not text.isascii() and _ABJAD.search(text) is not None


def is_abjad_word(word: str) -> bool:
    """Whether a word (as :func:`abjad_words` gives it) is in the Arabic or Hebrew script."""
    return bool(word) and word[0] in _letters()


def _prepared(text: str) -> str:
    """``text`` in composed letters, marks removed, a final ه before a zero-width non-joiner
    read as ة and the joiner then dropped (``روح‌الله`` is one word)."""
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text))
    if _ZWNJ in text:
        text = re.sub("[\u0647\u06c1]" + _ZWNJ, _SILENT_FINAL, text).replace(_ZWNJ, "")
    return text


def abjad_words(text: str) -> list[str]:
    """The words of a name in these scripts, letters only (other characters split words)."""
    letters = _letters()
    words: list[str] = []
    current: list[str] = []
    for char in _prepared(text):
        if char in letters:
            current.append(char)
        else:
            if current:
                words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def transliterate(text: str) -> str:
    """``text`` with every Arabic-script and Hebrew letter written in ASCII (consonants and
    long vowels, as the script writes them), other characters kept.

    Examples:
        >>> transliterate("أسامة بن لادن")
        'asama bn ladn'
    """
    letters = _letters()
    return "".join(letters[c][0] if c in letters else c for c in _prepared(text))


def latin_word(word: str) -> str:
    """A romanized word as :func:`word_matches` reads it: ASCII letters only, doubles once."""
    return _DOUBLES.sub(r"\1", _LATIN_LETTERS.sub("", word))


def _strip_article(word: str) -> str:
    if word.startswith(_ARTICLE) and len(word) > 3:
        return word[2:]
    return word


@cached(FEWER_WORDS)
def _pattern(word: str) -> re.Pattern[str]:
    """The romanizations of one word of these scripts, as a regular expression."""
    letters = _letters()
    word = "".join(c for c in _prepared(word) if c in letters)
    chars = [c for at, c in enumerate(word) if at == 0 or c != word[at - 1]]
    parts = [_FILLER]
    last = len(chars) - 1
    for at, char in enumerate(chars):
        spellings = {_DOUBLES.sub(r"\1", s) for s in letters[char][1]}
        if (at == 0 and char in _INITIAL_OPTIONAL) or (at == last and at and char in _FINAL_OPTIONAL):
            spellings.add("")
        written = sorted((s for s in spellings if s), key=len, reverse=True)
        group = "(?:" + "|".join(written) + ")" if written else ""
        if group and "" in spellings:
            group += "?"
        parts.append(group + _FILLER)
    return re.compile("".join(parts))


@cached(WORDS)
def word_matches(word: str, romanized: str) -> bool:
    """Whether ``romanized`` (lowercase ASCII) can be a romanization of ``word`` (Arabic
    script or Hebrew); the article ال of ``word`` may be left out.

    Examples:
        >>> word_matches("القذافي", "qaddafi"), word_matches("القذافي", "gadhafi")
        (True, True)
        >>> word_matches("حسين", "hussein"), word_matches("حسين", "hassan")
        (True, False)
    """
    latin = latin_word(romanized)
    if not latin:
        return False
    if _pattern(word).fullmatch(latin):
        return True
    bare = _strip_article(_prepared(word))
    return bare != word and _pattern(bare).fullmatch(latin) is not None


def coarse_key(word: str) -> str:
    """The l, m, n and r of a word of these scripts, in order, a letter repeated once
    (the article ال left out): every romanization it matches has the same
    :func:`latin_coarse_key`."""
    letters = _letters()
    found = [letters[c][0] for c in _strip_article(word) if c in letters and letters[c][0] in _COARSE]
    return _DOUBLES.sub(r"\1", "".join(found))


def latin_coarse_key(word: str) -> str:
    """The l, m, n and r of a romanized word, in order, a letter repeated once."""
    return _DOUBLES.sub(r"\1", "".join(c for c in word if c in _COARSE))


# Romanizations of Arabic, Persian and Hebrew names compared with each other: each spelling of a
# letter (data/abjad.tsv) read as the class of the letters it may write. A spelling that writes
# letters of more than one class (French and German ch: ش, خ; g: ق, ج) gives each reading.
_LATIN_CLASSES: tuple[tuple[str, str], ...] = (
    ("dsch", "J"),
    ("tsch", "C"),
    ("sch", "S"),
    ("dzh", "J"),
    ("sh", "S"),
    ("dj", "J"),
    ("zh", "JZ"),
    ("ch", "SHC"),
    ("kh", "H"),
    ("gh", "K"),
    ("th", "TS"),
    ("dh", "DZ"),
    ("ph", "F"),
    ("ts", "S"),
    ("tz", "S"),
    ("ck", "K"),
    ("b", "B"),
    ("p", "B"),
    ("t", "T"),
    ("d", "D"),
    ("j", "JY"),
    ("g", "KJ"),
    ("q", "K"),
    ("k", "K"),
    ("c", "KS"),
    ("x", "H"),
    ("h", "H"),
    ("s", "SZ"),
    ("z", "Z"),
    ("f", "F"),
    ("r", "R"),
    ("l", "L"),
    ("m", "M"),
    ("n", "N"),
)  # vowels, w, v and y are not read: romanizations write long vowels and glides alike
_LATIN_SPELLING = re.compile("|".join(spelling for spelling, _ in _LATIN_CLASSES))
_CLASS_OF = dict(_LATIN_CLASSES)
_MAX_READINGS = 16
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


@cached(WORDS)
def latin_skeletons(word: str) -> frozenset[str]:
    """The consonant classes a romanized Arabic, Persian or Hebrew word may write, one string
    per reading (at most 16): ``rached`` and ``rashid`` share ``RSD``, ``dschawad`` and
    ``djavad`` share ``JD``.

    Examples:
        >>> sorted(latin_skeletons("rached"))
        ['RCD', 'RHD', 'RSD']
        >>> latin_skeletons("khamenei") & latin_skeletons("chamenei")
        frozenset({'HMN'})
    """
    latin = _FINAL_H.sub("", latin_word(word))
    readings = {""}
    for spelling in _LATIN_SPELLING.findall(latin):
        readings = {r + c for r in readings for c in _CLASS_OF[spelling]}
        if len(readings) > _MAX_READINGS:
            break
    return frozenset(_DOUBLES.sub(r"\1", r.lower()).upper() for r in readings)
