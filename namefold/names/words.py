"""Stage 2a: reading the words of a name, each as its normalized and surname spellings.

A token of the text (no spaces or commas) reads as one or more words: punctuation
removed, Unicode folded to ASCII (:func:`namefold.text.normalize.clean`), split at
inner spaces, and spelled again by the orthography rules for its use as a surname
(``data/orthography.tsv``). Particles join the word after them (``van beethoven``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, WORDS, cached
from namefold.text.normalize import clean

__all__ = ["RAW_TOKEN", "Word", "any_word_pieces", "merge_particles", "plain_word", "read_words"]

RAW_TOKEN = re.compile(r"[^\s,]+|,")  # a token of a name, or a comma
# Combining marks are part of a word (\w does not match them): the Latin ones, and the blocks of the
# Indic and Southeast Asian scripts, which write vowels as marks (गांधी ends in one).
_MARKS = (
    "\u0300-\u036f"  # Latin combining marks
    "\u0900-\u0fff\u1000-\u109f\u1780-\u17ff"  # Indic, Thai, Lao, Tibetan, Myanmar, Khmer
)
_EDGE_PUNCT = re.compile(f"^[^\\w{_MARKS}]+|[^\\w{_MARKS}]+$")
_POSSESSIVE = re.compile(r"['\u2019]s$")


class Word(NamedTuple):
    """One word of a name (a tuple: a name makes several, and the parse cache shares them)."""

    norm: str
    raw: str
    caps: bool
    comma_before: bool
    surname_norm: str  # ``norm`` after the orthography rules, used when the word is a surname
    shown: str  # ``raw`` as displayed: all-caps words in title case
    initial: bool  # one letter: ``a`` of ``A. Lukashenko``, ``zh`` of ``Ж. Алфёров``
    joins: bool  # a particle or a hyphenated word: :func:`merge_particles` reads it


def _word(norm: str, raw: str, caps: bool, comma_before: bool, surname_norm: str, shown: str) -> Word:
    """A :class:`Word` with its derived fields."""
    # one letter of a cased alphabet, whatever its romanization: Cyrillic Ж reads zh, Є ye;
    # an initial is read as the first letter of its romanization (Ж. Алфёров: z. Alfyorov)
    initial = (len(norm) == 1 and norm.isalpha()) or (len(raw) == 1 and raw.lower() != raw.upper())
    if initial and len(norm) > 1:
        norm = surname_norm = norm[0]
    joins = "-" in norm or norm in tables.particles()
    return Word(norm, raw, caps, comma_before, surname_norm, shown, initial, joins)


def _orthography(word: str, rules: list[tables.OrthographyRule]) -> str:
    """Apply orthography ``rules`` (those whose marker the word shows) to a casefolded word."""
    for rule in rules:
        word = rule.pattern.sub(rule.replacement, word)
    return word


def read_words(text: str) -> list[Word]:
    """The words of a name's text, in order; the first after a comma marked so."""
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = unicodedata.normalize("NFKC", text)
    if "." in text:
        text = text.replace(".", ". ")
    words: list[Word] = []
    if "," not in text:  # the common case: words are what str.split finds
        for raw in text.split():
            words += _word_pieces(raw)
        return words
    comma = False
    for raw in RAW_TOKEN.findall(text):
        if raw == ",":
            comma = bool(words)
            continue
        words += _word_pieces_after_comma(raw) if comma else _word_pieces(raw)
        comma = False
    return words


@cached(FEWER_WORDS)
def _word_pieces_after_comma(raw: str) -> tuple[Word, ...]:
    """:func:`_word_pieces` of a token that follows a comma: its first word marked so."""
    pieces = _word_pieces(raw)
    return (pieces[0]._replace(comma_before=True), *pieces[1:]) if pieces else ()


@cached(WORDS)
def _word_pieces(raw: str) -> tuple[Word, ...]:
    """The words one raw token (no spaces or commas) reads as, none after a comma.
    Cached: names repeat their tokens."""
    if raw.isascii() and raw.isalpha():
        return (plain_word(raw),)
    return any_word_pieces(raw)


def any_word_pieces(raw: str) -> tuple[Word, ...]:
    """:func:`_word_pieces` of any token: punctuation removed, Unicode folded, split."""
    raw = _POSSESSIVE.sub("", _EDGE_PUNCT.sub("", raw))
    letters = [c for c in raw if c.isalpha()]
    caps = len(letters) > 1 and all(c.isupper() for c in letters)
    pieces = _generation_apart(clean(raw).split())
    folded = unicodedata.normalize("NFC", raw.casefold())
    rules = [rule for rule in tables.orthography_rules() if rule.marker.search(folded)]
    spelled = _generation_apart(clean(_orthography(folded, rules)).split()) if rules else pieces
    if len(spelled) != len(pieces):
        spelled = pieces
    words = []
    raws = raw.rsplit("-", 1) if len(pieces) == 2 and "-" in raw and " " not in clean(raw) else ()
    for at, (piece, surname_piece) in enumerate(zip(pieces, spelled, strict=True)):
        shown = raw if len(pieces) == 1 else raws[at] if raws else piece.title()
        words.append(_word(piece, shown, caps, False, surname_piece, shown.title() if caps else shown))
    return tuple(words)


def _generation_apart(pieces: list[str]) -> list[str]:
    """The pieces with a generation joined by a hyphen split off (Russian ``Буш-младший``,
    ``bush-mladshii``: Bush Jr.)."""
    if len(pieces) == 1 and "-" in pieces[0]:
        head, _, last = pieces[0].rpartition("-")
        if head and last in tables.generations():
            return [head, last]
    return pieces


def plain_word(raw: str) -> Word:
    """The one word of a token of ASCII letters only (most tokens): :func:`any_word_pieces`
    without the steps that cannot change such a token (punctuation, Unicode
    normalization, splitting). A property test holds the two to the same words."""
    norm = raw.lower()
    caps = len(raw) > 1 and raw.isupper()
    spelled = norm
    for rule in tables.orthography_rules():
        # A rule whose pattern's letters the word lacks cannot change it: skip its marker.
        if rule.needle in spelled and rule.marker.search(norm):
            spelled = rule.pattern.sub(rule.replacement, spelled)
    if spelled != norm:
        pieces = clean(spelled).split()
        spelled = pieces[0] if len(pieces) == 1 else norm
    return _word(norm, raw, caps, False, spelled, raw.title() if caps else raw)


def merge_particles(words: list[Word]) -> list[Word]:
    """Glue a particle to the word after it (``van beethoven``); split ``al-assad``.

    :func:`namefold.names.parse.parse` calls it only when some word is a particle or has a hyphen
    (``Word.joins``)."""
    table = tables.particles()
    merged: list[Word] = []
    pending: list[Word] = []
    for word in words:
        head, _, rest = word.norm.partition("-")
        if rest and head in table:
            tail = word.surname_norm.partition("-")[2] or rest
            word = _word(
                f"{head} {rest}", word.raw, word.caps, word.comma_before, f"{head} {tail}", word.shown
            )
        if word.norm in table and len(words) > 2:
            pending.append(word)
            continue
        if pending:
            norm = " ".join([*(p.norm for p in pending), word.norm])
            surname_norm = " ".join([*(p.norm for p in pending), word.surname_norm])
            raw = " ".join([*(p.raw for p in pending), word.raw])
            shown = raw.title() if word.caps else raw
            word = _word(norm, raw, word.caps, pending[0].comma_before, surname_norm, shown)
            pending = []
        merged.append(word)
    merged.extend(pending)
    return merged
