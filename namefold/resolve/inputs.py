"""The mentions a resolution is given, checked: names, sources, each spelling's own name order.

A mention is a name; a ``(name, source)`` pair; or a ``(name, source, order)`` triple whose
``order`` (``auto``, ``given-first``, ``family-first``; ``None`` for the resolution's) is the
name order of that row. A spelling is read in one order: the first row that gives it one;
rows that give it another are counted as ``order_conflicts``.
"""

from __future__ import annotations

from collections.abc import Iterable

from namefold.errors import ConfigError, require_str
from namefold.names.model import ORDERS, Order

__all__ = ["CheckedMention", "MentionInput", "Mentions", "check_order", "checked_batch"]

# what add_many takes: a name, (name, source) or (name, source, order)
MentionInput = str | tuple[str, str | None] | tuple[str, str | None, Order | None]
# a checked mention: (name, source, its own order or None)
CheckedMention = tuple[str, str | None, Order | None]


def check_order(order: object, what: str = "order") -> Order:
    """``order`` if it is a name order; ``ConfigError`` otherwise."""
    if order not in ORDERS:
        message = f"{what} must be one of {', '.join(ORDERS)}, not {order!r:.80}"
        raise ConfigError(message)
    return order


def _checked(item: object, source: str | None) -> CheckedMention:
    if not isinstance(item, tuple):
        return require_str(item, "name"), source, None
    if len(item) not in (2, 3):
        message = f"a mention tuple must be (name, source) or (name, source, order), not {item!r:.80}"
        raise TypeError(message)
    name, where = require_str(item[0], "name"), item[1]
    where = None if where is None else require_str(where, "source")
    order = None if len(item) == 2 or item[2] is None else check_order(item[2], "a mention's order")
    return name, where, order


def checked_batch(names: Iterable[MentionInput], source: str | None) -> list[CheckedMention]:
    """Every item of ``names`` checked (``TypeError``, ``ConfigError``), strings with ``source``."""
    if isinstance(names, (str, bytes)) or not isinstance(names, Iterable):
        message = f"names must be an iterable of names, not {type(names).__name__}: {names!r:.80}"
        raise TypeError(message)
    if source is not None:
        require_str(source, "source")
    return [_checked(item, source) for item in names]


class Mentions:
    """Checked mentions, collected: ``(name, source)`` pairs, each spelling's own order, and
    how many rows gave a spelling another order than its first."""

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str | None]] = []
        self.orders: dict[str, Order] = {}
        self.conflicts = 0

    def extend(self, batch: list[CheckedMention]) -> None:
        """Add checked mentions."""
        orders = self.orders
        for name, source, order in batch:
            self.pairs.append((name, source))
            if order is not None and orders.setdefault(name, order) != order:
                self.conflicts += 1

    def copy(self) -> Mentions:
        """A snapshot."""
        found = Mentions()
        found.pairs, found.orders, found.conflicts = list(self.pairs), dict(self.orders), self.conflicts
        return found
