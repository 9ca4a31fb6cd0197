"""Loaders for reading names written in Chinese characters as Korean or Japanese names: the
Korean readings of the characters (``korean_hanja.tsv``, from Unihan) and the kanji of Japanese
surnames and given names with their readings in hiragana (the ``japanese-personal-name-dataset``
package, MIT). Each is read on first use, once: ``import namefold`` loads neither."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from namefold.data.tables import read_table

__all__ = [
    "HanjaReadings",
    "japanese_given_names",
    "japanese_given_readings",
    "japanese_surnames",
    "korean_hanja",
    "traditional_forms",
]

_HANJA_COLUMNS = ("hanja", "hangul", "names")
_TRADITIONAL_COLUMNS = ("simplified", "traditional")
_JAPANESE_DATASET = "japanese_personal_name_dataset"


class HanjaReadings(NamedTuple):
    """The Korean readings of one character in Hangul: all, and those listed for names."""

    readings: tuple[str, ...]
    names: tuple[str, ...]


@functools.cache
def korean_hanja() -> Mapping[str, HanjaReadings]:
    """A Chinese character -> its Korean readings (Unihan kHangul). Simplified forms have none."""
    rows = read_table("korean_hanja.tsv", _HANJA_COLUMNS)
    return MappingProxyType(
        {
            hanja: HanjaReadings(tuple(hangul.split()), () if names == "-" else tuple(names.split()))
            for hanja, hangul, names in rows
        }
    )


@functools.cache
def traditional_forms() -> Mapping[int, str]:
    """A simplified character's code point -> the traditional character it stands for
    (Unihan kTraditionalVariant), a table for :meth:`str.translate`: ``树`` -> ``樹``."""
    rows = read_table("traditional.tsv", _TRADITIONAL_COLUMNS)
    return MappingProxyType({ord(simplified): traditional for simplified, traditional in rows})


@functools.cache
def _dataset() -> Any:
    """The package, imported on first use (its tables take about 30 ms to read)."""
    return importlib.import_module(_JAPANESE_DATASET)


@functools.cache
def japanese_surnames() -> Mapping[str, str]:
    """A Japanese surname in kanji -> its reading in hiragana (``安倍`` -> ``あべ``)."""
    _, _, surnames = _dataset().load_dataset("org", include_last_names=True)
    return MappingProxyType({kanji: entry["reading"] for kanji, entry in surnames.items()})


@functools.cache
def japanese_given_readings() -> Mapping[str, tuple[str, ...]]:
    """A Japanese given name in kanji -> its readings in hiragana, the one namefold reads it
    by first (:func:`japanese_given_names`) and then the others in the same order."""
    load = _dataset().load_dataset
    found: dict[str, list[str]] = {}
    for kind in ("opti", "org"):
        for names in load(kind):  # men's, then women's
            ranked = sorted(names.items(), key=lambda item: (len(item[1]["kanji"]), item[0]))
            for reading, entry in ranked:
                for kanji in entry["kanji"]:
                    readings = found.setdefault(kanji, [])
                    if reading not in readings:
                        readings.append(reading)
    return MappingProxyType({kanji: tuple(readings) for kanji, readings in found.items()})


def japanese_given_names() -> Mapping[str, str]:
    """A Japanese given name in kanji -> the one reading in hiragana namefold reads it by.

    A spelling has several readings (``博文``: Hiroaki, Hiroshi, Hirofumi, Hirobumi) and the
    data does not say which its bearer uses. The one chosen: a reading of the popular-name
    lists (the package's ``opti``) before the others, men's before women's, and in one list the
    reading with the fewest spellings (the one this spelling is most typical of: ``洋子`` Yoko,
    19 spellings, before Hiroko, 99).
    """
    return _first_readings()


@functools.cache
def _first_readings() -> Mapping[str, str]:
    return MappingProxyType({kanji: readings[0] for kanji, readings in japanese_given_readings().items()})
