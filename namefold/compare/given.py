"""The given-name rules: the factor and evidence of two names' first given names, an
initial on either side included.

Given names agree by the given-name tables (a shared group, or a nickname of it) or
by their fold keys (the same key, or keys one typo apart when neither is listed);
two listed names of different groups conflict. Factors are documented in
docs/pipeline.md.
"""

from __future__ import annotations

import jellyfish

from namefold.compare.chinese import chinese_given_evidence
from namefold.compare.edits import one_edit_apart
from namefold.compare.model import Evidence, evidence
from namefold.compare.sinitic import sinitic_given_evidence
from namefold.engine.caches import FEWER_WORDS, PAIRS, cached
from namefold.keys.phonetic import given_fold_key
from namefold.names.given import (
    aliases,
    given_gender,
    is_listed_given,
    is_rare_spelling_of,
    is_table_given,
    name_groups,
    nickname_groups,
    shared_formal,
)
from namefold.names.korean import KoreanMatch, korean_given_match
from namefold.names.model import ParsedName
from namefold.text.fold import fold

__all__ = [
    "initial_letters",
    "GIVEN_ALIAS",
    "GIVEN_IDENTICAL",
    "GIVEN_INITIAL",
    "GIVEN_MISSING",
    "GIVEN_NICKNAME",
    "GIVEN_ROMANIZATION",
    "GIVEN_TWO_TYPOS",
    "GIVEN_TYPO",
    "MIN_GIVEN_TYPO",
    "MIN_TWO_TYPOS",
    "given_evidence",
    "initial_fits",
    "middle_evidence",
    "spelling_typo",
]

GIVEN_IDENTICAL = 1.0
GIVEN_ROMANIZATION = 0.99
GIVEN_ALIAS = 0.98
GIVEN_NICKNAME = 0.95
GIVEN_INITIAL = 0.92
GIVEN_TYPO = 0.9
GIVEN_TWO_TYPOS = 0.75
GIVEN_MISSING = 0.85
MIN_GIVEN_TYPO = 4  # letters both fold keys need before one edit is read as a typo
# edits the spellings of a typo between fold keys may differ by: folding joins romanizations
# (zmitser / zmicier, two), not names that only fold alike (connor / tanar, callie / kyle: four)
_MAX_KEY_TYPO_SPELLING = 3
MIN_TWO_TYPOS = 4  # letters both spellings need before two edits are read as typos
_FEMININE_ENDINGS = frozenset({"a", "e", "ia", "ina", "ine", "ette", "elle"})


def given_evidence(a: ParsedName, b: ParsedName) -> Evidence:
    """The given-name evidence of two parsed names: absent, missing on one side, or the
    rule their first given names meet."""
    if not a.given and not b.given:
        return evidence("given", "", "", "absent", 1.0)
    if not a.given or not b.given:
        left, right = " ".join(a.given), " ".join(b.given)
        return evidence("given", left, right, "missing", GIVEN_MISSING)
    found = chinese_given_evidence(a, b) or sinitic_given_evidence(a, b)
    return found or _given_pair(a.given[0], b.given[0])


def initial_fits(letter: str, name: str) -> bool:
    """Whether an initial may stand for ``name``: the name, its fold key or one of its
    aliases (:func:`namefold.names.given.aliases`) starts with it."""
    if len(letter) == 1:
        return letter in initial_letters(name)
    forms = (name, fold(name).key, *aliases(name))
    return any(form.startswith(letter) for form in forms)


@cached(FEWER_WORDS)
def initial_letters(name: str) -> frozenset[str]:
    """The letters an initial of ``name`` may be (:func:`initial_fits`): the first letters of
    the name, its fold key and its aliases (``viktor``: ``v``, ``w``)."""
    return frozenset(form[0] for form in (name, fold(name).key, *aliases(name)) if form)


