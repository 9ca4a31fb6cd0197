"""Peerage designations are not names: ``Sir Charles Swann, 1st Baronet`` is Charles Swann,
``Henry, 1st Earl of Sunderland`` is Henry of Sunderland.

A designation is an ordinal (``1st``, ``16th``) or a peerage rank (``data/honorifics.tsv``,
kind ``peerage``). After a comma that follows a given name and a surname it ends the name:
the comma and all that follows go. Elsewhere an ordinal goes, and so does a rank it
precedes or that ``of`` follows, with that ``of``: what is left is the name and the place
the title is of (``Alice, 3rd Countess of Lincoln`` is Alice Lincoln).

A place named with ``of`` is a designation too, never part of a name: after two or more
words of a name it goes with all that follows (``Thomas Clifford of Chudleigh``,
``Abdullah II of Jordan``, ``Tom Clifford, of Chudleigh``); after one word only ``of`` goes,
and the place stands for the surname as above (``Thomas of Chudleigh`` is Thomas Chudleigh).
"""

from __future__ import annotations

import re

from namefold.data import tables
from namefold.names.words import Word

__all__ = ["drop_designations", "has_designation"]

_OF = "of"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _is_ordinal(word: Word) -> bool:
    return _ORDINAL.fullmatch(word.norm) is not None


def has_designation(words: list[Word]) -> bool:
    """Whether any word is an ordinal, or a peerage rank after the first word."""
    ranks = tables.peerage()
    return any(
        _is_ordinal(w) or (at and (w.norm in ranks or (w.norm == _OF and at + 1 < len(words))))
        for at, w in enumerate(words)
    )


def drop_designations(words: list[Word]) -> list[Word]:
    """``words`` without their peerage designations (see the module docstring).

    A name made only of a designation keeps its place name, if any.
    """
    ranks = tables.peerage()
    kept: list[Word] = []
    skip_of = False
    for at, word in enumerate(words):
        if word.comma_before and len(kept) > 1 and (_is_ordinal(word) or word.norm in ranks):
            break  # "Charles Swann, 1st Baronet": the rest is the designation
        if word.norm == _OF and not skip_of and len(kept) > 1:
            break  # "Thomas Clifford of Chudleigh": the rest is the place of a title
        following = words[at + 1].norm if at + 1 < len(words) else ""
        if _is_ordinal(word):
            skip_of = True
            continue
        if word.norm in ranks and at and (skip_of or following == "of"):
            skip_of = True
            continue
        if word.norm == _OF and at + 1 < len(words):
            skip_of = False
            continue
        skip_of = False
        kept.append(word)
    return kept
