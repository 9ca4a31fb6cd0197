"""Stage 2: parsing a name into given names, patronymic and surname.

Handles ``SURNAME, Given Patronymic`` and all-caps register formats, declared
or inferred name order, initials (``A.G. Lukashenko``), surname-only mentions,
honorifics, particles (``von``, ``al-``) and a gender hint from Slavic morphology.
"""

from __future__ import annotations

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, NAMES, WORDS, cached
from namefold.errors import ConfigError, require_str
from namefold.names.arabic import listed_arabic
from namefold.names.cantonese import CANTONESE_ORDER, is_cantonese_name
from namefold.names.chinese import CHINESE_ORDER, read_chinese
from namefold.names.designations import drop_designations, has_designation
from namefold.names.given import given_gender, is_listed_given
from namefold.names.han_names import han_name_text
from namefold.names.hangul_names import hangul_name_text
from namefold.names.korean_order import KoreanName, read_korean
from namefold.names.model import Gender, Order, ParsedName
from namefold.names.morphology import ending_gender, is_patronymic
from namefold.names.repair import repair
from namefold.names.vietnamese import VIETNAMESE_ORDER, is_vietnamese_name
from namefold.names.words import Word, merge_particles, read_words
from namefold.text.normalize import strip_honorifics

__all__ = ["REGNAL", "parse", "parse_uncached", "swapped_reading"]

_ORDERS = ("auto", "given-first", "family-first")
# the order reasons of names shown family first, as written (a Korean reading is shown so too)
_AS_WRITTEN = frozenset({CHINESE_ORDER, CANTONESE_ORDER, VIETNAMESE_ORDER, "declared"})
REGNAL = frozenset({"ii", "iii", "iv"})  # generations that are regnal numbers, not Jr. / Sr.
_SETTLED = frozenset({"declared", "comma", "capitals", "patronymic", "initials"})


def _infer_order(words: list[Word]) -> tuple[str, str]:
    for word in words[1:]:
        if word.comma_before:
            return "family-first", "comma"
    caps = words[0].caps
    for word in words:  # some words in capitals, not all: the capitals are the surname
        if word.caps != caps:
            return ("family-first", "capitals") if caps else ("given-first", "capitals")
    if len(words) >= 2 and not words[0].initial and all(word.initial for word in words[1:]):
        return "family-first", "initials"  # Ivanov I. I., a register's surname and initials
    initials_first = all(word.initial for word in words[:-1])  # I. I. Shushkevich: a surname
    if (
        len(words) >= 3
        and is_patronymic(words[-1].norm)
        and not is_patronymic(words[1].norm)
        and not initials_first
    ):
        return "family-first", "patronymic"
    if len(words) >= 2 and not words[0].initial:
        first, last = words[0].norm, words[-1].norm
        listed = is_listed_given(last) and not is_listed_given(first) and not words[-1].initial
        if listed and not listed_arabic(last):  # an Arabic name is written given name first (Uday Hussein)
            return "family-first", "given-name table"
    return "given-first", "default"


def _generation(words: list[Word]) -> str | None:
    """The generation named by the suffixes at the end of a name (the last that names one)."""
    table, suffixes = tables.generations(), tables.suffixes()
    for word in reversed(words[1:]):
        if word.norm not in suffixes:
            return None
        if word.norm in table:
            return table[word.norm]
    return None


def _split(words: list[Word], order: str) -> tuple[list[Word], Word | None, list[Word]]:
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
        if patronymic_word or (last.initial and (order == "given-first" or all(w.initial for w in rest))):
            patronymic = rest.pop()
    return rest, patronymic, surname


