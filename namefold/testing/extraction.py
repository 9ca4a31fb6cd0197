"""Scoring mention extraction against sentences with their expected names.

A sentence file is a TSV (``#`` comment lines, then the header ``text	names	note``)
whose ``names`` cell lists the mentions a reader expects, separated by `` | ``.
A found mention is correct when the same text is expected in the same sentence
(as a multiset: each expected name is matched at most once).
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import attrs

from namefold.extract.mentions import extract_mentions

__all__ = ["ExtractionScore", "Sentence", "read_sentences", "score_sentences"]

_HEADER = ["text", "names", "note"]


class Sentence(NamedTuple):
    """A text and the names expected in it."""

    text: str
    names: tuple[str, ...]


@attrs.frozen(kw_only=True)
class ExtractionScore:
    """Precision and recall of extraction, with every miss and extra mention (sentence, text)."""

    expected: int
    found: int
    correct: int
    misses: tuple[tuple[str, str], ...]
    extras: tuple[tuple[str, str], ...]

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def read_sentences(path: Path) -> list[Sentence]:
    """The sentences of a TSV file with columns ``text``, ``names``, ``note``."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != _HEADER:
        message = f"{path}: header must be {_HEADER!r}"
        raise ValueError(message)
    return [
        Sentence(text, tuple(name.strip() for name in names.split("|") if name.strip()))
        for text, names, _ in rows[1:]
    ]


def score_sentences(sentences: Sequence[Sentence]) -> ExtractionScore:
    """Run :func:`extract_mentions` on each sentence alone and count what it gets right."""
    expected = found = correct = 0
    misses: list[tuple[str, str]] = []
    extras: list[tuple[str, str]] = []
    for sentence in sentences:
        want = Counter(sentence.names)
        got = Counter(m.text for m in extract_mentions(sentence.text))
        expected += sum(want.values())
        found += sum(got.values())
        correct += sum((want & got).values())
        misses.extend((sentence.text, name) for name in (want - got).elements())
        extras.extend((sentence.text, name) for name in (got - want).elements())
    return ExtractionScore(
        expected=expected, found=found, correct=correct, misses=tuple(misses), extras=tuple(extras)
    )
