"""Stage 2: parsing a name into given names, patronymic and surname.

Handles ``SURNAME, Given Patronymic`` and all-caps register formats, declared
or inferred name order, initials (``A.G. Lukashenko``), surname-only mentions,
honorifics, particles (``von``, ``al-``) and a gender hint from Slavic morphology.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, NAMES, WORDS, cached
from namefold.errors import ConfigError, require_str
from namefold.names.given import given_gender, is_listed_given
from namefold.names.model import Gender, Order, ParsedName
from namefold.names.morphology import ending_gender, is_patronymic
from namefold.text.normalize import _clean, strip_honorifics

__all__ = ["parse", "parse_uncached"]

_ORDERS = ("auto", "given-first", "family-first")
_RAW_TOKEN = re.compile(r"[^\s,]+|,")
_EDGE_PUNCT = re.compile(r"^[^\w\u0300-\u036f]+|[^\w\u0300-\u036f]+$")
_POSSESSIVE = re.compile(r"['\u2019]s$")


class _Word(NamedTuple):
    """One word of a name (a tuple: a name makes several, and the parse cache shares them)."""

    norm: str
    raw: str
    caps: bool
    comma_before: bool
    surname_norm: str  # ``norm`` after the orthography rules, used when the word is a surname
    shown: str  # ``raw`` as displayed: all-caps words in title case
    initial: bool  # one letter: ``a`` of ``A. Lukashenko``
    joins: bool  # a particle or a hyphenated word: :func:`_merge_particles` reads it


def _word(norm: str, raw: str, caps: bool, comma_before: bool, surname_norm: str, shown: str) -> _Word:
    """A :class:`_Word` with its derived fields."""
    initial = len(norm) == 1 and norm.isalpha()
    joins = "-" in norm or norm in tables.particles()
    return _Word(norm, raw, caps, comma_before, surname_norm, shown, initial, joins)


def _orthography(word: str, rules: list[tables.OrthographyRule]) -> str:
    """Apply orthography ``rules`` (those whose marker the word shows) to a casefolded word."""
    for rule in rules:
        word = rule.pattern.sub(rule.replacement, word)
    return word


def _words(text: str) -> list[_Word]:
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = unicodedata.normalize("NFKC", text)
    if "." in text:
        text = text.replace(".", ". ")
    words: list[_Word] = []
    if "," not in text:  # the common case: words are what str.split finds
        for raw in text.split():
            words += _word_pieces(raw)
        return words
    comma = False
    for raw in _RAW_TOKEN.findall(text):
        if raw == ",":
            comma = bool(words)
            continue
        words += _word_pieces_after_comma(raw) if comma else _word_pieces(raw)
        comma = False
    return words


@cached(FEWER_WORDS)
def _word_pieces_after_comma(raw: str) -> tuple[_Word, ...]:
    """:func:`_word_pieces` of a token that follows a comma: its first word marked so."""
    pieces = _word_pieces(raw)
    return (pieces[0]._replace(comma_before=True), *pieces[1:]) if pieces else ()


@cached(WORDS)
def _word_pieces(raw: str) -> tuple[_Word, ...]:
    """The words one raw token (no spaces or commas) reads as, none after a comma.
    Cached: names repeat their tokens."""
    if raw.isascii() and raw.isalpha():
        return (_plain_word(raw),)
    return _any_word_pieces(raw)


def _any_word_pieces(raw: str) -> tuple[_Word, ...]:
    """:func:`_word_pieces` of any token: punctuation removed, Unicode folded, split."""
    raw = _POSSESSIVE.sub("", _EDGE_PUNCT.sub("", raw))
    letters = [c for c in raw if c.isalpha()]
    caps = len(letters) > 1 and all(c.isupper() for c in letters)
    pieces = _clean(raw).split()
    folded = unicodedata.normalize("NFC", raw.casefold())
    rules = [rule for rule in tables.orthography_rules() if rule.marker.search(folded)]
    spelled = _clean(_orthography(folded, rules)).split() if rules else pieces
    if len(spelled) != len(pieces):
        spelled = pieces
    words = []
    for piece, surname_piece in zip(pieces, spelled, strict=True):
        shown = raw if len(pieces) == 1 else piece.title()
        words.append(_word(piece, shown, caps, False, surname_piece, shown.title() if caps else shown))
    return tuple(words)


def _plain_word(raw: str) -> _Word:
    """The one word of a token of ASCII letters only (most tokens): :func:`_any_word_pieces`
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
        pieces = _clean(spelled).split()
        spelled = pieces[0] if len(pieces) == 1 else norm
    return _word(norm, raw, caps, False, spelled, raw.title() if caps else raw)


