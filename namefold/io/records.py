"""Reading name records for the command line: plain lines, CSV or JSON Lines.

Every problem is an :class:`InputError` naming the file and line; no row is
ever skipped silently.
"""

from __future__ import annotations

import csv
import io
import json
import sys

import attrs

from namefold.errors import NamefoldError

__all__ = ["InputError", "Record", "read_records", "read_text"]


class InputError(NamefoldError, ValueError):
    """Bad input given to the command line (a file, a row, a column)."""


@attrs.frozen(kw_only=True)
class Record:
    """One input row: its line number, the name, and its source (document id) if any."""

    line: int
    name: str
    source: str | None = None


def read_text(file: str) -> str:
    """The UTF-8 text of ``file`` (``-`` for standard input)."""
    try:
        if file == "-":
            return sys.stdin.read()
        with open(file, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError as error:
        message = f"{file}: no such file"
        raise InputError(message) from error
    except UnicodeDecodeError as error:
        message = f"{file}: not UTF-8 text (byte {error.start})"
        raise InputError(message) from error
    except OSError as error:
        message = f"{file}: {error.strerror}"
        raise InputError(message) from error


def read_records(
    file: str, *, column: str | None = None, field: str | None = None, source: str | None = None
) -> list[Record]:
    """Read names from ``file``: CSV with ``column``, JSON Lines with ``field``, else one per line.

    ``source`` names the CSV column or JSON field holding each row's document id.

    Raises:
        InputError: unreadable file, no rows, unknown column, malformed row or line.
    """
    text = read_text(file)
    if column is not None and field is not None:
        message = "give --column (CSV) or --field (JSON Lines), not both"
        raise InputError(message)
    if column is not None:
        records = _csv(file, text, column, source)
    elif field is not None:
        records = _jsonl(file, text, field, source)
    else:
        records = [Record(line=i, name=line) for i, line in enumerate(text.splitlines(), start=1)]
    if not records:
        message = f"{file}: no names to resolve"
        raise InputError(message)
    return records


def _csv(file: str, text: str, column: str, source: str | None) -> list[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return []
    except csv.Error as error:
        message = f"{file}:1: malformed CSV header: {error}"
        raise InputError(message) from error
    wanted = [column, *([source] if source else [])]
    for name in wanted:
        if name not in header:
            message = f"{file}:1: no column {name!r}; columns are {', '.join(map(repr, header))}"
            raise InputError(message)
    name_at, source_at = header.index(column), header.index(source) if source else None
    records: list[Record] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return records
        except csv.Error as error:
            message = f"{file}:{reader.line_num}: malformed CSV row: {error}"
            raise InputError(message) from error
        if len(row) != len(header):
            message = f"{file}:{reader.line_num}: expected {len(header)} fields, found {len(row)}"
            raise InputError(message)
        records.append(
            Record(
                line=reader.line_num,
                name=row[name_at],
                source=row[source_at] if source_at is not None else None,
            )
        )


def _jsonl(file: str, text: str, field: str, source: str | None) -> list[Record]:
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            message = f"{file}:{number}: not valid JSON: {error.msg} (column {error.colno})"
            raise InputError(message) from error
        if not isinstance(value, dict):
            message = f"{file}:{number}: expected a JSON object, found {type(value).__name__}"
            raise InputError(message)
        for key in (field, *([source] if source else [])):
            if key not in value:
                message = f"{file}:{number}: no field {key!r}"
                raise InputError(message)
            if not isinstance(value[key], str):
                message = f"{file}:{number}: field {key!r} must be a string, not {type(value[key]).__name__}"
                raise InputError(message)
        records.append(Record(line=number, name=value[field], source=value[source] if source else None))
    return records
