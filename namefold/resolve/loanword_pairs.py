"""Candidate pairs of a foreign name in katakana or Hangul and one in Latin letters whose
consonant skeletons agree (:mod:`namefold.compare.loanword`), which the surname index does not
bring together (``ブルース・リー`` is read ``burusu ri``, no key of ``Bruce Lee``).

A name in katakana or Hangul that may be a loanword gets the key of its words' skeletons
(``PRS|R``); a Latin full name gets the keys of its words' skeletons in the languages read (its
first and last words, and as many inner ones as the foreign name has), and the two are
candidates when they share one. Nothing is built unless the
input holds such a name (most inputs: none), and a Latin name is read only when its first word
has a skeleton some such name starts with.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence

from namefold.compare.loanword import given_forms, latin_words, loan_words
from namefold.names.model import ParsedName
from namefold.text.loanword import latin_skeletons, may_be_loan

__all__ = ["MAX_LOAN_KEYS", "LoanwordPairs"]

MAX_LOAN_KEYS = 64  # keys kept of one Latin name


def _latin_keys(latin: tuple[str, ...], sizes: set[int]) -> list[str]:
    """The skeleton keys of a Latin name's words, and of its first, last and some inner words
    for each number of words a foreign name has (a Latin name may have more middle names)."""
    keys: list[str] = []
    for size in sorted(sizes):
        if size > len(latin) or size < 2:
            continue
        for inner in itertools.combinations(latin[1:-1], size - 2):
            heads = sorted({k for form in given_forms(latin[0]) for k in latin_skeletons(form)})
            options = (heads, *(sorted(latin_skeletons(w)) for w in (*inner, latin[-1])))
            keys += itertools.islice(("|".join(k) for k in itertools.product(*options)), MAX_LOAN_KEYS)
    return keys[: MAX_LOAN_KEYS * 4]


class LoanwordPairs:
    """The candidate pairs of a resolution's loanword and Latin full names: :meth:`of` a name."""

    def __init__(self, parsed: Sequence[ParsedName]) -> None:
        self._pairs: dict[str, set[int]] = {}
        foreign: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(parsed):
            if not p.original.isascii() and may_be_loan(p.original):
                loans = loan_words(p)
                if loans is not None:
                    foreign["|".join(w.skeleton for w in loans)].append(i)
        if not foreign:
            return
        firsts = {key.split("|")[0] for key in foreign}
        sizes = {key.count("|") + 1 for key in foreign}
        pairs: dict[str, set[int]] = defaultdict(set)
        for i, p in enumerate(parsed):
            latin = latin_words(p)
            if latin is None or min(sizes) > len(latin):
                continue
            if all(firsts.isdisjoint(latin_skeletons(form)) for form in given_forms(latin[0])):
                continue
            for key in _latin_keys(latin, sizes):
                for k in foreign.get(key, ()):
                    pairs[p.original].add(k)
                    pairs[parsed[k].original].add(i)
        self._pairs = dict(pairs)

    def __bool__(self) -> bool:
        return bool(self._pairs)

    def of(self, parsed: ParsedName) -> frozenset[int] | set[int]:
        """Positions of the names of the other script a full name is a candidate pair with."""
        return self._pairs.get(parsed.original, frozenset())
