"""Stage 3: romanization folding of one name token.

``fold`` applies the ordered rules of ``data/fold_rules.tsv`` to a normalized
token so that spellings of one Cyrillic name in different romanization systems
reach one key (``lukashenka``, ``lukashenko``, ``lukaschenko``, ``loukachenko``
and ``lukaszenka`` all fold to ``lukashenka``). ``skeleton`` goes further and
keeps only consonant classes, for phonetic evidence and blocking.
"""

from __future__ import annotations

import re

import attrs

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, WORDS, cached
from namefold.errors import require_str

__all__ = ["Folded", "ending_of", "fold", "skeleton"]

_NON_LETTERS = re.compile(r"[^a-z]+")


@attrs.frozen
class Folded:
    """A folded token: its ``key`` and the ids of the rules that changed it."""

    token: str
    key: str
    rules: tuple[str, ...]


@cached(WORDS, text="token")
def fold(token: str) -> Folded:
    """Fold one normalized token to its romanization key.

    Args:
        token: a lowercase ASCII token, as produced by :func:`namefold.normalize`.
            Anything that is not ``a``-``z`` (hyphens, digits) is dropped first.

    Examples:
        >>> fold("lukaszenka").key == fold("lukashenko").key == fold("lukaschenko").key
        True
        >>> fold("kolesnikova").key
        'kalesnikava'
    """
    require_str(token, "token")
    key = _NON_LETTERS.sub("", token.lower())
    fired = []
    for rule in tables.fold_rules():
        if rule.needle not in key:  # cannot match: skip the regular expression
            continue
        changed = rule.pattern.sub(rule.substitute, key)
        if changed != key:
            fired.append(rule.id)
            key = changed
    return Folded(token, key, tuple(fired))


_CONSONANT_CLASSES = (
    (re.compile(r"shch|sh|zh"), "S"),
    (re.compile(r"ch|g"), "G"),
    (re.compile(r"ts|z"), "s"),
)
# After the classes, doubled letters are read once and then vowels dropped (in that order:
# a vowel between two equal consonants keeps them two).
_SKELETON_REDUCTIONS = (
    (re.compile(r"([a-zA-Z])\1+"), tables.replacer(r"\1")),
    (re.compile(r"(?<=.)[aeiouy]+"), ""),
    (re.compile(r"^[aeiouy]+"), "a"),
)


def _read_classes(key: str) -> str:
    for pattern, replacement in _CONSONANT_CLASSES:
        key = pattern.sub(replacement, key)
    return key


@cached(FEWER_WORDS)
def consonant_classes(key: str) -> str:
    """A fold key with its consonants read as skeleton classes and its vowels kept
    (``kazadmau`` -> ``kasadmau``): :func:`skeleton` without dropping vowels."""
    return _read_classes(key)


@cached(WORDS, text="key")
def skeleton(key: str) -> str:
    """Reduce a fold key to consonant classes: vowels dropped after the first letter,
    ``sh``/``zh``/``shch`` -> ``S``, ``ch``/``g`` (from ``h``, ``kh``) -> ``G``, ``ts``/``z`` -> ``s``,
    a letter written twice in a row read once. Two consonants that a vowel separates stay
    two: ``bobrovich`` is ``bbrvG``, not the ``brvG`` of ``borovich``.

    Examples:
        >>> skeleton(fold("tsikhanouski").key) == skeleton(fold("cichanouski").key)
        True
        >>> skeleton("bobrovich"), skeleton("borovich")
        ('bbrvG', 'brvG')
    """
    key = _read_classes(key)
    for pattern, replacement in _SKELETON_REDUCTIONS:
        key = pattern.sub(replacement, key)
    return key


# Skeleton classes that one romanization can write as another: ts/c/z as t or s
# (German "Zichanouskaja"), c/ch/kh as k or G when a diacritic is lost ("Viacorka"
# for "Viačorka"), s/sh/ch with or without the hacek.
CONFUSABLE_PAIRS = frozenset(frozenset(pair) for pair in ("ts", "kG", "sS", "sG", "SG"))
MIN_NEAR_SKELETON = 4  # consonants a skeleton needs before one confusable letter may differ
_CONFUSABLE_LETTERS = str.maketrans(dict.fromkeys("tsSGk", "C"))


_FRENCH_CH = re.compile(r"(?<!t)ch")  # ch is ш; tch stays ч


def french_key(token: str) -> str:
    """The fold key of ``token`` read as French transcription of Russian, or ``""`` if the
    token has no ``j`` and no ``ou``: ``j`` is ж (``zh``), ``ch`` (not in ``tch``) is ш,
    ``ou`` is у.

    ``j`` is й in German, Polish, Czech and ICAO spellings but ж in French ones, ``ch`` is ч
    in English, ``ou`` is оў in Belarusian; the orthography and fold rules read them as
    French only where the word shows a French marker. An unmarked ``Jelezogorova``,
    ``Nojouchkin`` or ``Legkolioubouchkina`` keeps both readings: its key, and this one.

    Examples:
        >>> french_key("kojevnikov") == fold("kozhevnikov").key
        True
        >>> french_key("nojouchkin") == fold("nozhushkin").key
        True
        >>> french_key("ivanov")
        ''
    """
    if "j" not in token and "ou" not in token:
        return ""
    return fold(_FRENCH_CH.sub("sh", token).replace("ou", "u").replace("j", "zh")).key


def confusable_key(skeleton_key: str) -> str:
    """A skeleton with every confusable class letter (``t s S G k``) written ``C``: two
    skeletons that differ only in confusable letters share it.

    Examples:
        >>> confusable_key("tGnsk") == confusable_key("sGnsk")
        True
    """
    return skeleton_key.translate(_CONFUSABLE_LETTERS)


@cached(WORDS)
def ending_of(key: str) -> str:
    """The ending of a fold key: its last vowel and what follows (``lukashenka`` -> ``a``,
    ``kovalchuk`` -> ``uk``); the whole key if it has no vowel.

    Examples:
        >>> ending_of("lukashuk"), ending_of("ivanov"), ending_of("brr")
        ('uk', 'ov', 'brr')
    """
    for i in range(len(key) - 1, -1, -1):
        if key[i] in "aeiouy":
            return key[i:]
    return key
