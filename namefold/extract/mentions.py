"""Finding person-name mentions in plain text.

Two passes over the text (or over several documents at once):

1. **Anchors.** A capitalised given name from the given-name table followed by
   capitalised words or initials (``Maria Kalesnikava``, ``Aliaksandr
   Ryhoravich Lukashenka``), a Cyrillic name of the same shape, and a capitalised
   word after an honorific (``Mr. Coale``) or a role cue (``envoy Coale``) are
   mentions; their surnames become *known surnames*.
2. **Surnames.** Every other capitalised word that folds like a known surname
   (typos included, through :func:`namefold.compare`) is a surname mention, as
   is a capitalised word listed between known surnames (``Tsapkala,
   Tsikhanouskaya, and Kalesnikava``). A possessive ``'s`` is trimmed and a name
   inside a hyphenated word (``anti-Lukashenka``) is found.

Honorifics (``Mr.``, ``Ms.``, ``Dr.``) are kept in the mention; role words
(``President``, ``envoy``) are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import attrs

from namefold.compare.score import compare
from namefold.data import tables
from namefold.errors import require_str
from namefold.extract.tokens import (
    Token,
    adjacent,
    ends_sentence,
    is_given,
    read_tokens,
    span,
    surname_like,
)

__all__ = ["TextMention", "extract_documents", "extract_mentions"]

_SURNAME_MATCH = 0.85
_LIST_SEPARATORS = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


@attrs.frozen(kw_only=True)
class TextMention:
    """A person-name mention found in a text.

    Attributes:
        text: the mention as written (honorific kept, possessive trimmed).
        start: offset of its first character in the text.
        end: offset just past its last character.
        kind: ``full`` (given name and surname), ``honorific`` (a title and a
            surname), ``role`` (a surname after a role word) or ``surname``.
        document: the document id given to :func:`extract_documents`, else ``None``.
    """

    text: str
    start: int
    end: int
    kind: str
    document: str | None = None


class _Found(NamedTuple):
    """A mention among the tokens: its first and last token, and its kind."""

    first: int
    last: int
    kind: str


def extract_mentions(text: str, *, known: Iterable[str] = ()) -> list[TextMention]:
    """Find person-name mentions in ``text``, with character offsets.

    Args:
        text: plain text.
        known: surnames known from elsewhere (other documents); a capitalised
            word matching one of them is a mention even without an anchor here.

    Returns:
        Mentions in text order.

    Raises:
        TypeError: ``text`` is not a ``str``.

    Examples:
        >>> [m.text for m in extract_mentions("Envoy John Coale met Mr. Lukashenko. Coale left.")]
        ['John Coale', 'Mr. Lukashenko', 'Coale']
    """
    require_str(text, "text")
    return _extract(text, list(known), None)


def _extract(text: str, known: list[str], document: str | None) -> list[TextMention]:
    """The mentions of one text: anchored ones, then known surnames alone, then words listed with them."""
    tokens = read_tokens(text)
    anchors = _anchors(text, tokens)
    surnames = sorted(set(known) | _surname_keys(tokens, anchors))
    taken = {k for anchor in anchors for k in range(anchor.first, anchor.last + 1)}
    alone = _known_surnames(tokens, taken, surnames)
    spans = [*anchors, *alone.found]
    spans.extend(_listed(text, tokens, spans, taken | {found.first for found in alone.found}))
    mentions = []
    for found in sorted(spans):
        written = span(text, tokens, found.first, found.last)
        cut = alone.cuts.get(found.first, 0)
        mentions.append(
            TextMention(
                text=written.text[cut:],
                start=written.start + cut,
                end=written.end,
                kind=found.kind,
                document=document,
            )
        )
    return mentions


def _anchors(text: str, tokens: Sequence[Token]) -> list[_Found]:
    """Mentions anchored by a title, a given name or a role word, in text order."""
    found: list[_Found] = []
    i = 0
    while i < len(tokens):
        anchor = _anchor_at(text, tokens, i)
        if anchor is None:
            i += 1
        else:
            found.append(anchor)
            i = anchor.last + 1
    return found


def _anchor_at(text: str, tokens: Sequence[Token], i: int) -> _Found | None:
    """The anchored mention at token ``i``, if any: a name after a title (``Mr. Coale``),
    a given name and what follows (``John Coale``), or a surname after a role word
    (``envoy Coale``)."""
    token = tokens[i]
    word = token.folded
    if word in tables.titles() and _followed(text, tokens, i):
        end = _name_end(text, tokens, i + 1)
        if end is not None:
            return _Found(i, end, "honorific")
    if is_given(token):
        end = _name_end(text, tokens, i + 1)
        if end is not None:
            return _Found(i, end, "full")
    if word in tables.honorifics() and word not in tables.titles() and _followed(text, tokens, i):
        return _role_at(text, tokens, i + 1)
    return None


def _followed(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` has a next token, with only spaces between them."""
    return i + 1 < len(tokens) and adjacent(text, tokens[i], tokens[i + 1])


