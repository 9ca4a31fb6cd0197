"""Stage 6: comparing two names into a score with its evidence.

The score is the product of the evidence factors, so it can be recomputed from
the evidence alone. A conflict (incompatible given names, gendered surname forms
or patronymics, or genders) has factor 0 and forbids a merge outright.

The surname rules are in :mod:`namefold.compare.surname`, the given-name rules in
:mod:`namefold.compare.given`; this module adds the patronymic, gender and order
evidence, puts a comparison together and tries a swapped name order.
"""

from __future__ import annotations

import jellyfish

from namefold.compare.arabic import arabic_evidence
from namefold.compare.cross_script import cross_script_evidence
from namefold.compare.extra_words import extra_word_readings
from namefold.compare.given import given_evidence, initial_fits, middle_evidence
from namefold.compare.loanword import loanword_evidence
from namefold.compare.model import Comparison, Evidence, evidence
from namefold.compare.order import ORDER_DIFFERENT, ORDER_SWAPPED, crossed, flip, order_item
from namefold.compare.sinitic import SINITIC_ORDERS, sinitic_cross_evidence
from namefold.compare.split import SPLIT_WORD, joined_pairs, split_item
from namefold.compare.surname import surname_evidence
from namefold.engine.caches import CHOICES, FEWER_PAIRS, cached
from namefold.names.given import name_groups
from namefold.names.model import Order, ParsedName
from namefold.names.morphology import patronymic_stem
from namefold.names.parse import parse
from namefold.names.readings import reading_pairs
from namefold.text.fold import fold

__all__ = [
    "GENERATION_MISSING",
    "ORDER_DIFFERENT",
    "ORDER_SWAPPED",
    "PATRONYMIC_MATCH",
    "PATRONYMIC_NEAR",
    "PATRONYMIC_UNVERIFIED",
    "combine",
    "compare",
    "explain",
    "score_parsed",
]

_NO_EVIDENCE: tuple[Evidence, ...] = ()  # no evidence yet
READING_FLOOR = 0.95  # the factor each part of another reading of a name needs (a nickname, not a typo)
_NAME_PARTS = frozenset({"surname", "given"})

# Factors documented in docs/pipeline.md, with those of compare.surname and compare.given.
PATRONYMIC_MATCH = 0.99
PATRONYMIC_NEAR = 0.95
PATRONYMIC_UNVERIFIED = 0.9
GENERATION_MISSING = 0.75
EXTRA_WORDS_TRIED = 0.9  # a score below which a reading with a word more or less may do better
_EXPLICIT_ORDER = frozenset({"comma", "capitals"})


def compare(a: str | ParsedName, b: str | ParsedName, *, order: Order = "auto") -> Comparison:
    """Compare two names; the score is in [0, 1] and carries its evidence.

    Args:
        a: a name as text (parsed with ``order``) or as :class:`ParsedName`.
        b: the other name, likewise.
        order: name order of text arguments, see :func:`namefold.parse`.

    Raises:
        TypeError: an argument is neither ``str`` nor ``ParsedName``.

    Examples:
        >>> compare("Maria Kalesnikava", "Maria Kolesnikova").score
        0.96
        >>> compare("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya").conflict
        True
    """
    left, right = _as_parsed(a, order), _as_parsed(b, order)
    score, found = score_parsed(left, right)
    return Comparison(left=left, right=right, score=score, evidence=found)


def explain(a: str | ParsedName, b: str | ParsedName, *, order: Order = "auto") -> str:
    """:func:`compare` as readable text: one line per piece of evidence, then the product."""
    return compare(a, b, order=order).explain()


def combine(found: tuple[Evidence, ...]) -> float:
    """The score that the evidence ``found`` adds up to: the product of its factors, rounded to 4 places."""
    product = 1.0  # a loop, not math.prod over a generator: read for every pair compared
    for e in found:
        product *= e.factor
    return round(product, 4)


