"""The commands of the ``namefold`` command line: ``demo``, ``resolve``, ``explain``,
``extract`` and ``graph``, each a function of the parsed arguments and the output stream.
A command raises :class:`namefold.io.records.InputError` for bad input; the caller
(:mod:`namefold.cli.app`) turns every failure into one line and an exit code.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable
from importlib import resources
from typing import Any, TextIO

import namefold
from namefold.io.atomic import write_text
from namefold.io.records import InputError, read_records, read_text

__all__ = ["COMMANDS", "add_resolve"]

_PROGRESS_FROM = 1000  # from this many names on a terminal, stderr shows a progress bar
_BAR = 30  # the progress bar's width


def add_resolve(resolve: argparse.ArgumentParser) -> None:
    """The input and output options of ``resolve``."""
    resolve.add_argument(
        "file", nargs="?", default="-", help="a UTF-8 file of names, one per line (- for stdin)"
    )
    resolve.add_argument("--column", help="read CSV and take names from this column")
    resolve.add_argument("--field", help="read JSON Lines and take names from this field")
    resolve.add_argument("--source", help="the CSV column or JSON field with each row's document id")
    resolve.add_argument(
        "--threshold",
        type=float,
        default=namefold.DEFAULT_THRESHOLD,
        help="lowest score at which two full names merge (default %(default)s)",
    )
    resolve.add_argument(
        "--format",
        choices=("auto", "table", "json", "jsonl", "csv"),
        default="auto",
        help="output: a table on a terminal, JSON Lines otherwise (auto), or as named",
    )
    resolve.add_argument(
        "--on-bad-row",
        choices=("error", "skip"),
        default="error",
        help="a CSV row with too few or too many fields: stop (error), or skip it and list it on stderr",
    )


def _table(res: namefold.Resolution, out: TextIO) -> None:
    width = max((len(p.canonical) for p in res.people), default=9)
    out.write(f"{'mentions':>8}  {'canonical':<{width}}  spellings\n")
    for person in res.people:
        flag = " (ambiguous: " + ", ".join(person.candidates) + ")" if person.ambiguous else ""
        spellings = " | ".join(person.names)
        out.write(f"{person.mentions:>8}  {person.canonical:<{width}}  {spellings}{flag}\n")
    out.write(f"{len(res.mentions)} mentions, {len(res.people)} people\n")


def _example() -> namefold.Resolution:
    path = resources.files("namefold") / "data" / "examples" / "belarus_2025.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    mentions = [tuple(line.split("\t")) for line in lines[1:]]
    return namefold.resolve((mention, doc) for doc, mention in mentions)


def _demo(args: argparse.Namespace, out: TextIO) -> None:
    _table(_example(), out)


def _graph(args: argparse.Namespace, out: TextIO) -> None:
    res = namefold.resolve(_read_names(args.input)) if args.input else _example()
    person = res.person_of(args.name)
    if person is None:
        message = f"no single person found for {args.name!r}"
        raise InputError(message)
    suffix = args.out.rsplit(".", 1)[-1].lower()
    if suffix == "dot":
        text = person.to_dot()
    elif suffix == "graphml":
        _write_out(args.out, lambda: res.to_graphml(args.out))
        text = None
    elif suffix in ("svg", "png"):
        try:
            from namefold.io.draw import draw_person
        except ImportError as error:
            message = (
                "drawing SVG or PNG needs matplotlib: pip install 'namefold[draw]' (or use --out NAME.dot)"
            )
            raise InputError(message) from error
        _write_out(args.out, lambda: draw_person(person, args.out))
        text = None
    else:
        message = f"{args.out}: unknown picture format; use .svg, .png, .dot or .graphml"
        raise InputError(message)
    if text is not None:
        _write_out(args.out, lambda: write_text(args.out, text))
    out.write(f"{person.canonical}: {len(person.names)} spellings, {len(person.links)} links -> {args.out}\n")


def _write_out(path: str, write: Callable[[], None]) -> None:
    """Run ``write``, which writes ``path`` all or nothing; a path that cannot be written is
    bad input."""
    try:
        write()
    except OSError as error:
        message = f"{path}: cannot write: {error.strerror or error}"
        raise InputError(message) from error


def _read_names(file: str) -> list[str]:
    return [record.name for record in read_records(file).records]


def _json(value: Any, **options: Any) -> str:
    """``value`` as JSON, non-ASCII text as it is; but where a name holds what UTF-8 cannot
    encode (a lone surrogate), every non-ASCII character as a JSON escape."""
    text = json.dumps(value, ensure_ascii=False, **options)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, **options)
    return text


def _resolve(args: argparse.Namespace, out: TextIO) -> None:
    found = read_records(
        args.file, column=args.column, field=args.field, source=args.source, on_bad_row=args.on_bad_row
    )
    if found.skipped:
        lines = ", ".join(map(str, found.skipped))
        sys.stderr.write(f"namefold: skipped {len(found.skipped)} malformed CSV rows, lines {lines}\n")
    records = found.records
    show = _progress if sys.stderr.isatty() and len(records) >= _PROGRESS_FROM else None
    try:
        res = namefold.resolve(((r.name, r.source) for r in records), threshold=args.threshold, progress=show)
    except namefold.ConfigError as error:
        raise InputError(str(error)) from error
    finally:
        if show:
            sys.stderr.write("\n")
    fmt = args.format
    if fmt == "auto":
        fmt = "table" if out.isatty() else "jsonl"
    if fmt == "table":
        _table(res, out)
        return
    people = {p.id: p for p in res.people}
    rows = [
        {
            "line": r.line,
            "name": r.name,
            "source": r.source,
            "person": m.person,
            "canonical": people[m.person].canonical,
            "ambiguous": people[m.person].ambiguous,
        }
        for r, m in zip(records, res.mentions, strict=True)
    ]
    if fmt == "json":
        out.write(_json(rows, indent=1) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(_json(row) + "\n")
    else:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["line"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _progress(stage: str, done: int, total: int) -> None:
    """A one-line progress bar on stderr: ``[#########           ]  45% comparing full names``."""
    filled = _BAR * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{' ' * (_BAR - filled)}] {100 * done // max(total, 1):3d}% {stage}")
    sys.stderr.flush()


def _extract(args: argparse.Namespace, out: TextIO) -> None:
    twice = sorted({file for file in args.files if args.files.count(file) > 1})
    if twice:
        message = f"{twice[0]}: given twice; each file is one document"
        raise InputError(message)
    documents = {file: read_text(file) for file in args.files}
    mentions = namefold.extract_documents(documents)
    res = namefold.resolve((m.text, m.document) for m in mentions)
    if args.format == "jsonl":
        for mention, resolved in zip(mentions, res.mentions, strict=True):
            row = {
                "document": mention.document,
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "person": resolved.person,
            }
            out.write(_json(row) + "\n")
        return
    used: dict[str, dict[str, set[str]]] = {}
    for resolved in res.mentions:
        used.setdefault(resolved.person, {}).setdefault(resolved.source or "", set()).add(resolved.text)
    for person in res.people:
        flag = " (ambiguous: " + ", ".join(person.candidates) + ")" if person.ambiguous else ""
        out.write(f"{person.canonical or person.id}  [{person.mentions} mentions]{flag}\n")
        for document, spellings in sorted(used[person.id].items()):
            out.write(f"    {document}: {' | '.join(sorted(spellings))}\n")
    out.write(f"{len(res.mentions)} mentions of {len(res.people)} people in {len(documents)} documents\n")


def _explain(args: argparse.Namespace, out: TextIO) -> None:
    out.write(namefold.explain(args.a, args.b) + "\n")


# each command by name: a function of the parsed arguments and the output stream
COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], None]] = {
    "demo": _demo,
    "resolve": _resolve,
    "explain": _explain,
    "extract": _extract,
    "graph": _graph,
}
