"""Saved resolutions under attack (issue 20): a failed or killed save keeps the old file,
load refuses what resolve refuses and raises only LoadError, and an edited file is refused
with a clear error, never silently re-resolved."""

from __future__ import annotations

import builtins
import json
import multiprocessing
import os
import random
import signal
import time
from pathlib import Path
from typing import Any

import pytest

import namefold
from namefold import LoadError, load, resolve

GOOD = ["Ivan Ivanov", "Viktar Babaryka", "Babaryka", "Maria Kalesnikava"]


def _saved(tmp_path: Path, names: list[str], name: str = "r.json") -> Path:
    path = tmp_path / name
    resolve(names).save(path)
    return path


def test_a_name_utf8_cannot_encode_is_saved_escaped_and_loads_back(tmp_path: Path) -> None:
    """A lone surrogate in a name: the save succeeds (JSON escapes) and reads back exactly."""
    path = _saved(tmp_path, GOOD)
    resolve(["Iva\ud800n Ivanov", "Ivan Ivanov"]).save(path)
    assert "\\ud800" in path.read_text(encoding="ascii")
    assert [m.text for m in load(path).mentions] == ["Iva\ud800n Ivanov", "Ivan Ivanov"]


def test_a_save_that_fails_midway_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write error before the rename (here: the disk sync) leaves the previous save whole,
    and no temporary file behind."""
    path = _saved(tmp_path, GOOD)
    before = path.read_bytes()

    def full_disk(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        resolve(["Alexander Lukashenko"]).save(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


class _SlowFile:
    """A file opened for writing on a slow disk: each write goes out 16 KiB at a time."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: Any) -> int:
        for start in range(0, len(data), 1 << 14):
            self._handle.write(data[start : start + (1 << 14)])
            self._handle.flush()
            time.sleep(0.0005)
        return len(data)

    def __enter__(self) -> _SlowFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def _save_forever(path: Path, res: namefold.Resolution) -> None:
    """Save ``res`` to ``path`` again and again, on a slow disk (so that a kill often lands
    while the file is being written)."""
    real_open = builtins.open

    def slow_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        return _SlowFile(handle) if "w" in mode else handle

    builtins.open = slow_open
    while True:
        res.save(path)


def test_a_killed_save_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    """A process killed (SIGKILL) at random points while it saves: the target is always a
    whole save, the old one or the new one."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs the fork start method to start savers quickly")
    old = _saved(tmp_path, GOOD, "old.json").read_bytes()
    res = resolve([(name, f"doc-{i}") for i in range(5000) for name in GOOD[:2]])
    res.save(tmp_path / "new.json")
    new = (tmp_path / "new.json").read_bytes()
    path = tmp_path / "target.json"
    rng = random.Random(20)
    context = multiprocessing.get_context("fork")
    for _ in range(30):
        path.write_bytes(old)
        saver = context.Process(target=_save_forever, args=(path, res))  # forked: res is not pickled
        saver.start()
        time.sleep(rng.uniform(0.0, 0.05))
        assert saver.pid is not None
        os.kill(saver.pid, signal.SIGKILL)
        saver.join()
        assert path.read_bytes() in (old, new)
        load(path)


def _edit(path: Path, change: dict[str, object]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(change)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "threshold", [0, -1, 5, "NaN", "Infinity", "-Infinity", "true", '"0.8"', "1e999"], ids=str
)
def test_load_refuses_a_threshold_resolve_refuses(tmp_path: Path, threshold: object) -> None:
    """Threshold 0, -1, 5, NaN, Infinity, true, a string: LoadError naming the file."""
    path = _saved(tmp_path, GOOD)
    text = path.read_text(encoding="utf-8")
    text = text.replace('"threshold": 0.8', f'"threshold": {threshold}')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match="threshold") as caught:
        load(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("version", [1.0, True, "1", None, 3, 2.0])
def test_load_refuses_any_version_but_1_and_2(tmp_path: Path, version: object) -> None:
    """The version is the integer 1 or 2: not 1.0, not true."""
    path = _saved(tmp_path, GOOD)
    _edit(path, {"version": version})
    with pytest.raises(LoadError, match="unsupported version"):
        load(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"format": "namefold-resolution", "version": ' + "9" * 5000 + "}", "not a saved namefold"),
        ('{"format": "namefold-resolution", "version": 1, "threshold": NaN}', "NaN is not a JSON number"),
    ],
    ids=["deep", "5000-digits", "nan"],
)
def test_load_raises_only_load_error(tmp_path: Path, content: str, message: str) -> None:
    """Deep nesting, a 5,000-digit number, NaN: a LoadError naming the file, not
    RecursionError or ValueError."""
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError, match=message) as caught:
        load(path)
    assert str(path) in str(caught.value)


def test_load_of_a_directory_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="a directory"):
        load(tmp_path)


def test_load_refuses_a_file_over_its_size_cap(tmp_path: Path) -> None:
    """A file larger than max_bytes is refused before it is read."""
    path = _saved(tmp_path, GOOD)
    size = path.stat().st_size
    with pytest.raises(LoadError, match="max_bytes"):
        load(path, max_bytes=size - 1)
    assert len(load(path, max_bytes=size).mentions) == len(GOOD)


def test_a_spelling_moved_to_another_person_is_refused(tmp_path: Path) -> None:
    """A hand edit that moves a mention to another person is not silently undone: strict
    load refuses it, naming the mention; strict=False takes the people namefold finds."""
    path = _saved(tmp_path, ["Ivan Ivanov", "Ivan Ivanov", "Maria Kalesnikava"])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["assignments"] == ["ivan-ivanov", "ivan-ivanov", "maria-kalesnikava"]
    data["assignments"][1] = "maria-kalesnikava"
    path.write_text(json.dumps(data), encoding="utf-8")
    moved = (
        r"mentions 0 \('Ivan Ivanov'\) and 1 \('Ivan Ivanov'\) are saved as two people; namefold finds one"
    )
    with pytest.raises(LoadError, match=moved):
        load(path)
    first, second, third = (m.person for m in load(path, strict=False).mentions)
    assert first == second != third  # namefold's people, the saved ids kept where most mentions went


def test_an_edited_mention_count_is_refused(tmp_path: Path) -> None:
    path = _saved(tmp_path, ["Ivan Ivanov", "Ivan Ivanov"])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["people"][0]["mentions"] = 5
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LoadError, match="saved with 5 mentions, not 2"):
        load(path)


def test_a_save_records_the_namefold_version(tmp_path: Path) -> None:
    data = json.loads(_saved(tmp_path, GOOD).read_text(encoding="utf-8"))
    assert data["namefold"] == namefold.__version__
