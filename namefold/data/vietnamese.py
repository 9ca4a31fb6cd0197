"""The Vietnamese surnames table (``vietnamese_surnames.tsv``)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from namefold.data.tables import read_table

__all__ = ["vietnamese_surnames"]

_COLUMNS = ("surname", "character")


@functools.cache
def vietnamese_surnames() -> Mapping[str, str]:
    """A common Vietnamese surname, lowercase NFC -> its character (``nguyễn`` -> ``阮``)."""
    rows = read_table("vietnamese_surnames.tsv", _COLUMNS)
    return MappingProxyType({unicodedata.normalize("NFC", name.lower()): char for name, char in rows})
