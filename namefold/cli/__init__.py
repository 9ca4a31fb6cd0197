"""The ``namefold`` command line (``namefold.cli:main``): the parser and exit codes in
:mod:`namefold.cli.app`, the commands in :mod:`namefold.cli.commands`."""

from __future__ import annotations

from namefold.cli.app import main

__all__ = ["main"]
