"""Data frames in and out: resolve_frame and frame_resolution on pandas, polars and pyarrow."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import namefold
from namefold import ConfigError, frame_resolution, resolve_frame

NAMES = [
    "Aliaksandr Lukashenka",
    "Alexander Lukashenko",
    "Lukashenka",
    "Maria Kalesnikava",
    "Maria Kolesnikova",
    "Viktar Babaryka",
    "Eduard Babaryka",
    "Babaryka",
    "习近平",
    "Xi Jinping",
    "Kim Jong-un",
    "김정은",
]
# the person of each of NAMES, by hand: father and son apart, a bare Babaryka fits both
PEOPLE = [
    "alexander-lukashenko",
    "alexander-lukashenko",
    "alexander-lukashenko",
    "maria-kalesnikava",
    "maria-kalesnikava",
    "viktar-babaryka",
    "eduard-babaryka",
    "ambiguous-babaryka",
    "xi-jinping",
    "xi-jinping",
    "kim-jong-un",
    "kim-jong-un",
]
ADDED = ["person", "canonical", "ambiguous", "score", "rule"]


def _frame() -> pd.DataFrame:
    """NAMES under a shuffled int index, with a column of the caller's own."""
    index = [41, 7, 3, 99, 12, 0, 58, 23, 5, 77, 64, 30]
    return pd.DataFrame({"name": NAMES, "year": range(2000, 2012)}, index=index)


def test_people_of_a_pandas_frame() -> None:
    """One person for the spellings of one person; Viktar and his son Eduard apart."""
    out = resolve_frame(_frame())
    assert out["person"].tolist() == PEOPLE
    assert out["canonical"].tolist()[:3] == ["Alexander Lukashenko"] * 3
    assert out["ambiguous"].tolist() == [False] * 7 + [True] + [False] * 4
    assert out["rule"].tolist()[:3] == ["match", "match", "attach (only candidate)"]
    assert out["score"].tolist()[2] == 0.85
    assert math.isnan(out["score"].tolist()[7])


def test_rows_index_and_input_columns_are_kept() -> None:
    """Same index and row order; the input's columns as they were, the new ones after them."""
    frame = _frame()
    before = frame.copy(deep=True)
    out = resolve_frame(frame)
    pd.testing.assert_frame_equal(frame, before)
    assert out.index.tolist() == [41, 7, 3, 99, 12, 0, 58, 23, 5, 77, 64, 30]
    assert out.columns.tolist() == ["name", "year", *ADDED]
    pd.testing.assert_frame_equal(out[["name", "year"]], before)


def test_missing_names_are_rows_with_no_person() -> None:
    """None, NaN, pd.NA and pd.NaT are no name: the row stays with rule "no name"."""
    names = ["Maria Kalesnikava", None, np.nan, pd.NA, pd.NaT, "Maria Kolesnikova"]
    frame = pd.DataFrame({"name": pd.Series(names, index=["a", "b", "c", "d", "e", "f"], dtype=object)})
    out = resolve_frame(frame)
    assert out.index.tolist() == ["a", "b", "c", "d", "e", "f"]
    assert out["person"].tolist() == ["maria-kalesnikava", None, None, None, None, "maria-kalesnikava"]
    assert out["canonical"].tolist()[1:5] == [None] * 4
    assert out["ambiguous"].tolist() == [False] * 6
    assert out["score"].isna().tolist() == [False, True, True, True, True, False]
    assert out["rule"].tolist() == ["match", "no name", "no name", "no name", "no name", "match"]


def test_column_types() -> None:
    """Text columns of str (or None), ambiguous bool, score float."""
    out = resolve_frame(pd.DataFrame({"name": ["Babaryka", None]}))
    assert [str(out[c].dtype) for c in ADDED] == ["object", "object", "bool", "float64", "object"]


