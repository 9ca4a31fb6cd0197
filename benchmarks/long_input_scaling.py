"""Check that namefold's cost grows linearly with the length of a hostile input.

For each kind of long input, time normalize + parse + compare + resolve at
10,000 and 100,000 characters and print the time ratio (about 10 is linear;
about 100 would be quadratic). Run: python benchmarks/long_input_scaling.py
"""

from __future__ import annotations

import time

import namefold

KINDS = {
    "one long word": lambda n: "a" * n,
    "many initials": lambda n: "A. " * (n // 3),
    "many honorifics": lambda n: "Mr. " * (n // 4) + "Coale",
    "cyrillic": lambda n: "Кл" * (n // 2),
    "zero-width joiners": lambda n: "Lu\u200d" * (n // 3),
    "mixed words": lambda n: "Łukaszenka Лукашэнка " * (n // 21),
    "hyphens": lambda n: "aa-" * (n // 3),
}


def cost(text: str) -> float:
    """Seconds for one pass of the pipeline on ``text`` (caches cleared by using fresh text)."""
    start = time.perf_counter()
    namefold.normalize(text)
    namefold.parse(text)
    namefold.compare(text, "Alexander Lukashenko")
    namefold.resolve([text, "Alexander Lukashenko"])
    return time.perf_counter() - start


def main() -> None:
    print(f"{'input':<20} {'10k chars':>10} {'100k chars':>11} {'ratio':>6}")
    for name, make in KINDS.items():
        small = min(cost(make(10_000) + str(i)) for i in range(3))
        large = min(cost(make(100_000) + str(i)) for i in range(3))
        print(f"{name:<20} {small * 1000:>8.1f}ms {large * 1000:>9.1f}ms {large / small:>6.1f}")


if __name__ == "__main__":
    main()
