"""Stage 6: comparing two names into a score with its evidence.

The score is the product of the evidence factors, so it can be recomputed from
the evidence alone. A conflict (incompatible given names, gendered surname forms
or patronymics, or genders) has factor 0 and forbids a merge outright.
"""

from __future__ import annotations

import functools

import jellyfish

from namefold.compare.model import Comparison, Evidence
from namefold.engine.caches import CHOICES, FEWER_PAIRS, PAIRS, cached
from namefold.keys.phonetic import VOWEL_GROUP, surname_info
from namefold.names.given import aliases, name_groups, nickname_groups
from namefold.names.model import Order, ParsedName
from namefold.names.morphology import patronymic_stem
from namefold.names.parse import parse
from namefold.text.fold import CONFUSABLE_PAIRS, MIN_NEAR_SKELETON, consonant_classes, fold

__all__ = [
    "combine",
    "compare",
    "explain",
    "one_edit_apart",
    "score_parsed",
    "sounds_alike",
    "surname_factor",
    "surname_fold_key",
]

# Factors of each rule; documented in docs/pipeline.md.
SURNAME_IDENTICAL = 1.0
SURNAME_ROMANIZATION = 0.96
SURNAME_TYPO = 0.9
SURNAME_SKELETON = 0.88
SURNAME_METAPHONE = 0.86
SURNAME_TYPO2 = 0.82
SURNAME_NEAR = 0.8
SURNAME_MISSING = 0.8
GIVEN_IDENTICAL = 1.0
GIVEN_ROMANIZATION = 0.99
GIVEN_ALIAS = 0.98
GIVEN_NICKNAME = 0.95
GIVEN_INITIALS = 0.95
GIVEN_INITIAL = 0.92
GIVEN_TYPO = 0.9
GIVEN_MISSING = 0.85
PATRONYMIC_MATCH = 0.99
PATRONYMIC_NEAR = 0.95
PATRONYMIC_UNVERIFIED = 0.9
ORDER_DIFFERENT = 0.97
ORDER_SWAPPED = 0.85
_MAX_TOKEN = 64  # edit distances look at the first 64 letters only: O(1) per pair, not O(L^2)
_MIN_TYPO = 5
_MIN_GIVEN_TYPO = 4


def _item(
    feature: str, left: str, right: str, rule: str, factor: float, detail: str = "", conflict: bool = False
) -> Evidence:
    """One piece of evidence; a conflict always has factor 0."""
    return Evidence(
        feature=feature,
        left=left,
        right=right,
        rule=rule,
        factor=0.0 if conflict else factor,
        detail=detail,
        conflict=conflict,
    )


def combine(evidence: tuple[Evidence, ...]) -> float:
    """The score that ``evidence`` adds up to: the product of its factors, rounded to 4 places."""
    product = 1.0  # a loop, not math.prod over a generator: read for every pair compared
    for e in evidence:
        product *= e.factor
    return round(product, 4)


def _surname(a: ParsedName, b: ParsedName) -> Evidence:
    sa, sb = a.core_surname, b.core_surname
    if not sa and not sb:
        return _item("surname", "", "", "absent", 1.0)
    if not sa or not sb:
        return _item("surname", sa, sb, "missing", SURNAME_MISSING)
    return _surname_pair(sa, sb)


@cached(PAIRS)
def _surname_pair(sa: str, sb: str) -> Evidence:
    rule, factor = _symmetric_surname_rule(sa, sb)
    return _item("surname", sa, sb, rule, factor, _surname_detail(rule, factor, sa, sb))


def _symmetric_surname_rule(sa: str, sb: str) -> tuple[str, float]:
    """:func:`_surname_rule`, cached for the pair in either order: the candidate index
    judges each pair of neighbouring surnames, and the scoring of their names reads the
    same rule back."""
    return _ordered_surname_rule(sa, sb) if sa <= sb else _ordered_surname_rule(sb, sa)


@cached(PAIRS)
def _ordered_surname_rule(sa: str, sb: str) -> tuple[str, float]:
    return _surname_rule(sa, sb)


