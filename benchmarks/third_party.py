"""namefold beside simple peers, on name sets nobody on this project wrote.

    python benchmarks/third_party.py                       # the sets in ../shared/data
    python benchmarks/third_party.py --data DIR --errors 20  # another folder; list 20 false merges

The sets (see that folder's README): ``historical_50k_dev.csv`` (Wikidata people with
synthetic errors; the name is ``full_name``, the person ``cluster``) and ``febrl3.csv``
(FEBRL dataset 3; the name is ``given_name`` + ``surname``, the person the number in
``rec_id``). A name written under two people cannot be placed by names alone and is
dropped from the gold; each distinct name is one item.

Peers, run on the same names in the same run:
- ``metaphone key``: names whose whole-string metaphone code (jellyfish) is equal.
- ``metaphone last+1``: names whose last word has one metaphone code and whose first
  words start with one letter (a classic blocking key used as a resolver).
- ``token-sort 85``: rapidfuzz's token-sort ratio >= 85 between names that share a
  blocking key (the metaphone code of any of their words), joined into connected
  components. Needs ``rapidfuzz`` (``pip install namefold[bench]``).

Prints pairwise P/R/F1, B-cubed F1, the number of clusters holding several true people
and seconds, per set and resolver.
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import jellyfish

import namefold

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
Gold = dict[str, str]
Resolver = Callable[[list[str]], list[str]]


def unique(pairs: Iterable[tuple[str, str]]) -> Gold:
    """Each name with its one person; names written under several people are dropped."""
    seen: dict[str, set[str]] = defaultdict(set)
    for name, person in pairs:
        seen[name].add(person)
    return {name: next(iter(people)) for name, people in seen.items() if len(people) == 1}


def historical(folder: Path) -> Gold:
    """The historical set's names and people."""
    with (folder / "historical_50k_dev.csv").open(encoding="utf-8", newline="") as handle:
        return unique((r["full_name"], r["cluster"]) for r in csv.DictReader(handle) if r["full_name"])


def febrl(folder: Path) -> Gold:
    """FEBRL 3's names (given name and surname) and people."""
    pairs = []
    with (folder / "febrl3.csv").open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle, skipinitialspace=True):
            name = f"{r['given_name'] or ''} {r['surname'] or ''}".strip()
            if name:
                pairs.append((name, r["rec_id"].split("-")[1]))
    return unique(pairs)


def by_namefold(names: list[str]) -> list[str]:
    """namefold's person id of each name."""
    return [m.person for m in namefold.resolve(names).mentions]


def by_metaphone(names: list[str]) -> list[str]:
    """The whole-string metaphone code of each name."""
    return [jellyfish.metaphone(name) or name for name in names]


def by_surname_key(names: list[str]) -> list[str]:
    """The metaphone code of each name's last word and the first letter of its first word."""
    keys = []
    for name in names:
        words = name.lower().replace(",", " ").split()
        keys.append(f"{jellyfish.metaphone(words[-1]) or words[-1]} {words[0][0]}" if words else name)
    return keys


def by_token_sort(names: list[str]) -> list[str]:
    """Connected components of token-sort ratio >= 85 within metaphone blocks of each word."""
    from rapidfuzz import fuzz  # an optional peer: only this resolver needs it

    blocks: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        for word in set(name.lower().split()):
            blocks[jellyfish.metaphone(word) or word].append(i)
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in blocks.values():
        for a, i in enumerate(members):
            for j in members[a + 1 :]:
                if find(i) != find(j) and fuzz.token_sort_ratio(names[i], names[j]) >= 85:
                    parent[find(i)] = find(j)
    return [str(find(i)) for i in range(len(names))]


RESOLVERS: dict[str, Resolver] = {
    "namefold": by_namefold,
    "metaphone key": by_metaphone,
    "metaphone last+1": by_surname_key,
    "token-sort 85": by_token_sort,
}
SETS: dict[str, Callable[[Path], Gold]] = {"historical_50k_dev": historical, "febrl3": febrl}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the sets")
    parser.add_argument("--errors", type=int, default=0, help="list this many of namefold's false merges")
    args = parser.parse_args()
    print(
        f"{'set':20} {'resolver':17} {'names':>6} {'people':>6} {'P':>6} {'R':>6} {'F1':>6} {'B3 F1':>6} "
        f"{'merged':>6} {'s':>6}"
    )
    for label, load in SETS.items():
        gold = load(args.data)
        names = sorted(gold)
        truth = [gold[n] for n in names]
        for resolver_name, resolver in RESOLVERS.items():
            start = time.perf_counter()
            predicted = resolver(names)
            seconds = time.perf_counter() - start
            m = namefold.evaluate(predicted, truth, names)
            print(
                f"{label:20} {resolver_name:17} {len(names):>6} {len(set(truth)):>6} {m.precision:>6.3f} "
                f"{m.recall:>6.3f} {m.f1:>6.3f} {m.bcubed_f1:>6.3f} {len(m.false_merges):>6} {seconds:>6.1f}",
                flush=True,
            )
            if resolver_name == "namefold" and args.errors:
                for predicted_id, truths in m.false_merges[: args.errors]:
                    print(f"    false merge {predicted_id}: {dict(truths)}")


if __name__ == "__main__":
    main()
