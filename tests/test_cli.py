"""The command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from namefold.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_prints_people(capsys: pytest.CaptureFixture[str]) -> None:
    """namefold demo resolves the built-in example."""
    code, out, _ = run(["demo"], capsys)
    assert code == 0
    assert "Alexander Lukashenko" in out
    assert "Lukahshenka" in out
    assert out.strip().endswith("131 mentions, 21 people")


def test_resolve_jsonl_keeps_every_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every input line gets a row, in order."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("Maria Kalesnikava\nMaria Kolesnikova\nCoale\n"))
    code, out, _ = run(["resolve", "-", "--format", "jsonl"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["line"] for r in rows] == [1, 2, 3]
    assert rows[0]["person"] == rows[1]["person"] != rows[2]["person"]


def test_missing_file_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file names itself, exit code 1, no traceback."""
    code, out, err = run(["resolve", "/nonexistent/names.txt"], capsys)
    assert code == 1
    assert out == ""
    assert err == "namefold: error: /nonexistent/names.txt: no such file\n"


def test_non_utf8_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Undecodable input is an error, not a traceback."""
    path = tmp_path / "names.txt"
    path.write_bytes(b"Luka\xff\n")
    code, _, err = run(["resolve", str(path)], capsys)
    assert code == 1
    assert "not UTF-8" in err


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    """namefold explain shows the evidence."""
    code, out, _ = run(["explain", "Kalesnikava", "Kolesnikova"], capsys)
    assert code == 0
    assert "romanization" in out


def test_python_dash_m_runs() -> None:
    """python -m namefold works."""
    done = subprocess.run(
        [sys.executable, "-m", "namefold", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "example" in done.stdout


def test_extract_resolves_across_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """namefold extract finds names in each file and resolves them across files."""
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Aliaksandr Lukashenka met envoy John Coale.", encoding="utf-8")
    two.write_text("Alexander Lukashenko thanked Coale. Later Lukashenko left.", encoding="utf-8")
    code, out, _ = run(["extract", str(one), str(two)], capsys)
    assert code == 0
    assert out.splitlines()[0] == "Alexander Lukashenko  [3 mentions]"
    assert f"    {one}: Aliaksandr Lukashenka" in out
    assert out.strip().endswith("5 mentions of 2 people in 2 documents")
    code, out, _ = run(["extract", str(one), "--format", "jsonl"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["text"], r["start"], r["end"]) for r in rows] == [
        ("Aliaksandr Lukashenka", 0, 21),
        ("John Coale", 32, 42),
    ]


def test_graph_writes_dot_and_pictures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """namefold graph draws one person of the built-in example as DOT, SVG or PNG."""
    dot = tmp_path / "k.dot"
    code, out, _ = run(["graph", "Kolesnikova", "--out", str(dot)], capsys)
    assert code == 0
    assert out.startswith("Maria Kalesnikava: 6 spellings")
    text = dot.read_text(encoding="utf-8")
    assert text.startswith('graph "maria-kalesnikava" {')
    assert '"Maria Kalesnikava" -- "Maria Kolesnikova" [label="0.96 surname romanization"];' in text
    svg = tmp_path / "l.svg"
    assert run(["graph", "Lukashenka", "--out", str(svg)], capsys)[0] == 0
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    png = tmp_path / "l.png"
    assert run(["graph", "Lukashenka", "--out", str(png)], capsys)[0] == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_graph_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Unknown person or format: one line on stderr, exit 1."""
    code, _, err = run(["graph", "Nobody Atall", "--out", str(tmp_path / "x.dot")], capsys)
    assert (code, err) == (1, "namefold: error: no single person found for 'Nobody Atall'\n")
    code, _, err = run(["graph", "Coale", "--out", str(tmp_path / "x.jpg")], capsys)
    assert code == 1
    assert "unknown picture format" in err
