"""Resolving the names of a data frame's rows: :func:`resolve_frame` and :func:`frame_resolution`.

The frame comes back with five columns added (:data:`OUTPUT_COLUMNS`), one value per row, in
the same order with the same index; its own columns are left as they were. The frame kinds
(pandas, polars, pyarrow and others) are handled in :mod:`namefold.io.frames`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

import attrs

from namefold.errors import ConfigError, require_str
from namefold.io.frames import Column, Columns, read_columns, with_columns
from namefold.names.model import Order
from namefold.resolve.inputs import CheckedMention
from namefold.resolve.judgements import Judgement
from namefold.resolve.resolution import Resolution
from namefold.resolve.resolver import DEFAULT_THRESHOLD, Resolver

__all__ = [
    "NO_NAME",
    "OUTPUT_COLUMNS",
    "FrameResolution",
    "frame_mentions",
    "frame_resolution",
    "output_columns",
    "read_named",
    "resolve_frame",
    "row_people",
    "RowPerson",
]

OUTPUT_COLUMNS = ("person", "canonical", "ambiguous", "score", "rule")
NO_NAME = "no name"  # the rule of a row whose name is missing

# the values an order column may hold: namefold.parse's spellings, and the same with "_"
_ORDERS: Mapping[str, Order] = {
    "auto": "auto",
    "given-first": "given-first",
    "family-first": "family-first",
    "given_first": "given-first",
    "family_first": "family-first",
}


@attrs.frozen(kw_only=True, eq=False)
class FrameResolution:
    """A frame with its people's columns added, and the :class:`namefold.Resolution` behind
    them (for ``uncertain()``, ``save()``, ``person()`` ...).

    ``frame``'s ``person`` column holds the ids of ``resolution.people``.
    """

    frame: Any
    resolution: Resolution


def resolve_frame(
    frame: Any,
    name: str = "name",
    source: str | None = None,
    order: str | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    judgements: Iterable[Judgement] = (),
    workers: int | None = None,
) -> Any:
    """Return ``frame`` with the columns ``person``, ``canonical``, ``ambiguous``, ``score`` and
    ``rule`` added: same index, same rows, same order, its own columns untouched.

    Same as ``frame_resolution(...).frame``: see :func:`frame_resolution` for the arguments.

    Examples:
        >>> import pandas as pd
        >>> people = pd.DataFrame(
        ...     {"name": ["Aliaksandr Lukashenka", None, "Alexander Lukashenko"]}, index=["a", "b", "c"]
        ... )
        >>> resolve_frame(people)["person"].tolist()
        ['alexander-lukashenko', None, 'alexander-lukashenko']
    """
    return frame_resolution(
        frame, name, source, order, threshold=threshold, judgements=judgements, workers=workers
    ).frame


def frame_resolution(
    frame: Any,
    name: str = "name",
    source: str | None = None,
    order: str | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    judgements: Iterable[Judgement] = (),
    workers: int | None = None,
) -> FrameResolution:
    """Resolve the names in column ``name`` of ``frame`` into people.

    Args:
        frame: a pandas or polars ``DataFrame``, a pyarrow ``Table``, or any frame with
            ``__arrow_c_stream__``, ``to_arrow()`` or ``__dataframe__``. The result is of the
            same kind (a pyarrow ``Table`` for a kind namefold does not know).
        name: the column of names. A missing value (None, NaN, ``pd.NA``, ``pd.NaT``, null)
            is no name: the row stays, with ``person`` and ``canonical`` missing,
            ``ambiguous`` false, ``score`` missing and ``rule`` ``"no name"``. An empty string
            is a name, resolved as :func:`namefold.resolve` resolves it.
        source: a column of document ids (a bare surname attaches to the full name of its own
            document), ``str`` or missing.
        order: a column of name orders: ``auto``, ``given-first``, ``family-first`` (or
            ``given_first``, ``family_first``); missing is ``auto``. A spelling is read in
            the order of its first row that gives one (see :class:`namefold.Resolver`).
        threshold, workers: as for :func:`namefold.resolve`.
        judgements: decisions to obey, as for :func:`namefold.resolve` (e.g. the
            ``judgements`` of an earlier resolution, with more from :meth:`Resolver.judge`).

    The columns added are ``person`` (the person's id), ``canonical`` (its canonical name),
    ``ambiguous`` (a partial name that fits several people), ``score`` and ``rule`` (what
    joined the row's name to its person, see :class:`namefold.Mention`). A frame that already
    has one of them is refused: namefold never overwrites a column.

    Raises:
        ConfigError: a column is not in the frame (the message lists its columns), the frame
            already has an output column, or an order value is unknown (naming the row).
        TypeError: a name, source or order is neither a ``str`` nor missing (naming the column
            and row), or ``frame`` is not a frame.
    """
    columns = read_named(frame, name, source, order)
    rows, mentions = frame_mentions(columns, name, source, order)
    resolution = _resolve(mentions, threshold=threshold, judgements=judgements, workers=workers)
    added = output_columns(row_people(resolution), rows, len(columns.values[name]))
    return FrameResolution(frame=with_columns(columns, added), resolution=resolution)


def read_named(frame: Any, name: str, source: str | None, order: str | None) -> Columns:
    """The name, source and order columns of ``frame`` (those given), checked: each is there,
    and no column namefold adds is (:func:`namefold.io.frames.read_columns`)."""
    wanted = dict.fromkeys(c for c in (name, source, order) if c is not None)
    return read_columns(frame, list(wanted), OUTPUT_COLUMNS)


def frame_mentions(
    columns: Columns, name: str, source: str | None, order: str | None
) -> tuple[list[int], list[CheckedMention]]:
    """The positions of the rows with a name, and their ``(name, source, order)`` mentions."""
    names = columns.values[name]
    sources = columns.values[source] if source is not None else [None] * len(names)
    orders = columns.values[order] if order is not None else [None] * len(names)
    rows: list[int] = []
    mentions: list[CheckedMention] = []
    for i, (text, where, how) in enumerate(zip(names, sources, orders, strict=True)):
        if text is None:
            continue
        rows.append(i)
        mentions.append(
            (
                text if type(text) is str else _checked(columns, name, i, text),
                where if where is None or type(where) is str else _checked(columns, source, i, where),
                None if how is None else _order(columns, order, i, how),
            )
        )
    return rows, mentions


def _checked(columns: Columns, column: str | None, position: int, value: object) -> str:
    """``value`` if it is a ``str``; a ``TypeError`` naming the column and row if not."""
    return require_str(value, f"column {column!r}, {columns.row(position)}:")


def _order(columns: Columns, column: str | None, position: int, value: object) -> Order:
    found = _ORDERS.get(_checked(columns, column, position, value))
    if found is None:
        message = (
            f"column {column!r}, {columns.row(position)}: the order must be one of "
            f"{', '.join(_ORDERS)}, not {value!r:.80}"
        )
        raise ConfigError(message)
    return found


def _resolve(
    mentions: list[CheckedMention], *, threshold: float, judgements: Iterable[Judgement], workers: int | None
) -> Resolution:
    """The one place that hands a frame's mentions to the core."""
    resolver = Resolver(threshold=threshold, workers=workers, judgements=judgements)
    resolver.add_many(mentions)
    return resolver.resolve()


class RowPerson(NamedTuple):
    """What a row with a name gets: its person's id, canonical name and ambiguity, and the
    score and rule of its mention."""

    person: str
    canonical: str
    ambiguous: bool
    score: float | None
    rule: str


def row_people(resolution: Resolution) -> list[RowPerson]:
    """The :class:`RowPerson` of each mention of ``resolution``, in order."""
    found = []
    for mention in resolution.mentions:
        person = resolution.person(mention.person)
        found.append(RowPerson(person.id, person.canonical, person.ambiguous, mention.score, mention.rule))
    return found


def output_columns(found: Sequence[RowPerson], rows: list[int], size: int) -> dict[str, Column]:
    """The added columns of a frame of ``size`` rows: the rows at ``rows`` (those with a name)
    get ``found``, in order; the others no person and the rule ``no name``."""
    person: list[str | None] = [None] * size
    canonical: list[str | None] = [None] * size
    ambiguous = [False] * size
    score: list[float | None] = [None] * size
    rule = [NO_NAME] * size
    for i, one in zip(rows, found, strict=True):
        person[i], canonical[i], ambiguous[i], score[i], rule[i] = one
    return {
        "person": Column(values=person, type="str"),
        "canonical": Column(values=canonical, type="str"),
        "ambiguous": Column(values=ambiguous, type="bool"),
        "score": Column(values=score, type="float"),
        "rule": Column(values=rule, type="str"),
    }
