"""Arabic names compared as Arabic names: the given names (ism), then the chain that follows
them (the father's name and his father's after ``bin`` / ``ibn``, a family, tribe or house), in
order, and names in the Arabic script or Hebrew against their romanizations.

A chain may leave out links (``Osama bin Laden`` / ``Osama bin Mohammed bin Awad bin Laden``)
and the family (``Mohammed bin Salman`` / ``Mohammed bin Salman Al Saud``): the shorter chain must
be found in the longer in order, a name after ``bin`` never standing for a family name. Two chains
that cannot be so aligned name different fathers (``Hamad bin Isa`` / ``Hamad bin Khalifa``,
``Abdullah Ahmed al-Hakim`` / ``Abdullah Yahya al-Hakim``): a conflict, when both are romanized.
A word in the script agrees with a romanized word that writes each of its letters
(:func:`namefold.text.abjad.word_matches`); a pair that does not agree across scripts is not a
conflict (the romanization may be one the letter table does not know), only no evidence.
"""

from __future__ import annotations

import re

from namefold.compare.given import given_evidence
from namefold.compare.model import Evidence, evidence
from namefold.compare.surname import surname_factor
from namefold.engine.caches import PAIRS, cached
from namefold.names.arabic import ArabicName, Element, arabic_reading, is_arabic_structured, without_prefix
from namefold.names.given import name_groups
from namefold.names.model import ParsedName
from namefold.text.abjad import is_abjad_word, latin_skeletons, transliterate, word_matches

__all__ = ["LATIN_SKELETON", "SCRIPT_MATCH", "arabic_evidence"]

SCRIPT_MATCH = 0.93  # a word in the script written by a romanized word
SCRIPT_SAME = 0.99  # two words in the script with one transliteration (Persian ی, Arabic ي)
PREFIX_DROPPED = 0.95  # a leading Muhammad on one side only
CHAIN_SHORTER = 0.98  # one chain has links or a family the other leaves out
CHAIN_MISSING = 0.85  # one name is a given name alone
GENERATION_MISSING = 0.75  # a regnal number on one side only (Abdullah II / Abdullah bin Abdulaziz)
LATIN_SKELETON = 0.9  # two romanizations that may write the same consonants (Rashid / Rached)
_MIN_SKELETON = 2
_VOWELS = re.compile(r"[aeiouy]+")
_LATIN_MATCH = 0.9  # given or surname factor two romanized words of a chain need (a typo, no less)
_KINDS = frozenset({"full", "given"})
_COMPATIBLE = {
    "link": frozenset({"link", "plain"}),
    "family": frozenset({"family", "plain"}),
    "plain": frozenset({"link", "family", "plain"}),
}


class _Match:
    """How two words agree: the rule and its factor; ``conflict`` when two romanized given
    names are different names."""

    __slots__ = ("conflict", "factor", "rule")

    def __init__(self, rule: str, factor: float, conflict: bool = False) -> None:
        self.rule, self.factor, self.conflict = rule, factor, conflict


_NONE = _Match("different", 0.0)


def _given_only(word: str) -> ParsedName:
    return ParsedName(original=word, display=word, given=(word,))


@cached(PAIRS)
def _words(x: str, y: str, ism: bool) -> _Match:
    """How two words of a chain (or two isms) agree."""
    if x == y:
        return _Match("identical", 1.0)
    script_x, script_y = is_abjad_word(x), is_abjad_word(y)
    if script_x and script_y:  # Hebrew and Arabic, Persian and Arabic spellings: their consonants
        if transliterate(x) == transliterate(y):  # ی / ي, ک / ك
            return _Match("script", SCRIPT_SAME)
        if _skeletons_meet(transliterate(x), transliterate(y)):
            return _Match("script", LATIN_SKELETON)
        return _NONE
    if script_x or script_y:
        word, latin = (x, y) if script_x else (y, x)
        return _Match("script", SCRIPT_MATCH) if word_matches(word, latin) else _NONE
    found = given_evidence(_given_only(x), _given_only(y))
    if not found.conflict and found.factor >= _LATIN_MATCH:
        return _Match(found.rule, found.factor)
    factor = surname_factor(x, y)
    if factor >= _LATIN_MATCH:
        return _Match("surname", factor)
    groups_x, groups_y = name_groups(x), name_groups(y)
    listed_apart = bool(groups_x) and bool(groups_y) and groups_x.isdisjoint(groups_y)
    if not listed_apart and _syllables(x) == _syllables(y) and _skeletons_meet(x, y):
        return _Match("romanization", LATIN_SKELETON)
    return _Match("different", 0.0, conflict=ism and found.conflict)


def _syllables(word: str) -> int:
    """Vowel groups of a romanized word: two romanizations of one name write the same number
    (Rashid / Rached), Salman and Suleiman do not."""
    return len(_VOWELS.findall(word))


def _skeletons_meet(x: str, y: str) -> bool:
    """Whether two romanized words may write the same consonants (:func:`latin_skeletons`),
    two of them at least."""
    shared = latin_skeletons(x) & latin_skeletons(y)
    return any(len(s) >= _MIN_SKELETON for s in shared)