@cached(PAIRS)
def _given_pair(ga: str, gb: str) -> Evidence:
    if ga == gb:
        return evidence("given", ga, gb, "identical", GIVEN_IDENTICAL)
    if len(ga) == 1 or len(gb) == 1:
        return _initial(ga, gb)
    if (korean := korean_given_match(ga, gb)) is not None:
        return _korean(ga, gb, korean)
    ka, kb = given_fold_key(ga), given_fold_key(gb)
    if ka == kb:
        return evidence("given", ga, gb, "romanization", GIVEN_ROMANIZATION, f"both fold to {ka}")
    groups_a, groups_b = name_groups(ga), name_groups(gb)
    shared = groups_a & groups_b
    if shared:
        detail = f"given-name group {', '.join(sorted(shared))}"
        return evidence("given", ga, gb, "alias", GIVEN_ALIAS, detail)
    nick_a, nick_b = nickname_groups(ga), nickname_groups(gb)
    # Most names have no nickname group: then no set needs building.
    shared = (
        (nick_a & groups_b) | (nick_b & groups_a) | (nick_a & nick_b) if nick_a or nick_b else frozenset()
    )
    if shared:
        detail = f"nickname of {', '.join(sorted(shared))}"
        return evidence("given", ga, gb, "nickname", GIVEN_NICKNAME, detail)
    formal = shared_formal(ga, gb)
    if formal:
        detail = f"short form of {', '.join(sorted(formal)[:3])}"
        return evidence("given", ga, gb, "nickname", GIVEN_NICKNAME, detail)
    if (groups_a or nick_a) and (groups_b or nick_b):
        detail = "different given-name groups"
        return evidence("given", ga, gb, "different names", 0.0, detail, conflict=True)
    if _gendered_forms(ga, gb):
        detail = "a masculine name and its feminine form"
        return evidence("given", ga, gb, "different gender", 0.0, detail, conflict=True)
    return _typo(ga, gb, ka, kb)


def _typo(ga: str, gb: str, ka: str, kb: str) -> Evidence:
    """Two given names in no shared group: a typo, or different names.

    Fold keys one edit apart (with spellings at most three edits apart), or spellings one
    edit apart, are a typo. Two names the tables (the census list included) both list must
    be one edit apart in both, unless one is a rare spelling of the other (Micheal /
    Michael): Edmond / Edmund are a typo, Blake / Brooke (keys blake / brake) and Sonja /
    Zane (sane / zane) are different names. Two spellings not both listed may be two edits
    apart, at a lower factor (msrion / jarion, two typos of marion; tabhta / tabitha), as may
    a spelling the tables do not list one edit from a listed name that is the other's, or its
    alias or nickname (feank / frankie: a typo of frank, and a nickname of it).
    """
    key_typo = (
        min(len(ka), len(kb)) >= MIN_GIVEN_TYPO
        and one_edit_apart(ka, kb)
        and jellyfish.damerau_levenshtein_distance(ga, gb) <= _MAX_KEY_TYPO_SPELLING
    )
    spelled = spelling_typo(ga, gb)
    listed = is_listed_given(ga) + is_listed_given(gb)
    if listed == 2 and not (is_rare_spelling_of(ga, gb) or is_rare_spelling_of(gb, ga)):
        key_typo = spelled = key_typo and spelled
    if key_typo:
        return evidence("given", ga, gb, "typo", GIVEN_TYPO, f"keys {ka} / {kb} one edit apart")
    if spelled:
        return evidence("given", ga, gb, "typo", GIVEN_TYPO, f"spellings {ga} / {gb} one edit apart")
    if listed < 2 and _two_typos(ga, gb):
        return evidence("given", ga, gb, "typos", GIVEN_TWO_TYPOS, f"spellings {ga} / {gb} two edits apart")
    if listed == 1:
        unlisted, other = (gb, ga) if is_listed_given(ga) else (ga, gb)
        for near in _listed_neighbours(unlisted):
            found = _given_pair(near, other)
            if found.rule in _SAME_NAME:
                detail = f"{unlisted} one edit from {near}, {found.rule} of {other}"
                return evidence("given", ga, gb, "typos", GIVEN_TWO_TYPOS, detail)
    return evidence("given", ga, gb, "different names", 0.0, f"keys {ka} / {kb}", conflict=True)


_SAME_NAME = frozenset({"identical", "romanization", "alias", "nickname"})
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@cached(FEWER_WORDS)
def _listed_neighbours(name: str) -> tuple[str, ...]:
    """The given names the tables list (with a group or as a nickname) one edit from
    ``name``, a name of :data:`MIN_GIVEN_TYPO` letters or more that they do not list:
    what a typo may have been made in (``feank``: ``frank``; ``arth8r``, a misread letter:
    ``arthur``)."""
    if len(name) < MIN_GIVEN_TYPO or not name.isascii() or not name.isalnum() or name.isdigit():
        return ()
    edits = {name[:k] + name[k + 1 :] for k in range(len(name))}
    edits.update(name[:k] + name[k + 1] + name[k] + name[k + 2 :] for k in range(len(name) - 1))
    for k in range(len(name) + 1):
        for letter in _LETTERS:
            edits.add(name[:k] + letter + name[k:])
            if k < len(name):
                edits.add(name[:k] + letter + name[k + 1 :])
    edits.discard(name)
    return tuple(
        sorted(
            e
            for e in edits
            if len(e) >= MIN_GIVEN_TYPO and is_table_given(e) and (name_groups(e) or nickname_groups(e))
        )
    )


