"""The saved-resolution file: JSON (never pickle) with the mentions, the people and the
person of every mention, and the namefold version that made it.

:func:`save` writes it all or nothing (:mod:`namefold.io.atomic`); names that UTF-8 cannot
encode (a lone surrogate) are written as JSON escapes, which read back exactly. :func:`read`
checks the whole file against the format before anything is built, and raises
:class:`LoadError`, naming the file and the place, for anything that is not a whole, valid
file. Re-running the resolution on the saved mentions, and checking that it gives the
saved people, is :func:`namefold.load`'s part (``namefold.resolve.resolution``).
"""

from __future__ import annotations

import json
import os
from importlib import metadata
from typing import TYPE_CHECKING, Any

import attrs

from namefold.errors import ConfigError, NamefoldError, check_threshold
from namefold.io.atomic import write_bytes
from namefold.names.model import ORDERS, Order

if TYPE_CHECKING:
    from namefold.resolve.resolution import Resolution

__all__ = ["MAX_BYTES", "LoadError", "Saved", "SavedPerson", "read", "save"]

FORMAT = "namefold-resolution"
VERSION = 2  # 2 adds each spelling's own name order and the judgements; 1 is read too
MAX_BYTES = 1 << 30  # the largest file load reads unless told otherwise (1 GiB)


class LoadError(NamefoldError, ValueError):
    """A saved resolution cannot be read: truncated, corrupted, edited out of shape, or not a
    namefold file."""


@attrs.frozen(kw_only=True)
class SavedPerson:
    """A person as saved: id and canonical name, and (``None`` if the file leaves them out)
    its distinct names and mention count."""

    id: str
    canonical: str
    names: tuple[str, ...] | None
    mentions: int | None


@attrs.frozen(kw_only=True)
class Saved:
    """What a saved resolution holds: its settings, mentions, each mention's person, the
    people, and the namefold version that saved it (``None`` in files from before it was
    recorded)."""

    threshold: float
    order: Order
    mentions: list[tuple[str, str | None]]
    assignments: list[str]
    people: list[SavedPerson]
    namefold: str | None
    orders: dict[str, Order] = attrs.field(factory=dict)  # spellings with their own name order
    judgements: list[tuple[str, str, bool]] = attrs.field(factory=list)  # (a, b, same), in order

    @property
    def canonical(self) -> dict[str, str]:
        """Each saved person's canonical name, by id."""
        return {p.id: p.canonical for p in self.people}


def namefold_version() -> str:
    """The version of the installed namefold (``unknown`` when it is not installed)."""
    try:
        return metadata.version("namefold")
    except metadata.PackageNotFoundError:
        return "unknown"


