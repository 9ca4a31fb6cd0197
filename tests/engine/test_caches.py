"""The registry of the rules' caches (namefold.engine.caches)."""

from __future__ import annotations

import namefold
from namefold.engine import caches


def test_rules_register_their_caches() -> None:
    """The caches of the rules (a word's fold, a surname's reading, a pair of surnames) are registered."""
    found = caches.entries()
    for name in (
        "namefold.text.fold.fold",
        "namefold.keys.phonetic.surname_info",
        "namefold.compare.surname.sounds_alike",
    ):
        assert name in found


def test_clear_all_empties_every_cache() -> None:
    """After some work the caches hold entries; clear_all leaves every one empty."""
    namefold.compare("Maria Kalesnikava", "Maria Kolesnikova")
    namefold.resolve(["Aliaksandr Lukashenka", "Alexander Lukashenko", "Lukashenko"])
    before = caches.entries()
    assert before["namefold.text.fold.fold"] > 0
    assert sum(before.values()) > 10
    caches.clear_all()
    assert set(caches.entries().values()) == {0}
    assert namefold.fold("lukashenko").key == "lukashenka"  # a cleared cache fills again
    assert caches.entries()["namefold.text.fold.fold"] == 1


def test_cached_keeps_a_function_and_its_results() -> None:
    """A function made by cached computes once per argument and returns the same value."""
    calls: list[int] = []

    @caches.cached(caches.CHOICES)
    def square(x: int) -> int:
        calls.append(x)
        return x * x

    assert [square(3), square(3), square(4)] == [9, 9, 16]
    assert calls == [3, 4]
    assert caches.entries()[f"{__name__}.{square.__qualname__}"] == 2
    caches.clear_all()
    assert square(3) == 9
    assert calls == [3, 4, 3]