def _sounds_like(xa: str, ma: str, xb: str, mb: str) -> str | None:
    """The phonetic rule (``phonetic`` or ``metaphone``) that two surnames of one shape
    meet: the same consonant skeleton or the same metaphone code, three letters or more."""
    if xa == xb and len(xa) >= 3:
        return "phonetic"
    if ma == mb and len(ma) >= 3:
        return "metaphone"
    return None


def _surname_rule(sa: str, sb: str) -> tuple[str, float]:
    """``(rule, factor)`` for two core surnames: the first rule that applies.

    The rule's readable detail is :func:`_surname_detail`, built only for evidence: the
    candidate index asks this for millions of surname pairs and reads the factor only.
    """
    if sa == sb:
        return "identical", SURNAME_IDENTICAL
    a, b = surname_info(sa), surname_info(sb)
    ka, kb = a.key, b.key
    if ka == kb or _french_j(a.french, kb) or _french_j(b.french, ka):
        return "romanization", SURNAME_ROMANIZATION
    if _sk_and_tsk(a.sk, b.sk):
        return "different", round(0.7 * jellyfish.jaro_winkler_similarity(ka, kb), 4)
    shortest = min(len(ka), len(kb))
    if shortest >= _MIN_TYPO and (
        one_edit_apart(ka, kb) or _french_typo(a.french, kb) or _french_typo(b.french, ka)
    ):
        return "typo", SURNAME_TYPO
    # Phonetic rules ignore vowels, so they require the same ending: the suffix forms of
    # one stem (Lukashko / Lukashuk, Kovalenko / Kovalenok) are different surnames. They
    # do not require the same syllables (see surname_info): a typo may drop a vowel.
    xa, xb = a.skeleton, b.skeleton
    ending = a.ending == b.ending
    if ending:
        phonetic = _sounds_like(xa, a.metaphone, xb, b.metaphone)
        if phonetic == "phonetic":
            return "phonetic", SURNAME_SKELETON
        if phonetic == "metaphone":
            return "metaphone", SURNAME_METAPHONE
        if shortest >= 8 and jellyfish.damerau_levenshtein_distance(ka, kb) == 2:
            return "typo", SURNAME_TYPO2
    similarity = jellyfish.jaro_winkler_similarity(ka, kb)
    if ending and similarity >= 0.8 and _confusable(xa, xb):
        return "phonetic-near", SURNAME_NEAR
    return "different", round(0.7 * similarity, 4)


def _surname_detail(rule: str, factor: float, sa: str, sb: str) -> str:
    """The readable detail of the rule that :func:`_surname_rule` found for two surnames."""
    if rule == "identical":
        return ""
    a, b = surname_info(sa), surname_info(sb)
    ka, kb, xa, xb = a.key, b.key, a.skeleton, b.skeleton
    if rule == "romanization" and ka == kb:
        return f"both fold to {ka} ({', '.join(sorted(set(a.rules) | set(b.rules)))})"
    if rule == "romanization":
        french, key = (sa, kb) if _french_j(a.french, kb) else (sb, ka)
        return f"{french} read as French (j ж, ch ш, ou у) folds to {key}"
    if rule == "typo":
        return f"keys {ka} / {kb} {'one edit' if factor == SURNAME_TYPO else 'two edits'} apart"
    if rule == "phonetic":
        return f"same consonant skeleton {xa}"
    if rule == "metaphone":
        return f"same metaphone {a.metaphone}"
    if rule == "phonetic-near":
        return f"skeletons {xa} / {xb} differ in one confusable consonant"
    return f"Jaro-Winkler {jellyfish.jaro_winkler_similarity(ka, kb):.2f} on {ka} / {kb}"


def _sk_and_tsk(ending_a: str, ending_b: str) -> bool:
    """Whether one surname ends in -ский and the other in -цкий (their
    :func:`namefold.keys.phonetic.sk_ending`: ``radski`` / ``radtski``, ``zlatougski`` /
    ``zlatougtski``). These are two surnames, whatever else their spellings share: a typo
    or the phonetic rules, which read ``ts`` as ``s``, would otherwise join them."""
    return ending_a != ending_b and bool(ending_a) and bool(ending_b)


def _french_typo(french: str, key: str) -> bool:
    """Whether a surname's French key (:func:`namefold.text.fold.french_key`, ``""`` if it has
    none) is one edit from another's fold ``key`` (``Tiajelbrovnikova``, a typo, and
    ``Тяжелобровникова``)."""
    return bool(french) and french != key and one_edit_apart(french, key)


