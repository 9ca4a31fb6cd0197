"""Shared test setup: Hypothesis profiles, fixture loaders, and the quality report."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", derandomize=True, deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
QUALITY_REPORTS: list[str] = []


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of ``fixtures/<name>`` as dicts (comment lines starting with # skipped)."""
    with (FIXTURES / name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the fixture quality reports at the end of every run."""
    if QUALITY_REPORTS:
        terminalreporter.section("namefold quality on golden fixtures")
        for report in QUALITY_REPORTS:
            terminalreporter.write_line(report)
