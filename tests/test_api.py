"""The public surface: __all__, optional imports, layering, docstrings."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import namefold

PACKAGE = Path(namefold.__file__).parent


def test_all_is_sorted_and_complete() -> None:
    """__all__ lists every public name, sorted, and each exists."""
    assert list(namefold.__all__) == sorted(namefold.__all__)
    public = {
        n for n in dir(namefold) if not n.startswith("_") and not inspect.ismodule(getattr(namefold, n))
    }
    assert public - {"cli", "annotations"} <= set(namefold.__all__)
    assert all(hasattr(namefold, n) for n in namefold.__all__)


def test_every_public_callable_has_a_docstring() -> None:
    """Users read docstrings: every exported function and class has one."""
    missing = [
        n
        for n in namefold.__all__
        if callable(getattr(namefold, n)) and not inspect.getdoc(getattr(namefold, n))
    ]
    assert missing == []


def test_import_does_not_need_hypothesis() -> None:
    """import namefold works when hypothesis is missing."""
    code = "import sys; sys.modules['hypothesis'] = None; import namefold; print(namefold.__version__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == namefold.__version__


def test_value_objects_are_frozen() -> None:
    """Value objects cannot be changed after creation."""
    person = namefold.resolve(["Maria Kalesnikava"]).people[0]
    with pytest.raises(AttributeError):
        person.canonical = "x"  # type: ignore[misc]


def test_every_public_name_is_in_the_api_page() -> None:
    """docs/api.md lists every name of ``namefold.__all__`` (but the version string)."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text(encoding="utf-8")
    listed = {line.strip()[2:] for line in page.splitlines() if line.strip().startswith("- ")}
    assert set(namefold.__all__) - {"__version__", "DEFAULT_THRESHOLD"} <= listed
