"""Every mention points to the person whose counts include it, whatever its source
(issue 20: ``None`` and ``""`` once split a spelling's count from its mentions)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import namefold

NAMES = ["Viktar Babaryka", "Eduard Babaryka", "Babaryka", "Ivanov", "I. Ivanov", "Ivan Ivanov", ""]
SOURCES = [None, "", "d1", "d2"]


def _check(res: namefold.Resolution) -> None:
    pointed = Counter(m.person for m in res.mentions)
    assert {p.id: p.mentions for p in res.people} == dict(pointed)
    names = {p.id: set(p.names) for p in res.people}
    assert all(m.text in names[m.person] for m in res.mentions)


def test_none_and_empty_source_count_where_they_point() -> None:
    """The case that broke: a bare surname with source '' and with None."""
    res = namefold.resolve(
        [("Viktar Babaryka", ""), ("Babaryka", ""), ("Eduard Babaryka", None), ("Babaryka", None)]
    )
    _check(res)
    assert len({m.person for m in res.mentions if m.text == "Babaryka"}) == 1


def test_an_empty_name_with_both_empty_sources_is_one_person() -> None:
    res = namefold.resolve(["", ("", "")])
    _check(res)
    assert len(res.people) == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(SOURCES)), max_size=12))
def test_counts_match_mentions_for_any_sources(mentions: list[tuple[str, str | None]]) -> None:
    _check(namefold.resolve(mentions))
