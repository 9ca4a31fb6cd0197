"""The saved-resolution file: JSON (never pickle) with the mentions, the people's ids and
canonical names, and the person of every mention.

:func:`save` writes it; :func:`read` reads and checks it, and raises :class:`LoadError`
for anything that is not a whole, valid file. Re-running the resolution on the saved
mentions is :func:`namefold.load`'s part (``namefold.resolve.resolution``).
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

import attrs

from namefold.errors import NamefoldError
from namefold.names.model import Order

if TYPE_CHECKING:
    from namefold.resolve.resolution import Resolution

__all__ = ["LoadError", "Saved", "read", "save"]

FORMAT = "namefold-resolution"
VERSION = 1


class LoadError(NamefoldError, ValueError):
    """A saved resolution cannot be read: truncated, corrupted, or not a namefold file."""


@attrs.frozen(kw_only=True)
class Saved:
    """What a saved resolution holds: its settings, mentions, and each mention's person
    with that person's canonical name."""

    threshold: float
    order: Order
    mentions: list[tuple[str, str | None]]
    assignments: list[str]
    canonical: dict[str, str]


def save(resolution: Resolution, path: str | os.PathLike[str]) -> None:
    """Write ``resolution`` to ``path`` as JSON."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "threshold": resolution.threshold,
        "order": resolution.order,
        "mentions": [[m.text, m.source] for m in resolution.mentions],
        "assignments": [m.person for m in resolution.mentions],
        "people": [
            {"id": p.id, "canonical": p.canonical, "names": list(p.names), "mentions": p.mentions}
            for p in resolution.people
        ],
    }
    text = json.dumps(data, ensure_ascii=False, indent=1)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


def _fail(path: str | os.PathLike[str], why: str) -> LoadError:
    return LoadError(f"{os.fspath(path)}: {why}")


def _read(path: str | os.PathLike[str]) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError as error:
        raise _fail(path, "no such file") from error
    except UnicodeDecodeError as error:
        raise _fail(path, f"not UTF-8 text (byte {error.start})") from error
    except json.JSONDecodeError as error:
        raise _fail(
            path, f"truncated or corrupted JSON (line {error.lineno}, column {error.colno})"
        ) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail(path, f"not a saved namefold resolution (no 'format': {FORMAT!r})")
    if data.get("version") != VERSION:
        raise _fail(
            path, f"unsupported version {data.get('version')!r}; this namefold reads version {VERSION}"
        )
    return data


def _checked(
    path: str | os.PathLike[str], data: dict[str, Any]
) -> tuple[list[tuple[str, str | None]], list[str], dict[str, str]]:
    mentions = data.get("mentions")
    assignments = data.get("assignments")
    people = data.get("people")
    if not isinstance(mentions, list) or not all(
        isinstance(m, list)
        and len(m) == 2
        and isinstance(m[0], str)
        and (m[1] is None or isinstance(m[1], str))
        for m in mentions
    ):
        raise _fail(path, "'mentions' must be a list of [name, source] pairs")
    if not isinstance(people, list) or not all(
        isinstance(p, dict) and isinstance(p.get("id"), str) and isinstance(p.get("canonical"), str)
        for p in people
    ):
        raise _fail(path, "'people' must be a list of objects with 'id' and 'canonical'")
    canonical = {p["id"]: p["canonical"] for p in people}
    if len(canonical) != len(people):
        raise _fail(path, "person ids are not unique")
    if (
        not isinstance(assignments, list)
        or len(assignments) != len(mentions)
        or not all(isinstance(a, str) and a in canonical for a in assignments)
    ):
        raise _fail(path, "'assignments' must give a known person id for every mention")
    if not isinstance(data.get("threshold"), (int, float)) or data.get("order") not in (
        "auto",
        "given-first",
        "family-first",
    ):
        raise _fail(path, "'threshold' or 'order' is missing or invalid")
    return [(m[0], m[1]) for m in mentions], assignments, canonical


def read(path: str | os.PathLike[str]) -> Saved:
    """The checked contents of a file written by :func:`save`; :class:`LoadError` otherwise."""
    data = _read(path)
    mentions, assignments, canonical = _checked(path, data)
    return Saved(
        threshold=float(data["threshold"]),
        order=data["order"],
        mentions=mentions,
        assignments=assignments,
        canonical=canonical,
    )
