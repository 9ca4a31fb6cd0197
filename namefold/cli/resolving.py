"""The commands that resolve an input file: ``resolve``, ``review`` and ``report``.

They share their input options: the file (plain lines, CSV or JSON Lines), the name,
source and order columns, the threshold and a judgements file. ``resolve`` writes every
input row back, its fields unchanged and in input order, with the person added.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any, TextIO

import namefold
from namefold.io.judgement_file import read_judgements
from namefold.io.records import InputError, Record, read_records
from namefold.io.report import write_report
from namefold.resolve.frames import OUTPUT_COLUMNS, row_people

__all__ = ["add_input", "add_resolve", "json_text", "report", "resolve", "review", "table"]

_PROGRESS_FROM = 1000  # from this many names on a terminal, stderr shows a progress bar
_BAR = 30  # the progress bar's width


def add_input(parser: argparse.ArgumentParser) -> None:
    """The input options shared by ``resolve``, ``review`` and ``report``."""
    parser.add_argument(
        "file", nargs="?", default="-", help="a UTF-8 file of names, one per line (- for stdin)"
    )
    parser.add_argument("--column", help="read CSV and take names from this column")
    parser.add_argument("--field", help="read JSON Lines and take names from this field")
    parser.add_argument("--source", help="the CSV column or JSON field with each row's document id")
    parser.add_argument(
        "--order-column",
        help="the CSV column or JSON field with each row's name order (auto, given-first, family-first)",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=namefold.DEFAULT_THRESHOLD,
        help="lowest score at which two full names merge (default %(default)s)",
    )
    parser.add_argument(
        "--judgements", help="a CSV of decisions (columns a, b, judgement: same or different) to obey"
    )
    parser.add_argument(
        "--on-bad-row",
        choices=("error", "skip"),
        default="error",
        help="a CSV row with too few or too many fields: stop (error), or skip it and list it on stderr",
    )


def add_resolve(parser: argparse.ArgumentParser) -> None:
    """The options of ``resolve``."""
    add_input(parser)
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="resolve on a Dask cluster: its scheduler (tcp://HOST:8786), or 'local' for one on "
        "this machine (needs namefold[dask]; output as without it)",
    )
    parser.add_argument(
        "--format",
        choices=("auto", "table", "json", "jsonl", "csv"),
        default="auto",
        help="output: a table on a terminal, JSON Lines otherwise (auto), or as named",
    )


def json_text(value: Any, **options: Any) -> str:
    """``value`` as JSON, non-ASCII text as it is; but where a name holds what UTF-8 cannot
    encode (a lone surrogate), every non-ASCII character as a JSON escape."""
    text = json.dumps(value, ensure_ascii=False, **options)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, **options)
    return text


def _inputs(args: argparse.Namespace) -> tuple[list[Record], list[namefold.Judgement]]:
    """The input's records and the judgements file's decisions; what was skipped, on stderr."""
    found = read_records(
        args.file,
        column=args.column,
        field=args.field,
        source=args.source,
        order=args.order_column,
        on_bad_row=args.on_bad_row,
    )
    if found.skipped:
        lines = ", ".join(map(str, found.skipped))
        sys.stderr.write(f"namefold: skipped {len(found.skipped)} malformed CSV rows, lines {lines}\n")
    judgements = []
    if args.judgements:
        rows = read_judgements(args.judgements)
        if rows.undecided:
            sys.stderr.write(f"namefold: {rows.undecided} undecided judgement rows (unsure or empty)\n")
        judgements = [namefold.Judgement(a=a, b=b, same=same) for a, b, same in rows.decided]
    return found.records, judgements


def _resolved(args: argparse.Namespace) -> tuple[list[Record], namefold.Resolution]:
    """The input's records and their resolution, obeying the judgements file if any."""
    records, judgements = _inputs(args)
    show = _progress if sys.stderr.isatty() and len(records) >= _PROGRESS_FROM else None
    try:
        res = namefold.resolve(
            ((r.name, r.source, r.order) for r in records),
            threshold=args.threshold,
            progress=show,
            judgements=judgements,
        )
    except namefold.ConfigError as error:
        raise InputError(str(error)) from error
    finally:
        if show:
            sys.stderr.write("\n")
    for judged in res.judged:
        if judged.status in ("contradicts", "unmet"):
            j = judged.judgement
            verdict = "same" if j.same else "different"
            sys.stderr.write(
                f"namefold: judgement {j.a!r} {verdict} {j.b!r} {judged.status}: {judged.reason}\n"
            )
    return records, res