def test_empty_string_is_resolved_as_resolve_does() -> None:
    """ "" is a name, not a missing one: person "unnamed", canonical "" (as namefold.resolve)."""
    out = resolve_frame(pd.DataFrame({"name": ["", "Kim Jong-un"]}))
    assert out["person"].tolist() == ["unnamed", "kim-jong-un"]
    assert out["canonical"].tolist() == ["", "Kim Jong-un"]
    assert out["rule"].tolist() == ["alone", "alone"]


def test_source_column_attaches_a_surname_in_its_document() -> None:
    """A bare Babaryka is Viktar in his document, Eduard in his; without a source, ambiguous."""
    frame = pd.DataFrame(
        {
            "name": ["Viktar Babaryka", "Babaryka", "Eduard Babaryka", "Babaryka", "Babaryka"],
            "doc": ["d1", "d1", "d2", "d2", None],
        }
    )
    out = resolve_frame(frame, source="doc")
    assert out["person"].tolist() == [
        "viktar-babaryka",
        "viktar-babaryka",
        "eduard-babaryka",
        "eduard-babaryka",
        "ambiguous-babaryka",
    ]
    assert out["rule"].tolist()[1] == "attach (same source)"


def test_frame_resolution_carries_the_resolution() -> None:
    """The resolution's people are those of the person column, and its mentions the named rows."""
    frame = _frame()
    frame.loc[23, "name"] = None
    done = frame_resolution(frame)
    assert isinstance(done.resolution, namefold.Resolution)
    assert sorted(p.id for p in done.resolution.people) == sorted(set(done.frame["person"].dropna()))
    assert [m.text for m in done.resolution.mentions] == NAMES[:7] + NAMES[8:]
    assert done.resolution.person("maria-kalesnikava").names == ("Maria Kalesnikava", "Maria Kolesnikova")


def test_polars_in_polars_out() -> None:
    """A polars frame comes back a polars frame, nulls as no name."""
    frame = pl.DataFrame({"name": ["Xi Jinping", None, "习近平"], "n": [1, 2, 3]})
    out = resolve_frame(frame)
    assert isinstance(out, pl.DataFrame)
    assert out.columns == ["name", "n", *ADDED]
    assert out["person"].to_list() == ["xi-jinping", None, "xi-jinping"]
    assert out["rule"].to_list()[1] == "no name"
    assert out["score"].to_list()[1] is None
    assert out.schema["ambiguous"] == pl.Boolean
    assert out.select("name", "n").equals(frame)


def test_arrow_table_in_table_out() -> None:
    """A pyarrow Table comes back a Table."""
    table = pa.table({"name": ["Kim Jong-un", "김정은", None]})
    out = resolve_frame(table)
    assert isinstance(out, pa.Table)
    assert out.column_names == ["name", *ADDED]
    assert out.column("person").to_pylist() == ["kim-jong-un", "kim-jong-un", None]
    assert out.column("score").to_pylist()[2] is None


class _Stream:
    """A frame namefold does not know, exporting only the Arrow C stream."""

    def __init__(self, table: pa.Table) -> None:
        self.table = table

    def __arrow_c_stream__(self, requested_schema: Any = None) -> Any:
        return self.table.__arrow_c_stream__(requested_schema)


def test_any_arrow_stream_comes_back_a_table() -> None:
    """A frame of another kind is read through Arrow and returned as a pyarrow Table."""
    out = resolve_frame(_Stream(pa.table({"name": ["Maria Kolesnikova", "Maria Kalesnikava"]})))
    assert isinstance(out, pa.Table)
    assert out.column("person").to_pylist() == ["maria-kalesnikava", "maria-kalesnikava"]


def test_not_a_frame() -> None:
    with pytest.raises(TypeError, match=r"frame must be .* not list"):
        resolve_frame(["Maria Kalesnikava"])
    with pytest.raises(TypeError, match=r"frame must be .*Series"):
        resolve_frame(pd.Series(["Maria Kalesnikava"]))


