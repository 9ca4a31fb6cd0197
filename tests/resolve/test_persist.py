"""Saved resolutions: JSON round trip, stable ids when extended, clear errors on bad files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import namefold
from namefold import Change, LoadError, load, resolve

MENTIONS = [("Viktar Babaryka", "d1"), ("Babaryka", "d1"), ("Maria Kalesnikava", "d1"), ("Лукашэнка", None)]


def test_round_trip_keeps_people(tmp_path: Path) -> None:
    """load(save(r)) has the same people, ids, canonical names and mention assignments."""
    res = resolve(MENTIONS)
    path = tmp_path / "r.json"
    res.save(path)
    loaded = load(path)
    assert loaded.people == res.people
    assert loaded.mentions == res.mentions
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "namefold-resolution"


def test_saved_ids_and_canonical_names_win(tmp_path: Path) -> None:
    """A saved id or canonical name edited by hand is what load() returns."""
    path = tmp_path / "r.json"
    resolve(MENTIONS).save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["people"] = [
        {**p, "id": "P-" + p["id"], "canonical": p["canonical"].upper()} for p in data["people"]
    ]
    data["assignments"] = ["P-" + a for a in data["assignments"]]
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load(path)
    assert {p.id for p in loaded.people} == {"P-viktar-babaryka", "P-maria-kalesnikava", "P-lukashenka"}
    assert loaded.person("P-viktar-babaryka").canonical == "VIKTAR BABARYKA"


def test_extending_never_renames_existing_people() -> None:
    """New names join existing people, whose ids and canonical names stay as they were."""
    res = resolve(["Lukashenka", "Maria Kolesnikova"])
    before = {p.id: p.canonical for p in res.people}
    grown = res.extend(["Aliaksandr Lukashenka", "Alexander Lukashenko", "Alexander Lukashenko", "Putin"])
    after = {p.id: p.canonical for p in grown.people}
    assert after["lukashenka"] == "Lukashenka"  # the full names joined the existing person
    assert after["maria-kolesnikova"] == "Maria Kolesnikova"
    assert set(before) <= set(after)
    assert grown.person("lukashenka").mentions == 4
    assert grown.changes == ()


def test_a_merge_of_existing_people_is_reported() -> None:
    """When a new spelling bridges two existing people, they merge and the merge is listed."""
    res = resolve(["Sviatlana Tsikhanouskaya", "Sviatlana Tsikhanouskaya", "Swjatlana Zichanouskaja"])
    assert len(res.people) == 2
    grown = res.extend(["Svjatlana Cichanouská"])
    assert len(grown.people) == 1
    assert grown.people[0].id == "sviatlana-tsikhanouskaya"
    assert grown.changes == (
        Change(
            kind="merge",
            into="sviatlana-tsikhanouskaya",
            ids=("sviatlana-tsikhanouskaya", "swjatlana-zichanouskaja"),
        ),
    )


def test_a_split_of_an_existing_person_is_reported() -> None:
    """A bare surname that becomes ambiguous leaves its person; the split is listed."""
    res = resolve(["Viktar Babaryka", "Babaryka"])
    grown = res.extend(["Eduard Babaryka"])
    assert grown.person("viktar-babaryka").names == ("Viktar Babaryka",)
    assert grown.changes == (
        Change(kind="split", into="viktar-babaryka", ids=("ambiguous-babaryka", "viktar-babaryka")),
    )


def test_new_people_never_take_an_existing_id() -> None:
    """A new person whose slug is taken gets a numbered id."""
    res = resolve(["Ivan Petrov"])
    grown = res.extend(["Ivan Petrov Sergeevich", "Ivan Petrov Nikolaevich"])
    assert len({p.id for p in grown.people}) == len(grown.people)
    assert "ivan-petrov" in {p.id for p in grown.people}


HEAD = '{"format": "namefold-resolution", "version": 1, '
BAD_FILES = [
    (HEAD + '"mentions": [["A", nu', "truncated or corrupted JSON"),
    ("[1, 2]", "not a saved namefold resolution"),
    ('{"format": "namefold-resolution", "version": 9}', "unsupported version 9"),
    (
        HEAD + '"threshold": 0.8, "order": "auto", "mentions": [["A"]], "people": [], "assignments": []}',
        "'mentions' must be a list of",
    ),
    (
        HEAD + '"mentions": [["A", null]], "people": [{"id": "a", "canonical": "A"}], '
        '"assignments": ["b"], "threshold": 0.8, "order": "auto"}',
        "'assignments' must give a known person id for every mention",
    ),
]


@pytest.mark.parametrize(("content", "message"), BAD_FILES)
def test_bad_files_are_clear_errors(tmp_path: Path, content: str, message: str) -> None:
    """A truncated or corrupted file raises LoadError naming the file; nothing partial comes back."""
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError, match=re.escape(message)) as caught:
        load(path)
    assert str(path) in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_missing_file(tmp_path: Path) -> None:
    """A missing file is a LoadError too."""
    with pytest.raises(LoadError, match="no such file"):
        namefold.load(tmp_path / "nope.json")
