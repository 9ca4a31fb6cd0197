"""Judgements: decisions about pairs of spellings that every resolution obeys."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import read_tsv
from hypothesis import given, settings
from hypothesis import strategies as st

import namefold
from namefold import Judgement
from namefold.io.report import render_report

FAMILY = [
    ("Viktar Babaryka", "d1"),
    ("Eduard Babaryka", "d2"),
    ("Babaryka", "d3"),  # father or son: ambiguous
    ("Aliaksandr Lukashenka", "d4"),
    ("Alexander Lukashenko", "d5"),
    ("Lukashenka", "d4"),
    ("Maria Kalesnikava", "d6"),
    ("Maria Kolesnikova", "d7"),
    ("Kalesnikava", "d8"),
]


def _people(res: namefold.Resolution) -> set[frozenset[str]]:
    return {frozenset(p.names) for p in res.people}


def _person(res: namefold.Resolution, text: str) -> set[str]:
    (found,) = {m.person for m in res.mentions if m.text == text}
    return set(res.person(found).names)


def test_same_joins_what_the_guards_keep_apart() -> None:
    before = namefold.resolve(FAMILY)
    assert _person(before, "Viktar Babaryka") == {"Viktar Babaryka"}
    res = namefold.resolve(
        FAMILY, judgements=[Judgement(a="Viktar Babaryka", b="Eduard Babaryka", same=True)]
    )
    assert _person(res, "Viktar Babaryka") == {"Viktar Babaryka", "Eduard Babaryka", "Babaryka"}
    (person,) = [p for p in res.people if "Viktar Babaryka" in p.names]
    judged = [link for link in person.links if link.relation == "judged same"]
    assert [(link.a, link.b, link.score) for link in judged] == [("Eduard Babaryka", "Viktar Babaryka", 1.0)]
    rules = {m.text: m.rule for m in res.mentions}
    assert rules["Viktar Babaryka"] == rules["Eduard Babaryka"] == "judged same"
    assert rules["Babaryka"] == "attach (only candidate)"  # no longer two candidates
    assert [j.status for j in res.judged] == ["applied"]


def test_different_keeps_a_match_apart_and_stops_chains() -> None:
    names = [*FAMILY, ("Alyaksandr Lukashenka", "d9")]
    res = namefold.resolve(
        names, judgements=[Judgement(a="Aliaksandr Lukashenka", b="Alexander Lukashenko", same=False)]
    )
    left, right = _person(res, "Aliaksandr Lukashenka"), _person(res, "Alexander Lukashenko")
    assert left.isdisjoint(right)
    assert "Alyaksandr Lukashenka" in left | right  # joins one of them, never both
    refused = [u for u in res.uncertain() if u.kind == "refused"]
    assert {"Aliaksandr Lukashenka", "Alexander Lukashenko"} in [{u.a, u.b} for u in refused]
    assert all("were judged different people" in u.reason for u in refused)
    assert "judged different people (applied)" in res.explain("Aliaksandr Lukashenka", "Alexander Lukashenko")


def test_a_partial_mention_follows_its_judgement() -> None:
    same = namefold.resolve(FAMILY, judgements=[Judgement(a="Babaryka", b="Viktar Babaryka", same=True)])
    assert _person(same, "Babaryka") == {"Babaryka", "Viktar Babaryka"}
    assert {m.rule for m in same.mentions if m.text == "Babaryka"} == {"judged same"}
    different = namefold.resolve(
        FAMILY, judgements=[Judgement(a="Kalesnikava", b="Maria Kalesnikava", same=False)]
    )
    assert _person(different, "Kalesnikava") == {"Kalesnikava"}  # its only candidate is refused


def test_a_contradicting_judgement_is_reported_not_applied() -> None:
    resolver = namefold.Resolver()
    resolver.add_many(FAMILY)
    resolver.judge("Viktar Babaryka", "Eduard Babaryka", same=True)
    resolver.judge("Eduard Babaryka", "Maria Kalesnikava", same=True)
    resolver.judge("Viktar Babaryka", "Maria Kalesnikava", same=False)  # contradicts the two before
    resolver.judge("Maria Kolesnikova", "Kalesnikava", same=False)
    resolver.judge("Kalesnikava", "Maria Kolesnikova", same=True)  # contradicts the one before
    res = resolver.resolve()
    assert [j.status for j in res.judged] == ["applied", "applied", "contradicts", "applied", "contradicts"]
    assert "judged the same person" in res.judged[2].reason
    assert "judged different" in res.judged[4].reason
    assert _person(res, "Viktar Babaryka") >= {"Viktar Babaryka", "Eduard Babaryka", "Maria Kalesnikava"}
    assert "Kalesnikava" not in _person(res, "Maria Kolesnikova")


def test_an_unseen_spelling_waits_for_its_mentions() -> None:
    judged = [Judgement(a="Viktar Babaryka", b="V. D. Babaryka", same=True)]
    res = namefold.resolve(FAMILY, judgements=judged)
    assert [(j.status, j.reason) for j in res.judged] == [
        ("unseen", "not among the mentions: 'V. D. Babaryka'")
    ]
    grown = res.extend([("V. D. Babaryka", "d10")])
    assert grown.judgements == tuple(judged)
    assert [j.status for j in grown.judged] == ["applied"]
    assert "V. D. Babaryka" in _person(grown, "Viktar Babaryka")


JUDGED = [
    Judgement(a="Viktar Babaryka", b="Eduard Babaryka", same=True),
    Judgement(a="Aliaksandr Lukashenka", b="Alexander Lukashenko", same=False),
    Judgement(a="Kalesnikava", b="Maria Kolesnikova", same=False),
]


def test_judgements_survive_save_and_load(tmp_path: Path) -> None:
    res = namefold.resolve(FAMILY, judgements=JUDGED)
    res.save(tmp_path / "r.json")
    loaded = namefold.load(tmp_path / "r.json")
    assert loaded.judgements == tuple(JUDGED)
    assert loaded.people == res.people
    assert [m.person for m in loaded.mentions] == [m.person for m in res.mentions]


def test_judged_results_do_not_depend_on_order_or_batches() -> None:
    whole = namefold.resolve(FAMILY, judgements=JUDGED)
    shuffled = list(FAMILY)
    random.Random(3).shuffle(shuffled)
    assert _people(namefold.resolve(shuffled, judgements=JUDGED)) == _people(whole)
    batched = namefold.resolve(FAMILY[:4], judgements=JUDGED).extend(FAMILY[4:])
    assert _people(batched) == _people(whole)


def test_bad_judgements_are_refused() -> None:
    resolver = namefold.Resolver()
    with pytest.raises(ValueError, match="two different spellings"):
        resolver.judge("Viktar Babaryka", "Viktar Babaryka", same=True)
    with pytest.raises(TypeError, match="same must be True or False"):
        resolver.judge("Viktar Babaryka", "Eduard Babaryka", same="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="a must be a str"):
        resolver.judge(None, "Eduard Babaryka", same=True)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="judgements must be Judgement values"):
        namefold.Resolver(judgements=[("a", "b", True)])  # type: ignore[list-item]
    assert resolver.judgements == ()


def test_a_person_lists_the_judgements_that_keep_it_apart() -> None:
    res = namefold.resolve(FAMILY, judgements=JUDGED)
    apart = {p.id: p.apart for p in res.people if p.apart}
    assert sorted(apart.values()) == [
        (("Alexander Lukashenko", "Aliaksandr Lukashenka"),),
        (("Aliaksandr Lukashenka", "Alexander Lukashenko"),),
        (("Kalesnikava", "Maria Kolesnikova"),),
        (("Maria Kolesnikova", "Kalesnikava"),),
    ]
    page = render_report(res)
    assert "Aliaksandr Lukashenka is not Alexander Lukashenko" in page


WORLD = [r["name"] for r in read_tsv("world_names.tsv")][:240]


@settings(max_examples=150, deadline=None)
@given(
    names=st.lists(st.sampled_from([*WORLD, "Kim", "Bush", "Gandhi", "Ali"]), min_size=2, max_size=14),
    picks=st.lists(st.tuples(st.integers(0, 13), st.integers(0, 13), st.booleans()), max_size=5),
    seed=st.integers(0, 3),
)
def test_every_applied_judgement_holds_whatever_the_order(
    names: list[str], picks: list[tuple[int, int, bool]], seed: int
) -> None:
    """Each applied "different" splits its spellings; each applied "same" joins them (bare
    surnames that went to two people are reported unmet, not forced); shuffled input gives
    the same people."""
    judged = [
        Judgement(a=names[i % len(names)], b=names[j % len(names)], same=same)
        for i, j, same in picks
        if names[i % len(names)] != names[j % len(names)]
    ]
    res = namefold.resolve(names, judgements=judged)
    person = {m.text: m.person for m in res.mentions}
    for done in res.judged:
        j = done.judgement
        if done.status == "applied":
            assert (person[j.a] == person[j.b]) == j.same, done
        else:
            assert done.status in ("contradicts", "unmet"), done
    shuffled = list(names)
    random.Random(seed).shuffle(shuffled)
    assert _people(namefold.resolve(shuffled, judgements=judged)) == _people(res)
