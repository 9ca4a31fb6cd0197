"""A mention's own name order: rows of one input read family-first or given-first."""

from __future__ import annotations

from pathlib import Path

import pytest

import namefold
from namefold.names.model import Order


def _people(res: namefold.Resolution) -> list[set[str]]:
    return sorted((set(p.names) for p in res.people), key=sorted)


def test_a_row_order_decides_which_word_is_the_surname() -> None:
    # read as they come, the two are one person with given name and surname swapped;
    # declared family-first, Wei Wang is Mr Wei and Wang Wei is Mr Wang
    assert _people(namefold.resolve(["Wei Wang", "Wang Wei"])) == [{"Wang Wei", "Wei Wang"}]
    declared = namefold.resolve([("Wei Wang", None, "family-first"), ("Wang Wei", None, "family-first")])
    assert _people(declared) == [{"Wang Wei"}, {"Wei Wang"}]
    assert declared.orders == {"Wei Wang": "family-first", "Wang Wei": "family-first"}


def test_rows_mix_orders_and_the_resolution_default() -> None:
    res = namefold.resolve(
        [("Wei Wang", None, "family-first"), ("Wang Wei", None, None), ("Wang Wei", "d2")],
        order="family-first",
    )
    assert _people(res) == [{"Wang Wei"}, {"Wei Wang"}]
    assert res.orders == {"Wei Wang": "family-first"}


def test_a_spelling_keeps_its_first_order_and_the_others_are_counted() -> None:
    res = namefold.resolve(
        [("Wei Wang", None, "family-first"), ("Wei Wang", None, "given-first"), ("Wei Wang", None, "auto")]
    )
    assert res.orders == {"Wei Wang": "family-first"}
    assert res.stats["order_conflicts"] == 2


def test_an_unknown_order_is_refused_and_nothing_is_added() -> None:
    resolver = namefold.Resolver()
    with pytest.raises(namefold.ConfigError, match="a mention's order must be one of auto, given-first"):
        resolver.add_many([("Wei Wang", None, "auto"), ("Wang Wei", None, "family_first")])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="a mention tuple must be"):
        resolver.add_many([("Wei Wang", None, "auto", 1)])  # type: ignore[list-item]
    with pytest.raises(namefold.ConfigError):
        resolver.add("Wei Wang", order="surname-first")  # type: ignore[arg-type]
    assert len(resolver) == 0


def test_orders_survive_save_load_and_extend(tmp_path: Path) -> None:
    res = namefold.resolve([("Wei Wang", None, "family-first"), ("Wang Wei", None, "family-first")])
    res.save(tmp_path / "r.json")
    loaded = namefold.load(tmp_path / "r.json")
    assert _people(loaded) == [{"Wang Wei"}, {"Wei Wang"}]
    assert loaded.orders == res.orders
    grown = loaded.extend([("Wang Wei", "d3")])
    assert _people(grown) == [{"Wang Wei"}, {"Wei Wang"}]


def test_a_declared_order_keeps_the_reading_of_a_name_in_that_order() -> None:
    # declared family first, a Korean or Chinese name is still read as one (syllables,
    # romanization systems): declaring the order a reading already finds changes nothing
    rows: list[tuple[str, None, Order | None]] = [
        ("Kim Chong-il", None, "family-first"),
        ("Kim Jong Il", None, "family-first"),
        ("Mao Tse-tung", None, "family-first"),
        ("Mao Zedong", None, None),
    ]
    assert _people(namefold.resolve(rows)) == [
        {"Kim Chong-il", "Kim Jong Il"},
        {"Mao Tse-tung", "Mao Zedong"},
    ]
    assert _people(namefold.resolve(rows)) == _people(namefold.resolve([r[0] for r in rows]))
