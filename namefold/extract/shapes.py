"""What a word of a name looks like beyond a capital letter: connectors inside names,
Arabic articles, romanized East Asian syllables, and the words that cue a place or
open a sentence.

These predicates read only a token and the cue tables (:mod:`namefold.extract.cues`);
:mod:`namefold.extract.mentions` strings them into names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from namefold.data import tables
from namefold.extract.cues import (
    ARTICLE,
    CONNECTOR,
    DETERMINER,
    HEAD,
    OPENER,
    PERSON,
    PLACE,
    SON,
    case_nominatives,
    cue_kinds,
    east_asian_surname,
    english_given,
)
from namefold.extract.tokens import Token, adjacent, ends_sentence, is_given, surname_like
from namefold.text.normalize import to_ascii
from namefold.text.ranges import CYRILLIC

__all__ = [
    "after_place",
    "article_name",
    "connector",
    "east_asian_given",
    "east_asian_start",
    "english_given_start",
    "given_start",
    "name_word",
    "opens_sentence",
    "glued_initial",
    "head_word",
    "headline_tokens",
    "possessive",
    "son_word",
    "suffix_word",
    "syllables",
]

# A romanized Chinese, Korean or Vietnamese syllable: an initial, one to three vowels, a final.
_INITIAL = r"(?:zh|ch|sh|ts|tz|hs|kk|tt|pp|ss|jj|ng|nh|th|tr|ph|kh|gh|gi|qu|[bcdfghjklmnpqrstvwxyz])?"
# y and w glide only before a vowel (Myung, Hyun; not the y of City)
_SYLLABLE = _INITIAL + r"[yw]?(?:[aeiouw]{1,3}|uy)(?:ng|nh|ck|n|m|l|k|p|t|h)?"
_ONE = re.compile(_SYLLABLE)
_TWO = re.compile(f"{_SYLLABLE}{_SYLLABLE}")
_APOSTROPHES = re.compile(r"['’‘ʼ]")


def _ascii(word: str) -> str:
    return _APOSTROPHES.sub("", to_ascii(word).lower())


def syllables(word: str) -> int:
    """How many romanized East Asian syllables ``word`` is (1 or 2), or 0 if it is none of them."""
    folded = _ascii(word)
    if _ONE.fullmatch(folded):
        return 1
    if _TWO.fullmatch(folded):
        return 2
    return 0


def _name_case(word: str) -> bool:
    """A capital followed by lowercase letters, or all capitals (``Kim``, ``KIM``)."""
    return word[:1].isupper() and (word[1:].islower() or word.isupper() or len(word) == 1)


def east_asian_start(token: Token) -> bool:
    """A capitalised common Chinese, Korean or Vietnamese surname, without a possessive."""
    word = token.bare
    return word == token.text.rstrip(".") and _name_case(word) and east_asian_surname(_ascii(word))


def east_asian_given(token: Token) -> int:
    """The syllables of a given-name word after an East Asian surname: a capitalised word of one
    or two syllables (``Jinping``, ``Un``), or a hyphenated one of one syllable a part
    (``Jong-un``, ``Kai-shek``); 0 if it is neither."""
    word = token.bare
    if not word[:1].isupper() or len(word) < 2:
        return 0
    if "-" in word:
        parts = word.split("-")
        return len(parts) if len(parts) <= 3 and all(syllables(part) == 1 for part in parts) else 0
    return syllables(word) if _name_case(word) else 0


def connector(token: Token) -> bool:
    """A lowercase particle or 'son of' word inside a name (``bin``, ``van``, ``de``, ``al``)."""
    word = token.text
    if not word.islower():
        return False
    kinds = cue_kinds(word)
    return CONNECTOR in kinds or SON in kinds or word in tables.particles()


def son_word(token: Token) -> bool:
    """``bin``, ``ibn``, ``bint``, ``ben`` ...: a word that makes the words around it a name."""
    return SON in cue_kinds(token.text.lower())


def article_name(token: Token) -> bool:
    """An Arabic name word with its article joined by a hyphen (``al-Assad``, ``el-Sisi``)."""
    word = token.bare
    article, hyphen, rest = word.partition("-")
    return bool(hyphen) and ARTICLE in cue_kinds(article) and rest[:1].isupper()


def given_start(token: Token) -> bool:
    """A given name from the table, a hyphenated pair of them (``Jean-Claude``), or a Cyrillic
    one in another case than the nominative (``Владимиром``)."""
    if is_given(token):
        return True
    if CYRILLIC.match(token.text):
        return any(is_given(Token(word, 0, len(word))) for word in case_nominatives(token.bare))
    word = token.bare
    if "-" not in word or not word[:1].isupper():
        return False
    parts = word.split("-")
    return len(parts) == 2 and all(is_given(Token(part.capitalize(), 0, len(part))) for part in parts)


def english_given_start(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` is an English given name from the ``nicknames`` package (``Kevin``,
    ``Jimmy``) inside a sentence, not after an article or a preposition of place: many of
    them are words or places too (``Will``, ``Rose``, ``the Washington Post``, ``in Georgia``)."""
    token = tokens[i]
    word = token.bare
    if len(word) < 3 or not _name_case(word) or word.isupper() or not english_given(word.lower()):
        return False
    if i == 0 or _first_in_sentence(text, tokens, i):
        return False
    before = cue_kinds(tokens[i - 1].text.lower())
    return DETERMINER not in before and (PLACE not in before or PERSON in before)


