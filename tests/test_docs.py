"""Every Python example in the README and docs/ runs and prints what it shows."""

from __future__ import annotations

import doctest
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


def test_readme_demo_output_matches_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    """The demo table shown in the README is what `namefold demo` prints."""
    from namefold.cli import main

    main(["demo"])
    printed = capsys.readouterr().out.splitlines()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("$ namefold demo\n", 1)[1].split("```", 1)[0].splitlines()
    assert [line for line in shown if line.strip() != "..."] == [line for line in printed if line in shown]


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


def test_cli_reference_examples_run(tmp_path: Path) -> None:
    """Every command in docs/cli.md runs in an empty folder and prints what the page shows."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for command, shown in console_steps(ROOT / "docs" / "cli.md"):
        done = subprocess.run(
            command, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True, check=False
        )
        printed = (done.stdout + done.stderr).splitlines()
        if "..." in shown:
            head = shown[: shown.index("...")]
            tail = shown[shown.index("...") + 1 :]
            assert printed[: len(head)] == head, command
            assert printed[len(printed) - len(tail) :] == tail, command
        else:
            assert printed == shown, command