def score_parsed(
    left: ParsedName, right: ParsedName, *, readings: bool = True
) -> tuple[float, tuple[Evidence, ...]]:
    """The score and evidence of :func:`compare` for two parsed names, without the ``Comparison``.

    Two full names that score below 0.5 and whose given name and surname cross (one's
    given name folds like the other's surname) are scored again with one of them read in
    the other order; the better reading counts, with the swap as evidence. A name in
    Chinese characters is scored by each pair of readings that
    :func:`namefold.names.readings.reading_pairs` allows (Mandarin, Korean, Japanese), the
    best pair counting (``readings=False``: the names as parsed only).
    """
    if readings and not (left.original.isascii() and right.original.isascii()):
        pairs = reading_pairs(left, right)
        if pairs:
            return _best_reading(pairs, left, right)
    found = _all_evidence(left, right)
    score = combine(found)
    swap_factor = (
        score < 0.5
        and left.kind == "full"
        and right.kind == "full"
        and not (left.declared and right.declared)  # two orders the caller knows: no swap
        and crossed(left, right)
    )
    if swap_factor:
        for x, y in ((left, flip(right)), (flip(left), right)):
            if x is None or y is None:
                continue
            straight = tuple(e for e in _all_evidence(x, y) if e.feature != "order")
            detail = "given name and surname trade places"
            swap = evidence("order", left.order, right.order, "swapped", swap_factor, detail)
            swapped = (*straight, swap)
            if combine(swapped) > score:
                found, score = swapped, combine(swapped)
    if score < SPLIT_WORD:  # Amber Black Well / Amber Blackwell (compare.split)
        for x, y in joined_pairs(left, right):
            joined = (*score_parsed(x, y, readings=False)[1], split_item(left, right))
            if combine(joined) > score:
                found, score = joined, combine(joined)
    if score < EXTRA_WORDS_TRIED and (
        len(left.given) > 1
        or len(right.given) > 1
        or len(left.surname) > 1
        or len(right.surname) > 1
        or (left.honorifics and not left.given)
        or (right.honorifics and not right.given)
    ):
        for reading in extra_word_readings(left, right):  # a word more or less (compare.extra_words)
            other = (*_all_evidence(reading.left, reading.right), reading.evidence)
            if combine(other) > score:
                found, score = other, combine(other)
    return score, found


def _best_reading(
    pairs: list[tuple[ParsedName, ParsedName]], left: ParsedName, right: ParsedName
) -> tuple[float, tuple[Evidence, ...]]:
    """The best score of the pairs of readings of a name in characters and another name."""
    score, found = 0.0, _NO_EVIDENCE
    for x, y in pairs:
        other, evidence_found = score_parsed(x, y, readings=False)
        if found and (x is not left or y is not right) and not _spelled_alike(evidence_found):
            continue  # another reading meets a name as a spelling of it, not as a typo
        if other > score or not found:
            found, score = evidence_found, other
    return score, found


def _spelled_alike(found: tuple[Evidence, ...]) -> bool:
    """Whether the surname and given name of a comparison agree as spellings of one name
    (each factor at least :data:`READING_FLOOR`): a reading of characters is exact, so its
    typos would be another name's (楊 Yang read 양 against Kang, 王 Wang against Hwang)."""
    return all(e.factor >= READING_FLOOR for e in found if e.feature in _NAME_PARTS)


def _as_parsed(value: str | ParsedName, order: Order) -> ParsedName:
    if isinstance(value, ParsedName):
        return value
    return parse(value, order=order)  # parse refuses a non-string


def _all_evidence(a: ParsedName, b: ParsedName) -> tuple[Evidence, ...]:
    if a.arabic or b.arabic:  # names read as Arabic names (compare.arabic): an attribute, most are not
        arabic = arabic_evidence(a, b)
        if arabic is not None:
            return arabic
    if a.order_reason in SINITIC_ORDERS or b.order_reason in SINITIC_ORDERS:  # Mao Trạch Đông / Mao Zedong
        cross = sinitic_cross_evidence(a, b)
        if cross is not None:
            return cross
    found = [surname_evidence(a, b), given_evidence(a, b)]
    if (len(a.given) > 1 or len(b.given) > 1) and a.given and b.given:
        middle = middle_evidence(a, b)
        if middle is not None:
            found.append(middle)
    if a.generation != b.generation:
        found.append(_generation_pair(a.generation, b.generation))
    if a.patronymic and b.patronymic:
        found.append(_patronymic_pair(a.patronymic, b.patronymic))
    if (a.surname_gender or a.gender) and (b.surname_gender or b.gender):
        gender = _gender(a, b)
        if gender is not None:
            found.append(gender)
    if (
        a.order != b.order
        and a.kind != "surname"
        and b.kind != "surname"
        and a.order_reason not in _EXPLICIT_ORDER
        and b.order_reason not in _EXPLICIT_ORDER
    ):
        found.append(order_item(a.order, a.order_reason, b.order, b.order_reason))
    if a.original.isascii() and b.original.isascii():  # most pairs: no Cyrillic
        return tuple(found)
    found_all = cross_script_evidence(a, b, tuple(found))  # Джеки Чан / Jackie Chan
    return loanword_evidence(a, b, found_all)  # ジャッキー・チェン / Jackie Chan


