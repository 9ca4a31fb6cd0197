"""Each mention's score and rule, and the review queue of uncertain pairs."""

from __future__ import annotations

import pytest

import namefold


def test_each_mention_says_what_joined_it_to_its_person() -> None:
    res = namefold.resolve(
        [
            ("Aliaksandr Lukashenka", "d1"),
            ("Alexander Lukashenko", "d2"),
            ("Lukashenka", "d1"),  # a bare surname beside a full name of its document
            ("Kalesnikava", "d7"),  # the one compatible person, from another document
            ("Maria Kalesnikava", "d8"),
            ("Viktar Babaryka", "d3"),
            ("Eduard Babaryka", "d4"),
            ("Babaryka", "d5"),  # father or son
        ]
    )
    rules = {(m.text, m.source): (m.rule, m.score) for m in res.mentions}
    assert rules["Lukashenka", "d1"][0] == "attach (same source)"
    assert rules["Kalesnikava", "d7"][0] == "attach (only candidate)"
    assert rules["Babaryka", "d5"] == ("ambiguous", None)
    assert rules["Viktar Babaryka", "d3"] == ("alone", None)
    assert rules["Maria Kalesnikava", "d8"] == ("full name", None)  # its surname came to it
    match = rules["Aliaksandr Lukashenka", "d1"]
    assert match[0] == "match"
    assert match == rules["Alexander Lukashenko", "d2"]  # one edge joins both
    assert match[1] is not None
    assert 0.8 <= match[1] < 1.0  # a romanization: above the threshold, not identical


def test_the_pair_is_below_or_above_by_the_threshold() -> None:
    names = ["Aliaksandr Lukashenka", "Alexander Lukashenko"]
    score = namefold.compare(*names).score
    strict = namefold.resolve(names, threshold=score + 0.01)
    loose = namefold.resolve(names, threshold=score - 0.01)
    (below,) = strict.uncertain()
    (above,) = loose.uncertain()
    assert (below.kind, below.merged, below.score) == ("below", False, score)
    assert (above.kind, above.merged, above.score) == ("above", True, score)
    assert {below.a, below.b} == set(names)
    assert below.explanation == namefold.explain(below.a, below.b)
    assert below.person_a != below.person_b
    assert above.person_a == above.person_b


def test_a_refused_merge_comes_first_and_names_the_conflict() -> None:
    res = namefold.resolve(
        [
            "George H. W. Bush",
            "George W. Bush",
            "George Bush",
            "Aliaksandr Lukashenka",
            "Alexander Lukashenko",
        ],
        threshold=0.9,
    )
    queue = res.uncertain()
    assert queue[0].kind == "refused"
    assert queue[0].score >= 0.9
    assert not queue[0].merged
    assert "George Bush" in (queue[0].a, queue[0].b)
    assert "conflict" in queue[0].reason
    assert "middle" in queue[0].reason
    assert [u.kind for u in queue[1:]] == ["above"]  # the Lukashenka pair


def test_pairs_far_from_the_threshold_are_not_uncertain() -> None:
    res = namefold.resolve(["Viktar Babaryka", "Eduard Babaryka", "Maria Kalesnikava", "Maria Kalesnikava"])
    assert res.uncertain() == ()


def test_limit() -> None:
    res = namefold.resolve(["George H. W. Bush", "George W. Bush", "George Bush", "Geo. Bush"], threshold=0.9)
    assert len(res.uncertain(limit=1)) == 1
    assert res.uncertain(limit=0) == ()
    for bad in (-1, 1.5, True, "3"):
        with pytest.raises(namefold.ConfigError, match="limit"):
            res.uncertain(limit=bad)  # type: ignore[arg-type]
