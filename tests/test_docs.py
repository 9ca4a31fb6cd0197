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
    assert result.attempted > 0
    assert result.failed == 0


def test_readme_demo_output_matches_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    """The demo table shown in the README is what `namefold demo` prints."""
    from namefold.cli import main

    main(["demo"])
    printed = capsys.readouterr().out.splitlines()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("$ namefold demo\n", 1)[1].split("```", 1)[0].splitlines()
    assert [line for line in shown if line.strip() != "..."] == [line for line in printed if line in shown]