@cached(FEWER_PAIRS)
def _patronymic_pair(pa: str, pb: str) -> Evidence:
    if pa == pb:
        return evidence("patronymic", pa, pb, "identical", 1.0)
    if len(pa) == 1 or len(pb) == 1:
        letter, other = (pa, pb) if len(pa) == 1 else (pb, pa)
        if other.startswith(letter) or initial_fits(letter, patronymic_stem(other)):
            return evidence("patronymic", pa, pb, "initial", PATRONYMIC_MATCH)
        return evidence(
            "patronymic", pa, pb, "initial", 0.0, f"{letter}. does not fit {other}", conflict=True
        )
    stem_a, stem_b = patronymic_stem(pa), patronymic_stem(pb)
    ka, kb = fold(pa).key, fold(pb).key
    if ka == kb or name_groups(stem_a) & name_groups(stem_b):
        detail = f"father's name {stem_a} / {stem_b}"
        return evidence("patronymic", pa, pb, "same father", PATRONYMIC_MATCH, detail)
    if jellyfish.damerau_levenshtein_distance(ka, kb) <= 2:
        return evidence("patronymic", pa, pb, "typo", PATRONYMIC_NEAR)
    if name_groups(stem_a) and name_groups(stem_b):
        detail = f"father's names {stem_a} / {stem_b} differ"
        return evidence("patronymic", pa, pb, "different", 0.0, detail, conflict=True)
    detail = f"father's name {stem_a} / {stem_b} not in the table"
    return evidence("patronymic", pa, pb, "unverified", PATRONYMIC_UNVERIFIED, detail)


@cached(CHOICES)
def _generation_pair(ga: str | None, gb: str | None) -> Evidence:
    """Two different generations conflict (Jr. / Sr.); one named on one side only is doubt
    enough to keep two names apart (Robert Smith / Robert Smith Jr.)."""
    if ga and gb:
        return evidence("generation", ga, gb, "different", 0.0, f"{ga} / {gb}", conflict=True)
    detail = f"{ga or gb} on one side only"
    return evidence("generation", ga or "", gb or "", "missing", GENERATION_MISSING, detail)


def _gender(a: ParsedName, b: ParsedName) -> Evidence | None:
    if a.surname_gender and b.surname_gender and a.surname_gender != b.surname_gender:
        detail = f"{a.core_surname} is {a.surname_gender}, {b.core_surname} is {b.surname_gender}"
        return evidence(
            "gender", a.surname_gender, b.surname_gender, "surname form", 0.0, detail, conflict=True
        )
    if a.gender and b.gender and a.gender != b.gender and not _form_only(a, b) and not _form_only(b, a):
        detail = "; ".join((*a.gender_hints, *b.gender_hints))
        return evidence("gender", a.gender, b.gender, "gender", 0.0, detail, conflict=True)
    return None


def _form_only(a: ParsedName, b: ParsedName) -> bool:
    """Whether ``a``'s gender rests on its surname's form alone (an unlisted given name: a
    typo or a foreign name) and ``b``'s surname has no gendered form: ``b``'s given name then
    meets a surname form, which does not decide (``Olga Petrov`` is read as neither gender),
    as in ``Melinea Sherin`` / ``Melinda Sherfn``, both typos of ``Melinda Sherin``."""
    return (
        b.surname_gender is None and a.gender_hints == (a.gender_hints[0],) and a.surname_gender == a.gender
    )
