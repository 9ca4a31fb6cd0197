"""Data frames of every kind, read and written through one small interface.

A pandas ``DataFrame``, a polars ``DataFrame``, a pyarrow ``Table``, or any frame that exports
Arrow (``__arrow_c_stream__``, ``to_arrow()``) or the dataframe interchange protocol
(``__dataframe__``). :func:`read_columns` gives the columns asked for as Python lists (a missing
value as ``None``); :func:`with_columns` returns the frame with columns added, of the frame's
own kind: pandas for pandas, polars for polars, and a pyarrow ``Table`` for anything else.

No frame library is imported here at module level: pandas and polars are recognised only when
already imported (a frame of theirs cannot exist otherwise), and pyarrow is imported on first
use, so ``import namefold`` loads none of them.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from namefold.errors import ConfigError

__all__ = ["Column", "Columns", "Kind", "read_columns", "with_columns"]

Kind = Literal["pandas", "polars", "arrow"]
ColumnType = Literal["str", "bool", "float"]


@attrs.frozen(kw_only=True)
class Column:
    """A column to add: its values (``None`` where missing) and its type."""

    values: list[Any]
    type: ColumnType


@attrs.frozen(kw_only=True, eq=False)
class Columns:
    """The columns read from a frame, each a list of Python values with ``None`` where missing.

    ``base`` is the frame columns are added to (the frame itself, or the pyarrow ``Table``
    made of a frame of another kind) and ``labels`` the pandas index (``None``: rows are
    named by position).
    """

    kind: Kind
    base: Any
    values: Mapping[str, list[object]]
    labels: Any = None

    def row(self, position: int) -> str:
        """The row at ``position`` as an error message names it."""
        if self.labels is None:
            return f"row {position}"
        label = self.labels[position : position + 1].tolist()[0]  # a Python value, not numpy's
        return f"row {label!r} (position {position})"


def _loaded(module: str) -> Any:
    """``module`` if it has been imported, else ``None`` (never imports it)."""
    return sys.modules.get(module)


def _kind(frame: object) -> Kind:
    pandas, polars = _loaded("pandas"), _loaded("polars")
    if pandas is not None and isinstance(frame, pandas.DataFrame):
        return "pandas"
    if polars is not None and isinstance(frame, polars.DataFrame):
        return "polars"
    if any(hasattr(frame, a) for a in ("__arrow_c_stream__", "to_arrow", "__dataframe__")):
        return "arrow"
    message = (
        "frame must be a pandas or polars DataFrame, a pyarrow Table, or a frame with "
        f"__arrow_c_stream__, to_arrow() or __dataframe__; not {type(frame).__name__}"
    )
    raise TypeError(message)


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.interchange
    except ImportError as error:  # pragma: no cover - pyarrow is in the pandas and polars extras
        message = "reading this frame needs pyarrow: pip install 'namefold[polars]'"
        raise ImportError(message) from error
    return pyarrow


def _arrow_table(frame: Any) -> Any:
    """``frame`` as a pyarrow ``Table`` (without copying where Arrow allows); ``TypeError`` if
    it is no table (a series, say)."""
    pa = _pyarrow()
    if isinstance(frame, pa.Table):
        return frame
    try:
        if hasattr(frame, "__arrow_c_stream__"):
            return pa.table(frame)
        if callable(getattr(frame, "to_arrow", None)):
            table = frame.to_arrow()
            if isinstance(table, pa.Table):
                return table
        return pa.interchange.from_dataframe(frame)
    except (pa.ArrowException, TypeError, ValueError) as error:
        message = f"frame must be a table of columns; a {type(frame).__name__} is not: {error}"
        raise TypeError(message) from error


def _check_names(names: Sequence[object], wanted: Sequence[str], added: Sequence[str]) -> None:
    """``ConfigError`` if a wanted column is missing or a column to add is there already."""
    missing = [c for c in wanted if c not in names]
    if missing:
        message = f"no column {missing[0]!r} in the frame; its columns are {list(names)!r:.400}"
        raise ConfigError(message)
    taken = [c for c in added if c in names]
    if taken:
        message = (
            f"the frame already has column(s) {taken!r}, which namefold would add; "
            "rename or drop them first (namefold never overwrites a column)"
        )
        raise ConfigError(message)


def _missing(value: object) -> bool:
    """``None`` and float NaN (pandas' ``NA`` and ``NaT`` are found by ``isna`` first)."""
    return value is None or (isinstance(value, float) and value != value)


def read_columns(frame: Any, wanted: Sequence[str], added: Sequence[str]) -> Columns:
    """The ``wanted`` columns of ``frame`` as lists, missing values as ``None``.

    Raises:
        TypeError: ``frame`` is not a frame namefold can read.
        ConfigError: a ``wanted`` column is not in the frame, or an ``added`` one already is
            (the message lists the frame's columns).
    """
    kind = _kind(frame)
    if kind == "pandas":
        _check_names(list(frame.columns), wanted, added)
        values = {}
        for name in wanted:
            column = frame[name]
            if column.ndim != 1:
                message = f"the frame has more than one column {name!r}"
                raise ConfigError(message)
            absent = column.isna().tolist()  # None, NaN, pd.NA, pd.NaT
            values[name] = [None if gone else v for v, gone in zip(column.tolist(), absent, strict=True)]
        return Columns(kind=kind, base=frame, values=values, labels=frame.index)
    table = _arrow_table(frame)
    _check_names(table.column_names, wanted, added)
    lists = {n: [None if _missing(v) else v for v in table.column(n).to_pylist()] for n in wanted}
    return Columns(kind=kind, base=frame if kind == "polars" else table, values=lists)


def with_columns(columns: Columns, new: Mapping[str, Column]) -> Any:
    """``columns.base`` with the ``new`` columns added after its own, of the same kind.

    Text columns are ``object`` in pandas (``str`` or ``None``), ``String`` in polars and
    ``string`` in Arrow; ``float`` columns hold NaN (pandas) or null (polars, Arrow) where
    ``None``.
    """
    base = columns.base
    if columns.kind == "pandas":
        pd = _loaded("pandas")
        dtypes = {"str": object, "bool": bool, "float": "float64"}
        added = {n: pd.Series(c.values, index=base.index, dtype=dtypes[c.type]) for n, c in new.items()}
        return base.assign(**added)
    if columns.kind == "polars":
        pl = _loaded("polars")
        types = {"str": pl.String, "bool": pl.Boolean, "float": pl.Float64}
        return base.with_columns([pl.Series(n, c.values, dtype=types[c.type]) for n, c in new.items()])
    pa = _pyarrow()
    types = {"str": pa.string(), "bool": pa.bool_(), "float": pa.float64()}
    for name, column in new.items():
        base = base.append_column(name, pa.array(column.values, type=types[column.type]))
    return base
