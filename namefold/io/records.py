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
from typing import Any, Literal

import attrs

from namefold.errors import NamefoldError
from namefold.names.model import ORDERS, Order

__all__ = ["InputError", "Record", "Records", "read_records", "read_text", "split_lines"]

BadRow = Literal["error", "skip"]


class InputError(NamefoldError, ValueError):
    """Bad input given to the command line (a file, a row, a column)."""


@attrs.frozen(kw_only=True)
class Record:
    """One input row: its line number (a CSV record's first line), the name, its source
    (document id) and own name order if any, and (CSV, JSON Lines) every field of the row."""

    line: int
    name: str
    source: str | None = None
    order: Order | None = None
    row: dict[str, Any] | None = None


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
    order: str | None = None,
    on_bad_row: BadRow = "error",
) -> Records:
    """Read names from ``file``: CSV with ``column``, JSON Lines with ``field``, else one per
    line. A ``.csv`` file without ``column`` takes the column ``name``, if it has one.

    ``source`` names the CSV column or JSON field holding each row's document id, ``order``
    the one holding its name order (``auto``, ``given-first``, ``family-first``; empty or
    missing: the default).
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
    if order is not None and column is None and field is None:
        message = "--order-column needs CSV (--column) or JSON Lines (--field) input"
        raise InputError(message)
    if column is not None:
        found = _csv(file, text, _Keys(column, source, order), on_bad_row)
    elif field is not None:
        found = Records(records=_jsonl(file, text, _Keys(field, source, order)))
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


@attrs.frozen
class _Keys:
    """The columns (fields) read: the name, and if given the source and the order."""

    name: str
    source: str | None
    order: str | None

    def all(self) -> list[str]:
        return [k for k in (self.name, self.source, self.order) if k is not None]


def _order_of(where: str, value: str | None) -> Order | None:
    """A row's name order: ``None`` for none given; InputError for an unknown one."""
    if value is None or value == "":
        return None
    if value not in ORDERS:
        message = f"{where}: the order must be one of {', '.join(ORDERS)} or empty, not {value!r:.80}"
        raise InputError(message)
    return value


def _csv(file: str, text: str, keys: _Keys, on_bad_row: BadRow) -> Records:
    limit = csv.field_size_limit(sys.maxsize)  # a field of any size, as text and JSON Lines take
    try:
        return _csv_rows(file, text, keys, on_bad_row)
    finally:
        csv.field_size_limit(limit)


def _csv_rows(file: str, text: str, keys: _Keys, on_bad_row: BadRow) -> Records:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return Records(records=[])
    except csv.Error as error:
        message = f"{file}:1: malformed CSV header: {error}"
        raise InputError(message) from error
    for name in keys.all():
        if name not in header:
            message = f"{file}:1: no column {name!r}; columns are {', '.join(map(repr, header))}"
            raise InputError(message)
    if len(set(header)) != len(header):
        message = f"{file}:1: a column name appears twice: {', '.join(map(repr, header))}"
        raise InputError(message)
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
        fields = dict(zip(header, row, strict=True))
        records.append(
            Record(
                line=first_line,
                name=fields[keys.name],
                source=fields[keys.source] if keys.source else None,
                order=_order_of(f"{file}:{first_line}", fields[keys.order]) if keys.order else None,
                row=fields,
            )
        )


def _jsonl(file: str, text: str, keys: _Keys) -> list[Record]:
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
        for key in keys.all():
            if key == keys.order and value.get(key) is None:
                continue  # no order given: the default
            if key not in value:
                message = f"{file}:{number}: no field {key!r}"
                raise InputError(message)
            if not isinstance(value[key], str):
                message = f"{file}:{number}: field {key!r} must be a string, not {type(value[key]).__name__}"
                raise InputError(message)
        records.append(
            Record(
                line=number,
                name=value[keys.name],
                source=value[keys.source] if keys.source else None,
                order=_order_of(f"{file}:{number}", value.get(keys.order)) if keys.order else None,
                row=value,
            )
        )
    return records