def _role_at(text: str, tokens: Sequence[Token], k: int) -> _Found | None:
    """The capitalised word ``k`` after a role word, unless it is a given name or begins
    a longer capitalised phrase."""
    token = tokens[k]
    if not surname_like(token) or is_given(token):
        return None
    if _followed(text, tokens, k) and surname_like(tokens[k + 1]):
        return None  # a longer capitalised phrase: leave it to the other rules
    return _Found(k, k, "role")


def _name_end(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The last token of a name continuing at ``i`` (initials, patronymic, surname)."""
    j = i
    last = None
    while j < len(tokens) and adjacent(text, tokens[j - 1], tokens[j]) and not ends_sentence(tokens[j - 1]):
        token = tokens[j]
        if token.initial or surname_like(token):
            last = j
            if token.bare != token.text.rstrip(".") or token.text.endswith(("’s", "'s")):
                break  # a possessive ends the name
            j += 1
            continue
        break
    if last is None or tokens[last].initial:
        return None
    return last


def _surname_keys(tokens: Sequence[Token], anchors: Iterable[_Found]) -> set[str]:
    """The surnames the anchored mentions teach: each one's last word."""
    return {tokens[anchor.last].bare for anchor in anchors}


class _Surnames(NamedTuple):
    """Single-word surname mentions outside the anchors, and for a name after a hyphen
    (``anti-Lukashenka``) where it starts in its word, by token."""

    found: list[_Found]
    cuts: dict[int, int]


def _known_surnames(tokens: Sequence[Token], taken: set[int], surnames: list[str]) -> _Surnames:
    """Capitalised words, not in ``taken``, that match a known surname (alone or after a hyphen)."""
    found: list[_Found] = []
    cuts: dict[int, int] = {}
    for k, token in enumerate(tokens):
        if k in taken:
            continue
        word = token.bare
        if "-" in word and not surname_like(token):
            cut = word.rfind("-") + 1
            part = Token(token.text[cut:], token.start + cut, token.end)
            if surname_like(part) and _matches_known(part.bare, surnames):
                cuts[k] = cut
                found.append(_Found(k, k, "surname"))
            continue
        if surname_like(token) and not is_given(token) and _matches_known(word, surnames):
            found.append(_Found(k, k, "surname"))
    return _Surnames(found, cuts)


def _matches_known(word: str, known: Iterable[str]) -> bool:
    for surname in known:
        if word == surname:
            return True
        result = compare(word, surname)
        factor = result.factor("surname")
        if not result.conflict and factor is not None and factor >= _SURNAME_MATCH:
            return True
    return False


def _listed(text: str, tokens: Sequence[Token], spans: list[_Found], taken: set[int]) -> list[_Found]:
    """Capitalised single words listed with commas or 'and' beside surname mentions."""
    single = {found.first for found in spans if found.first == found.last and found.kind == "surname"}
    listed = []
    for k, token in enumerate(tokens):
        if k in taken or not surname_like(token):
            continue
        neighbours = [
            n
            for n in (k - 1, k + 1)
            if 0 <= n < len(tokens)
            and n in single
            and _LIST_SEPARATORS.match(
                text[min(tokens[n].end, token.end) : max(tokens[n].start, token.start)]
            )
        ]
        before = tokens[k - 1] if k else None
        after_lowercase = (
            before is not None
            and adjacent(text, before, token)
            and before.text[:1].islower()
            and not ends_sentence(before)
        )
        if neighbours and not after_lowercase:  # "in June, Trump's envoy" is no list of names
            listed.append(_Found(k, k, "surname"))
    return listed


def extract_documents(documents: Mapping[str, str]) -> list[TextMention]:
    """Find mentions in several documents, sharing what each teaches about surnames.

    A surname anchored in one document (``Vladimir Putin``) is then recognised
    alone in the others (``Putin``). Mentions carry their document id.
    """
    known: set[str] = set()
    for doc_id in sorted(documents):
        text = require_str(documents[doc_id], "document")
        tokens = read_tokens(text)
        known |= _surname_keys(tokens, _anchors(text, tokens))
    found: list[TextMention] = []
    for doc_id in documents:
        found.extend(_extract(documents[doc_id], sorted(known), doc_id))
    return found
