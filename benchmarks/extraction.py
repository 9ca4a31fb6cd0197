"""Recall and precision of namefold.extract_documents on the five seed articles,
and of namefold.extract_mentions on the sentences of fixtures/extraction_world.tsv.

The articles stay outside the repository: pass their folder.

    python benchmarks/extraction.py ../shared/seeds
    python benchmarks/extraction.py --world [--show]

Each article file is named ``NNN_*.txt``; ``NNN`` is its id in fixtures/seed_mentions.tsv.
A found mention counts as correct when the fixture has the same text in the same article
(as a multiset: each fixture row is matched at most once).
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import Counter
from pathlib import Path

import namefold
from namefold.testing.extraction import read_sentences, score_sentences

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE = FIXTURES / "seed_mentions.tsv"
WORLD = FIXTURES / "extraction_world.tsv"
_REPEAT = 20  # timing: runs over the same input, best one reported


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("seeds", type=Path, nargs="?", help="folder with the seed articles (NNN_*.txt)")
    parser.add_argument("--world", action="store_true", help="score fixtures/extraction_world.tsv")
    parser.add_argument("--show", action="store_true", help="list every miss and every extra mention")
    args = parser.parse_args()
    if args.world:
        _world(show=args.show)
    if args.seeds is not None:
        _seeds(args.seeds, show=args.show)


def _best_time(run: object) -> float:
    """The fastest of ``_REPEAT`` runs of ``run()``, in seconds."""
    best = float("inf")
    for _ in range(_REPEAT):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def _world(*, show: bool) -> None:
    sentences = read_sentences(WORLD)
    score = score_sentences(sentences)
    print(f"world sentences: {len(sentences)}, expected names: {score.expected}, found: {score.found}")
    print(f"recall {score.recall:.4f}  precision {score.precision:.4f}  F1 {score.f1:.4f}")
    print(f"time (best of {_REPEAT}): {_best_time(lambda: score_sentences(sentences)) * 1000:.1f} ms")
    if show:
        for text, name in score.misses:
            print(f"  missed  {name!r}  in {text!r}")
        for text, name in score.extras:
            print(f"  extra   {name!r}  in {text!r}")


def _seeds(folder: Path, *, show: bool) -> None:
    documents = {
        p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(folder.glob("[0-9][0-9][0-9]_*.txt"))
    }
    with FIXTURE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    expected = Counter((r["doc"], r["mention"]) for r in rows if r["doc"] in documents)
    found = Counter((m.document or "", m.text) for m in namefold.extract_documents(documents))
    correct = sum((expected & found).values())
    recall = correct / sum(expected.values())
    precision = correct / sum(found.values()) if found else 0.0
    total_expected, total_found = sum(expected.values()), sum(found.values())
    print(f"documents: {len(documents)}, fixture mentions: {total_expected}, found: {total_found}")
    print(f"recall {recall:.4f}  precision {precision:.4f}")
    print(
        f"time (best of {_REPEAT}): {_best_time(lambda: namefold.extract_documents(documents)) * 1000:.1f} ms"
    )
    if show:
        for (doc, text), n in sorted((expected - found).items()):
            print(f"  missed  {doc} {text!r} x{n}")
        for (doc, text), n in sorted((found - expected).items()):
            print(f"  extra   {doc} {text!r} x{n}")


if __name__ == "__main__":
    main()