def _french_j(french: str, key: str) -> bool:
    """Whether a surname's French key (``j`` ж, ``ch`` ш, ``ou`` у; ``""`` if it has none)
    is another's fold ``key``."""
    return french == key != ""


def _confusable(xa: str, xb: str) -> bool:
    """Whether two skeletons of ``MIN_NEAR_SKELETON`` or more consonants differ in exactly
    one consonant, and that pair is confusable (``namefold.text.fold.CONFUSABLE_PAIRS``)."""
    if len(xa) != len(xb) or len(xa) < MIN_NEAR_SKELETON:
        return False
    differences = [frozenset((a, b)) for a, b in zip(xa, xb, strict=True) if a != b]
    return len(differences) == 1 and differences[0] in CONFUSABLE_PAIRS


def surname_fold_key(surname: str) -> str:
    """The fold key the surname rules read of a core surname."""
    return surname_info(surname).key


@cached(FEWER_PAIRS)
def sounds_alike(sa: str, sb: str) -> bool:
    """True if two core surnames differ the way romanizations differ, not the way
    different surnames do: the same fold key (``j`` may be French ж); fold keys one vowel
    apart (a typo copied into several spellings); or, with the same shape (ending and
    syllables, see :func:`namefold.keys.phonetic.surname_info`) and vowels that romanizations swap
    (:func:`_vowels_alike`), the same skeleton, the same metaphone code or skeletons one
    confusable consonant apart (French ``Loukachenko`` / ``Lukashenko``).

    A typo and a romanization may meet in one pair: fold keys equal or one vowel apart once
    their consonants are read as skeleton classes are alike too (German ``Kosodmow``, a typo,
    and ``Kosodumov``: ``kazadmau`` / ``kasadumau``, ``z`` read as ``s``).
    """
    a, b = surname_info(sa), surname_info(sb)
    ka, kb = a.key, b.key
    if ka == kb or _one_vowel_apart(ka, kb) or _french_j(a.french, kb) or _french_j(b.french, ka):
        return True
    if _sk_and_tsk(a.sk, b.sk):
        return False
    ca, cb = consonant_classes(ka), consonant_classes(kb)
    if ca == cb or _one_vowel_apart(ca, cb):
        return True
    if a.ending != b.ending or a.syllables != b.syllables or not _vowels_alike(ka, kb):
        return False
    return _sounds_like(a.skeleton, a.metaphone, b.skeleton, b.metaphone) is not None or _confusable(
        a.skeleton, b.skeleton
    )


# Vowels that one romanization writes for another's after folding: e / a (я, ё as
# ``yo`` or ``e``: Tsepkala / Tsapkala, Gorbachev / Gorbachov), e / i (Ukrainian і:
# Biletski / Beletski), i / y. Not i / a: Mitskevich and Matskevich are two surnames.
_VOWEL_SWAPS = frozenset(frozenset(pair) for pair in ("ea", "ei", "iy", "ey"))


def _vowels_alike(ka: str, kb: str) -> bool:
    """Whether each vowel group of one key matches the other's in place: equal, one
    letter swapped as in ``_VOWEL_SWAPS`` (``eu`` / ``au``), or one letter more
    (``yau`` / ``yu``, French ``iou``)."""
    return all(
        _vowel_group_alike(x, y)
        for x, y in zip(VOWEL_GROUP.findall(ka), VOWEL_GROUP.findall(kb), strict=False)
    )


def _vowel_group_alike(x: str, y: str) -> bool:
    if x == y:
        return True
    if len(x) == len(y):
        swaps = [frozenset(pair) for pair in zip(x, y, strict=True) if pair[0] != pair[1]]
        return len(swaps) == 1 and swaps[0] in _VOWEL_SWAPS
    return _extra_letter(x, y) is not None


