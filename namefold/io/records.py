"""Reading name records for the command line: plain lines, CSV or JSON Lines.

Files and standard input are read as UTF-8 bytes (a byte-order mark is dropped), and lines
end at ``\\n`` or ``\\r\\n`` only: the other characters that ``str.splitlines`` reads as line
ends (U+2028, U+0085, form feed ...) stay inside a name. Every problem is an
:class:`InputError` naming the file and line; a row is never skipped silently (a short or
long CSV row is an error, or, with ``on_bad_row="skip"``, listed in :attr:`Records.skipped`).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Literal

import attrs

from namefold.errors import NamefoldError

__all__ = ["InputError", "Record", "Records", "read_records", "read_text", "split_lines"]

BadRow = Literal["error", "skip"]


class InputError(NamefoldError, ValueError):
    """Bad input given to the command line (a file, a row, a column)."""


@attrs.frozen(kw_only=True)
class Record:
    """One input row: its line number (a CSV record's first line), the name, and its source
    (document id) if any."""

    line: int
    name: str
    source: str | None = None


@attrs.frozen(kw_only=True)
class Records:
    """The rows read from a file, and the line numbers of the rows skipped as malformed."""

    records: list[Record]
    skipped: tuple[int, ...] = ()


def _decoded(file: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = f"{file}: not UTF-8 text (byte {error.start})"
        raise InputError(message) from error


def read_text(file: str) -> str:
    """The UTF-8 text of ``file`` (``-`` for standard input), without a byte-order mark."""
    try:
        if file == "-":
            stdin = sys.stdin
            if stdin is None or stdin.closed:
                message = "-: standard input is closed"
                raise InputError(message)
            binary = getattr(stdin, "buffer", None)
            if binary is None:  # a text stream a host program put there
                text = stdin.read()
                return text[1:] if text.startswith("\ufeff") else text
            return _decoded(file, binary.read())
        with open(file, "rb") as handle:
            return _decoded(file, handle.read())
    except FileNotFoundError as error:
        message = f"{file}: no such file"
        raise InputError(message) from error
    except OSError as error:
        message = f"{file}: {error.strerror or error}"
        raise InputError(message) from error


def split_lines(text: str) -> list[str]:
    """``text``'s lines, ended by ``\\n`` or ``\\r\\n`` only; no empty line after a final end."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def read_records(
    file: str,
    *,
    column: str | None = None,
    field: str | None = None,
    source: str | None = None,
    on_bad_row: BadRow = "error",
) -> Records:
    """Read names from ``file``: CSV with ``column``, JSON Lines with ``field``, else one per
    line. A ``.csv`` file without ``column`` takes the column ``name``, if it has one.

    ``source`` names the CSV column or JSON field holding each row's document id.
    ``on_bad_row`` says what a CSV row with too few or too many fields is: an error, or a
    row skipped (listed in the result).

    Raises:
        InputError: unreadable file, no rows, unknown column, malformed row or line.
    """
    text = read_text(file)
    if column is not None and field is not None:
        message = "give --column (CSV) or --field (JSON Lines), not both"
        raise InputError(message)
    if column is None and field is None and file.lower().endswith(".csv"):
        column = _name_column(file, text)
    if column is not None:
        found = _csv(file, text, column, source, on_bad_row)
    elif field is not None:
        found = Records(records=_jsonl(file, text, field, source))
    else:
        found = Records(
            records=[Record(line=i, name=line) for i, line in enumerate(split_lines(text), start=1)]
        )
    if not found.records and not found.skipped:
        message = f"{file}: no names to resolve"
        raise InputError(message)
    return found


def _name_column(file: str, text: str) -> str:
    """The column ``name`` of a CSV file given without ``--column``; InputError if it has none."""
    header = next(csv.reader(io.StringIO(split_lines(text)[0] if text else "")), [])
    if "name" in header:
        return "name"
    message = (
        f"{file}: a CSV file: say which column holds the names with --column ({', '.join(map(repr, header))})"
    )
    raise InputError(message)


def _csv(file: str, text: str, column: str, source: str | None, on_bad_row: BadRow) -> Records:
    limit = csv.field_size_limit(sys.maxsize)  # a field of any size, as text and JSON Lines take
    try:
        return _csv_rows(file, text, column, source, on_bad_row)
    finally:
        csv.field_size_limit(limit)


def _csv_rows(file: str, text: str, column: str, source: str | None, on_bad_row: BadRow) -> Records:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return Records(records=[])
    except csv.Error as error:
        message = f"{file}:1: malformed CSV header: {error}"
        raise InputError(message) from error
    for name in [column, *([source] if source else [])]:
        if name not in header:
            message = f"{file}:1: no column {name!r}; columns are {', '.join(map(repr, header))}"
            raise InputError(message)
    name_at, source_at = header.index(column), header.index(source) if source else None
    records: list[Record] = []
    skipped: list[int] = []
    while True:
        first_line = reader.line_num + 1  # a record may span lines: it is numbered by its first
        try:
            row = next(reader)
        except StopIteration:
            return Records(records=records, skipped=tuple(skipped))
        except csv.Error as error:
            message = f"{file}:{first_line}: malformed CSV row: {error}"
            raise InputError(message) from error
        if len(row) != len(header):
            if on_bad_row == "skip":
                skipped.append(first_line)
                continue
            message = (
                f"{file}:{first_line}: expected {len(header)} fields, found {len(row)} "
                "(--on-bad-row skip skips such rows)"
            )
            raise InputError(message)
        row_source = row[source_at] if source_at is not None else None
        records.append(Record(line=first_line, name=row[name_at], source=row_source))


def _jsonl(file: str, text: str, field: str, source: str | None) -> list[Record]:
    records = []
    for number, line in enumerate(split_lines(text), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            message = f"{file}:{number}: not valid JSON: {error.msg} (column {error.colno})"
            raise InputError(message) from error
        except RecursionError as error:
            message = f"{file}:{number}: JSON nested too deeply"
            raise InputError(message) from error
        except ValueError as error:  # an integer of thousands of digits
            message = f"{file}:{number}: not valid JSON: {error}"
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
