"""Stage 1: normalization of raw name text to lowercase ASCII.

NFKC, then case folding, then rule-based folding of Latin letters with
diacritics (``č`` -> ``ch``, ``ł`` -> ``l``, ``ŭ`` -> ``u`` ...), the Arabic script and
Hebrew by ``data/abjad.tsv`` (:mod:`namefold.text.abjad`), Chinese characters as pinyin
(:mod:`namefold.text.han`), kana in Hepburn (:mod:`namefold.text.kana`), the scripts that
:mod:`namefold.text.scripts` reads by their own rules (Greek, Indic, Georgian ...), then
Unidecode for every other script. This is the only module that imports ``unidecode``
(GPL-2.0-or-later): swapping the ASCII backend means changing this file only.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from unidecode import unidecode

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, cached
from namefold.errors import require_str
from namefold.text import scripts
from namefold.text.abjad import has_abjad, transliterate
from namefold.text.han import read_han
from namefold.text.kana import kana_to_latin

__all__ = ["clean", "clean_fully", "normalize", "strip_honorifics", "to_ascii", "word_tokens"]

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_]")
_APOSTROPHES = re.compile(r"['`\u00B4\u02B9\u02BB\u02BC\u02BE\u02BF\u2018\u2019\u201B\u2032]")
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['\u2019]s\b")
_NOT_NAME = re.compile(r"[^a-z0-9\- ]+")
_SPACES = re.compile(r"\s+")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Invisible format characters (Unicode category Cf): zero-width (non-)joiners and spaces,
# bidirectional marks and isolates, soft hyphen, BOM, tags. They never separate words.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_LOOSE_HYPHENS = re.compile(r"(?:^|(?<= ))-+|-+(?= |$)")
_MANY_HYPHENS = re.compile(r"-{2,}")


@functools.cache
def _letter_table() -> dict[int, str]:
    return {ord(letter): ascii_ for letter, ascii_ in tables.letters().items()}


@cached(FEWER_WORDS, text="text")
def to_ascii(text: str) -> str:
    """Fold ``text`` to lowercase ASCII, keeping its punctuation and spacing.

    Characters with no ASCII reading (emoji, zero-width and bidirectional marks,
    lone surrogates, private-use characters) are dropped.

    Examples:
        >>> to_ascii("Łukaszenka Лукашэнка Šuškievič")
        'lukaszenka lukashenka shushkievich'
    """
    require_str(text, "text")
    if has_abjad(text):  # Arabic script and Hebrew: consonants and long vowels (text.abjad)
        text = transliterate(text)
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", _INVISIBLE.sub("", text)).casefold())
    folded = folded.translate(_letter_table())
    if not folded.isascii():  # Chinese as pinyin, kana in Hepburn, Greek, Indic ...; the rest by Unidecode
        folded = unidecode(_SURROGATES.sub("", scripts.romanize(kana_to_latin(read_han(folded)))))
    return folded.lower()


_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")  # already clean: the common case skips the rest


def clean(text: str) -> str:
    """Lowercase ASCII words separated by single spaces; hyphens kept inside words."""
    if text.isascii() and _PLAIN.fullmatch(lowered := text.lower()):
        return lowered
    # Letters only (Cyrillic, Polish...): no dashes, spaces or apostrophes to remove first,
    # so what to_ascii makes of them is the answer when it is plain too. A property test
    # holds this shortcut to clean_fully.
    if text.isalpha() and not _APOSTROPHES.search(text) and _PLAIN.fullmatch(folded := to_ascii(text)):
        return folded
    return clean_fully(text)


def clean_fully(text: str) -> str:
    """:func:`clean` step by step, for any text."""
    text = _DASHES.sub("-", text)
    text = _POSSESSIVE.sub("", text)
    text = _APOSTROPHES.sub("", text)
    text = _APOSTROPHES.sub("", to_ascii(text))
    text = _NOT_NAME.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    text = _MANY_HYPHENS.sub("-", text)
    return _SPACES.sub(" ", _LOOSE_HYPHENS.sub("", text)).strip()


def word_tokens(text: str) -> list[str]:
    """Split normalized text into its words."""
    return text.split()


def strip_honorifics(words: list[str]) -> tuple[list[str], list[str]]:
    """Split leading honorifics and trailing suffixes off ``words``.

    At least one word is always kept, so a name made only of titles stays itself.
    Returns ``(remaining words, removed honorifics)``.
    """
    table = tables.honorifics()
    start = 0
    while len(words) - start > 1 and words[start] in table:
        start += 1
    end = len(words)
    suffixes = tables.suffixes()
    while end - start > 1 and words[end - 1] in suffixes:
        end -= 1
    return words[start:end], words[:start]


def normalize(text: str, *, honorifics: bool = False) -> str:
    """Normalize a name to lowercase ASCII words, honorifics and titles removed.

    Args:
        text: any string.
        honorifics: keep honorifics and titles (``mr``, ``president``) if true.

    Returns:
        Lowercase ASCII letters, digits and inner hyphens, words separated by
        single spaces. The function is idempotent and never raises on a ``str``.

    Raises:
        TypeError: ``text`` is not a ``str``.

    Examples:
        >>> normalize("Mr.  ŁUKASZENKA, Aliaksandr")
        'lukaszenka aliaksandr'
        >>> normalize("Ms. Kalesnikava’s", honorifics=True)
        'ms kalesnikava'
    """
    require_str(text, "text")
    if text.isascii() and text.isalpha() and text.islower():  # one normalized word: most calls
        return text  # (a lone word is kept even if it is an honorific)
    words = clean(text).split()
    if not honorifics:
        words, _ = strip_honorifics(words)
    return " ".join(words)
