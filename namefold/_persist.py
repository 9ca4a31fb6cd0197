"""Saving, loading and extending resolutions, keeping people's ids stable.

A saved resolution is JSON (never pickle): the mentions, the people with their
ids and canonical names, and the person of every mention. Loading re-runs the
resolution on the saved mentions and gives each person back its saved id and
canonical name. Extending adds mentions and again keeps every existing
person's id and canonical name; when new evidence merges existing people, or
splits one, the change is reported in ``Resolution.changes``.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from namefold._errors import NamefoldError

if TYPE_CHECKING:
    from namefold._resolve import Resolution

__all__ = ["Change", "LoadError", "extend", "load", "save"]

FORMAT = "namefold-resolution"
VERSION = 1


class LoadError(NamefoldError, ValueError):
    """A saved resolution cannot be read: truncated, corrupted, or not a namefold file."""


@attrs.frozen(kw_only=True)
class Change:
    """What new evidence did to existing people.

    ``kind`` is ``merge`` (the people ``ids`` are now one person, ``into``) or
    ``split`` (the mentions of person ``into`` now belong to the people ``ids``).
    """

    kind: str
    into: str
    ids: tuple[str, ...]


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


def load(path: str | os.PathLike[str]) -> Resolution:
    """Load a resolution saved with :meth:`Resolution.save`.

    Every saved person keeps its id and canonical name. A truncated or corrupted
    file raises :class:`LoadError`; nothing partial is ever returned.
    """
    from namefold._parallel import check_workers
    from namefold._resolve import _resolve

    data = _read(path)
    mentions, assignments, canonical = _checked(path, data)
    fresh = _resolve(
        mentions, threshold=float(data["threshold"]), order=data["order"], workers=check_workers(None)
    )
    return _keep_ids(fresh, assignments, canonical)


def extend(resolution: Resolution, names: Iterable[str | tuple[str, str | None]]) -> Resolution:
    """``resolution`` with more mentions: existing people keep their ids and canonical names.

    Merges and splits of existing people are listed in the result's ``changes``.
    """
    from namefold._resolve import Resolver

    grown = Resolver(threshold=resolution.threshold, order=resolution.order)
    grown.add_many([(m.text, m.source) for m in resolution.mentions])
    grown.add_many(names)
    fresh = grown.resolve()
    canonical = {p.id: p.canonical for p in resolution.people}
    return _keep_ids(fresh, [m.person for m in resolution.mentions], canonical)


def _keep_ids(fresh: Resolution, previous: list[str], canonical: Mapping[str, str]) -> Resolution:
    """Relabel ``fresh`` so each previous person keeps its id where its mentions went."""
    holders: dict[str, Counter[str]] = defaultdict(Counter)  # previous id -> fresh ids of its mentions
    for mention, old in zip(fresh.mentions, previous, strict=False):
        holders[old][mention.person] += 1
    ambiguous = {p.id for p in fresh.people if p.ambiguous}

    def home_of(counts: Counter[str]) -> str:
        """Where most of a previous person's mentions went; an ambiguous entry is never home."""
        return min(counts.items(), key=lambda kv: (kv[0] in ambiguous, -kv[1], kv[0]))[0]

    home = {old: home_of(counts) for old, counts in holders.items()}
    olds_of: dict[str, list[str]] = defaultdict(list)
    for old, new in sorted(home.items()):
        olds_of[new].append(old)
    sizes = Counter(previous)
    mapping: dict[str, tuple[str, str]] = {}
    changes = []
    for person in sorted(fresh.people, key=lambda p: p.id):
        olds = olds_of.get(person.id, [])
        if olds:
            kept = min(olds, key=lambda o: (-sizes[o], o))
            mapping[person.id] = (kept, canonical[kept])
            if len(olds) > 1:
                changes.append(Change(kind="merge", into=kept, ids=tuple(sorted(olds))))
    taken = {final for final, _ in mapping.values()}
    for person in sorted(fresh.people, key=lambda p: p.id):
        if person.id not in mapping:
            new_id, n = person.id, 1
            while new_id in taken or new_id in canonical:
                n += 1
                new_id = f"{person.id}-{n}"
            taken.add(new_id)
            mapping[person.id] = (new_id, person.canonical)
    for old, counter in sorted(holders.items()):
        if len(counter) > 1:
            parts = tuple(sorted(mapping[new][0] for new in counter))
            changes.append(Change(kind="split", into=old, ids=parts))
    return _relabel(fresh, mapping, tuple(changes))


def _relabel(
    res: Resolution, mapping: Mapping[str, tuple[str, str]], changes: tuple[Change, ...]
) -> Resolution:
    ids = {old: new for old, (new, _) in mapping.items()}
    people = sorted(
        (
            attrs.evolve(
                p,
                id=ids[p.id],
                canonical=mapping[p.id][1],
                candidates=tuple(sorted(ids[c] for c in p.candidates)),
            )
            for p in res.people
        ),
        key=lambda p: (-p.mentions, p.id),
    )
    mentions = tuple(attrs.evolve(m, person=ids[m.person]) for m in res.mentions)
    node_people = tuple(ids[person] for person in res._node_people)
    return attrs.evolve(
        res, people=tuple(people), mentions=mentions, node_people=node_people, changes=changes
    )
