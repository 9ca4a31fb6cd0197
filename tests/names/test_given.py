"""Given-name groups and their nicknames (names/given.py)."""

from __future__ import annotations

from namefold.names.given import nicknames_of


def test_nicknames_of_a_formal_name() -> None:
    assert {"bill", "will"} <= set(nicknames_of("william"))
    assert "vova" in nicknames_of("vladimir")


def test_nicknames_of_no_group() -> None:
    assert nicknames_of("zzyzx") == ()
    assert "bill" not in nicknames_of("hillary")
