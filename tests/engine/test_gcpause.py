"""The collector pause around a resolution (namefold/engine/gcpause.py)."""

from __future__ import annotations

import gc

from namefold.engine.gcpause import collector_paused


def test_objects_made_in_the_pause_start_old_and_the_collector_is_back() -> None:
    """The block's objects skip the young generations; the collector runs again after."""
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        made = [[i] for i in range(5000)]
    assert gc.isenabled()
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(made) in oldest  # not scanned by young-generation passes on its way there
    assert id(made[0]) in oldest


def test_objects_frozen_by_the_caller_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            pass
        assert gc.get_freeze_count() == frozen > 0
    finally:
        gc.unfreeze()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