def save(resolution: Resolution, path: str | os.PathLike[str]) -> None:
    """Write ``resolution`` to ``path`` as JSON, all or nothing."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "namefold": namefold_version(),
        "threshold": resolution.threshold,
        "order": resolution.order,
        "mentions": [[m.text, m.source] for m in resolution.mentions],
        "orders": dict(sorted(resolution.orders.items())),
        "judgements": [[j.a, j.b, j.same] for j in resolution.judgements],
        "assignments": [m.person for m in resolution.mentions],
        "people": [
            {"id": p.id, "canonical": p.canonical, "names": list(p.names), "mentions": p.mentions}
            for p in resolution.people
        ],
    }
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: every non-ASCII character as a JSON escape
        encoded = (json.dumps(data, ensure_ascii=True, indent=1) + "\n").encode("ascii")
    write_bytes(path, encoded)


def _fail(path: str | os.PathLike[str], why: str) -> LoadError:
    return LoadError(f"{os.fspath(path)}: {why}")


def _reject_constant(name: str) -> None:
    message = f"{name} is not a JSON number"
    raise ValueError(message)


def _read(path: str | os.PathLike[str], max_bytes: int) -> Any:
    """The file's JSON value; LoadError for a missing, unreadable, oversized or malformed file."""
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise _fail(path, f"{size:,} bytes, more than the {max_bytes:,} that load reads (max_bytes)")
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError as error:
        raise _fail(path, "no such file") from error
    except IsADirectoryError as error:
        raise _fail(path, "a directory, not a file") from error
    except OSError as error:
        raise _fail(path, f"cannot be read: {error.strerror or error}") from error
    if len(raw) > max_bytes:  # it grew while read
        raise _fail(path, f"more than the {max_bytes:,} bytes that load reads (max_bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _fail(path, f"not UTF-8 text (byte {error.start})") from error
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise _fail(path, f"truncated or corrupted JSON ({where}): {error.msg}") from error
    except RecursionError as error:
        raise _fail(path, "JSON nested too deeply for a saved resolution") from error
    except ValueError as error:  # NaN / Infinity, or an integer of thousands of digits
        raise _fail(path, f"not a saved namefold resolution: {error}") from error


def _is_int(value: object) -> bool:
    return type(value) is int


def _check_head(path: str | os.PathLike[str], data: Any) -> tuple[float, Order, str | None]:
    """The format, version, namefold version and settings, checked."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail(path, f"not a saved namefold resolution (no 'format': {FORMAT!r})")
    version = data.get("version")
    if not _is_int(version) or version not in (1, VERSION):
        raise _fail(path, f"unsupported version {version!r}; this namefold reads versions 1 and {VERSION}")
    made_by = data.get("namefold")
    if made_by is not None and not isinstance(made_by, str):
        raise _fail(path, f"'namefold' must be a version string, not {made_by!r:.80}")
    try:
        threshold = check_threshold(data.get("threshold"))
    except ConfigError as error:
        raise _fail(path, f"'threshold': {error}") from None
    order = data.get("order")
    if order not in ORDERS:
        raise _fail(path, f"'order' must be one of {', '.join(ORDERS)}, not {order!r:.80}")
    return threshold, order, made_by


def _check_mentions(path: str | os.PathLike[str], mentions: Any) -> list[tuple[str, str | None]]:
    if not isinstance(mentions, list):
        raise _fail(path, "'mentions' must be a list of [name, source] pairs")
    for at, m in enumerate(mentions):
        if not (
            isinstance(m, list)
            and len(m) == 2
            and isinstance(m[0], str)
            and (m[1] is None or isinstance(m[1], str))
        ):
            raise _fail(
                path, f"'mentions' must be a list of [name, source] pairs: mentions[{at}] is {m!r:.80}"
            )
    return [(m[0], m[1]) for m in mentions]


def _check_orders(path: str | os.PathLike[str], orders: Any) -> dict[str, Order]:
    if orders is None:
        return {}
    if not isinstance(orders, dict) or not all(o in ORDERS for o in orders.values()):
        raise _fail(path, f"'orders' must map spellings to one of {', '.join(ORDERS)}")
    return orders


def _check_judgements(path: str | os.PathLike[str], judgements: Any) -> list[tuple[str, str, bool]]:
    if judgements is None:
        return []
    why = "'judgements' must be a list of [a, b, same] with two different spellings and true or false"
    if not isinstance(judgements, list):
        raise _fail(path, why)
    for at, j in enumerate(judgements):
        if not (
            isinstance(j, list)
            and len(j) == 3
            and isinstance(j[0], str)
            and isinstance(j[1], str)
            and j[0] != j[1]
            and isinstance(j[2], bool)
        ):
            raise _fail(path, f"{why}: judgements[{at}] is {j!r:.80}")
    return [(j[0], j[1], j[2]) for j in judgements]


def _check_person(path: str | os.PathLike[str], at: int, p: Any) -> SavedPerson:
    where = f"people[{at}]"
    if not isinstance(p, dict) or not isinstance(p.get("id"), str) or not isinstance(p.get("canonical"), str):
        raise _fail(
            path, f"'people' must be a list of objects with 'id' and 'canonical': {where} is {p!r:.80}"
        )
    names, count = p.get("names"), p.get("mentions")
    if names is not None and not (isinstance(names, list) and all(isinstance(n, str) for n in names)):
        raise _fail(path, f"{where}: 'names' must be a list of strings")
    if count is not None and not (_is_int(count) and count >= 0):
        raise _fail(path, f"{where}: 'mentions' must be a count, not {count!r:.80}")
    return SavedPerson(
        id=p["id"], canonical=p["canonical"], names=None if names is None else tuple(names), mentions=count
    )


def read(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Saved:
    """The checked contents of a file written by :func:`save`; :class:`LoadError` otherwise.

    Files over ``max_bytes`` are refused before they are read.
    """
    data = _read(path, max_bytes)
    threshold, order, made_by = _check_head(path, data)
    mentions = _check_mentions(path, data.get("mentions"))
    people_data = data.get("people")
    if not isinstance(people_data, list):
        raise _fail(path, "'people' must be a list of objects with 'id' and 'canonical'")
    people = [_check_person(path, at, p) for at, p in enumerate(people_data)]
    ids = {p.id for p in people}
    if len(ids) != len(people):
        raise _fail(path, "person ids are not unique")
    assignments = data.get("assignments")
    if not isinstance(assignments, list) or len(assignments) != len(mentions):
        raise _fail(path, "'assignments' must give a known person id for every mention")
    for at, a in enumerate(assignments):
        if not (isinstance(a, str) and a in ids):
            why = (
                f"'assignments' must give a known person id for every mention: assignments[{at}] is {a!r:.80}"
            )
            raise _fail(path, why)
    return Saved(
        threshold=threshold,
        order=order,
        mentions=mentions,
        assignments=assignments,
        people=people,
        namefold=made_by,
        orders=_check_orders(path, data.get("orders")),
        judgements=_check_judgements(path, data.get("judgements")),
    )


def difference(saved: Saved, fresh: Resolution, loaded: Resolution) -> str | None:
    """How the people namefold finds in the saved mentions (``fresh``; ``loaded``: the same
    with the saved ids kept) differ from the people in the file, or ``None`` when they are
    the same."""
    first_saved: dict[str, int] = {}
    first_fresh: dict[str, int] = {}
    for at, (mention, wanted) in enumerate(zip(fresh.mentions, saved.assignments, strict=True)):
        a, b = first_saved.setdefault(wanted, at), first_fresh.setdefault(mention.person, at)
        if a != b:  # mention ``at`` is saved with mention a, found with mention b
            other = min(a, b)
            texts = f"{other} ({fresh.mentions[other].text!r:.60}) and {at} ({mention.text!r:.60})"
            if a < b:
                return f"mentions {texts} are saved as one person; namefold finds two"
            return f"mentions {texts} are saved as two people; namefold finds one"
    people = {p.id: p for p in loaded.people}
    for p in saved.people:
        person = people.get(p.id)
        if person is None:
            return f"person {p.id!r} has no mention"
        if p.names is not None and tuple(p.names) != person.names:
            names, found_names = f"{list(p.names)!r:.120}", f"{list(person.names)!r:.120}"
            return f"person {p.id!r} is saved with the names {names}, not {found_names}"
        if p.mentions is not None and p.mentions != person.mentions:
            return f"person {p.id!r} is saved with {p.mentions} mentions, not {person.mentions}"
    return None


def refused(path: str | os.PathLike[str], saved: Saved, why: str) -> LoadError:
    """The error of a file whose people are not the ones its mentions give."""
    made_by = saved.namefold or "an unrecorded version"
    return _fail(
        path,
        f"the saved people are not those namefold {namefold_version()} finds in the saved mentions: {why}. "
        f"The file was edited, or saved by namefold {made_by}, which resolves differently; "
        "load(path, strict=False) takes the people namefold finds, keeping the saved ids and "
        "canonical names where their mentions went",
    )