def _one_vowel_apart(ka: str, kb: str) -> bool:
    """Whether deleting one vowel from the longer key gives the shorter (``timurava`` /
    ``timrava``)."""
    extra = _extra_letter(ka, kb)
    return extra is not None and extra in "aeiouy"


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different strings are one edit apart: one letter inserted, deleted or
    replaced, or two adjacent letters swapped (Damerau-Levenshtein distance 1).

    Cheaper than computing the distance, which the surname and given-name rules need
    only to know whether it is 1. It runs for millions of surname pairs, so it is a plain
    loop to the first difference: a generator costs twice as much.
    """
    size = len(a)
    if size != len(b):
        return _extra_letter(a, b) is not None
    at = 0
    while at < size and a[at] == b[at]:
        at += 1
    if at == size:  # the same string
        return False
    if a[at + 1 :] == b[at + 1 :]:  # one letter replaced
        return True
    return a[at + 2 :] == b[at + 2 :] and a[at] == b[at + 1] and a[at + 1] == b[at]


def _extra_letter(a: str, b: str) -> str | None:
    """The letter whose deletion from the longer of ``a`` and ``b`` gives the shorter, if
    one does (the first such letter)."""
    if len(a) == len(b) + 1:
        longer, shorter = a, b
    elif len(b) == len(a) + 1:
        longer, shorter = b, a
    else:
        return None
    size = len(shorter)
    at = 0
    while at < size and longer[at] == shorter[at]:
        at += 1
    return longer[at] if longer[at + 1 :] == shorter[at:] else None


def surname_factor(sa: str, sb: str) -> float:
    """The surname factor of two core surnames (symmetric; cached without building evidence)."""
    return _symmetric_surname_rule(sa, sb)[1]


def _initial_fits(letter: str, name: str) -> bool:
    forms = (name, fold(name).key, *aliases(name))
    return any(form.startswith(letter) for form in forms)


@cached(PAIRS)
def _given_pair(ga: str, gb: str) -> Evidence:
    ev = functools.partial(_item, "given", ga, gb)

    if ga == gb:
        return ev("identical", GIVEN_IDENTICAL)
    if len(ga) == 1 or len(gb) == 1:
        if len(ga) == 1 and len(gb) == 1:
            return ev("different initials", 0.0, conflict=True)
        letter, name = (ga, gb) if len(ga) == 1 else (gb, ga)
        if _initial_fits(letter, name):
            return ev("initial", GIVEN_INITIAL, f"{letter}. fits {name}")
        return ev("initial", 0.0, f"{letter}. does not fit {name}", conflict=True)
    ka, kb = fold(ga[:_MAX_TOKEN]).key, fold(gb[:_MAX_TOKEN]).key
    if ka == kb:
        return ev("romanization", GIVEN_ROMANIZATION, f"both fold to {ka}")
    groups_a, groups_b = name_groups(ga), name_groups(gb)
    shared = groups_a & groups_b
    if shared:
        return ev("alias", GIVEN_ALIAS, f"given-name group {', '.join(sorted(shared))}")
    nick_a, nick_b = nickname_groups(ga), nickname_groups(gb)
    # Most names have no nickname group: then no set needs building.
    shared = (
        (nick_a & groups_b) | (nick_b & groups_a) | (nick_a & nick_b) if nick_a or nick_b else frozenset()
    )
    if shared:
        return ev("nickname", GIVEN_NICKNAME, f"nickname of {', '.join(sorted(shared))}")
    if (groups_a or nick_a) and (groups_b or nick_b):
        return ev("different names", 0.0, "different given-name groups", conflict=True)
    if min(len(ka), len(kb)) >= _MIN_GIVEN_TYPO and one_edit_apart(ka, kb):
        return ev("typo", GIVEN_TYPO, f"keys {ka} / {kb} one edit apart")
    return ev("different names", 0.0, f"keys {ka} / {kb}", conflict=True)


def _given(a: ParsedName, b: ParsedName) -> Evidence:
    if not a.given and not b.given:
        return _item("given", "", "", "absent", 1.0)
    if not a.given or not b.given:
        left, right = " ".join(a.given), " ".join(b.given)
        return _item("given", left, right, "missing", GIVEN_MISSING)
    return _given_pair(a.given[0], b.given[0])


@cached(FEWER_PAIRS)
def _patronymic_pair(pa: str, pb: str) -> Evidence:
    ev = functools.partial(_item, "patronymic", pa, pb)

    if pa == pb:
        return ev("identical", 1.0)
    if len(pa) == 1 or len(pb) == 1:
        letter, other = (pa, pb) if len(pa) == 1 else (pb, pa)
        if other.startswith(letter) or _initial_fits(letter, patronymic_stem(other)):
            return ev("initial", PATRONYMIC_MATCH)
        return ev("initial", 0.0, f"{letter}. does not fit {other}", conflict=True)
    stem_a, stem_b = patronymic_stem(pa), patronymic_stem(pb)
    if fold(pa).key == fold(pb).key or name_groups(stem_a) & name_groups(stem_b):
        return ev("same father", PATRONYMIC_MATCH, f"father's name {stem_a} / {stem_b}")
    if jellyfish.damerau_levenshtein_distance(fold(pa).key, fold(pb).key) <= 2:
        return ev("typo", PATRONYMIC_NEAR)
    if name_groups(stem_a) and name_groups(stem_b):
        return ev("different", 0.0, f"father's names {stem_a} / {stem_b} differ", conflict=True)
    return ev("unverified", PATRONYMIC_UNVERIFIED, f"father's name {stem_a} / {stem_b} not in the table")


def _gender(a: ParsedName, b: ParsedName) -> Evidence | None:
    if a.surname_gender and b.surname_gender and a.surname_gender != b.surname_gender:
        detail = f"{a.core_surname} is {a.surname_gender}, {b.core_surname} is {b.surname_gender}"
        return _item("gender", a.surname_gender, b.surname_gender, "surname form", 0.0, detail, conflict=True)
    if a.gender and b.gender and a.gender != b.gender:
        detail = "; ".join((*a.gender_hints, *b.gender_hints))
        return _item("gender", a.gender, b.gender, "gender", 0.0, detail, conflict=True)
    return None


_EXPLICIT_ORDER = frozenset({"comma", "capitals"})


def _evidence(a: ParsedName, b: ParsedName) -> tuple[Evidence, ...]:
    found = [_surname(a, b), _given(a, b)]
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
        found.append(_order_item(a.order, a.order_reason, b.order, b.order_reason))
    return tuple(found)


@cached(CHOICES)
def _order_item(order_a: str, reason_a: str, order_b: str, reason_b: str) -> Evidence:
    detail = f"{order_a} ({reason_a}) / {order_b} ({reason_b})"
    return _item("order", order_a, order_b, "different order", ORDER_DIFFERENT, detail)


def _crossed(a: ParsedName, b: ParsedName) -> bool:
    """True if a given name of one name folds like the other's surname (a possible swap)."""
    # Plain tests, not any() over a generator: read for most pairs of two different people.
    if a.given and fold(a.given[0]).key == fold(b.core_surname).key:
        return True
    return bool(b.given) and fold(b.given[0]).key == fold(a.core_surname).key


