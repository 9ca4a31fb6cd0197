"""The command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import namefold
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
    """A missing file names itself, exit code 2, no traceback."""
    code, out, err = run(["resolve", "/nonexistent/names.txt"], capsys)
    assert code == 2
    assert out == ""
    assert err == "namefold: error: /nonexistent/names.txt: no such file\n"


def test_non_utf8_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Undecodable input is an error, not a traceback."""
    path = tmp_path / "names.txt"
    path.write_bytes(b"Luka\xff\n")
    code, _, err = run(["resolve", str(path)], capsys)
    assert code == 2
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
    """Unknown person or format: one line on stderr, exit 2."""
    code, _, err = run(["graph", "Nobody Atall", "--out", str(tmp_path / "x.dot")], capsys)
    assert (code, err) == (2, "namefold: error: no single person found for 'Nobody Atall'\n")
    code, _, err = run(["graph", "Coale", "--out", str(tmp_path / "x.jpg")], capsys)
    assert code == 2
    assert "unknown picture format" in err


def test_resolve_csv_keeps_rows_and_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """CSV input with a name and a source column; CSV output row per input row, in order."""
    path = tmp_path / "people.csv"
    path.write_text(
        'doc,name\nd1,Viktar Babaryka\nd1,Babaryka\nd2,"Eduard Babaryka"\nd2,\n', encoding="utf-8"
    )
    code, out, _ = run(
        ["resolve", str(path), "--column", "name", "--source", "doc", "--format", "csv"], capsys
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "doc,name,person,canonical,ambiguous,score,rule"
    assert lines[1:] == [
        "d1,Viktar Babaryka,viktar-babaryka,Viktar Babaryka,False,,full name",
        "d1,Babaryka,viktar-babaryka,Viktar Babaryka,False,0.85,attach (same source)",
        "d2,Eduard Babaryka,eduard-babaryka,Eduard Babaryka,False,,alone",
        "d2,,unnamed,,False,,alone",
    ]


def test_resolve_json_from_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """JSON Lines input by field; JSON output."""
    path = tmp_path / "m.jsonl"
    path.write_text('{"n": "Maria Kalesnikava"}\n\n{"n": "Kolesnikova"}\n', encoding="utf-8")
    code, out, _ = run(["resolve", str(path), "--field", "n", "--format", "json"], capsys)
    rows = json.loads(out)
    assert code == 0
    assert rows == [
        {
            "n": "Maria Kalesnikava",
            "person": "maria-kalesnikava",
            "canonical": "Maria Kalesnikava",
            "ambiguous": False,
            "score": None,
            "rule": "full name",
        },
        {
            "n": "Kolesnikova",
            "person": "maria-kalesnikava",
            "canonical": "Maria Kalesnikava",
            "ambiguous": False,
            "score": namefold.compare("Kolesnikova", "Maria Kalesnikava").score,
            "rule": "attach (only candidate)",
        },
    ]


@pytest.mark.parametrize(
    ("content", "flags", "message"),
    [
        ("name\nA\n", ["--column", "nom"], "people.txt:1: no column 'nom'; columns are 'name'"),
        ("name,doc\nA,1\nB\n", ["--column", "name"], "people.txt:3: expected 2 fields, found 1"),
        ('{"n": "A"}\n{"n": 3}\n', ["--field", "n"], "people.txt:2: field 'n' must be a string, not int"),
        ('{"n": "A"}\n{n: 3}\n', ["--field", "n"], "people.txt:2: not valid JSON"),
        ('{"n": "A"}\n["A"]\n', ["--field", "n"], "people.txt:2: expected a JSON object, found list"),
        ('{"m": "A"}\n', ["--field", "n"], "people.txt:1: no field 'n'"),
        ("", [], "people.txt: no names to resolve"),
    ],
)
def test_bad_rows_name_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, flags: list[str], message: str
) -> None:
    """Malformed input: one line on stderr with file and line, exit 2, nothing on stdout."""
    path = tmp_path / "people.txt"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(["resolve", str(path), *flags], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"namefold: error: {tmp_path / message}")
    assert err.count("\n") == 1


def test_every_command_help_shows_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    """--help on every command ends with an example."""
    for command in ("demo", "resolve", "explain", "extract", "graph"):
        with pytest.raises(SystemExit) as stop:
            main([command, "--help"])
        assert stop.value.code == 0
        assert "example" in capsys.readouterr().out


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Long inputs draw a progress bar on stderr when it is a terminal, and nothing otherwise."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    names = tmp_path / "many.txt"
    names.write_text("\n".join(f"Ivan Petrov{i % 50}" for i in range(1200)) + "\n", encoding="utf-8")
    for stream, expect_bar in ((Terminal(), True), (io.StringIO(), False)):
        monkeypatch.setattr(sys, "stderr", stream)
        monkeypatch.setattr(sys, "stdout", io.StringIO())
        assert main(["resolve", str(names), "--format", "jsonl"]) == 0
        assert ("100% comparing full names" in stream.getvalue()) is expect_bar
