"""Hostile and broken input: namefold never raises on a str, keeps every mention,
and gives the documented result (docs/robustness.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import namefold
from namefold import strategies as nfst

HOSTILE = {
    "empty": "",
    "spaces": "   \t\n ",
    "control": "\x00\x07Luka\x1bshenko\x7f",
    "zero-width": "Lu\u200dka\u200cshen\u200bko",
    "bidi": "\u202eLukashenko\u202c \u2066Maria\u2069",
    "combining": "Luka\u0301s\u030chenko",
    "emoji": "Luka😀shenko 👩‍👩‍👧",
    "surrogates": "\ud800Lukashenko\udfff",
    "mixed-script": "ЛукаSHENKO Марiя",
    "private-use": "\ue000\uf8ff",
    "long": "Lukashenko" * 10_000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_handled(text: str) -> None:
    """normalize, parse, compare and resolve accept it; normalize gives ASCII."""
    normalized = namefold.normalize(text)
    assert normalized.isascii()
    namefold.parse(text)
    assert 0.0 <= namefold.compare(text, "Alexander Lukashenko").score <= 1.0
    res = namefold.resolve([text, text, "Alexander Lukashenko"])
    assert len(res.mentions) == 3
    assert sum(p.mentions for p in res.people) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lu\u200dka\u200cshen\u200bko", "lukashenko"),
        ("\u202eLukashenko\u202c", "lukashenko"),
        ("Luka\u0301shenko", "lukashenko"),
        ("Luka😀shenko", "lukashenko"),
        ("\ud800Lukashenko\udfff", "lukashenko"),
        ("\x00Luka\x1bshenko", "luka shenko"),
        ("ЛукаSHENKO", "lukashenko"),
    ],
)
def test_documented_results(text: str, expected: str) -> None:
    """Invisible marks, emoji and surrogates vanish; control characters separate words."""
    assert namefold.normalize(text) == expected


def test_nameless_mentions_are_kept_as_unnamed_entries() -> None:
    """A mention with no letters is its own entry with an 'unnamed' id, never dropped."""
    res = namefold.resolve(["", "   ", "😀", "Lukashenko"])
    assert len(res.mentions) == 4
    unnamed = [p for p in res.people if p.id.startswith("unnamed")]
    assert len(unnamed) == 3


def test_every_unicode_block_normalizes() -> None:
    """One character from every 128-code-point block of the BMP and SMP normalizes to ASCII."""
    for start in range(0, 0x20000, 0x80):
        chars = "".join(chr(c) for c in range(start, start + 0x80, 7) if unicodedata.category(chr(c)) != "Cs")
        assert namefold.normalize(chars).isascii()


@pytest.mark.parametrize("bad", [None, b"Lukashenka", 3, 2.5, ["Lukashenka"], object()])
def test_non_strings_name_the_bad_value(bad: object) -> None:
    """TypeError names the type of the bad value, at every entry point."""
    name = type(bad).__name__
    for call in (namefold.normalize, namefold.parse, namefold.to_ascii):
        with pytest.raises(TypeError, match=name):
            call(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=name):
        namefold.compare("x", bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=name):
        namefold.resolve(["x", bad])  # type: ignore[list-item]
    if bad is not None:  # None is a valid source: "no source"
        with pytest.raises(TypeError, match=name):
            namefold.Resolver().add("x", source=bad)  # type: ignore[arg-type]


SCRIPT = """
import json, sys, namefold
names = json.loads(sys.stdin.read())
res = namefold.resolve(names)
print(json.dumps([[p.id, p.canonical, list(p.names)] for p in res.people]))
"""


def test_same_result_under_any_hash_seed() -> None:
    """Ids, canonical names and order do not depend on PYTHONHASHSEED."""
    names = [
        "Maria Kalesnikava",
        "Kolesnikova",
        "Viktar Babaryka",
        "Eduard Babaryka",
        "Babaryka",
        "Лукашэнка",
        "Alexander Lukashenko",
        "Mr. Coale",
        "John Coale",
        "Sviatlana Tsikhanouskaya",
    ]
    outputs = set()
    for seed in ("0", "1", "4242", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT],
            input=json.dumps(names),
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1


@given(st.lists(nfst.names(), max_size=10), st.lists(st.integers(1, 4), max_size=10))
def test_any_split_into_batches_gives_the_same_people(names: list[str], cuts: list[int]) -> None:
    """add() one by one, add_many() in batches, or resolve() at once: the same people."""
    whole = namefold.resolve(names)
    r = namefold.Resolver()
    i = 0
    for size in cuts:
        r.add_many(names[i : i + size])
        i += size
    for name in names[i:]:
        r.add(name)
    assert r.resolve().people == whole.people


def test_one_resolver_shared_by_threads() -> None:
    """Eight threads adding to one Resolver lose no mention and give the sequential result."""
    names = [
        f"{given} {surname}"
        for given in ("Maria", "Ivan", "Olga", "Pavel")
        for surname in ("Ivanova", "Kalesnikava", "Petrov", "Smirnov", "Lukashenko")
    ] * 5
    shared = namefold.Resolver()

    def work(part: list[str]) -> None:
        for name in part:
            shared.add(name)

    threads = [threading.Thread(target=work, args=(names[k::8],)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(shared) == len(names)
    assert shared.resolve().people == namefold.resolve(names).people