def _flip(name: ParsedName) -> ParsedName | None:
    if name.kind != "full" or len(name.given) != 1 or len(name.surname) != 1 or name.patronymic:
        return None
    other: Order = "family-first" if name.order == "given-first" else "given-first"
    return parse(name.original, order=other)


def _as_parsed(value: str | ParsedName, order: Order) -> ParsedName:
    if isinstance(value, ParsedName):
        return value
    return parse(value, order=order)  # parse refuses a non-string


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
    score, evidence = score_parsed(left, right)
    return Comparison(left=left, right=right, score=score, evidence=evidence)


def score_parsed(left: ParsedName, right: ParsedName) -> tuple[float, tuple[Evidence, ...]]:
    """The score and evidence of :func:`compare` for two parsed names, without the ``Comparison``."""
    evidence = _evidence(left, right)
    score = combine(evidence)
    if score < 0.5 and left.kind == "full" and right.kind == "full" and _crossed(left, right):
        for x, y in ((left, _flip(right)), (_flip(left), right)):
            if x is None or y is None:
                continue
            straight = tuple(e for e in _evidence(x, y) if e.feature != "order")
            swap = _item(
                "order",
                left.order,
                right.order,
                "swapped",
                ORDER_SWAPPED,
                "given name and surname trade places",
            )
            swapped = (*straight, swap)
            if combine(swapped) > score:
                evidence, score = swapped, combine(swapped)
    return score, evidence


def explain(a: str | ParsedName, b: str | ParsedName, *, order: Order = "auto") -> str:
    """:func:`compare` as readable text: one line per piece of evidence, then the product."""
    return compare(a, b, order=order).explain()