def _first_in_sentence(text: str, tokens: Sequence[Token], i: int) -> bool:
    if i == 0:
        return True
    between = text[tokens[i - 1].end : tokens[i].start]
    return ends_sentence(tokens[i - 1]) or any(mark in between for mark in ".!?\n")


def opens_sentence(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` is first in its sentence and a word that opens sentences (``Later``, ``The``)."""
    if tokens[i].initial or OPENER not in cue_kinds(tokens[i].bare.lower()):
        return False
    return _first_in_sentence(text, tokens, i)


def after_place(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` follows a preposition of place (``in``, ``from``, ``à``, ``в``) directly."""
    if i == 0 or not adjacent(text, tokens[i - 1], tokens[i]):
        return False
    return PLACE in cue_kinds(tokens[i - 1].text.lower())


def name_word(token: Token) -> bool:
    """A word that can stand inside a name: capitalised, an initial or an Arabic article name."""
    return token.initial or surname_like(token) or article_name(token)


def suffix_word(token: Token) -> bool:
    """A generational suffix or regnal number after a name (``Jr.``, ``II``)."""
    return token.text[:1].isupper() and token.folded in tables.generations()


def possessive(token: Token) -> bool:
    """The word ends in a possessive ``'s`` (``Vietnam's``)."""
    return token.bare != token.text.rstrip(".")


def glued_initial(tokens: Sequence[Token], i: int) -> bool:
    """Initial ``i`` touches another initial with no space (``U.S.``, ``U.N.``): an abbreviation."""
    before = i > 0 and tokens[i - 1].initial and tokens[i - 1].end == tokens[i].start
    after = i + 1 < len(tokens) and tokens[i + 1].initial and tokens[i].end == tokens[i + 1].start
    return before or after


_HEADLINE_WORDS = 5  # words of four letters or more a line needs to be judged a headline
_HEADLINE_SHARE = 0.9  # ... and the share of them capitalised
_SENTENCE_ENDS = frozenset(".!?:;\"'”’)")


def headline_tokens(text: str, tokens: Sequence[Token]) -> frozenset[int]:
    """The tokens on lines written in title case (``Trump Envoy Wins Release of 123 ...``),
    where a capital says nothing about a name."""
    lines: dict[int, list[int]] = {}
    line = 0
    position = 0
    for k, token in enumerate(tokens):
        line += text.count("\n", position, token.start)
        position = token.start
        lines.setdefault(line, []).append(k)
    found: set[int] = set()
    for members in lines.values():
        long_words = [tokens[k] for k in members if len(tokens[k].bare) > 3 and not article_name(tokens[k])]
        capitalised = sum(1 for token in long_words if token.text[:1].isupper())
        line_end = text.find("\n", tokens[members[-1]].start)
        rest = text[tokens[members[-1]].end : len(text) if line_end < 0 else line_end].strip()
        if rest[-1:] in _SENTENCE_ENDS or (not rest and tokens[members[-1]].text.endswith(".")):
            continue  # a sentence, not a headline
        if len(long_words) >= _HEADLINE_WORDS and capitalised >= _HEADLINE_SHARE * len(long_words):
            found.update(members)
    return frozenset(found)


def head_word(token: Token) -> bool:
    """A noun that makes a capitalised phrase a place or an organisation (``University``,
    ``Airport``, ``Jabhat``, ``Ras``)."""
    return token.text[:1].isupper() and HEAD in cue_kinds(token.bare.lower())