def _align(short: tuple[Element, ...], long: tuple[Element, ...]) -> float | None:
    """The best product of word factors with which ``short`` is found in ``long`` in order
    (each element where its tag allows), or None. A last word with no article and no link (a
    family name: Muhammad Ali *Jinnah*) of the longer cannot be left out: it matches the
    other's last."""
    if long[-1].tag == "plain":
        last = _words(short[-1].word, long[-1].word, False).factor
        if not last:
            return None
        if len(short) == 1:
            return last
        rest = _subsequence(short[:-1], long[:-1])
        return None if rest is None else rest * last
    return _subsequence(short, long)


def _subsequence(short: tuple[Element, ...], long: tuple[Element, ...]) -> float | None:
    """:func:`_align` without the rule of the last word."""
    if len(short) > len(long):
        return None
    # best[j]: best factor with the elements of short so far matched within long[:j]
    best: list[float | None] = [1.0] * (len(long) + 1)
    for element in short:
        nxt: list[float | None] = [None] * (len(long) + 1)
        for j, other in enumerate(long, start=1):
            carried = nxt[j - 1]
            prior = best[j - 1]
            if prior is not None and other.tag in _COMPATIBLE.get(element.tag, _COMPATIBLE["plain"]):
                match = _words(element.word, other.word, False)
                if match.factor:
                    value = prior * match.factor
                    carried = value if carried is None or value > carried else carried
            nxt[j] = carried
        best = nxt
    return best[-1]


def _joined_ism(script: ArabicName, latin: ArabicName) -> ArabicName | None:
    """``latin`` with its ism and next word read as one, when the script writes them as one
    word (Persian ``محمدجواد``, Mohammad Javad)."""
    if len(latin.elements) < 2 or not script.elements:
        return None
    joined = latin.elements[0].word + latin.elements[1].word
    if not word_matches(script.elements[0].word, joined):
        return None
    return latin._replace(elements=(Element(joined, "ism"), *latin.elements[2:]))


def _ism_match(ra: ArabicName, rb: ArabicName) -> tuple[_Match, ArabicName, ArabicName]:
    match = _words(ra.elements[0].word, rb.elements[0].word, True)
    if match.factor:
        return match, ra, rb
    if ra.script != rb.script:
        script, latin = (ra, rb) if ra.script else (rb, ra)
        joined = _joined_ism(script, latin)
        if joined is not None:
            found = (script, joined) if ra.script else (joined, script)
            return _Match("script", SCRIPT_MATCH), *found
    for x, y in ((without_prefix(ra), rb), (ra, without_prefix(rb))):
        if x is not None and y is not None:
            inner = _words(x.elements[0].word, y.elements[0].word, True)
            if inner.factor:
                return _Match("prefix", inner.factor * PREFIX_DROPPED), x, y
    return match, ra, rb


def _ism_evidence(ra: ArabicName, rb: ArabicName) -> tuple[Evidence, ArabicName, ArabicName]:
    match, ra, rb = _ism_match(ra, rb)
    x, y = ra.elements[0].word, rb.elements[0].word
    found = evidence("given", x, y, match.rule, match.factor, conflict=match.conflict)
    return found, ra, rb


def _chain_evidence(ra: ArabicName, rb: ArabicName) -> Evidence:
    ta, tb = ra.elements[1:], rb.elements[1:]
    left, right = " ".join(e.word for e in ta), " ".join(e.word for e in tb)
    if not ta and not tb:
        return evidence("surname", "", "", "absent", 1.0)
    if not ta or not tb:
        return evidence("surname", left, right, "missing", CHAIN_MISSING)
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    factor = _align(short, long)
    if factor is None or not factor:
        # a different father conflicts; a last name the other lacks (Gamal Abdel Nasser
        # Hussein, his father's name) or a word across scripts is only no evidence
        conflict = not ra.script and not rb.script and not _subsequence(short, long)
        detail = "the chains of names (father, family) cannot be aligned"
        return evidence("surname", left, right, "different chain", 0.0, detail, conflict=conflict)
    factor = factor ** (1 / len(short))  # the geometric mean: a longer chain is no weaker
    if len(short) < len(long):
        factor *= CHAIN_SHORTER
    return evidence(
        "surname", left, right, "chain", round(factor, 4), "the shorter chain found in the longer"
    )


def arabic_evidence(a: ParsedName, b: ParsedName) -> tuple[Evidence, ...] | None:
    """The evidence of two names read as Arabic names, or None when neither is one (or a side
    is a surname or initials alone, which the ordinary rules read)."""
    arabic_a, arabic_b = is_arabic_structured(a), is_arabic_structured(b)
    if not (arabic_a or arabic_b):
        return None
    if (a.kind not in _KINDS and not arabic_a) or (b.kind not in _KINDS and not arabic_b):
        return None
    ra, rb = arabic_reading(a), arabic_reading(b)
    if not ra.elements or not rb.elements:
        return None
    given, ra, rb = _ism_evidence(ra, rb)
    found = [given, _chain_evidence(ra, rb)]
    if ra.generation != rb.generation:
        ga, gb = ra.generation or "", rb.generation or ""
        if ga and gb:
            detail = f"{ga} / {gb}"
            found.append(evidence("generation", ga, gb, "different", 0.0, detail, conflict=True))
        elif len(ra.elements) == 1 or len(rb.elements) == 1:  # the number is all besides the name
            detail = f"{ga or gb} on one side only, beside a given name alone"
            found.append(evidence("generation", ga, gb, "missing", 0.0, detail, conflict=True))
        else:
            detail = f"{ga or gb} on one side only"
            found.append(evidence("generation", ga, gb, "missing", GENERATION_MISSING, detail))
    return tuple(found)
