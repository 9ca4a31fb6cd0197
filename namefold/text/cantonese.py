"""Chinese characters read in Cantonese, spelled as Hong Kong writes names (the Hong Kong
Government romanisation): ``李小龍`` -> ``Lee Siu-lung``, ``林鄭月娥`` -> ``Lam Cheng Yuet-ngo``.

The spellings come from the ``cantonese-romanisation`` package (import ``cantoroman``, MIT, pure
Python), which lists the spellings in use for each traditional character (``李``: lee, lei, li;
``娥``: ngo, ngoh, ngor); a simplified character is read by its traditional form. A reading is
bounded, not every combination of spellings: the surname takes up to three of its spellings,
each given-name character one, those whose initial is one the Government system writes first
(``k``, ``t``, ``p``, ``ch``, ``ts`` for both aspirated and plain stops: ``kwong``, not
Jyutping's ``gwong``). A name is written surname first, the given name's syllables joined by
hyphens; a four-character name without a compound surname bears two surnames (a married
woman's: 林鄭).

Two spellings are of one syllable when the package lists both for one character
(:func:`same_cantonese_syllable`: ``ngo`` / ``ngor``, ``chow`` / ``jau``).

cantoroman is imported the first time a name in characters is read so (its tables take about
30 ms to load), not with namefold.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Mapping

from namefold.data.chinese import chinese_surnames
from namefold.data.han_names import traditional_forms

__all__ = [
    "cantonese_surname_spellings",
    "cantonese_syllables",
    "read_cantonese",
    "same_cantonese_syllable",
]

_CANTOROMAN = "cantoroman"
_OTHER_INITIALS = ("g", "d", "b", "j", "z")  # Jyutping's and Yale's plain stops
_DOUBLE_SURNAME_LENGTH = 4
_MAX_SURNAME_SPELLINGS = 3


@functools.cache
def _spellings() -> Callable[[str], list[list[str]]]:
    """cantoroman's reader: the spellings of each character of a text (none if unknown)."""
    module = importlib.import_module(_CANTOROMAN)
    read: Callable[[str], list[list[str]]] = module.Cantonese().getRoman
    return read


def _given_spelling(options: list[str]) -> str:
    """The spelling of a given-name syllable: the first whose initial the Government writes."""
    return next((o for o in options if not o.startswith(_OTHER_INITIALS)), options[0])


def read_cantonese(run: str) -> tuple[str, ...]:
    """The Cantonese readings of ``run`` (Chinese characters, no spaces), one per spelling of
    its surname; none when a character has no reading.

    Examples:
        >>> read_cantonese("李小龍")
        ('Lee Siu-lung', 'Lei Siu-lung', 'Li Siu-lung')
    """
    traditional = run.translate(traditional_forms())
    options = _spellings()(traditional)
    if len(run) < 2 or any(not o for o in options):
        return ()
    cut = 2 if run[:2] in chinese_surnames() or len(run) == _DOUBLE_SURNAME_LENGTH else 1
    given = "-".join(_given_spelling(o) for o in options[cut:]).capitalize()
    rest = " ".join([*(_given_spelling(o).capitalize() for o in options[1:cut]), given])
    surnames = sorted(dict.fromkeys(options[0]), key=lambda o: o.startswith(_OTHER_INITIALS))
    firsts = surnames[:_MAX_SURNAME_SPELLINGS]
    return tuple(f"{first.capitalize()} {rest}" for first in firsts)


@functools.cache
def _table() -> Mapping[str, frozenset[str]]:
    """A spelling -> the spellings listed beside it for some character (itself included)."""
    module = importlib.import_module(_CANTOROMAN)
    found: dict[str, set[str]] = {}
    for options in module.Cantonese().charToRoman.values():
        for option in options:
            found.setdefault(option, set()).update(options)
    return {spelling: frozenset(alike) for spelling, alike in found.items()}


def cantonese_syllables() -> frozenset[str]:
    """Every spelling of a Cantonese syllable the package lists."""
    return frozenset(_table())


def same_cantonese_syllable(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` spell one syllable: alike, or listed for one character."""
    return a == b or b in _table().get(a, ())


@functools.cache
def cantonese_surname_spellings() -> frozenset[str]:
    """The spellings of the one-character surnames of ``data/chinese_surnames.tsv``."""
    chars = "".join(c for c in chinese_surnames() if len(c) == 1).translate(traditional_forms())
    return frozenset(s for options in _spellings()(chars) for s in options)
