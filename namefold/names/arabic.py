"""Arabic name structure: the given name (ism), the father's chain (nasab: ``bin`` / ``ibn`` /
``bint``), the family, tribe or house (``al-Assad``, ``Al Saud``) and regnal numbers, read
from a parsed name in the Latin alphabet or from the Arabic script (and Hebrew) as written.

``Abd al-Aziz``, ``Abdul Aziz``, ``Abdel-Aziz``, ``Abdulaziz`` and ``Abd-al-Aziz`` are one word
(``abdalaziz``), as are the sun-letter forms (``Abdurrahman``, ``Abd ar-Rahman``) and a kunya
(``Abu Minyar``). The article (``al-``, ``el-``, ``ul-`` and ``ad-``, ``as-``, ``ash-`` ... before
the sun letter they assimilate to) is not part of a word. A trailing ``of Jordan`` is a territorial
designation, and ``II`` / ``الثاني`` a regnal number, not names. Sources: Wikipedia "Arabic
name", "Nasab", "Sun and moon letters", "Kunya (Arabic)", "Āl".
"""

from __future__ import annotations

import functools
import re
from typing import Literal, NamedTuple

from namefold.data import tables
from namefold.engine.caches import NAMES, cached
from namefold.names.arabic_marks import arabic_words
from namefold.names.given import name_groups
from namefold.names.model import ParsedName
from namefold.text.abjad import abjad_words, has_abjad, is_abjad_word, word_matches
from namefold.text.normalize import normalize

__all__ = [
    "ArabicName",
    "Element",
    "Tag",
    "arabic_reading",
    "is_arabic_structured",
    "listed_arabic",
    "without_prefix",
]

Tag = Literal["ism", "link", "family", "plain"]

_WRITTEN_ORDER = frozenset({"comma", "capitals", "declared"})
_SUN_ARTICLE = re.compile(r"(?:a|e|u)(sh|th|dh|t|d|r|z|s|n)$")  # as-, ash-, ad-... before that letter
_ABD_JOINED = re.compile(r"abd(?:el|ul|al|ol|oul|il)(.{3,})$")
_ABD_SUN = re.compile(r"abd[aeiou]{1,2}(sh|th|dh|[rstdzn])\1(.+)$")
_PREFIX = "muhammad"  # the given-name group of a leading Muhammad (Muhammad Anwar el-Sadat)
_SCRIPT_ARTICLE = "ال"
_SCRIPT_ALLAH = "الله"


class Element(NamedTuple):
    """One name of the chain: the word (ASCII, or letters of the script) and its role."""

    word: str
    tag: Tag


class ArabicName(NamedTuple):
    """A name read as an Arabic name: the ism first, then what follows it in order."""

    elements: tuple[Element, ...]
    generation: str | None
    script: bool  # written in the Arabic script or Hebrew
    structured: bool  # has a link, an article, an Abd or Abu compound: read this way


def _latin_tokens(parsed: ParsedName) -> list[tuple[str, bool]]:
    """The words of a parsed name in given-first order, hyphenated ones split: (word, hyphen
    after). An order the parse only inferred is not read: an Arabic name is written given name
    first (``Haya bint Hussein``, whose ``Hussein`` the given-name table lists)."""
    if parsed.order_reason in _WRITTEN_ORDER:
        words = [*parsed.given, *([parsed.patronymic] if parsed.patronymic else []), *parsed.surname]
    else:
        words = normalize(parsed.original).split()
    tokens: list[tuple[str, bool]] = []
    for word in words:
        for piece in word.split():
            parts = [p for p in piece.split("-") if p]
            tokens.extend((part, at < len(parts) - 1) for at, part in enumerate(parts))
    return tokens


def _is_article(token: str, hyphen: bool, following: str) -> bool:
    if token in arabic_words().articles:
        return True
    found = _SUN_ARTICLE.fullmatch(token) if hyphen else None
    return found is not None and following.startswith(found[1])


def _abd_word(token: str) -> str | None:
    """``abdalX`` for a one-token Abd compound (``abdulaziz``, ``abdurrahman``), else None."""
    found = _ABD_SUN.fullmatch(token)
    if found:
        return f"abdal{found[1]}{found[2]}"
    found = _ABD_JOINED.fullmatch(token)
    return f"abdal{found[1]}" if found else None


def _compound(tokens: list[tuple[str, bool]], at: int) -> tuple[str, int]:
    """The Abd or Abu compound whose first word is ``tokens[at - 1]`` (``abd al-aziz``,
    ``abdel nasser``, ``abu minyar``) as one word, and the position after it."""
    token = tokens[at - 1][0]
    following = _after(tokens, at)
    if following in arabic_words().articles or _is_article(following, tokens[at][1], _after(tokens, at + 1)):
        at += 1
        following = _after(tokens, at)
    if token in arabic_words().abu:
        return "abu" + following, at + 1
    return ("abd" if following.startswith("al") else "abdal") + following, at + 1  # abd allah


