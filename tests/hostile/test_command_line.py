"""The command line under hostile input and a hostile environment (issue 20): lines end at
``\\n`` only, input is UTF-8 bytes whatever the locale, and every failure is one line on
stderr with exit 2 (bad input), 1 (environment) or 130 (Ctrl-C), never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from namefold.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def namefold_cli(
    *args: str, stdin: bytes, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``python -m namefold ARGS`` in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "namefold", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def one_line_error(err: bytes | str) -> str:
    text = err.decode("utf-8") if isinstance(err, bytes) else err
    assert text.count("\n") == 1, text
    assert "Traceback" not in text
    return text


# --- lines and encodings -------------------------------------------------------------------


def test_lines_end_at_newline_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """U+2028, U+0085 and form feed stay inside a name: 5 lines give 5 rows; \\r\\n is a line end."""
    path = tmp_path / "names.txt"
    path.write_text(
        "Ivan\u2028Ivanov\nMaria\x85Kalesnikava\nA\x0cB\r\nViktar Babaryka\nCoale\n", encoding="utf-8"
    )
    code, out, _ = run(["resolve", str(path), "--format", "jsonl"], capsys)
    rows = [json.loads(line) for line in out.split("\n") if line]
    assert code == 0
    assert [r["line"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0]["name"] == "Ivan\u2028Ivanov"
    assert rows[2]["name"] == "A\x0cB"


def test_jsonl_output_reads_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """namefold's own JSON Lines (which writes U+2028 raw) is valid input again, row for row."""
    path = tmp_path / "names.txt"
    path.write_text("Ivan\u2028Ivanov\nMaria Kalesnikava\n", encoding="utf-8")
    _, out, _ = run(["resolve", str(path), "--format", "jsonl"], capsys)
    again = tmp_path / "out.jsonl"
    again.write_text(out, encoding="utf-8")
    code, out2, err = run(["resolve", str(again), "--field", "name", "--format", "jsonl"], capsys)
    assert code == 0
    assert [json.loads(line)["name"] for line in out2.split("\n") if line] == [
        "Ivan\u2028Ivanov",
        "Maria Kalesnikava",
    ]
    assert out2 == out  # the fields it added are replaced by the same ones
    fields = "person, canonical, ambiguous, score, rule"
    assert err == f"namefold: the input's fields {fields} are replaced by this run's\n"


def test_invalid_utf8_on_stdin_is_refused() -> None:
    done = namefold_cli("resolve", "-", stdin=b"Luka\xff\n")
    assert done.returncode == 2
    assert one_line_error(done.stderr) == "namefold: error: -: not UTF-8 text (byte 4)\n"
    assert done.stdout == b""


def test_stdin_is_utf8_whatever_the_locale() -> None:
    """PYTHONIOENCODING=latin-1 changes nothing: input and output are UTF-8."""
    done = namefold_cli(
        "resolve", "-", "--format", "jsonl", stdin="Лукашэнка\n".encode(), env={"PYTHONIOENCODING": "latin-1"}
    )
    assert done.returncode == 0
    row = json.loads(done.stdout.decode("utf-8"))
    assert (row["name"], row["person"]) == ("Лукашэнка", "lukashenka")


def test_a_byte_order_mark_is_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Excel's CSV and a JSON Lines file with a BOM: the first column or field is found."""
    csv_file = tmp_path / "people.csv"
    csv_file.write_bytes("\ufeffname,id\nMaria Kalesnikava,1\n".encode())
    code, out, _ = run(["resolve", str(csv_file), "--column", "name", "--format", "jsonl"], capsys)
    assert code == 0
    assert json.loads(out)["name"] == "Maria Kalesnikava"
    jsonl = tmp_path / "people.jsonl"
    jsonl.write_bytes('\ufeff{"name": "Maria Kalesnikava"}\n'.encode())
    code, out, _ = run(["resolve", str(jsonl), "--field", "name", "--format", "jsonl"], capsys)
    assert code == 0
    assert json.loads(out)["name"] == "Maria Kalesnikava"


def test_a_surrogate_in_jsonl_is_written_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"name": "Iva\\ud800n"}\n{"name": "Лукашэнка"}\n', encoding="utf-8")
    code, out, _ = run(["resolve", str(path), "--field", "name", "--format", "jsonl"], capsys)
    assert code == 0
    assert [json.loads(line)["name"] for line in out.split("\n") if line] == ["Iva\ud800n", "Лукашэнка"]


def test_deeply_nested_jsonl_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    code, _, err = run(["resolve", str(path), "--field", "name"], capsys)
    assert code == 2
    assert one_line_error(err) == f"namefold: error: {path}:1: JSON nested too deeply\n"


# --- CSV -----------------------------------------------------------------------------------


def test_a_csv_field_of_any_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.csv"
    long_name = "Ivanov" * 50_000  # 300,000 characters, over csv's default 131,072
    path.write_text(f"name\n{long_name}\nMaria Kalesnikava\n", encoding="utf-8")
    code, out, _ = run(["resolve", str(path), "--column", "name", "--format", "jsonl"], capsys)
    assert code == 0
    assert [len(json.loads(line)["name"]) for line in out.split("\n") if line] == [300_000, 17]


