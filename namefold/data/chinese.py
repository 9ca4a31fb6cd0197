"""Loaders for the Chinese tables: Mandarin syllables (``pinyin.tsv``) and surnames
(``chinese_surnames.tsv``). Read lazily, once, and returned immutable."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from namefold.data.tables import read_table

__all__ = [
    "chinese_surnames",
    "palladius_syllables",
    "pinyin_syllables",
    "surname_romanizations",
    "wade_giles_syllables",
]

_PINYIN_COLUMNS = ("pinyin", "wade_giles", "palladius")
_SURNAME_COLUMNS = ("simplified", "traditional", "pinyin", "other")
_UMLAUTS = str.maketrans({"ü": "u", "ê": "e"})


def _ascii(syllable: str) -> str:
    """A syllable as namefold's ASCII folding writes it: ``ü`` as ``u``."""
    return syllable.translate(_UMLAUTS)


@functools.cache
def pinyin_syllables() -> frozenset[str]:
    """The toneless Mandarin syllables in ASCII pinyin (``lü`` as ``lu``)."""
    return frozenset(_ascii(row[0]) for row in read_table("pinyin.tsv", _PINYIN_COLUMNS))


@functools.cache
def wade_giles_syllables() -> Mapping[str, tuple[str, ...]]:
    """A Wade-Giles syllable in ASCII (apostrophe kept, umlauts dropped) -> its pinyin readings,
    the exact reading first: ``p'ing`` -> ``ping``; ``ping`` -> ``bing``, then ``ping`` (the
    apostrophe left out); ``hsun`` -> ``xun``; ``chu`` -> ``zhu``, then ``ju`` (``chü``)."""
    found: dict[str, list[str]] = {}
    rows = read_table("pinyin.tsv", _PINYIN_COLUMNS)
    exact = [(wg, _ascii(pinyin)) for pinyin, wg, _ in rows if "ü" not in wg]
    umlaut = [(wg, _ascii(pinyin)) for pinyin, wg, _ in rows if "ü" in wg]
    for wg, pinyin in exact + umlaut:  # exact spellings first, umlauts dropped next
        found.setdefault(_ascii(wg), []).append(pinyin)
    for wg, pinyin in exact + umlaut:  # then the apostrophe left out
        plain = _ascii(wg).replace("'", "")
        if pinyin not in found.setdefault(plain, []):
            found[plain].append(pinyin)
    found.setdefault("szu", ["si"])  # Giles's spelling of ssu
    return MappingProxyType({wg: tuple(readings) for wg, readings in found.items()})


@functools.cache
def palladius_syllables() -> Mapping[str, str]:
    """A Palladius (Russian Cyrillic) syllable -> its pinyin (``цзинь`` -> ``jin``)."""
    found: dict[str, str] = {}
    for pinyin, _, cyrillic in read_table("pinyin.tsv", _PINYIN_COLUMNS):
        # Two syllables with one spelling (ло: luo, and the interjection lo): the longer.
        if len(_ascii(pinyin)) > len(found.get(cyrillic, "")):
            found[cyrillic] = _ascii(pinyin)
    return MappingProxyType(found)


@functools.cache
def chinese_surnames() -> Mapping[str, str]:
    """A surname in characters (simplified or traditional, one or two) -> its pinyin as a
    surname (``单`` -> ``shan``, ``欧阳`` -> ``ouyang``)."""
    found: dict[str, str] = {}
    for simplified, traditional, pinyin, _ in read_table("chinese_surnames.tsv", _SURNAME_COLUMNS):
        found[simplified] = found.get(simplified) or _ascii(pinyin)
        found[traditional] = found.get(traditional) or _ascii(pinyin)
    return MappingProxyType(found)


@functools.cache
def surname_romanizations() -> Mapping[str, frozenset[str]]:
    """A romanized surname (pinyin, or another form in use: ``lee``, ``chan``) -> the pinyin
    surnames it can stand for (``lee`` -> ``li``; ``wong`` -> ``huang``, ``wang``)."""
    found: dict[str, set[str]] = {}
    for _, _, pinyin, other in read_table("chinese_surnames.tsv", _SURNAME_COLUMNS):
        reading = _ascii(pinyin)
        found.setdefault(reading, set()).add(reading)
        for form in other.split("|") if other != "-" else ():
            found.setdefault(form, set()).add(reading)
    return MappingProxyType({form: frozenset(readings) for form, readings in found.items()})
