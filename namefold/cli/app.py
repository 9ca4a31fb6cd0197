"""The ``namefold`` command line's parser and its way of failing.

Exit codes: 0 success; 2 bad input or usage (a one-line message on stderr; argparse uses 2
too); 1 the environment failed (standard output closed or full: a broken pipe ends quietly,
anything else is one line); 130 interrupted (Ctrl-C), one line. No command leaves a partial
file: ``--out`` files are written all or nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import namefold
from namefold.cli.commands import COMMANDS
from namefold.cli.resolving import add_input, add_resolve
from namefold.io.records import InputError

__all__ = ["main"]

_EPILOG = {
    "demo": "example:\n  namefold demo",
    "resolve": "examples:\n  printf 'Maria Kalesnikava\\nMaria Kolesnikova\\n' | namefold resolve -\n"
    "  namefold resolve people.csv --column name --source doc --format csv\n"
    "  namefold resolve mentions.jsonl --field name --format json",
    "review": "examples:\n  namefold review people.csv --column name --format csv > review.csv\n"
    "  (fill in the judgement column: same or different)\n"
    "  namefold resolve people.csv --column name --judgements review.csv --format csv",
    "report": "example:\n  namefold report people.csv --column name --out report.html",
    "explain": 'example:\n  namefold explain "Aliaksandr Lukashenka" "Alexander Lukashenko"',
    "extract": "example:\n  namefold extract article1.txt article2.txt --format jsonl",
    "graph": 'example:\n  namefold graph "Lukashenko" --out lukashenko.svg\n'
    "  namefold graph Coale --input names.txt --out coale.dot",
}

_SUMMARY = {
    "demo": "resolve the built-in example mentions",
    "resolve": "resolve names, one per line",
    "review": "list the pairs nearest the decision, with their explanations",
    "report": "write the resolution as one self-contained HTML page",
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
    add_resolve(command["resolve"])
    add_input(command["review"])
    command["review"].add_argument("--limit", type=int, default=100, help="pairs to list (default 100)")
    command["review"].add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    add_input(command["report"])
    command["report"].add_argument("--out", required=True, help="the HTML file to write")
    command["report"].add_argument("--people", type=int, help="show only this many people, largest first")
    command["report"].add_argument(
        "--review-limit", type=int, default=100, help="uncertain pairs to list (default 100)"
    )
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


def _say(message: str) -> None:
    """One line on stderr (which may itself be gone)."""
    try:
        sys.stderr.write(f"namefold: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _drop_stdout() -> None:
    """Point standard output at the null device, so that Python's own flush at exit finds
    nothing to fail on (after a broken pipe or a full disk)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _utf8(stream: object) -> None:
    """Write ``stream`` as UTF-8 whatever the locale, with what cannot be encoded (a lone
    surrogate) escaped rather than fatal."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        _utf8(sys.stdout)
        COMMANDS[args.command](args, sys.stdout)
        sys.stdout.flush()
    except InputError as error:
        _say(f"error: {error}")
        return 2
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # the reader went away (| head): nothing left to say
        _drop_stdout()
        return 1
    except OSError as error:  # standard output cannot be written (a full disk, /dev/full)
        _drop_stdout()
        _say(f"error: cannot write the output: {error.strerror or error}")
        return 1
    return 0
