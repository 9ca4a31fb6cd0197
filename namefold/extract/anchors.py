"""Names anchored in text: where a name starts and how far it runs.

A name starts at a title (``Mr. Coale``, kept), after role words (``Crown Prince``,
``President``, dropped), at a given name from the table (``Maria``, ``Jean-Claude``),
at a common East Asian surname followed by syllables (``Xi Jinping``, ``Kim Jong-un``,
``Nguyen Phu Trong``), at initials (``A. G. Lukashenko``), or at capitalised words
joined by an Arabic ``bin``/``ibn`` or an article (``Mohammed bin Salman``,
``Bashar al-Assad``). It runs over capitalised words, initials and the lowercase
connectors between them (``von der``, ``da``, ``bin``). A word that opens a sentence
(``Later``, ``The``) starts no name, and after a preposition of place (``in``, ``from``)
only a name with a clear sign of one (``bin``, two syllables of given name) starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from namefold.data import tables
from namefold.extract.cues import PLACE, ROLE, cue_kinds, east_asian_surname
from namefold.extract.shapes import (
    after_place,
    article_name,
    connector,
    east_asian_given,
    east_asian_start,
    english_given_start,
    given_start,
    glued_initial,
    head_word,
    headline_tokens,
    name_word,
    opens_sentence,
    possessive,
    son_word,
    suffix_word,
)
from namefold.extract.tokens import Token, adjacent, ends_sentence, surname_like
from namefold.text.normalize import to_ascii

__all__ = ["Found", "find_anchors", "name_end"]

_ARABIC_WINDOW = 3  # a bin or an article within this many words of the start makes a name
_EAST_ASIAN_WORDS = 3  # given-name words after an East Asian surname, at most
_EAST_ASIAN_SYLLABLES = 4


class Found(NamedTuple):
    """A mention among the tokens: its first and last token, its kind, and the token of
    its surname (``-1``: the last). Kind ``place`` marks a phrase shaped like a name that
    follows a preposition of place (``from Ras al-Khaimah``): it is skipped, not a mention."""

    first: int
    last: int
    kind: str
    key: int = -1


def find_anchors(text: str, tokens: Sequence[Token]) -> list[Found]:
    """Mentions anchored by a title, a role word or the shape of a name, in text order.
    On a title-case line (a headline) a role word is followed by a surname alone, and a
    name shaped by its surname or connectors ends where its shape does (``Osama bin Laden``
    in ``Osama bin Laden Killed In Raid``)."""
    found: list[Found] = []
    headline = headline_tokens(text, tokens)
    i = 0
    while i < len(tokens):
        anchor = _anchor_at(text, tokens, i, headline=i in headline)
        if anchor is None:
            i += 1
        else:
            if anchor.kind != PLACE and not _headed(tokens, anchor):
                found.append(anchor)
            i = anchor.last + 1  # a place or an organisation (Jabhat al-Nusra) is skipped whole
    return found


def _headed(tokens: Sequence[Token], anchor: Found) -> bool:
    """The name holds a noun of places or organisations (``Kennedy Airport``, ``Jabhat``),
    unless it ends a name of two words (``Frank Church``, ``Stuart Hall``)."""
    heads = [k for k in range(anchor.first, anchor.last + 1) if head_word(tokens[k])]
    return bool(heads) and not (heads == [anchor.last] and anchor.last - anchor.first == 1)


def _anchor_at(text: str, tokens: Sequence[Token], i: int, *, headline: bool) -> Found | None:
    """The anchored mention starting at (or, after role words, near) token ``i``, if any."""
    token = tokens[i]
    if not token.text[0].isupper():  # a lowercase word only opens a name as a role word (envoy)
        k = _after_roles(text, tokens, i)
        return _after_role(text, tokens, k, headline=headline) if k > i else None
    if token.folded in tables.titles() and _followed(text, tokens, i):
        end = name_end(text, tokens, i + 1)
        if end is not None:
            return _bounded(tokens, Found(i, end, "honorific"), headline=headline)
    if opens_sentence(text, tokens, i):
        return None
    k = _after_roles(text, tokens, i)
    if k > i:
        return _after_role(text, tokens, k, headline=headline)
    east_asian = _east_asian(text, tokens, i, headline=headline)
    if east_asian is not None:
        return east_asian
    if (
        given_start(token)
        or (token.initial and not glued_initial(tokens, i))
        or english_given_start(text, tokens, i)
    ):
        end = name_end(text, tokens, i + 1)
        if end is not None:
            return _bounded(tokens, Found(i, end, "full"), headline=headline)
    return _arabic(text, tokens, i, headline=headline)


def _bounded(tokens: Sequence[Token], found: Found, *, headline: bool) -> Found:
    """``found`` itself, or in a headline the name cut where its shape ends (a place or an
    organisation if the whole phrase holds a noun of one: ``Kim Il Sung Square``)."""
    if not headline:
        return found
    if any(head_word(tokens[k]) for k in range(found.first, found.last + 1)):
        return found._replace(kind=PLACE)
    return found._replace(last=_headline_end(tokens, found.first, found.last))


def _followed(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` has a next token, with only spaces between them."""
    return i + 1 < len(tokens) and adjacent(text, tokens[i], tokens[i + 1])


def _role(token: Token) -> bool:
    """A role word (``President``, ``envoy``), not one that opens a place name (``Saint``)."""
    word = token.folded
    kinds = cue_kinds(token.bare.lower())
    if word in tables.titles() or possessive(token):
        return False
    return (word in tables.honorifics() or ROLE in kinds) and PLACE not in kinds