def _two_typos(ga: str, gb: str) -> bool:
    """Two spellings of :data:`MIN_TWO_TYPOS` letters or more, two edits apart
    (Damerau-Levenshtein): msrion / jarion, two typos of marion."""
    return min(len(ga), len(gb)) >= MIN_TWO_TYPOS and jellyfish.damerau_levenshtein_distance(ga, gb) <= 2


def spelling_typo(ga: str, gb: str) -> bool:
    """Whether two given names are one typo apart as written, where folding may move them
    apart (jacob / jecob fold to yakab / ekab): one edit when both have
    :data:`MIN_GIVEN_TYPO` letters; with three letters, two adjacent letters swapped
    (zoe / zeo), or one edit of a name the tables list into a spelling they do not (zoe /
    zoed, erin / ern: not xia / xiu, two syllables nobody lists)."""
    shorter = min(len(ga), len(gb))
    if shorter >= MIN_GIVEN_TYPO:
        return one_edit_apart(ga, gb)
    if shorter != 3 or not one_edit_apart(ga, gb):
        return False
    return sorted(ga) == sorted(gb) or is_listed_given(ga) != is_listed_given(gb)


def _korean(ga: str, gb: str, korean: KoreanMatch) -> Evidence:
    """Two Korean given names (:func:`namefold.names.korean.korean_given_match`): one name when
    their syllables read alike in every romanization, else different names (no typo: Jong-il
    and Jong-pil are two people)."""
    ka, kb = korean.keys
    how = "read loosely (Cyrillic)" if korean.loose else "Korean syllables"
    if korean.same:
        return evidence("given", ga, gb, "romanization", GIVEN_ROMANIZATION, f"{how}: both {ka}")
    return evidence("given", ga, gb, "different names", 0.0, f"{how}: {ka} / {kb}", conflict=True)


def _gendered_forms(ga: str, gb: str) -> bool:
    """Whether one name is the other with a feminine ending (Robert / Roberta, Daniel /
    Daniela, Paul / Pauline), the shorter a man's name the tables list (so a typo that
    drops a letter, Charlie / Charli, is not read as a masculine form)."""
    short, long = (ga, gb) if len(ga) < len(gb) else (gb, ga)
    return (
        len(short) >= 3
        and long.startswith(short)
        and long[len(short) :] in _FEMININE_ENDINGS
        and given_gender(short) == "m"
    )


def middle_evidence(a: ParsedName, b: ParsedName) -> Evidence | None:
    """A conflict when two names with middle names disagree on the first of them (George W.
    Bush / George H. W. Bush), else ``None``. A middle name missing on one side agrees.

    The middle names are the given names after the first, then an initial read as the
    patronymic (``George W. Bush``); a spelled-out patronymic is the patronymic rule's. Two
    initials differ, an initial fits a name or not, and two names conflict only when the
    given-name tables place both, in different groups.
    """
    left = _middles(a)
    right = _middles(b)
    if not left or not right or left[0] == right[0]:
        return None
    x, y = left[0], right[0]
    if len(x) == 1 or len(y) == 1:
        letter, name = (x, y) if len(x) == 1 else (y, x)
        if len(name) > 1 and initial_fits(letter, name):
            return None
    elif not (_given_pair(x, y).conflict and name_groups(x) and name_groups(y)):
        return None
    return evidence("middle", x, y, "different", 0.0, f"middle names {x} / {y}", conflict=True)


def _middles(name: ParsedName) -> tuple[str, ...]:
    patronymic = name.patronymic
    if patronymic is not None and len(patronymic) == 1:
        return (*name.given[1:], patronymic)
    return name.given[1:]


def _initial(ga: str, gb: str) -> Evidence:
    """Two different first given names, one or both an initial."""
    if len(ga) == 1 and len(gb) == 1:
        return evidence("given", ga, gb, "different initials", 0.0, conflict=True)
    letter, name = (ga, gb) if len(ga) == 1 else (gb, ga)
    if initial_fits(letter, name):
        return evidence("given", ga, gb, "initial", GIVEN_INITIAL, f"{letter}. fits {name}")
    return evidence("given", ga, gb, "initial", 0.0, f"{letter}. does not fit {name}", conflict=True)
