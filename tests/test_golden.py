"""Quality on the golden fixtures: the bars of the core issue.

Each test appends its metrics report, which conftest prints at the end of the run.
"""

from __future__ import annotations

from conftest import QUALITY_REPORTS, read_tsv

from namefold import compare, evaluate, resolve


def test_seed_articles_resolve_perfectly() -> None:
    """Every mention in the five seed articles goes to its true person; no false merges."""
    rows = read_tsv("seed_mentions.tsv")
    res = resolve([(r["mention"], r["doc"]) for r in rows])
    metrics = evaluate(
        [m.person for m in res.mentions],
        [r["person"] for r in rows],
        [f"{r['mention']} @{r['doc']}" for r in rows],
    )
    QUALITY_REPORTS.append(metrics.report("fixtures/seed_mentions.tsv (mentions)"))
    assert metrics.false_merges == ()
    assert metrics.splits == ()
    assert metrics.f1 == 1.0


def test_cross_language_fixture_meets_the_bar() -> None:
    """At least 40 people with 6+ spellings each: pairwise F1 >= 0.95."""
    rows = read_tsv("cross_language.tsv")
    people = {r["person"] for r in rows}
    assert len(people) >= 40
    assert min(sum(r["person"] == p for r in rows) for p in people) >= 6
    res = resolve([r["name"] for r in rows])
    metrics = evaluate(
        [m.person for m in res.mentions], [r["person"] for r in rows], [r["name"] for r in rows]
    )
    QUALITY_REPORTS.append(metrics.report("fixtures/cross_language.tsv (spellings)"))
    assert metrics.f1 >= 0.95
    assert metrics.bcubed_f1 >= 0.95


def test_no_false_merge_among_hard_negatives() -> None:
    """Spouses, parents and children, siblings, namesakes never share a person."""
    rows = read_tsv("cross_language.tsv")
    res = resolve([r["name"] for r in rows])
    people_of: dict[str, set[str]] = {}
    for row, mention in zip(rows, res.mentions, strict=True):
        people_of.setdefault(row["person"], set()).add(mention.person)
    negatives = read_tsv("hard_negatives.tsv")
    assert len(negatives) >= 15
    merged = [
        (n["person_a"], n["person_b"], n["relation"])
        for n in negatives
        if people_of[n["person_a"]] & people_of[n["person_b"]]
    ]
    assert merged == []


def test_hard_negative_pairs_score_as_conflicts_or_low() -> None:
    """Every cross pair of spellings of two hard-negative people stays under the threshold."""
    rows = read_tsv("cross_language.tsv")
    names: dict[str, list[str]] = {}
    for row in rows:
        names.setdefault(row["person"], []).append(row["name"])
    too_high = []
    for n in read_tsv("hard_negatives.tsv"):
        for a in names[n["person_a"]]:
            for b in names[n["person_b"]]:
                if compare(a, b).score >= 0.8:
                    too_high.append((a, b))
    assert too_high == []


def test_fixture_spellings_are_distinct_within_each_person() -> None:
    """The fixture itself has no duplicate spelling per person."""
    rows = read_tsv("cross_language.tsv")
    pairs = [(r["person"], r["name"]) for r in rows]
    assert len(pairs) == len(set(pairs))
