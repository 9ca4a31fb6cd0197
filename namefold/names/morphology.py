"""Gender hints from Slavic and Baltic name endings (``data/morphology.tsv``)."""

from __future__ import annotations

import functools

from namefold.data import tables
from namefold.engine.caches import FEWER_WORDS, cached
from namefold.names.model import Gender

__all__ = ["ending_gender", "is_patronymic", "patronymic_stem"]

_MIN_STEM = 3


@cached(FEWER_WORDS)
def ending_gender(token: str, role: str) -> Gender | None:
    """The gender marked by the ending of a normalized ``token`` used as ``role``.

    Examples:
        >>> ending_gender("tsikhanouskaya", "surname"), ending_gender("tsikhanouski", "surname")
        ('f', 'm')
        >>> ending_gender("babaryka", "surname") is None
        True
    """
    word = token.replace("-", "")
    if not word.endswith(_role_endings(role)):  # most words: one test in C, not a loop
        return None
    for ending in tables.endings():
        if ending.role == role and word.endswith(ending.ending):
            if len(word) - len(ending.ending) < _MIN_STEM:
                return None
            return "m" if ending.gender == "m" else "f"
    return None


@functools.cache
def _role_endings(role: str) -> tuple[str, ...]:
    """Every gendered ending of ``role`` (``surname``, ``patronymic``...)."""
    return tuple(e.ending for e in tables.endings() if e.role == role)


def is_patronymic(token: str) -> bool:
    """True if ``token`` has the shape of an East Slavic patronymic."""
    return len(token) >= 6 and ending_gender(token, "patronymic") is not None


_PATRONYMIC_SUFFIXES = (
    "ievich",
    "ievna",
    "yevich",
    "yevna",
    "ovich",
    "ovna",
    "evich",
    "evna",
    "avich",
    "avna",
    "ovych",
    "ivna",
    "ichna",
    "auna",
    "ouna",
    "vich",
    "vna",
    "ich",
)


def patronymic_stem(token: str) -> str:
    """The father's name inside a patronymic: ``ryhoravich`` -> ``ryhor``."""
    for suffix in _PATRONYMIC_SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= _MIN_STEM:
            return token[: -len(suffix)]
    return token
