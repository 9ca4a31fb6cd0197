"""A time-bounded fuzzing run over normalize, parse, compare and resolve.

Each round is a fresh, randomly seeded Hypothesis run; rounds repeat until the
budget in NAMEFOLD_FUZZ_SECONDS (default 3) is spent. CI runs it with a larger
budget as its own step (see .ci/run).
"""

from __future__ import annotations

import os
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import namefold
from namefold import strategies as nfst

BUDGET = float(os.environ.get("NAMEFOLD_FUZZ_SECONDS", "3"))
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)
TEXTS = st.one_of(ANY_TEXT, nfst.names(), st.text(alphabet="aAЛл .,-'’\u0301\u200d", max_size=40))


@settings(
    max_examples=200, deadline=None, database=None, derandomize=False, suppress_health_check=list(HealthCheck)
)
@given(st.lists(st.tuples(TEXTS, st.sampled_from([None, "d1", "d2"])), max_size=8), TEXTS, TEXTS)
def _round(mentions: list[tuple[str, str | None]], a: str, b: str) -> None:
    once = namefold.normalize(a)
    assert namefold.normalize(once) == once
    assert once.isascii()
    namefold.parse(a)
    forward, backward = namefold.compare(a, b), namefold.compare(b, a)
    assert forward.score == backward.score
    assert 0.0 <= forward.score <= 1.0
    res = namefold.resolve(mentions)
    assert len(res.mentions) == len(mentions)
    assert sum(p.mentions for p in res.people) == len(mentions)
    assert namefold.resolve(list(reversed(mentions))).people == res.people


def test_fuzz_pipeline() -> None:
    """Fuzz the pipeline for the time budget; any failure is shrunk and reported by Hypothesis."""
    rounds = 0
    stop = time.monotonic() + BUDGET
    while rounds == 0 or time.monotonic() < stop:
        _round()
        rounds += 1
    print(f"fuzzing: {rounds} rounds of 200 examples in {BUDGET:.0f}s budget")
