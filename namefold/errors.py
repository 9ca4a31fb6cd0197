"""Exceptions raised by namefold.

Hierarchy::

    NamefoldError
    ├── TableError        a packaged data table is malformed (names file and line)
    └── ConfigError       an option has a value outside its valid range (also ValueError)
"""

from __future__ import annotations

__all__ = ["ConfigError", "NamefoldError", "TableError", "check_threshold", "require_str"]


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


def check_threshold(value: object) -> float:
    """``value`` as a float if it is a number in (0, 1] (not a bool, not NaN); ``ConfigError``
    otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 < value <= 1.0:
        message = f"threshold must be a number in (0, 1], not {value!r:.80}"
        raise ConfigError(message)
    return float(value)
