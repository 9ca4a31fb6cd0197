"""Recall and precision of namefold.extract_documents on the five seed articles.

The articles stay outside the repository: pass their folder.

    python benchmarks/extraction.py ../shared/seeds

Each article file is named ``NNN_*.txt``; ``NNN`` is its id in fixtures/seed_mentions.tsv.
A found mention counts as correct when the fixture has the same text in the same article
(as a multiset: each fixture row is matched at most once).
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

import namefold

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "seed_mentions.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("seeds", type=Path, help="folder with the seed articles (NNN_*.txt)")
    parser.add_argument("--show", action="store_true", help="list every miss and every extra mention")
    args = parser.parse_args()
    documents = {
        p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("[0-9][0-9][0-9]_*.txt"))
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
    if args.show:
        for (doc, text), n in sorted((expected - found).items()):
            print(f"  missed  {doc} {text!r} x{n}")
        for (doc, text), n in sorted((found - expected).items()):
            print(f"  extra   {doc} {text!r} x{n}")


if __name__ == "__main__":
    main()
