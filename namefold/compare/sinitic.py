"""The given-name rule of Vietnamese and Cantonese names: a given name is its syllables, all of
them, and two names agree only syllable by syllable (``Tập Cận Bình`` is not ``Tập Bình``,
``Lam Cheng Yuet-ngor`` not ``Lam Cheng Yuet-wah``): a syllable more or less, or a different
one, is another name, as in Chinese names (:mod:`namefold.compare.chinese`), not a typo or a
middle name left out.

Two Cantonese syllables agree when they are alike or the Cantonese table lists both for one
character (``ngo`` / ``ngor``: :func:`namefold.text.cantonese.same_cantonese_syllable`); an
initial fits the syllables it begins.
"""

from __future__ import annotations

import unicodedata

from namefold.compare.model import Evidence, evidence
from namefold.engine.caches import PAIRS, cached
from namefold.names.cantonese import CANTONESE_ORDER
from namefold.names.chinese import CHINESE_ORDER
from namefold.names.model import ParsedName
from namefold.names.vietnamese import VIETNAMESE_ORDER, unmarked_vietnamese
from namefold.text.cantonese import same_cantonese_syllable
from namefold.text.han_syllables import CANTONESE, MANDARIN, SINO_VIETNAMESE, share_character
from namefold.text.pinyin import pinyin_syllables_of

__all__ = [
    "GIVEN_READING",
    "GIVEN_SPELLING",
    "ORDER_WESTERN",
    "SINITIC_ORDERS",
    "sinitic_cross_evidence",
    "sinitic_given_evidence",
]

GIVEN_SPELLING = 0.99  # the romanization factor: two spellings of one syllable
GIVEN_READING = 0.95  # each part of two names read from one name in characters (READING_FLOOR)
SINITIC_ORDERS = _READS = frozenset({VIETNAMESE_ORDER, CANTONESE_ORDER})
ORDER_WESTERN = 0.97  # a Chinese name in Western order (Jinping Xi): the order rule's factor


def sinitic_given_evidence(a: ParsedName, b: ParsedName) -> Evidence | None:
    """The given-name evidence of two names one of which was read as Vietnamese or Cantonese
    (surname first); ``None`` otherwise, or when either has no given name."""
    if not a.given or not b.given or (a.order_reason not in _READS and b.order_reason not in _READS):
        return None
    cantonese = CANTONESE_ORDER in (a.order_reason, b.order_reason)
    return _syllables_pair(" ".join(a.given), " ".join(b.given), cantonese=cantonese)


def _fits(x: str, y: str, cantonese: bool) -> bool:
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return x == y or (cantonese and same_cantonese_syllable(x, y))


@cached(PAIRS)
def _syllables_pair(ga: str, gb: str, *, cantonese: bool) -> Evidence:
    left, right = ga.replace("-", " ").split(), gb.replace("-", " ").split()
    if left == right:
        return evidence("given", ga, gb, "identical", 1.0)
    if len(left) == len(right) and all(_fits(x, y, cantonese) for x, y in zip(left, right, strict=True)):
        return evidence("given", ga, gb, "romanization", GIVEN_SPELLING, "syllable by syllable")
    detail = f"syllables {' '.join(left)} / {' '.join(right)}"
    return evidence("given", ga, gb, "different names", 0.0, detail, conflict=True)


def _syllables(name: ParsedName) -> tuple[tuple[str, ...], tuple[str, ...], str] | None:
    """``(surname syllables, given syllables, system)`` of a name read as Chinese, Vietnamese
    or Cantonese, surname first; ``None`` for any other name or one that does not cut so."""
    reason = name.order_reason
    if not name.given or len(name.surname) != 1:
        return None
    if reason == VIETNAMESE_ORDER:  # the words as written, with their marks: tập, not tap
        words = unicodedata.normalize("NFC", name.original.lower()).split()
        if len(words) != 1 + len(name.given):
            return None
        return (words[0],), tuple(words[1:]), SINO_VIETNAMESE
    if reason == CANTONESE_ORDER:
        return (name.surname[0],), tuple(" ".join(name.given).replace("-", " ").split()), CANTONESE
    # pinyin, surname first, or a name in Western order whose words are pinyin (Jinping Xi)
    if reason == CHINESE_ORDER or (
        name.order == "given-first" and reason == "default" and name.original.isascii()
    ):
        surname, given = pinyin_syllables_of(name.surname[0]), pinyin_syllables_of(name.given[0])
        return None if surname is None or given is None or len(name.given) > 1 else (surname, given, MANDARIN)
    return None


def _unmarked(text: str) -> tuple[str, ...]:
    return tuple(unmarked_vietnamese(text).lower().split())


def _read_alike(left: tuple[str, ...], right: tuple[str, ...], systems: tuple[str, str]) -> bool:
    return len(left) == len(right) and all(
        share_character((systems[0], x), (systems[1], y)) for x, y in zip(left, right, strict=True)
    )


def sinitic_cross_evidence(a: ParsedName, b: ParsedName) -> tuple[Evidence, ...] | None:
    """The surname and given-name evidence of two names read in two different systems of
    Chinese characters (Mandarin, Sino-Vietnamese, Cantonese: ``Mao Trạch Đông`` / ``Mao
    Zedong``) whose syllables are, pair by pair, readings of one character; ``None`` otherwise
    (the general rules apply)."""
    if a.order_reason == b.order_reason:
        return None
    if VIETNAMESE_ORDER in (a.order_reason, b.order_reason) and _unmarked(a.original) == _unmarked(
        b.original
    ):
        detail = "the same words, marks aside"  # Võ Nguyên Giáp / Vo Nguyen Giap
        return (
            evidence(
                "surname",
                a.surname[0] if a.surname else "",
                b.surname[0] if b.surname else "",
                "identical",
                1.0,
                detail,
            ),
            evidence("given", " ".join(a.given), " ".join(b.given), "identical", 1.0, detail),
        )
    left, right = _syllables(a), _syllables(b)
    if left is None or right is None:
        return None
    systems = (left[2], right[2])
    if systems[0] == systems[1]:
        return None
    if not (_read_alike(left[0], right[0], systems) and _read_alike(left[1], right[1], systems)):
        return None
    detail = f"readings of the same characters ({systems[0]} / {systems[1]})"
    surname = evidence("surname", a.surname[0], b.surname[0], "reading", GIVEN_READING, detail)
    given = evidence("given", " ".join(a.given), " ".join(b.given), "reading", GIVEN_READING, detail)
    if a.order == b.order:
        return surname, given
    return surname, given, evidence("order", a.order, b.order, "different order", ORDER_WESTERN, detail)
