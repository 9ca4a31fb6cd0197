"""Verdicts: what the clustering reads of a comparison, shared per resolution."""

from __future__ import annotations

import pytest

from namefold import Evidence, compare, parse
from namefold.resolve.verdicts import (
    Interned,
    PairVerdicts,
    Verdict,
    can_merge,
    is_compatible,
    supports,
    verdict_of,
)


def _surname(rule: str, factor: float) -> Evidence:
    return Evidence(feature="surname", left="a", right="b", rule=rule, factor=factor)


def _given(rule: str, factor: float, *, conflict: bool = False) -> Evidence:
    return Evidence(feature="given", left="a", right="b", rule=rule, factor=factor, conflict=conflict)


def test_verdict_reads_the_conflict_and_the_surname_factor() -> None:
    """A conflict anywhere; the surname's factor, or None when a side has no surname."""
    assert verdict_of((_surname("typo", 0.9), _given("exact", 1.0))) == Verdict(conflict=False, surname=0.9)
    assert verdict_of((_surname("exact", 1.0), _given("different", 0.0, conflict=True))) == Verdict(True, 1.0)
    assert verdict_of((_surname("missing", 1.0), _given("exact", 1.0))) == Verdict(False, None)
    assert verdict_of((_given("exact", 1.0),)) == Verdict(False, None)


def test_interned_shares_equal_verdicts_and_rules_within_one_run() -> None:
    """Equal verdicts (and rule lists) are one object within an Interned, not across two."""
    evidence = (_surname("typo", 0.9), _given("exact", 1.0))
    run = Interned()
    first, second = run.verdict(evidence), run.verdict(tuple(evidence))
    assert first == Verdict(False, 0.9)
    assert first is second
    assert run.share_verdict(Verdict(False, 0.9)) is first  # as a worker sends it back
    assert run.rules(evidence) is run.rules(evidence)
    assert run.rules(evidence) == ("surname: typo", "given: exact")
    other = Interned()  # a second resolution keeps its own
    assert other.verdict(evidence) is not first


def test_compatible_and_supports_on_real_comparisons() -> None:
    """Romanizations of one person are compatible; spouses (gendered surname forms) are not;
    a bare surname supports the full name it belongs to."""
    assert is_compatible(compare("Maria Kalesnikava", "Maria Kolesnikova"))
    assert not is_compatible(compare("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya"))
    assert not is_compatible(compare("Alexander Lukashenko", "Andrei Lukashenko"))
    assert supports(compare("Lukashenka", "Aliaksandr Lukashenka"))
    assert not supports(compare("Tsikhanouski", "Sviatlana Tsikhanouskaya"))


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        ([], True),
        ([Verdict(False, None)], True),
        ([Verdict(False, 0.9), Verdict(False, 0.7)], True),  # average 0.8 >= 0.75
        ([Verdict(False, 0.7), Verdict(False, 0.7)], False),  # average 0.7
        ([Verdict(False, 1.0), Verdict(True, 1.0)], False),  # one conflict is enough
    ],
)
def test_can_merge_refuses_conflicts_and_averages_surnames(verdicts: list[Verdict], expected: bool) -> None:
    """Conflicts are hard; surname factors are averaged against 0.75."""
    assert can_merge(verdicts) is expected


def test_pair_verdicts_computes_only_what_it_does_not_know() -> None:
    """Known pairs are read as given; others are compared once, and counted."""
    parsed = [parse(n) for n in ("Alexander Lukashenko", "Aliaksandr Lukashenka", "Andrei Lukashenko")]
    known = {1: Verdict(False, 0.96)}  # edge_key(0, 1, 3): as if compared while scoring
    verdicts = PairVerdicts(parsed, known, Interned())
    assert verdicts.get(1, 0) == Verdict(False, 0.96)
    assert verdicts.computed == 0
    assert verdicts.get(2, 0).conflict  # Andrei against Alexander
    assert verdicts.computed == 1
    verdicts.get(0, 2)
    assert verdicts.computed == 1  # remembered
    assert list(verdicts.cross([0], [1, 2])) == [Verdict(False, 0.96), Verdict(True, 1.0)]