def _gender(
    honorifics: list[str], given: list[Word], patronymic: Word | None, surname: list[Word]
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


def _korean_reading(words: list[Word], text: str, order: Order) -> KoreanName | None:
    """The Korean reading of a name's words (:mod:`namefold.names.korean_order`), unless
    the order is declared given first, or declared family first and the reading is not, or a
    hyphenated given name reads as Mandarin (Lee Teng-hui)."""
    if order == "given-first":
        return None
    korean = read_korean(words)
    if korean is not None and order == "family-first" and korean.order != order:
        return None
    if korean is not None and any("-" in w.norm for w in words) and read_chinese(words, text) is not None:
        return None
    return korean


def _order_of(
    words: list[Word], text: str, order: Order, korean: KoreanName | None
) -> tuple[list[Word], str, str]:
    """``(words, order, reason)``: a Korean or Chinese name's reading (Xi Jinping, Hsi
    Chin-p'ing) if it agrees with a declared order, else the order inferred or declared."""
    if korean is not None:
        return words, korean.order, korean.reason
    if order == "given-first":
        return words, order, "declared"
    chinese = read_chinese(words, text)  # a declared order keeps a reading in that order
    if chinese is not None and order in ("auto", chinese.order):
        return chinese.words, chinese.order, CHINESE_ORDER
    if is_cantonese_name(words):  # Lee Siu-lung (names/cantonese.py)
        return words, "family-first", CANTONESE_ORDER
    if order != "auto":
        return words, order, "declared"
    chosen, reason = _infer_order(words)
    return words, chosen, reason


def _without_titles(words: list[Word], order: str) -> tuple[list[Word], list[str]]:
    """The words without the honorifics before them and the suffixes after, and the honorifics."""
    titled = words and (words[0].norm in tables.honorifics() or words[-1].norm in tables.suffixes())
    if not titled or (order != "given-first" and read_korean(words)):  # Pan Kimun: Pan is a Korean surname
        return words, []
    kept, honorifics = strip_honorifics([w.norm for w in words])
    # a title word before the comma is the surname (King, Martin Luther, Jr.)
    filed = next((i for i in range(len(honorifics)) if words[i + 1].comma_before), len(honorifics))
    end = len(honorifics) + len(kept)
    honorifics = honorifics[:filed]
    return words[len(honorifics) : end], honorifics


def parse_uncached(text: str, order: Order = "auto") -> ParsedName:
    """:func:`parse` without its cache, for work that parses each text once (a resolution's
    distinct spellings), which would only evict what callers keep reusing."""
    require_str(text, "name")
    if order not in _ORDERS:
        message = f"unknown order {order!r}; valid orders: {', '.join(_ORDERS)}"
        raise ConfigError(message)
    # A name in characters that reads as Japanese or Korean is read so (names/han_names.py), and
    # one in Hangul that reads as Chinese or Japanese (names/hangul_names.py).
    read = text if text.isascii() else han_name_text(text) or hangul_name_text(text) or text
    words = read_words(repair(read))
    if has_designation(words):
        words = drop_designations(words)
    generation = _generation(words)
    words, honorifics = _without_titles(words, order)
    comma = any(w.comma_before for w in words)  # a register's SURNAME, Given: shown given first
    if words and words[0].comma_before:
        words[0] = words[0]._replace(comma_before=False)
    # Nguyễn Văn An: a Vietnamese name's words are no particles (names/vietnamese.py)
    vietnamese = order != "given-first" and is_vietnamese_name(words)
    korean = None if vietnamese else _korean_reading(words, read, order)
    if korean is not None:  # a Korean name: surname and one given word (names/korean.py)
        words = korean.words
    for word in words if korean is None and not vietnamese else ():
        if word.joins:  # a particle or a hyphen: rare
            words = merge_particles(words)
            break
    if not words:
        return ParsedName(original=text, display="", honorifics=tuple(honorifics))
    words, chosen, reason = _order_of(words, read, order, korean)
    if vietnamese:
        chosen, reason = "family-first", VIETNAMESE_ORDER
    if len(words) == 1:
        word = words[0]
        # a lone word with a regnal number is a monarch's given name (Абдалла II, Elizabeth II)
        is_given = word.initial or (not honorifics and (is_listed_given(word.norm) or generation in REGNAL))
        given, patronymic, surname = ([word], None, []) if is_given else ([], None, [word])
    else:
        given, patronymic, surname = _split(words, chosen)
    gender, hints, surname_gender = _gender(honorifics, given, patronymic, surname)
    shown = [*given, *([patronymic] if patronymic else []), *surname]
    if chosen == "family-first" and (korean is not None or (reason in _AS_WRITTEN and not comma)):
        shown = [*surname, *given]  # shown as written: Kim Jong-un, Xi Jinping, Nguyễn Phú Trọng
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
        generation=generation,
        declared=order != "auto",
    )


def swapped_reading(parsed: ParsedName) -> tuple[str, str] | None:
    """``(surname, first given name)`` of a two-word name read in the other order, when
    nothing settles its order: not a comma, capitals or a patronymic, nor the given-name
    tables (when they list one word and not the other, the parse already put that word
    first, and both spellings of a swapped pair read alike: ``Bailee Dent`` / ``Dent
    Bailee`` have a swapped reading, or neither). A name the tables turned surname first
    has one (``Shinzo Abe``, Abe being listed, beside ``Abe, Shinzō``).
    """
    if (
        len(parsed.given) != 1
        or len(parsed.surname) != 1
        or parsed.patronymic
        or len(parsed.given[0]) == 1
        or parsed.order_reason in _SETTLED
    ):
        return None
    given, surname = parsed.given[0], parsed.surname[0]
    if parsed.order_reason == "default" and is_listed_given(given) != is_listed_given(surname):
        return None
    return given, surname
