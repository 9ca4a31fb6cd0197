"""Finding person-name mentions in plain text.

Two passes over the text (or over several documents at once):

1. **Anchors** (:mod:`namefold.extract.anchors`). A name marked by a given name
   (``Maria Kalesnikava``, ``Aliaksandr Ryhoravich Lukashenka``, ``с Владимиром
   Путиным``), a title (``Mr. Coale``), role words (``Crown Prince Mohammed bin
   Salman``, ``envoy Coale``), an East Asian surname and syllables (``Xi Jinping``,
   ``Kim Jong-un``), an Arabic ``bin`` or ``al-`` (``Bashar al-Assad``) or initials
   (``A. G. Lukashenko``), and a run of words in another script than the text's
   (``习近平``, :mod:`namefold.extract.scripts`) are mentions; their surnames become
   *known surnames*. Places after a preposition (``In Minsk``), sentence openers,
   headline capitals and phrases naming a place or an organisation (``Kim Il Sung
   Square``) are not.
2. **Surnames.** Every other capitalised word that folds like a known surname
   (typos included, through :func:`namefold.compare`; only as written after a
   preposition of place or for a surname of three letters or fewer) is a surname
   mention, as is a capitalised word listed between known surnames (``Tsapkala,
   Tsikhanouskaya, and Kalesnikava``; not a place: ``In Minsk, Lukashenko``). A
   possessive ``'s`` is trimmed and a name inside a hyphenated word
   (``anti-Lukashenka``) is found.

Honorifics (``Mr.``, ``Ms.``, ``Dr.``) are kept in the mention; role words
(``President``, ``envoy``) are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import attrs

from namefold.compare.score import compare
from namefold.errors import require_str
from namefold.extract.anchors import Found, find_anchors
from namefold.extract.scripts import foreign_runs
from namefold.extract.shapes import after_place, suffix_word
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
_SHORT_SURNAME = 3  # letters up to which a known surname matches only as written
_LIST_SEPARATORS = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


@attrs.frozen(kw_only=True)
class TextMention:
    """A person-name mention found in a text.

    Attributes:
        text: the mention as written (honorific kept, possessive trimmed).
        start: offset of its first character in the text.
        end: offset just past its last character.
        kind: ``full`` (a name of several words), ``honorific`` (a title and a
            name), ``role`` (a surname after a role word), ``surname`` (a known
            surname alone) or ``script`` (a name in another script than the text's).
        document: the document id given to :func:`extract_documents`, else ``None``.
    """

    text: str
    start: int
    end: int
    kind: str
    document: str | None = None


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
    runs = foreign_runs(text, tokens, taken)
    anchors.extend(runs)
    taken.update(k for run in runs for k in range(run.first, run.last + 1))
    alone = _known_surnames(text, tokens, taken, surnames)
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


def _anchors(text: str, tokens: Sequence[Token]) -> list[Found]:
    return find_anchors(text, tokens)


def _surname_keys(tokens: Sequence[Token], anchors: Iterable[Found]) -> set[str]:
    """The surnames the anchored mentions teach: each one's surname word (the last but a
    generational suffix or regnal number, unless the name is written surname first)."""
    keys = set()
    for anchor in anchors:
        key = anchor.key if anchor.key >= 0 else anchor.last
        while key > anchor.first and suffix_word(tokens[key]):
            key -= 1
        keys.add(tokens[key].bare)
    return keys


class _Surnames(NamedTuple):
    """Single-word surname mentions outside the anchors, and for a name after a hyphen
    (``anti-Lukashenka``) where it starts in its word, by token."""

    found: list[Found]
    cuts: dict[int, int]


def _known_surnames(text: str, tokens: Sequence[Token], taken: set[int], surnames: list[str]) -> _Surnames:
    """Capitalised words, not in ``taken``, that match a known surname (alone or after a hyphen)."""
    found: list[Found] = []
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
                found.append(Found(k, k, "surname"))
            continue
        if not surname_like(token) or is_given(token):
            continue
        if word in surnames or (_fuzzy_allowed(text, tokens, k) and _matches_known(word, surnames)):
            found.append(Found(k, k, "surname"))
    return _Surnames(found, cuts)


def _fuzzy_allowed(text: str, tokens: Sequence[Token], k: int) -> bool:
    """A word may match a known surname with a typo unless it follows a preposition of place
    (``in Minsk``) or begins a longer capitalised phrase (``Saudi Arabia`` is no ``Saud``)."""
    if after_place(text, tokens, k):
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is None or not (surname_like(following) and adjacent(text, tokens[k], following))


def _matches_known(word: str, known: Iterable[str]) -> bool:
    """``word`` is a known surname or a typo of one; a word or surname of three letters or fewer
    (``Li``, ``Lee``, ``Le``) only as written."""
    for surname in known:
        if word == surname:
            return True
        if min(len(word), len(surname)) <= _SHORT_SURNAME:
            continue
        result = compare(word, surname)
        factor = result.factor("surname")
        if not result.conflict and factor is not None and factor >= _SURNAME_MATCH:
            return True
    return False


def _listed(text: str, tokens: Sequence[Token], spans: list[Found], taken: set[int]) -> list[Found]:
    """Capitalised single words listed with commas or 'and' beside surname mentions."""
    single = {found.first for found in spans if found.first == found.last and found.kind == "surname"}
    listed = []
    for k, token in enumerate(tokens):
        if k in taken or not surname_like(token) or after_place(text, tokens, k):
            continue  # "In Minsk, Lukashenko": a place, not a list of names
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
            listed.append(Found(k, k, "surname"))
    return listed


def extract_documents(documents: Mapping[str, str]) -> list[TextMention]:
    """Find mentions in several documents, sharing what each teaches about surnames.

    A surname anchored in one document (``Vladimir Putin``) is then recognised
    alone in the others (``Putin``). Mentions carry their document id.
    """
    if not isinstance(documents, Mapping):
        message = f"documents must be a mapping of document ids to texts, not {type(documents).__name__}"  # type: ignore[unreachable]
        raise TypeError(message)
    for doc_id in documents:
        require_str(doc_id, "document id")
    known: set[str] = set()
    for doc_id in sorted(documents):
        text = require_str(documents[doc_id], "document")
        tokens = read_tokens(text)
        known |= _surname_keys(tokens, _anchors(text, tokens))
    found: list[TextMention] = []
    for doc_id in documents:
        found.extend(_extract(documents[doc_id], sorted(known), doc_id))
    return found