def _merge_particles(words: list[_Word]) -> list[_Word]:
    """Glue a particle to the word after it (``van beethoven``); split ``al-assad``.

    :func:`parse` calls it only when some word is a particle or has a hyphen
    (``_Word.joins``)."""
    table = tables.particles()
    merged: list[_Word] = []
    pending: list[_Word] = []
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


def _infer_order(words: list[_Word]) -> tuple[str, str]:
    for word in words[1:]:
        if word.comma_before:
            return "family-first", "comma"
    caps = words[0].caps
    for word in words:  # some words in capitals, not all: the capitals are the surname
        if word.caps != caps:
            return ("family-first", "capitals") if caps else ("given-first", "capitals")
    if len(words) >= 3 and is_patronymic(words[-1].norm) and not is_patronymic(words[1].norm):
        return "family-first", "patronymic"
    if len(words) >= 2 and not words[0].initial:
        first, last = words[0].norm, words[-1].norm
        if is_listed_given(last) and not is_listed_given(first) and not words[-1].initial:
            return "family-first", "given-name table"
    return "given-first", "default"


def _split(words: list[_Word], order: str) -> tuple[list[_Word], _Word | None, list[_Word]]:
    """(given words, patronymic word, surname words)."""
    if order == "family-first":
        comma = 1
        for at in range(1, len(words)):
            if words[at].comma_before:
                comma = at
                break
        surname, rest = words[:comma], words[comma:]
    else:
        surname, rest = words[-1:], words[:-1]
    patronymic = None
    if len(rest) >= 2:
        last = rest[-1]
        patronymic_word = is_patronymic(last.norm) and not last.initial
        if patronymic_word or (last.initial and order == "given-first"):
            patronymic = rest.pop()
    return rest, patronymic, surname


def _gender(
    honorifics: list[str], given: list[_Word], patronymic: _Word | None, surname: list[_Word]
) -> tuple[Gender | None, tuple[str, ...], Gender | None]:
    hints: list[tuple[str, Gender]] = []
    if honorifics:
        table = tables.honorifics()
        for word in honorifics:
            if table[word] in ("m", "f"):
                hints.append((f"honorific {word}: {table[word]}", "m" if table[word] == "m" else "f"))
    if given and not given[0].initial and (hint := _given_hint(given[0].norm)):
        hints.append(hint)
    if patronymic and (hint := _patronymic_hint(patronymic.norm)):
        hints.append(hint)
    surname_hint = _surname_hint(surname[-1].surname_norm) if surname else None
    if surname_hint:
        hints.append(surname_hint)
    if not hints:
        return None, (), None
    surname_gender = surname_hint[1] if surname_hint else None
    if len(hints) == 1:  # the common case
        return hints[0][1], (hints[0][0],), surname_gender
    gender: Gender | None = hints[0][1]
    for _, other in hints:
        if other != gender:
            gender = None  # the hints disagree
            break
    return gender, tuple([what for what, _ in hints]), surname_gender


@cached(FEWER_WORDS)
def _given_hint(name: str) -> tuple[str, Gender] | None:
    """``("given name NAME: g", g)`` if the given name marks a gender."""
    found = given_gender(name)
    return (f"given name {name}: {found}", found) if found else None


