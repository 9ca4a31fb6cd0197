"""Reading a judgements file: CSV rows of two spellings and a decision.

The columns ``a``, ``b`` and ``judgement`` (others are ignored, so the CSV of
``namefold review --format csv``, with its empty ``judgement`` column filled in, is one).
A decision is ``same`` or ``different`` (any case); ``unsure`` or empty leaves the pair
undecided: counted, not applied.
"""

from __future__ import annotations

import csv
import io

import attrs

from namefold.io.records import InputError, read_text

__all__ = ["JudgementRows", "read_judgements"]

_DECISIONS = {"same": True, "different": False}
_UNDECIDED = {"", "unsure"}
_COLUMNS = ("a", "b", "judgement")


@attrs.frozen(kw_only=True)
class JudgementRows:
    """The decided rows, as ``(a, b, same)`` in file order, and how many were undecided."""

    decided: list[tuple[str, str, bool]]
    undecided: int


def read_judgements(file: str) -> JudgementRows:
    """The judgements of ``file``; :class:`InputError` naming the line for a bad one."""
    reader = csv.DictReader(io.StringIO(read_text(file), newline=""), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        message = f"{file}:1: malformed CSV header: {error}"
        raise InputError(message) from error
    missing = [c for c in _COLUMNS if c not in header]
    if missing:
        message = f"{file}:1: a judgements file needs the columns a, b and judgement; no {', '.join(missing)}"
        raise InputError(message)
    decided: list[tuple[str, str, bool]] = []
    undecided = 0
    try:
        for row in reader:
            where = f"{file}:{reader.line_num}"
            if None in row or any(row[c] is None for c in _COLUMNS):
                message = f"{where}: expected {len(header)} fields"
                raise InputError(message)
            decision = row["judgement"].strip().lower()
            if decision in _UNDECIDED:
                undecided += 1
                continue
            if decision not in _DECISIONS:
                given = row["judgement"]
                message = f"{where}: judgement must be same, different, unsure or empty, not {given!r:.40}"
                raise InputError(message)
            if row["a"] == row["b"]:
                message = f"{where}: a judgement needs two different spellings, not {row['a']!r:.80} twice"
                raise InputError(message)
            decided.append((row["a"], row["b"], _DECISIONS[decision]))
    except csv.Error as error:
        message = f"{file}:{reader.line_num}: malformed CSV row: {error}"
        raise InputError(message) from error
    return JudgementRows(decided=decided, undecided=undecided)
