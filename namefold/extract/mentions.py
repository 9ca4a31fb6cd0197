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

import attrs

from namefold.compare.score import compare
from namefold.data import tables
from namefold.errors import require_str
from namefold.names.given import name_groups
from namefold.text.normalize import normalize

__all__ = ["TextMention", "extract_documents", "extract_mentions"]

_WORD = re.compile(r"[^\W\d_](?:[\w\u0300-\u036f]|['’](?=\w)|-(?=\w))*\.?", re.UNICODE)
_SURNAME_MATCH = 0.85
_MIN_GIVEN = 3  # "On", "An" at the start of a sentence are not given names
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


@attrs.frozen
class _Token:
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without a final dot or possessive."""
        word = self.text.rstrip(".")
        return re.sub(r"['’]s$", "", word)

    @property
    def capitalised(self) -> bool:
        """Title case, or all capitals of more than three letters (``LUKASHENKA``, not ``US``)."""
        word = self.bare
        if not word or not word[0].isupper():
            return False
        return not word.isupper() or len(word) > 3

    @property
    def initial(self) -> bool:
        return len(self.text) == 2 and self.text[1] == "." and self.text[0].isupper()

    @property
    def folded(self) -> str:
        return normalize(self.bare, honorifics=True)


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _is_given(token: _Token) -> bool:
    word = token.bare
    if len(word) < _MIN_GIVEN or not word[:1].isupper() or word.isupper():
        return False
    return bool(name_groups(normalize(word, honorifics=True)))


def _surname_like(token: _Token) -> bool:
    word = token.bare
    return token.capitalised and len(word) > 1 and normalize(word, honorifics=True) not in tables.honorifics()


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    """True if only spaces separate the two tokens."""
    return text[left.end : right.start].strip() == "" and "\n" not in text[left.end : right.start]


def _ends_sentence(token: _Token) -> bool:
    """A dot after a word that is neither an initial nor a title ends the sentence."""
    return token.text.endswith(".") and not token.initial and token.folded not in tables.titles()


def _span(text: str, tokens: Sequence[_Token], first: int, last: int) -> tuple[str, int, int]:
    start, end = tokens[first].start, tokens[last].end
    raw = text[start:end]
    if not tokens[last].initial:
        raw = raw.rstrip(".")
    trimmed = re.sub(r"['’]s$", "", raw)
    return trimmed, start, start + len(trimmed)


def _anchors(text: str, tokens: Sequence[_Token]) -> list[tuple[int, int, str]]:
    """(first token, last token, kind) of anchored mentions."""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.folded
        if word in tables.titles() and i + 1 < len(tokens) and _adjacent(text, token, tokens[i + 1]):
            end = _name_end(text, tokens, i + 1)
            if end is not None:
                found.append((i, end, "honorific"))
                i = end + 1
                continue
        if _is_given(token):
            end = _name_end(text, tokens, i + 1)
            if end is not None:
                found.append((i, end, "full"))
                i = end + 1
                continue
        if (
            word in tables.honorifics()
            and word not in tables.titles()
            and i + 1 < len(tokens)
            and _adjacent(text, token, tokens[i + 1])
        ):
            nxt = tokens[i + 1]
            if _surname_like(nxt) and not _is_given(nxt):
                end = i + 1
                if (
                    end + 1 < len(tokens)
                    and _adjacent(text, nxt, tokens[end + 1])
                    and _surname_like(tokens[end + 1])
                ):
                    end = None  # a longer capitalised phrase: leave it to the other rules
                if end is not None:
                    found.append((i + 1, end, "role"))
                    i = end + 1
                    continue
        i += 1
    return found


def _name_end(text: str, tokens: Sequence[_Token], i: int) -> int | None:
    """The last token of a name continuing at ``i`` (initials, patronymic, surname)."""
    j = i
    last = None
    while j < len(tokens) and _adjacent(text, tokens[j - 1], tokens[j]) and not _ends_sentence(tokens[j - 1]):
        token = tokens[j]
        if token.initial or _surname_like(token):
            last = j
            if token.bare != token.text.rstrip(".") or token.text.endswith(("’s", "'s")):
                break  # a possessive ends the name
            j += 1
            continue
        break
    if last is None or tokens[last].initial:
        return None
    return last


def _surname_keys(tokens: Sequence[_Token], anchors: Iterable[tuple[int, int, str]]) -> set[str]:
    return {tokens[last].bare for _, last, _ in anchors}


def _matches_known(word: str, known: Iterable[str]) -> bool:
    for surname in known:
        if word == surname:
            return True
        result = compare(word, surname)
        factor = result.factor("surname")
        if not result.conflict and factor is not None and factor >= _SURNAME_MATCH:
            return True
    return False


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
    tokens = _tokens(text)
    anchors = _anchors(text, tokens)
    surnames = sorted(set(known) | _surname_keys(tokens, anchors))
    taken = {k for first, last, _ in anchors for k in range(first, last + 1)}
    spans = [(first, last, kind) for first, last, kind in anchors]
    hyphenated: dict[int, int] = {}  # token index -> offset of the name after a hyphen
    for k, token in enumerate(tokens):
        if k in taken:
            continue
        word = token.bare
        if "-" in word and not _surname_like(token):
            cut = word.rfind("-") + 1
            part = _Token(token.text[cut:], token.start + cut, token.end)
            if _surname_like(part) and _matches_known(part.bare, surnames):
                hyphenated[k] = cut
                spans.append((k, k, "surname"))
                taken.add(k)
            continue
        if not _surname_like(token) or _is_given(token):
            continue
        if _matches_known(word, surnames):
            spans.append((k, k, "surname"))
            taken.add(k)
    spans.extend(_listed(text, tokens, spans, taken))
    mentions = []
    for first, last, kind in sorted(spans):
        raw, start, end = _span(text, tokens, first, last)
        cut = hyphenated.get(first, 0)
        mentions.append(TextMention(text=raw[cut:], start=start + cut, end=end, kind=kind, document=document))
    return mentions


def _listed(
    text: str, tokens: Sequence[_Token], spans: list[tuple[int, int, str]], taken: set[int]
) -> list[tuple[int, int, str]]:
    """Capitalised single words listed with commas or 'and' beside surname mentions."""
    single = {first for first, last, kind in spans if first == last and kind == "surname"}
    found = []
    for k, token in enumerate(tokens):
        if k in taken or not _surname_like(token):
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
            and _adjacent(text, before, token)
            and before.text[:1].islower()
            and not _ends_sentence(before)
        )
        if neighbours and not after_lowercase:  # "in June, Trump's envoy" is no list of names
            found.append((k, k, "surname"))
    return found


def extract_documents(documents: Mapping[str, str]) -> list[TextMention]:
    """Find mentions in several documents, sharing what each teaches about surnames.

    A surname anchored in one document (``Vladimir Putin``) is then recognised
    alone in the others (``Putin``). Mentions carry their document id.
    """
    known: set[str] = set()
    for doc_id in sorted(documents):
        text = require_str(documents[doc_id], "document")
        tokens = _tokens(text)
        known |= _surname_keys(tokens, _anchors(text, tokens))
    found: list[TextMention] = []
    for doc_id in documents:
        found.extend(_extract(documents[doc_id], sorted(known), doc_id))
    return found