def _read_latin(parsed: ParsedName) -> ArabicName:
    tokens = _latin_tokens(parsed)
    words = arabic_words()
    elements: list[Element] = []
    generation = parsed.generation
    structured = weak = False
    tag: Tag = "plain"
    at = 0
    while at < len(tokens):
        token, hyphen = tokens[at]
        following = _after(tokens, at + 1)
        at += 1
        if elements and token in words.regnal:
            generation = words.regnal[token]
            continue
        if elements and token == "of":
            break  # of Jordan: a territorial designation
        if following and elements and token in words.links:
            tag, structured = "link", True
            continue
        if following and elements and _is_article(token, hyphen, following):
            tag = tag if tag == "link" else "family"
            if hyphen:  # al-Assad; a word Al alone may be a name (Fred Al Smythe): weak
                structured = True
            else:
                weak = True
            continue
        if following and (token in words.abd or token in words.abu):
            (token, at), structured = _compound(tokens, at), True
        joined = _abd_word(token)
        if joined:
            token, structured = joined, True
        if _after(tokens, at) == "allah" and elements:  # Nasr Allah: Nasrallah
            token += "allah"
            at += 1
        if len(elements) == 1 and tag == "family" and token in words.compound:
            elements[0] = Element(elements[0].word + "al" + token, "ism")  # Salah ad-Din, Saif al-Islam
        else:
            elements.append(Element(token, "ism" if not elements else tag))
        tag = "plain"
    if weak and not structured:  # Ahmed Al Hakim, not Fred Al Smythe
        structured = any(listed_arabic(e.word) for e in elements)
    return ArabicName(tuple(elements), generation, False, structured or _prefixed(elements))


@functools.cache
def _arabic_groups() -> frozenset[str]:
    """The given-name groups that list a form in the Arabic script (data/given_names.tsv)."""
    return frozenset(g.group for g in tables.given_groups() if any(has_abjad(name) for name in g.names))


def listed_arabic(word: str) -> bool:
    """Whether the given-name table lists ``word`` as a form of an Arabic name."""
    return not name_groups(word).isdisjoint(_arabic_groups())


def _is_prefix(word: str) -> bool:
    if is_abjad_word(word):
        return word_matches(word, _PREFIX)
    return _PREFIX in name_groups(word)


def _prefixed(elements: list[Element]) -> bool:
    """A name of three words or more that starts with Muhammad (Muhammad Nawaz Sharif): the
    name in use may leave it out."""
    return len(elements) >= 3 and elements[1].tag == "plain" and _is_prefix(elements[0].word)


def without_prefix(reading: ArabicName) -> ArabicName | None:
    """``reading`` without a leading Muhammad that precedes the name in use (Muhammad Anwar
    el-Sadat, محمد نواز شریف), when two names at least are left and the next is no link."""
    if not _prefixed(list(reading.elements)):
        return None
    elements = reading.elements
    return reading._replace(elements=(Element(elements[1].word, "ism"), *elements[2:]))


def _after(tokens: list[tuple[str, bool]], at: int) -> str:
    return tokens[at][0] if at < len(tokens) else ""


def _script_words(text: str) -> list[str]:
    """The words of a name in the script, the titles before it removed (الملك, آیت الله)."""
    words = abjad_words(text)
    titles = arabic_words().titles
    while len(words) > 1 and words[0] in titles:
        after = titles[words[0]]
        if after and words[1] != after:
            break
        words = words[2:] if after else words[1:]
    return words


def _read_script(text: str) -> ArabicName:
    words = _script_words(text)
    table = arabic_words()
    elements: list[Element] = []
    generation = None
    tag: Tag = "plain"
    at = 0
    while at < len(words):
        word = words[at]
        at += 1
        if elements and word in table.regnal:
            generation = table.regnal[word]
            continue
        if at < len(words) and elements and (word in table.links or word in table.house):
            tag = "link" if word in table.links else "family"
            continue
        if at < len(words) and (word in table.abd or word in table.abu):
            word += words[at]
            at += 1
        if at < len(words) and words[at] == _SCRIPT_ALLAH:  # نصر الله: Nasrallah
            word += words[at]
            at += 1
        article = word.startswith(_SCRIPT_ARTICLE) and len(word) > len(_SCRIPT_ARTICLE) + 1
        if elements and tag == "plain" and article:
            tag = "family"
        if len(elements) == 1 and tag == "family" and word[len(_SCRIPT_ARTICLE) :] in table.compound:
            elements[0] = Element(elements[0].word + word, "ism")  # صلاح الدين
        else:
            elements.append(Element(word, "ism" if not elements else tag))
        tag = "plain"
    return ArabicName(tuple(elements), generation, True, True)


@cached(NAMES)
def arabic_reading(parsed: ParsedName) -> ArabicName:
    """The name read as an Arabic name (any name can be: the reading is only used when
    :func:`is_arabic_structured` holds for one side of a comparison).

    Examples:
        >>> from namefold.names.parse import parse
        >>> [e.word for e in arabic_reading(parse("Salman ibn Abd al-Aziz Al Saud")).elements]
        ['salman', 'abdalaziz', 'saud']
        >>> [e.tag for e in arabic_reading(parse("Haya bint al-Hussein")).elements]
        ['ism', 'link']
    """
    if has_abjad(parsed.original):
        return _read_script(parsed.original)
    return _read_latin(parsed)


def is_arabic_structured(parsed: ParsedName) -> bool:
    """Whether a name is written in the Arabic script or Hebrew, or has the marks of an Arabic
    name's structure (``bin``, ``al-``, ``Abd al-``, ``Abu``) after its first word, or is a name
    of three words or more that starts with Muhammad."""
    return parsed.arabic and _structured(parsed)  # most names have no mark: an attribute


@cached(NAMES)
def _structured(parsed: ParsedName) -> bool:
    if has_abjad(parsed.original):
        return True
    if parsed.kind not in ("full", "given", "surname"):
        return False
    reading = arabic_reading(parsed)
    if parsed.kind == "surname":  # a title and a compound alone: King Abdullah, Abu Mazen
        return len(reading.elements) == 1 and reading.structured
    return reading.structured
