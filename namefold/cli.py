"""The ``namefold`` command line: ``demo``, ``resolve``, ``explain``, ``extract`` and ``graph``.

Exit codes: 0 success, 2 bad input or usage (a one-line message on stderr; argparse uses 2 too).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from importlib import resources
from typing import TextIO

import namefold
from namefold.io.records import InputError, read_records, read_text

__all__ = ["main"]

_PROGRESS_FROM = 1000  # from this many names on a terminal, stderr shows a progress bar
_BAR = 30  # the progress bar's width

_EPILOG = {
    "demo": "example:\n  namefold demo",
    "resolve": "examples:\n  printf 'Maria Kalesnikava\\nMaria Kolesnikova\\n' | namefold resolve -\n"
    "  namefold resolve people.csv --column name --source doc --format csv\n"
    "  namefold resolve mentions.jsonl --field name --format json",
    "explain": 'example:\n  namefold explain "Aliaksandr Lukashenka" "Alexander Lukashenko"',
    "extract": "example:\n  namefold extract article1.txt article2.txt --format jsonl",
    "graph": 'example:\n  namefold graph "Lukashenko" --out lukashenko.svg\n'
    "  namefold graph Coale --input names.txt --out coale.dot",
}


_SUMMARY = {
    "demo": "resolve the built-in example mentions",
    "resolve": "resolve names, one per line",
    "explain": "show the evidence behind one comparison",
    "extract": "find person names in text files and resolve them across the files",
    "graph": "draw the spellings of one person with the evidence between them",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="namefold",
        description="Resolve the many spellings of people's names into canonical people.",
        epilog="example:\n  namefold demo",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"namefold {namefold.__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    command = {
        name: commands.add_parser(
            name, help=summary, epilog=_EPILOG[name], formatter_class=argparse.RawDescriptionHelpFormatter
        )
        for name, summary in _SUMMARY.items()
    }
    _add_resolve(command["resolve"])
    command["explain"].add_argument("a")
    command["explain"].add_argument("b")
    command["extract"].add_argument("files", nargs="+", help="UTF-8 text files")
    command["extract"].add_argument("--format", choices=("table", "jsonl"), default="table")
    graph = command["graph"]
    graph.add_argument("name", help="any spelling of the person")
    graph.add_argument("--input", help="names, one per line (default: the built-in example)")
    graph.add_argument(
        "--out", required=True, help="output file: .svg or .png (needs namefold[draw]), .dot, .graphml"
    )
    return parser


def _add_resolve(resolve: argparse.ArgumentParser) -> None:
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


def _demo(out: TextIO) -> None:
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
        res.to_graphml(args.out)
        text = None
    elif suffix in ("svg", "png"):
        try:
            from namefold.io.draw import draw_person
        except ImportError as error:
            message = (
                "drawing SVG or PNG needs matplotlib: pip install 'namefold[draw]' (or use --out NAME.dot)"
            )
            raise InputError(message) from error
        draw_person(person, args.out)
        text = None
    else:
        message = f"{args.out}: unknown picture format; use .svg, .png, .dot or .graphml"
        raise InputError(message)
    if text is not None:
        try:
            with open(args.out, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as error:
            message = f"{args.out}: {error.strerror}"
            raise InputError(message) from error
    out.write(f"{person.canonical}: {len(person.names)} spellings, {len(person.links)} links -> {args.out}\n")


def _read_names(file: str) -> list[str]:
    return [record.name for record in read_records(file)]


def _resolve(args: argparse.Namespace, out: TextIO) -> None:
    records = read_records(args.file, column=args.column, field=args.field, source=args.source)
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
        out.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _progress(stage: str, done: int, total: int) -> None:
    """A one-line progress bar on stderr: ``[#########           ]  45% comparing full names``."""
    filled = _BAR * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{' ' * (_BAR - filled)}] {100 * done // max(total, 1):3d}% {stage}")
    sys.stderr.flush()


def _extract(args: argparse.Namespace, out: TextIO) -> None:
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
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    out = sys.stdout
    try:
        if args.command == "demo":
            _demo(out)
        elif args.command == "resolve":
            _resolve(args, out)
        elif args.command == "extract":
            _extract(args, out)
        elif args.command == "graph":
            _graph(args, out)
        else:
            out.write(namefold.explain(args.a, args.b) + "\n")
    except InputError as error:
        sys.stderr.write(f"namefold: error: {error}\n")
        return 2
    return 0
