"""The command line for analysts: review, judgements files, row orders, the report."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from namefold.cli import main

PEOPLE = (
    "id,name,country,order\n"
    "1,Aliaksandr Lukashenka,BY,\n"
    "2,Alexander Lukashenko,RU,\n"
    "3,Wei Wang,CN,family-first\n"
    "4,Wang Wei,CN,family-first\n"
    "5,George H. W. Bush,US,\n"
    "6,George W. Bush,US,\n"
    "7,George Bush,US,\n"
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def people(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    return path


def _persons(out: str) -> dict[str, str]:
    return {row["id"]: row["person"] for row in csv.DictReader(io.StringIO(out))}


def test_the_order_column_reads_each_row_in_its_order(
    people: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["resolve", str(people), "--format", "csv"], capsys)
    assert code == 0
    assert _persons(out)["3"] == _persons(out)["4"]  # read as they come: one person, swapped
    code, out, _ = run(["resolve", str(people), "--order-column", "order", "--format", "csv"], capsys)
    assert code == 0
    assert _persons(out)["3"] != _persons(out)["4"]  # Mr Wei and Mr Wang
    assert out.splitlines()[3].startswith("3,Wei Wang,CN,family-first,")  # the row as it came


def test_review_then_judgements_file(
    people: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["review", str(people), "--format", "csv"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["a"], r["b"], r["kind"], r["judgement"]) for r in rows] == [
        ("George Bush", "George W. Bush", "refused", "")
    ]
    rows[0]["judgement"] = "same"
    decided = tmp_path / "decisions.csv"
    with decided.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        writer.writerow(
            {**rows[0], "a": "Aliaksandr Lukashenka", "b": "Alexander Lukashenko", "judgement": ""}
        )
        writer.writerow(
            {**rows[0], "a": "Aliaksandr Lukashenka", "b": "Alexander Lukashenko", "judgement": "unsure"}
        )
    code, out, err = run(["resolve", str(people), "--judgements", str(decided), "--format", "csv"], capsys)
    assert code == 0
    found = _persons(out)
    assert found["6"] == found["7"]  # judged the same
    assert found["5"] != found["7"]  # and so George H. W. Bush, who conflicts with George W., is not
    assert err == "namefold: 2 undecided judgement rows (unsure or empty)\n"


def test_a_contradicting_judgement_is_said_on_stderr(
    people: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decided = tmp_path / "decisions.csv"
    decided.write_text(
        "a,b,judgement\nGeorge Bush,George W. Bush,same\nGeorge W. Bush,George Bush,Different\n",
        encoding="utf-8",
    )
    code, _, err = run(["resolve", str(people), "--judgements", str(decided), "--format", "csv"], capsys)
    assert code == 0
    assert err.startswith("namefold: judgement 'George W. Bush' different 'George Bush' contradicts: ")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a,b\nx,y\n", "needs the columns a, b and judgement; no judgement"),
        ("a,b,judgement\nx,y,maybe\n", ":2: judgement must be same, different, unsure or empty, not 'maybe'"),
        ("a,b,judgement\nx,x,same\n", ":2: a judgement needs two different spellings"),
        ("a,b,judgement\nx,y\n", ":2: expected 3 fields"),
    ],
)
def test_a_bad_judgements_file_stops_with_its_line(
    people: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    decided = tmp_path / "decisions.csv"
    decided.write_text(text, encoding="utf-8")
    code, out, err = run(["resolve", str(people), "--judgements", str(decided)], capsys)
    assert (code, out) == (2, "")
    assert message in err
    assert err.count("\n") == 1


def test_a_bad_order_stops_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(
        '{"n": "Wei Wang", "o": null}\n{"n": "Wang Wei", "o": "surname-first"}\n', encoding="utf-8"
    )
    code, _, err = run(["resolve", str(path), "--field", "n", "--order-column", "o"], capsys)
    assert code == 2
    assert f"{path}:2: the order must be one of auto, given-first, family-first or empty" in err
    code, _, err = run(["resolve", str(path), "--order-column", "o"], capsys)
    assert code == 2
    assert "--order-column needs CSV (--column) or JSON Lines (--field) input" in err


def test_review_as_a_table_and_json_lines(people: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["review", str(people)], capsys)
    assert code == 0
    assert out.splitlines()[0] == "1.0000  refused  George Bush  |  George W. Bush"
    assert out.splitlines()[-1] == "1 uncertain pairs"
    code, out, _ = run(["review", str(people), "--format", "jsonl", "--threshold", "0.95"], capsys)
    found = [json.loads(line) for line in out.splitlines()]
    assert {(r["a"], r["b"], r["kind"]) for r in found} >= {
        ("Alexander Lukashenko", "Aliaksandr Lukashenka", "below")
    }


def test_report_writes_one_page_with_every_person(
    people: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "report.html"
    code, out, _ = run(["report", str(people), "--out", str(page)], capsys)
    assert code == 0
    assert out == f"4 of 4 people, 1 uncertain pairs -> {page}\n"  # Wei Wang and Wang Wei one
    html = page.read_text(encoding="utf-8")
    for name in ("Aliaksandr Lukashenka", "Wei Wang", "George H. W. Bush", "George W. Bush"):
        assert name in html
    code, _, err = run(["report", str(people), "--out", str(tmp_path / "no" / "r.html")], capsys)
    assert code == 2
    assert "cannot write" in err