def table(res: namefold.Resolution, out: TextIO) -> None:
    """The people of ``res`` as a table: mentions, canonical name, spellings."""
    width = max((len(p.canonical) for p in res.people), default=9)
    out.write(f"{'mentions':>8}  {'canonical':<{width}}  spellings\n")
    for person in res.people:
        flag = " (ambiguous: " + ", ".join(person.candidates) + ")" if person.ambiguous else ""
        spellings = " | ".join(person.names)
        out.write(f"{person.mentions:>8}  {person.canonical:<{width}}  {spellings}{flag}\n")
    out.write(f"{len(res.mentions)} mentions, {len(res.people)} people\n")


def _added_of(res: namefold.Resolution) -> list[dict[str, Any]]:
    """The fields each mention of ``res`` adds to its row."""
    return [found._asdict() for found in row_people(res)]


def _rows(records: list[Record], added: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each input row with its ``added`` fields: a CSV or JSON row's own fields first,
    unchanged (but fields named like the added ones, as in namefold's own output, which are
    replaced)."""
    taken = sorted(
        {k for r in records if r.row for k in r.row if k in OUTPUT_COLUMNS}, key=OUTPUT_COLUMNS.index
    )
    if taken:
        sys.stderr.write(f"namefold: the input's fields {', '.join(taken)} are replaced by this run's\n")
    rows = []
    for r, more in zip(records, added, strict=True):
        own = r.row if r.row is not None else {"line": r.line, "name": r.name, "source": r.source}
        rows.append({**{k: v for k, v in own.items() if k not in more}, **more})
    return rows


def resolve(args: argparse.Namespace, out: TextIO) -> None:
    """``namefold resolve``: every input row with its person."""
    fmt = args.format
    if fmt == "auto":
        fmt = "table" if out.isatty() and not args.dask else "jsonl"
    if args.dask:
        if fmt == "table":
            message = "--dask writes rows: use --format jsonl, json or csv"
            raise InputError(message)
        records, judgements = _inputs(args)
        _write_rows(_rows(records, _added_on_dask(args, records, judgements)), fmt, out)
        return
    records, res = _resolved(args)
    if fmt == "table":
        table(res, out)
        return
    _write_rows(_rows(records, _added_of(res)), fmt, out)


def _added_on_dask(
    args: argparse.Namespace, records: list[Record], judgements: list[namefold.Judgement]
) -> list[dict[str, Any]]:
    """The fields each record adds, resolved on the Dask cluster ``args.dask``."""
    try:
        from namefold.cli.on_dask import added_on_dask
    except ImportError as error:
        message = "--dask needs Dask: pip install 'namefold[dask]'"
        raise InputError(message) from error
    return added_on_dask(args.dask, records, threshold=args.threshold, judgements=judgements)


def _write_rows(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        out.write(json_text(rows, indent=1) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json_text(row) + "\n")
    else:
        fields = list(dict.fromkeys(k for row in rows for k in row)) or ["line"]
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)


def _cell(value: Any) -> Any:
    """A CSV cell: text and numbers as they are, nothing as empty, anything else as JSON."""
    if value is None:
        return ""
    return value if isinstance(value, (str, int, float)) else json_text(value)


def review(args: argparse.Namespace, out: TextIO) -> None:
    """``namefold review``: the pairs nearest the decision, with their explanations."""
    _, res = _resolved(args)
    queue = res.uncertain(limit=args.limit)
    if args.format == "table":
        for u in queue:
            out.write(f"{u.score:.4f}  {u.kind:<7}  {u.a}  |  {u.b}\n          {u.reason}\n")
        out.write(f"{len(queue)} uncertain pairs\n")
        return
    rows = [
        {
            "a": u.a,
            "b": u.b,
            "score": u.score,
            "kind": u.kind,
            "merged": u.merged,
            "person_a": u.person_a,
            "person_b": u.person_b,
            "reason": u.reason,
            "explanation": u.explanation,
            "judgement": "",
        }
        for u in queue
    ]
    _write_rows(rows, args.format, out)


def report(args: argparse.Namespace, out: TextIO) -> None:
    """``namefold report``: the resolution as one HTML file."""
    _, res = _resolved(args)
    queue = res.uncertain(limit=args.review_limit)
    try:
        write_report(res, queue, args.out, limit=args.people)
    except OSError as error:
        message = f"{args.out}: cannot write: {error.strerror or error}"
        raise InputError(message) from error
    shown = len(res.people) if args.people is None else min(args.people, len(res.people))
    out.write(f"{shown} of {len(res.people)} people, {len(queue)} uncertain pairs -> {args.out}\n")


def _progress(stage: str, done: int, total: int) -> None:
    """A one-line progress bar on stderr: ``[#########           ]  45% comparing full names``."""
    filled = _BAR * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{' ' * (_BAR - filled)}] {100 * done // max(total, 1):3d}% {stage}")
    sys.stderr.flush()
