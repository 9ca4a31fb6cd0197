"""Exceptions raised by namefold.

Hierarchy::

    NamefoldError
    ├── TableError        a packaged data table is malformed (names file and line)
    └── ConfigError       an option has a value outside its valid range (also ValueError)
"""

from __future__ import annotations

__all__ = ["ConfigError", "NamefoldError", "TableError"]


class NamefoldError(Exception):
    """Base class of every error namefold raises on purpose."""


class TableError(NamefoldError):
    """A data table under ``namefold/data`` is malformed."""


class ConfigError(NamefoldError, ValueError):
    """An option was given a value namefold cannot use."""


def require_str(value: object, what: str = "name") -> str:
    """Return ``value`` if it is a ``str``; raise a ``TypeError`` naming it otherwise."""
    if isinstance(value, str):
        return value
    message = f"{what} must be a str, not {type(value).__name__}: {value!r:.80}"
    raise TypeError(message)
