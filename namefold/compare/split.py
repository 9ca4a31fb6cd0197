"""A word split by a stray space: ``Amber Black Well`` / ``Amber Blackwell``, ``Brayd En
Ryan`` / ``Brayden Ryan``.

Record-keeping and OCR put a space inside a word (FEBRL's corruptions do it to a tenth
of its duplicates); parsed as written, the pieces become a given name and a surname, or a
middle name, and the name meets its own spelling as a different person. A name of three
words or more also reads with two neighbouring words joined (:func:`joined_readings`),
when one of the two is short (a stray space leaves a short piece; two given names, as in
``Ivan Ivanovich Petrov``, are read as written). Two names whose letters, spaces left out,
are at most two edits apart and whose word counts differ by one are compared in those
readings too (:func:`joined_pairs`); the candidate index files a name under them.
"""

from __future__ import annotations

from namefold.compare.model import Evidence, evidence
from namefold.engine.caches import NAMES, cached
from namefold.names.given import is_listed_given
from namefold.names.model import ParsedName
from namefold.names.parse import parse

__all__ = ["SPLIT_WORD", "joined_pairs", "joined_readings", "split_item"]

SPLIT_WORD = 0.95  # the factor of a name read with a stray space left out
_MAX_PIECE = 3  # a stray space leaves a piece of at most this many letters on one side
_MAX_UNLISTED_PIECE = 4  # or this many, when neither word is a listed given name
_MAX_EDITS = 2  # edits between two names' letters, spaces left out, that a joined reading may bridge


def joined_readings(name: ParsedName) -> tuple[ParsedName, ...]:
    """The full names ``name`` reads as with two neighbouring words of letters joined, one
    of them short (:func:`_piece`), in its own name order (most names: none)."""
    return _joined(name) if name.kind == "full" and name.original.count(" ") >= 2 else ()


@cached(NAMES)
def _joined(name: ParsedName) -> tuple[ParsedName, ...]:
    words = name.original.split()
    found = []
    for at in range(len(words) - 1):
        left, right = words[at], words[at + 1]
        if not (left.isalpha() and right.isalpha()) or not _piece(left.lower(), right.lower()):
            continue
        piece = right if left.isupper() else right.lower()  # Black Well: Blackwell; BLACK WELL: BLACKWELL
        joined = parse(" ".join([*words[:at], left + piece, *words[at + 2 :]]))
        if joined.kind == "full" and joined.order == name.order:  # not Kim Jong Un as Kim Jongun
            found.append(joined)
    return tuple(found)


def joined_pairs(a: ParsedName, b: ParsedName) -> list[tuple[ParsedName, ParsedName]]:
    """The pairs of readings in which ``a`` and ``b`` may be one name written with and
    without a stray space: the longer name's :func:`joined_readings` beside the other, when
    their word counts differ by one and their letters are close (``[]`` for most pairs)."""
    words_a, words_b = a.original.count(" "), b.original.count(" ")
    if abs(words_a - words_b) != 1:
        return []
    if abs(len(a.original) - words_a - len(b.original) + words_b) > _MAX_EDITS:  # the letters' lengths
        return []
    if not _within(_letters(a.original), _letters(b.original)):
        return []
    if words_a > words_b:
        return [(joined, b) for joined in joined_readings(a) if _aligned(joined, b)]
    return [(a, joined) for joined in joined_readings(b) if _aligned(a, joined)]


def _aligned(a: ParsedName, b: ParsedName) -> bool:
    """Whether two names of one word count are close word for word, spaces included: the
    space left out was the stray one (``Kimjong Un`` is no reading of ``Kim Jong Un`` beside
    ``Kim Jongil``)."""
    return _within(a.original.lower(), b.original.lower())


def split_item(a: ParsedName, b: ParsedName) -> Evidence:
    """The evidence that one of ``a`` and ``b`` (as written) was read with a space left out."""
    return evidence("split", a.original, b.original, "joined", SPLIT_WORD, "a stray space inside a word")


def _piece(left: str, right: str) -> bool:
    """Whether two neighbouring words may be the pieces of one: not two given names the
    tables list (``ivan ivanovich``, ``maria lee``), and one of them :data:`_MAX_PIECE`
    letters or fewer, or :data:`_MAX_UNLISTED_PIECE` when neither is listed (``black well``)."""
    listed = is_listed_given(left) + is_listed_given(right)
    shorter = min(len(left), len(right))
    return (shorter <= _MAX_PIECE and listed < 2) or (shorter <= _MAX_UNLISTED_PIECE and not listed)


def _letters(text: str) -> str:
    return "".join(text.lower().split())


def _within(a: str, b: str, edits: int = _MAX_EDITS) -> bool:
    """Whether ``a`` and ``b`` are at most ``edits`` edits apart (letters inserted, deleted
    or replaced, two adjacent letters swapped, no letter edited twice: the optimal string
    alignment distance), trying each edit at the first difference."""
    start = 0
    size = min(len(a), len(b))
    while start < size and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    if not a or not b:
        return len(a) + len(b) <= edits
    if edits == 0:
        return False
    left = edits - 1
    return (
        _within(a[1:], b[1:], left)
        or _within(a[1:], b, left)
        or _within(a, b[1:], left)
        or (len(a) > 1 and len(b) > 1 and a[0] == b[1] and a[1] == b[0] and _within(a[2:], b[2:], left))
    )
