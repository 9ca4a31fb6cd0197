"""Reading one field of a Unihan file (Unicode licence, https://www.unicode.org/license.txt),
as the table generators in this folder need it: Debian's and Ubuntu's ``unicode-data`` package
installs the files as /usr/share/unicode/Unihan_*.txt.bz2."""

from __future__ import annotations

import bz2
import re
import sys
from collections.abc import Iterable, Sequence
from typing import NamedTuple

_VERSION = re.compile(r"Unicode version: ([0-9.]+)")


class Field(NamedTuple):
    """The Unicode version a Unihan file names, and its rows of one field: (code, value)."""

    version: str
    rows: list[tuple[str, str]]


def read_field(path: str, field: str) -> Field:
    """The rows of ``field`` in the Unihan file at ``path`` (``.bz2`` or plain text)."""
    opener = bz2.open if path.endswith(".bz2") else open
    rows: list[tuple[str, str]] = []
    version = ""
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                if found := _VERSION.search(line):
                    version = found.group(1)
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) == 3 and cells[1] == field:
                rows.append((cells[0], cells[2]))
    return Field(version, rows)


def char(code: str) -> str:
    """The character of a Unihan code point (``U+4E00``)."""
    return chr(int(code[2:], 16))


def write_table(comment: Sequence[str], columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write a data table to standard output: its ``comment`` lines after ``# ``, the header
    of ``columns``, then the rows, tab-separated."""
    for line in comment:
        sys.stdout.write(f"# {line}\n")
    sys.stdout.write("\t".join(columns) + "\n")
    for row in rows:
        sys.stdout.write("\t".join(row) + "\n")
