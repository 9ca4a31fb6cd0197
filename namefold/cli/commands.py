"""The commands of the ``namefold`` command line: ``demo``, ``resolve``, ``review``,
``report`` (:mod:`namefold.cli.resolving`), ``explain``, ``extract`` and ``graph``, each a
function of the parsed arguments and the output stream.
A command raises :class:`namefold.io.records.InputError` for bad input; the caller
(:mod:`namefold.cli.app`) turns every failure into one line and an exit code.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import resources
from typing import TextIO

import namefold
from namefold.cli.resolving import json_text, report, resolve, review, table
from namefold.io.atomic import write_text
from namefold.io.records import InputError, read_records, read_text

__all__ = ["COMMANDS"]


def _example() -> namefold.Resolution:
    path = resources.files("namefold") / "data" / "examples" / "belarus_2025.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    mentions = [tuple(line.split("\t")) for line in lines[1:]]
    return namefold.resolve((mention, doc) for doc, mention in mentions)


def _demo(args: argparse.Namespace, out: TextIO) -> None:
    table(_example(), out)


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
            out.write(json_text(row) + "\n")
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
    "resolve": resolve,
    "review": review,
    "report": report,
    "explain": _explain,
    "extract": _extract,
    "graph": _graph,
}