@pytest.mark.parametrize("keyword", ["name", "source", "order"])
def test_a_missing_column_is_named_with_the_columns(keyword: str) -> None:
    options: dict[str, Any] = {keyword: "nombre"}
    with pytest.raises(
        ConfigError, match=r"no column 'nombre' in the frame; its columns are \['name', 'year'\]"
    ):
        resolve_frame(_frame(), **options)


def test_an_output_column_already_there_is_refused() -> None:
    frame = _frame().assign(person="mine", rule="mine too")
    with pytest.raises(ConfigError, match=r"already has column\(s\) \['person', 'rule'\]"):
        resolve_frame(frame)


def test_duplicate_name_columns_are_refused() -> None:
    frame = pd.DataFrame([["Babaryka", "Babaryka"]], columns=["name", "name"])
    with pytest.raises(ConfigError, match="more than one column 'name'"):
        resolve_frame(frame)


def test_a_name_not_a_string_names_its_row() -> None:
    """pandas rows by label and position, other frames by position."""
    frame = pd.DataFrame({"name": ["Viktar Babaryka", 1984]}, index=["v", "x"])
    with pytest.raises(TypeError, match=r"column 'name', row 'x' \(position 1\): must be a str, not int"):
        resolve_frame(frame)
    with pytest.raises(TypeError, match="column 'name', row 1: must be a str, not int"):
        resolve_frame(pa.table({"name": [None, 1984]}))


def test_a_source_not_a_string_names_its_row() -> None:
    frame = pd.DataFrame({"name": ["Babaryka", "Babaryka"], "doc": ["d1", 2]}, index=[10, 20])
    with pytest.raises(TypeError, match=r"column 'doc', row 20 \(position 1\): must be a str, not int"):
        resolve_frame(frame, source="doc")


def test_an_unknown_order_names_its_row() -> None:
    frame = pd.DataFrame({"name": ["Kim Jong-un", "Xi Jinping"], "how": ["auto", "surname-first"]})
    with pytest.raises(ConfigError, match=r"column 'how', row 1 \(position 1\): the order must be one of"):
        resolve_frame(frame, order="how")


def test_an_order_column_of_auto_and_missing() -> None:
    """``auto`` and a missing order are the default order."""
    frame = pd.DataFrame({"name": ["Maria Kolesnikova", "Maria Kalesnikava"], "how": ["auto", None]})
    assert resolve_frame(frame, order="how")["person"].tolist() == ["maria-kalesnikava"] * 2


def test_an_empty_frame() -> None:
    out = resolve_frame(pd.DataFrame({"name": pd.Series([], dtype=object)}))
    assert out.columns.tolist() == ["name", *ADDED]
    assert len(out) == 0


def test_order_is_declared_row_by_row() -> None:
    """Declared orders put Thomas first in both Morgan rows (one person), and keep Henry James
    and James Henry, both given name first, apart (``auto`` merges either pair)."""
    frame = pd.DataFrame(
        {
            "name": ["Thomas Morgan", "Morgan Thomas", "Henry James", "James Henry"],
            "how": ["given-first", "family-first", "given_first", "given-first"],
        }
    )
    person = resolve_frame(frame, order="how")["person"].tolist()
    assert person[0] == person[1]
    assert len({person[0], person[2], person[3]}) == 3


def test_judgements_decide_between_the_rows() -> None:
    """A judgement joins father and son against the guards; the resolution keeps it for the next run."""
    frame = pd.DataFrame({"name": ["Viktar Babaryka", "Eduard Babaryka", None, "Babaryka"]})
    before = resolve_frame(frame)["person"].tolist()
    assert before[0] != before[1]
    assert before[3].startswith("ambiguous-")
    judged = [namefold.Judgement(a="Viktar Babaryka", b="Eduard Babaryka", same=True)]
    done = frame_resolution(frame, judgements=judged)
    after = done.frame["person"].tolist()
    assert after[0] == after[1] == after[3]
    assert after[2] is None
    assert done.resolution.judgements == tuple(judged)