def _ending_hint(token: str, role: str) -> tuple[str, Gender] | None:
    """``("ROLE TOKEN: g", g)`` if the token's ending marks a gender in that role."""
    found = ending_gender(token, role)
    return (f"{role} {token}: {found}", found) if found else None


# One cache per role: a single string argument is the cheapest key for lru_cache.
@cached(WORDS)
def _surname_hint(token: str) -> tuple[str, Gender] | None:
    """:func:`_ending_hint` of a surname word."""
    return _ending_hint(token, "surname")


@cached(FEWER_WORDS)
def _patronymic_hint(token: str) -> tuple[str, Gender] | None:
    """:func:`_ending_hint` of a patronymic word."""
    return _ending_hint(token, "patronymic")


def parse(text: str, *, order: Order = "auto") -> ParsedName:
    """Parse a name into its parts.

    Args:
        text: the name as written, in any script.
        order: ``given-first`` or ``family-first`` when the caller knows the
            order; ``auto`` infers it from a comma, all-caps surname, a final
            patronymic or the given-name table, else assumes given-first.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ConfigError: ``order`` is not one of ``auto``, ``given-first``, ``family-first``.

    Examples:
        >>> p = parse("LUKASHENKA, Aliaksandr Ryhoravich")
        >>> p.given, p.patronymic, p.surname, p.order_reason
        (('aliaksandr',), 'ryhoravich', ('lukashenka',), 'comma')
        >>> parse("Ms. Kalesnikava").kind, parse("Ms. Kalesnikava").gender
        ('surname', 'f')
    """
    require_str(text, "name")  # before the cache, which would refuse a list as unhashable
    # One cache per kind of call: a single string is the cheapest key for lru_cache to build,
    # and almost every call infers the order.
    return _parse_auto(text) if order == "auto" else _parse_declared(text, order)


@cached(NAMES)
def _parse_auto(text: str) -> ParsedName:
    return parse_uncached(text, "auto")


@cached(NAMES)
def _parse_declared(text: str, order: Order) -> ParsedName:
    return parse_uncached(text, order)


def parse_uncached(text: str, order: Order = "auto") -> ParsedName:
    """:func:`parse` without its cache, for work that parses each text once (a resolution's
    distinct spellings), which would only evict what callers keep reusing."""
    require_str(text, "name")
    if order not in _ORDERS:
        message = f"unknown order {order!r}; valid orders: {', '.join(_ORDERS)}"
        raise ConfigError(message)
    words = _words(text)
    honorifics: list[str] = []
    if words and (words[0].norm in tables.honorifics() or words[-1].norm in tables.suffixes()):
        kept, honorifics = strip_honorifics([w.norm for w in words])
        words = words[len(honorifics) : len(honorifics) + len(kept)]
    if words and words[0].comma_before:
        words[0] = words[0]._replace(comma_before=False)
    for word in words:
        if word.joins:  # a particle or a hyphen: rare
            words = _merge_particles(words)
            break
    if not words:
        return ParsedName(original=text, display="", honorifics=tuple(honorifics))
    if order == "auto":
        chosen, reason = _infer_order(words)
    else:
        chosen, reason = order, "declared"
    if len(words) == 1:
        word = words[0]
        is_given = word.initial or (is_listed_given(word.norm) and not honorifics)
        given, patronymic, surname = ([word], None, []) if is_given else ([], None, [word])
    else:
        given, patronymic, surname = _split(words, chosen)
    gender, hints, surname_gender = _gender(honorifics, given, patronymic, surname)
    shown = [*given, *([patronymic] if patronymic else []), *surname]
    return ParsedName(
        original=text,
        display=" ".join([w.shown for w in shown]),
        honorifics=tuple(honorifics),
        given=tuple([w.norm for w in given]),
        patronymic=patronymic.norm if patronymic else None,
        surname=tuple([w.surname_norm for w in surname]),
        order="family-first" if chosen == "family-first" else "given-first",
        order_reason=reason,
        gender=gender,
        gender_hints=hints,
        surname_gender=surname_gender,
    )
