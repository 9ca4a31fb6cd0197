"""The review queue on third-party sets: how many of its pairs namefold decided wrongly, and
what a reviewer who judges the first N pairs (simulated with the gold) gains.

    python benchmarks/review_queue.py                    # ../shared/data beside the checkout
    python benchmarks/review_queue.py --limits 50 200 1000

For each set and limit: the queue's first N pairs, how many of them the gold decides the
other way (merged but two people, or kept apart but one), and pairwise P/R/F1 before and
after re-running with a judgement per pair (same person or not, from the gold).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from third_party import DEFAULT_DATA, SETS

import namefold
from namefold import Judgement


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the sets")
    parser.add_argument("--limits", type=int, nargs="+", default=[50, 300, 1000])
    args = parser.parse_args()
    print(f"{'set':<20} {'queue':>6} {'wrong':>6} {'P':>13} {'R':>13} {'F1':>13}")
    for label, load in SETS.items():
        gold = load(args.data)
        names = sorted(gold)
        truth = [gold[n] for n in names]
        res = namefold.resolve(names)
        before = namefold.evaluate([m.person for m in res.mentions], truth)
        for limit in args.limits:
            queue = res.uncertain(limit=limit)
            wrong = sum(1 for u in queue if (gold[u.a] == gold[u.b]) != u.merged)
            judged = [Judgement(a=u.a, b=u.b, same=gold[u.a] == gold[u.b]) for u in queue]
            again = namefold.resolve(names, judgements=judged)
            after = namefold.evaluate([m.person for m in again.mentions], truth)
            print(
                f"{label:<20} {len(queue):>6} {wrong:>6} "
                f"{before.precision:>6.3f}>{after.precision:.3f} {before.recall:>6.3f}>{after.recall:.3f} "
                f"{before.f1:>6.3f}>{after.f1:.3f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