def _after_roles(text: str, tokens: Sequence[Token], i: int) -> int:
    """The token after the role words starting at ``i`` (``Crown Prince``), or ``i``."""
    k = i
    while k < len(tokens) and _role(tokens[k]) and _followed(text, tokens, k):
        k += 1
    return k


def _after_role(text: str, tokens: Sequence[Token], k: int, *, headline: bool) -> Found | None:
    """The name after role words: several words (``President Ursula von der Leyen``) or a
    surname or a given name alone (``envoy Coale``, ``Pope Francis``); in a headline only one word
    not followed by another capitalised word."""
    token = tokens[k]
    if not (surname_like(token) or token.initial):
        return None
    end = name_end(text, tokens, k + 1)
    if end is not None and not headline:
        return Found(k, end, "full")
    if end is not None or token.initial:
        return None
    return Found(k, k, "role")


def name_end(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The last token of a name continuing at ``i`` (initials, patronymic, surname,
    connectors between them), or ``None`` if nothing continues it."""
    if possessive(tokens[i - 1]):
        return None
    j = i
    last = None
    while j < len(tokens) and adjacent(text, tokens[j - 1], tokens[j]) and not ends_sentence(tokens[j - 1]):
        token = tokens[j]
        if name_word(token) or suffix_word(token):
            last = j
            if possessive(token):
                break  # a possessive ends the name
            j += 1
            continue
        k = _past_connectors(text, tokens, j)
        if k == j:
            break
        j = k
    if last is None or tokens[last].initial:
        return None
    return last


def _past_connectors(text: str, tokens: Sequence[Token], j: int) -> int:
    """The name word after the connectors at ``j`` (``von der Leyen``), or ``j`` if none follows."""
    k = j
    while k < len(tokens) and connector(tokens[k]) and adjacent(text, tokens[k - 1], tokens[k]):
        k += 1
    if k == j or k >= len(tokens) or not adjacent(text, tokens[k - 1], tokens[k]):
        return j
    following = tokens[k]
    return k if name_word(following) and not following.initial else j


def _east_asian(text: str, tokens: Sequence[Token], i: int, *, headline: bool) -> Found | None:
    """A surname-first name: a common East Asian surname and one to three words of one or
    two syllables (``Xi Jinping``, ``Kim Il Sung``) or one hyphenated word (``Kim Jong-un``).
    A single syllable that is a surname too (``Hong Kong``) and a longer capitalised phrase
    (``Kim Il Sung Square``) are not names."""
    if not east_asian_start(tokens[i]):
        return None
    j, total = i + 1, 0
    while j < len(tokens) and j - i <= _EAST_ASIAN_WORDS and adjacent(text, tokens[j - 1], tokens[j]):
        count = east_asian_given(tokens[j])
        if not count or ends_sentence(tokens[j - 1]):
            break
        total += count
        j += 1
        if "-" in tokens[j - 1].bare or possessive(tokens[j - 1]):
            break
    last = j - 1
    if last == i or total > _EAST_ASIAN_SYLLABLES:
        return None
    one_surname = total == 1 and east_asian_surname(to_ascii(tokens[last].bare).lower())
    if one_surname or (total == 1 and after_place(text, tokens, i)):
        return None
    if _continued(text, tokens, last, headline=headline):
        return None
    return Found(i, last, "full", key=i)


def _continued(text: str, tokens: Sequence[Token], last: int, *, headline: bool) -> bool:
    """Another capitalised word follows token ``last`` in the same phrase (``Kim Il Sung Square``);
    in a headline, where every word is capitalised, only a noun of places or organisations."""
    j = last + 1
    if j >= len(tokens) or not surname_like(tokens[j]) or not adjacent(text, tokens[last], tokens[j]):
        return False
    if ends_sentence(tokens[last]) or possessive(tokens[last]):
        return False
    return head_word(tokens[j]) if headline else True


def _arabic(text: str, tokens: Sequence[Token], i: int, *, headline: bool) -> Found | None:
    """Capitalised words joined by ``bin``/``ibn`` (``Osama bin Laden``), opened by a
    capitalised ``Ibn`` (``Ibn Saud``), or with an article word (``Bashar al-Assad``; not
    after a preposition of place: ``in Ras al-Khaimah``)."""
    token = tokens[i]
    window = tokens[i + 1 : i + _ARABIC_WINDOW + 1]
    son = son_word(token) or any(son_word(word) for word in window)
    article = any(article_name(word) for word in window)
    if not (son or article) or not surname_like(token):
        return None
    end = name_end(text, tokens, i + 1)
    if end is None:
        return None
    inner = tokens[i + 1 : min(end, i + _ARABIC_WINDOW + 1)]  # a bin between name words, not last
    if son_word(token) or any(son_word(word) for word in inner):
        return _bounded(tokens, Found(i, end, "full"), headline=headline)
    if any(article_name(word) for word in tokens[i + 1 : min(end, i + _ARABIC_WINDOW) + 1]):
        kind = PLACE if after_place(text, tokens, i) else "full"
        return _bounded(tokens, Found(i, end, kind), headline=headline)
    return None


def _headline_end(tokens: Sequence[Token], i: int, end: int) -> int:
    """Where a name starting at ``i`` ends in a headline, whose every word is capitalised: at
    its article word (``Bashar al-Assad``), at the word after its last ``bin`` (``Osama bin
    Laden``), else at its first word after the initials and connectors (``Maria Kalesnikava``)."""
    shaped = None
    for k in range(i + 1, end + 1):
        if article_name(tokens[k]):
            return k
        if son_word(tokens[k]) and k < end:
            shaped = k + 1
    if shaped is not None:
        return shaped
    k = i + 1
    while k < end and (tokens[k].initial or connector(tokens[k])):
        k += 1
    return k
