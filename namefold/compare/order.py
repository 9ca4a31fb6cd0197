"""Name order in a comparison: two names read in different orders, and two names whose given
name and surname trade places (``Zachay Hope`` / ``Zachary Hopd``), read again swapped."""

from __future__ import annotations

from namefold.compare.edits import one_edit_apart
from namefold.compare.given import MIN_GIVEN_TYPO
from namefold.compare.model import Evidence, evidence
from namefold.engine.caches import CHOICES, cached
from namefold.names.given import is_listed_given
from namefold.names.model import Order, ParsedName
from namefold.names.parse import parse
from namefold.text.fold import fold

__all__ = ["ORDER_DIFFERENT", "ORDER_SWAPPED", "ORDER_SWAPPED_TYPO", "crossed", "flip", "order_item"]

# Factors documented in docs/pipeline.md.
ORDER_DIFFERENT = 0.97
ORDER_SWAPPED = 0.95
ORDER_SWAPPED_TYPO = 0.85  # swapped, with a typo where the words cross (see crossed)
_TABLE_ORDER = "given-name table"  # the order_reason of a name the given-name tables turned


@cached(CHOICES)
def order_item(order_a: str, reason_a: str, order_b: str, reason_b: str) -> Evidence:
    detail = f"{order_a} ({reason_a}) / {order_b} ({reason_b})"
    return evidence("order", order_a, order_b, "different order", ORDER_DIFFERENT, detail)


def crossed(a: ParsedName, b: ParsedName) -> float:
    """The factor of reading two names in swapped order, or 0 when nothing suggests a swap.

    A given name of one name that folds like the other's surname suggests a swap
    (:data:`ORDER_SWAPPED`). One typo apart suggests it too: when the given-name tables set
    the order of either name, as strongly (``Zachay Hope``, read surname first because the
    tables list Hope and not Zachay, and ``Zachary Hopd``); else, between two words no
    table lists, only enough to keep the two readings from conflicting
    (:data:`ORDER_SWAPPED_TYPO`: ``Siggins Barnaby`` / ``Barhaby Siggyins``).
    """
    # Plain tests, not any() over a generator: read for most pairs of two different people.
    ga = a.given[0] if a.given else ""
    gb = b.given[0] if b.given else ""
    if (ga and fold(ga).key == fold(b.core_surname).key) or (gb and fold(gb).key == fold(a.core_surname).key):
        return ORDER_SWAPPED
    typo_a, typo_b = _typo_apart(ga, b.core_surname), _typo_apart(gb, a.core_surname)
    if not (typo_a or typo_b):
        return 0.0
    if a.order_reason == _TABLE_ORDER or b.order_reason == _TABLE_ORDER:
        return ORDER_SWAPPED
    # both read given name first: words no table lists (Harry / Hardy may be two people)
    if (typo_a and _unlisted(ga, b.core_surname)) or (typo_b and _unlisted(gb, a.core_surname)):
        return ORDER_SWAPPED_TYPO
    return 0.0


def _unlisted(*words: str) -> bool:
    return not any(is_listed_given(word) for word in words)


def _typo_apart(given: str, surname: str) -> bool:
    """A given name and a surname of :data:`MIN_GIVEN_TYPO` letters or more, one edit
    apart as written or as folded."""
    if min(len(given), len(surname)) < MIN_GIVEN_TYPO:
        return False
    return one_edit_apart(given, surname) or one_edit_apart(fold(given).key, fold(surname).key)


def flip(name: ParsedName) -> ParsedName | None:
    """The name parsed again in the other order, if it is one given name and one surname."""
    if name.kind != "full" or len(name.given) != 1 or len(name.surname) != 1 or name.patronymic:
        return None
    other: Order = "family-first" if name.order == "given-first" else "given-first"
    return parse(name.original, order=other)