def test_a_short_row_is_an_error_or_skipped_and_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "id,name\n1,Maria Kalesnikava\n2\n3,Viktar Babaryka\n4,Eduard Babaryka,extra\n", encoding="utf-8"
    )
    code, out, err = run(["resolve", str(path), "--column", "name"], capsys)
    assert (code, out) == (2, "")
    assert one_line_error(err).startswith(f"namefold: error: {path}:3: expected 2 fields, found 1")
    code, out, err = run(
        ["resolve", str(path), "--column", "name", "--on-bad-row", "skip", "--format", "jsonl"], capsys
    )
    assert code == 0
    assert [json.loads(line)["id"] for line in out.split("\n") if line] == ["1", "3"]
    assert err == "namefold: skipped 2 malformed CSV rows, lines 3, 5\n"


def test_a_multiline_record_is_numbered_by_its_first_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_text('name,note\nMaria Kalesnikava,"two\nlines"\nViktar Babaryka,x,y\n', encoding="utf-8")
    code, out, err = run(["resolve", str(path), "--column", "name", "--format", "jsonl"], capsys)
    assert code == 2
    assert one_line_error(err).startswith(f"namefold: error: {path}:4: expected 2 fields, found 3")
    path.write_text('name,note\nMaria Kalesnikava,"two\nlines"\nViktar Babaryka,x\n', encoding="utf-8")
    code, out, _ = run(["resolve", str(path), "--column", "name", "--format", "jsonl"], capsys)
    assert code == 0
    assert [json.loads(line)["note"] for line in out.split("\n") if line] == ["two\nlines", "x"]


def test_a_csv_without_column_takes_name_or_stops(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A .csv file without --column: its column 'name', else a one-line hint; never whole lines."""
    path = tmp_path / "people.csv"
    path.write_text("id,name\n1,Maria Kalesnikava\n", encoding="utf-8")
    code, out, _ = run(["resolve", str(path), "--format", "jsonl"], capsys)
    assert code == 0
    assert json.loads(out)["name"] == "Maria Kalesnikava"
    other = tmp_path / "other.csv"
    other.write_text("id,person\n1,Maria Kalesnikava\n", encoding="utf-8")
    code, out, err = run(["resolve", str(other)], capsys)
    assert (code, out) == (2, "")
    assert "--column" in one_line_error(err)


def test_extract_refuses_a_file_given_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Maria Kalesnikava spoke.", encoding="utf-8")
    code, _, err = run(["extract", str(path), str(path)], capsys)
    assert code == 2
    assert one_line_error(err) == f"namefold: error: {path}: given twice; each file is one document\n"


# --- the environment -----------------------------------------------------------------------


def test_closed_stdin_is_one_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "namefold", "resolve", "-"],
        capture_output=True,
        timeout=60,
        check=False,
        preexec_fn=lambda: os.close(0),
    )
    assert done.returncode == 2
    assert one_line_error(done.stderr) == "namefold: error: -: standard input is closed\n"


def test_graph_to_a_missing_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "missing" / "x.dot"
    code, _, err = run(["graph", "Lukashenko", "--out", str(out_path)], capsys)
    assert code == 2
    assert one_line_error(err).startswith(f"namefold: error: {out_path}: cannot write")


def _many_names(tmp_path: Path, count: int, *, distinct: bool) -> Path:
    """A file of ``count`` names: one name again and again (quick to resolve), or distinct
    ones that differ in a number only (slow: every pair is a candidate)."""
    path = tmp_path / "many.txt"
    names = (f"Maria Kalesnikava {i if distinct else ''}" for i in range(count))
    path.write_text("\n".join(names) + "\n", encoding="utf-8")
    return path


def test_a_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    """``| head -1``: exit 1, nothing on stderr."""
    path = _many_names(tmp_path, 20_000, distinct=False)  # 2 MB of output, past any pipe's buffer
    with subprocess.Popen(
        [sys.executable, "-m", "namefold", "resolve", str(path), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as reader:
        assert reader.stdout is not None
        assert reader.stderr is not None
        reader.stdout.readline()
        reader.stdout.close()
        err = reader.stderr.read()
        assert reader.wait(timeout=60) == 1
    assert err == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_disk_is_one_line(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "namefold", "demo"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    assert done.returncode == 1
    assert (
        one_line_error(done.stderr) == "namefold: error: cannot write the output: No space left on device\n"
    )


def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path) -> None:
    path = _many_names(tmp_path, 60_000, distinct=True)
    with subprocess.Popen(
        [sys.executable, "-m", "namefold", "resolve", str(path), "--format", "jsonl"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    ) as worker:
        time.sleep(2.5)  # well into the resolution, with its worker processes
        worker.send_signal(signal.SIGINT)
        assert worker.stderr is not None
        err = worker.stderr.read()
        assert worker.wait(timeout=60) == 130
    assert one_line_error(err) == "namefold: interrupted\n"
