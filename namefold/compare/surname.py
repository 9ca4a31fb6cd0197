"""The surname rules: the factor and evidence of two core surnames, and whether two
surnames differ the way romanizations differ (:func:`sounds_alike`).

The rules read what :func:`namefold.keys.phonetic.surname_info` reads of each surname
(fold key, skeleton, metaphone, ending and syllables, French key, -sk- ending); the
first rule that applies decides. Factors are documented in docs/pipeline.md.
"""

from __future__ import annotations

import jellyfish

from namefold.compare.edits import extra_letter, one_edit_apart
from namefold.compare.model import Evidence, evidence
from namefold.compare.parts import SURNAME_PART, double_surname, has_parts
from namefold.compare.short import SURNAME_SHORT_TYPO, short_typo
from namefold.engine.caches import FEWER_PAIRS, PAIRS, cached
from namefold.keys.phonetic import VOWEL_GROUP, surname_info
from namefold.names.model import ParsedName
from namefold.text.fold import CONFUSABLE_PAIRS, MIN_NEAR_SKELETON, consonant_classes

__all__ = [
    "SURNAME_IDENTICAL",
    "SURNAME_METAPHONE",
    "SURNAME_MISSING",
    "SURNAME_NEAR",
    "SURNAME_ROMANIZATION",
    "SURNAME_SKELETON",
    "SURNAME_TYPO",
    "SURNAME_TYPO2",
    "SURNAME_TYPOS",
    "sounds_alike",
    "surname_evidence",
    "surname_factor",
    "surname_fold_key",
]

SURNAME_IDENTICAL = 1.0
SURNAME_ROMANIZATION = 0.96
SURNAME_TYPO = 0.9
SURNAME_SKELETON = 0.88
SURNAME_METAPHONE = 0.86
SURNAME_TYPO2 = 0.82
SURNAME_NEAR = 0.8
SURNAME_MISSING = 0.8
SURNAME_TYPOS = 0.7
_MIN_PLAIN_TYPO = 4  # letters both spellings need before one edit of the spelling itself is a typo
_MIN_TYPO = 5  # letters both fold keys need before one edit is read as a typo
_MIN_PLAIN_TYPO2 = 7  # letters both spellings need before two edits of the spelling are typos


def surname_evidence(a: ParsedName, b: ParsedName) -> Evidence:
    """The surname evidence of two parsed names: absent, missing on one side, the rule
    their core surnames meet, or, when that is weaker, one surname a part of the other's
    double surname (:func:`namefold.compare.parts.double_surname`)."""
    sa, sb = a.core_surname, b.core_surname
    if not sa and not sb:
        return evidence("surname", "", "", "absent", 1.0)
    if not sa or not sb:
        return evidence("surname", sa, sb, "missing", SURNAME_MISSING)
    found = _surname_pair(sa, sb)
    if found.factor < SURNAME_PART and (has_parts(a) or has_parts(b)):
        part = double_surname(a, b) or double_surname(b, a)
        if part:
            return evidence("surname", sa, sb, "surname parts", SURNAME_PART, part)
    return found


@cached(PAIRS)
def _surname_pair(sa: str, sb: str) -> Evidence:
    rule, factor = _symmetric_surname_rule(sa, sb)
    return evidence("surname", sa, sb, rule, factor, _surname_detail(rule, factor, sa, sb))


def surname_factor(sa: str, sb: str) -> float:
    """The surname factor of two core surnames (symmetric; cached without building evidence)."""
    return _symmetric_surname_rule(sa, sb)[1]


def surname_fold_key(surname: str) -> str:
    """The fold key the surname rules read of a core surname."""
    return surname_info(surname).key


def _symmetric_surname_rule(sa: str, sb: str) -> tuple[str, float]:
    """:func:`_surname_rule`, cached for the pair in either order: the candidate index
    judges each pair of neighbouring surnames, and the scoring of their names reads the
    same rule back."""
    return _ordered_surname_rule(sa, sb) if sa <= sb else _ordered_surname_rule(sb, sa)


@cached(PAIRS)
def _ordered_surname_rule(sa: str, sb: str) -> tuple[str, float]:
    return _surname_rule(sa, sb)


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
    if min(len(sa), len(sb)) >= _MIN_PLAIN_TYPO and one_edit_apart(sa, sb):
        return "typo", SURNAME_TYPO
    if short_typo(sa, sb):  # tow / tqow, rya / ryan (compare.short)
        return "short typo", SURNAME_SHORT_TYPO
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
        if min(len(sa), len(sb)) >= _MIN_PLAIN_TYPO2 and jellyfish.damerau_levenshtein_distance(sa, sb) == 2:
            return "typo", SURNAME_TYPO2  # two typos in the spelling itself (silvestrino / silvetsrhino)
    similarity = jellyfish.jaro_winkler_similarity(ka, kb)
    if ending and similarity >= 0.8 and _confusable(xa, xb):
        return "phonetic-near", SURNAME_NEAR
    if min(len(sa), len(sb)) >= _MIN_PLAIN_TYPO and jellyfish.damerau_levenshtein_distance(sa, sb) == 2:
        # two typos of one surname (glsas / glgss, both typos of glass): too weak for an edge,
        # enough to keep a cluster of its typos together on average
        return "typos", max(SURNAME_TYPOS, round(0.7 * similarity, 4))
    return "different", round(0.7 * similarity, 4)


def _surname_detail(rule: str, factor: float, sa: str, sb: str) -> str:
    """The readable detail of the rule that :func:`_surname_rule` found for two surnames."""
    if rule == "identical":
        return ""
    a, b = surname_info(sa), surname_info(sb)
    ka, kb = a.key, b.key
    if rule == "romanization" and ka == kb:
        return f"both fold to {ka} ({', '.join(sorted(set(a.rules) | set(b.rules)))})"
    if rule == "romanization":
        french, key = (sa, kb) if _french_j(a.french, kb) else (sb, ka)
        return f"{french} read as French (j ж, ch ш, ou у) folds to {key}"
    if rule == "typo":
        return f"keys {ka} / {kb} {'one edit' if factor == SURNAME_TYPO else 'two edits'} apart"
    if rule == "short typo":
        return f"three-letter surname, spellings {sa} / {sb} one edit apart"
    if rule == "phonetic":
        return f"same consonant skeleton {a.skeleton}"
    if rule == "metaphone":
        return f"same metaphone {a.metaphone}"
    if rule == "phonetic-near":
        return f"skeletons {a.skeleton} / {b.skeleton} differ in one confusable consonant"
    return f"Jaro-Winkler {jellyfish.jaro_winkler_similarity(ka, kb):.2f} on {ka} / {kb}"


def _sounds_like(xa: str, ma: str, xb: str, mb: str) -> str | None:
    """The phonetic rule (``phonetic`` or ``metaphone``) that two surnames of one shape
    meet: the same consonant skeleton or the same metaphone code, three letters or more."""
    if xa == xb and len(xa) >= 3:
        return "phonetic"
    if ma == mb and len(ma) >= 3:
        return "metaphone"
    return None


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
    xa, xb = a.skeleton, b.skeleton
    return _sounds_like(xa, a.metaphone, xb, b.metaphone) is not None or _confusable(xa, xb)


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
    return extra_letter(x, y) is not None


def _one_vowel_apart(ka: str, kb: str) -> bool:
    """Whether deleting one vowel from the longer key gives the shorter (``timurava`` /
    ``timrava``)."""
    extra = extra_letter(ka, kb)
    return extra is not None and extra in "aeiouy"
