"""Every Python example in the README and docs/ runs and prints what it shows."""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_examples_in_document(path: Path) -> None:
    """doctest the >>> examples of one Markdown document."""
    result = doctest.testfile(
        str(path), module_relative=False, optionflags=doctest.ELLIPSIS, raise_on_error=False
    )
    assert result.attempted == path.read_text(encoding="utf-8").count("\n>>> ")
    assert result.failed == 0


def console_steps(path: Path) -> list[tuple[str, list[str]]]:
    """(command, shown output lines) for every `$ ` line in the console blocks of a document."""
    steps: list[tuple[str, list[str]]] = []
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = line.strip() == "```console"
            continue
        if inside and line.startswith("$ "):
            steps.append((line[2:], []))
        elif inside and steps:
            steps[-1][1].append(line)
    return steps


RUNNABLE = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("document", RUNNABLE, ids=lambda p: p.name)
def test_console_examples_run(tmp_path: Path, document: Path) -> None:
    """Every shell example runs in an empty folder and prints what the page shows.

    Not run here: installing (pip), the test suite itself, and the benchmarks (CI runs the
    benchmark as a step of its own).
    """
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for command, shown in console_steps(document):
        if command.startswith("pip ") or "pytest" in command or "benchmarks/" in command:
            continue
        done = subprocess.run(
            command, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True, check=False
        )
        printed = (done.stdout + done.stderr).splitlines()
        marks = [i for i, line in enumerate(shown) if line.strip() == "..."]
        if marks:
            head, tail = shown[: marks[0]], shown[marks[0] + 1 :]
            assert printed[: len(head)] == head, command
            assert printed[len(printed) - len(tail) :] == tail, command
        else:
            assert printed == shown, command


def blocks_between_ellipses(lines: list[str]) -> list[list[str]]:
    """The runs of lines that a `...` line separates (the `...` lines themselves left out)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip() == "...":
            blocks.append([])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if block]


def holds_in_order(block: list[str], printed: list[str]) -> bool:
    """Whether ``block`` is a run of consecutive lines of ``printed``."""
    return any(printed[i : i + len(block)] == block for i in range(len(printed) - len(block) + 1))


def test_readme_test_run_shows_what_the_golden_tests_print() -> None:
    """The README's sample test run shows the quality report lines of a real run of the golden
    tests, and no test count (which every new test would make stale)."""
    shown = next(lines for command, lines in console_steps(ROOT / "README.md") if "pytest" in command)
    assert not [line for line in shown if re.search(r"\b\d+ (passed|failed|errors?|tests?)\b", line)]
    blocks = blocks_between_ellipses(shown)
    assert any("namefold quality on golden fixtures" in line for block in blocks for line in block)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_golden.py"],
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "80"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    printed = done.stdout.splitlines()
    for block in blocks:
        assert holds_in_order(block, printed), block
