"""A hash of what namefold resolves, to show that a change leaves the results as they were.

    python benchmarks/result_hash.py                 # every fixture and the 100,000-name workload
    python benchmarks/result_hash.py --size 10000    # a smaller workload

For each input it prints a SHA-256 of the people (every field, links included), every
mention's person and the stats, as JSON. Two versions of namefold give the same line for
an input exactly when they resolve it the same way. It uses only the public API, so it
runs against any version (put that version's checkout first on ``PYTHONPATH``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"


def digest(res: object) -> str:
    """The SHA-256 of a resolution's people, mentions and stats."""
    import attrs

    people = [attrs.asdict(p, recurse=True) for p in res.people]  # type: ignore[attr-defined]
    mentions = [attrs.asdict(m) for m in res.mentions]  # type: ignore[attr-defined]
    stats = dict(res.stats)  # type: ignore[attr-defined]
    text = json.dumps([people, mentions, stats], sort_keys=True, ensure_ascii=False, default=list)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fixture_inputs() -> dict[str, list[str | tuple[str, str | None]]]:
    """The fixtures as the golden tests resolve them."""
    found: dict[str, list[str | tuple[str, str | None]]] = {}
    for path in sorted(FIXTURES.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        if rows and "mention" in rows[0]:
            found[path.name] = [(r["mention"], r.get("doc") or None) for r in rows]
        elif rows and "name" in rows[0]:
            found[path.name] = [r["name"] for r in rows]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=100_000, help="workload names (default 100,000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from workload import generate

    import namefold

    for name, inputs in _fixture_inputs().items():
        print(f"{name}: {digest(namefold.resolve(inputs))}", flush=True)
    names, _ = generate(args.size, seed=args.seed)
    print(f"workload {args.size} seed {args.seed}: {digest(namefold.resolve(names))}")


if __name__ == "__main__":
    main()
