"""``python -m namefold``: the command line."""

from __future__ import annotations

from namefold.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
