"""Whether two keys are one edit apart, cheaply: the typo rules ask it for millions of pairs."""

from __future__ import annotations

__all__ = ["extra_letter", "one_edit_apart", "one_edit_not_replaced"]


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different strings are one edit apart: one letter inserted, deleted or
    replaced, or two adjacent letters swapped (Damerau-Levenshtein distance 1).

    Cheaper than computing the distance, which the surname and given-name rules need
    only to know whether it is 1. It runs for millions of surname pairs, so it is a plain
    loop to the first difference: a generator costs twice as much.

    Examples:
        >>> one_edit_apart("kalesnikava", "kakesnikava"), one_edit_apart("maria", "mraia")
        (True, True)
        >>> one_edit_apart("maria", "maria"), one_edit_apart("maria", "mariya")
        (False, True)
    """
    size = len(a)
    if size != len(b):
        return extra_letter(a, b) is not None
    at = 0
    while at < size and a[at] == b[at]:
        at += 1
    if at == size:  # the same string
        return False
    if a[at + 1 :] == b[at + 1 :]:  # one letter replaced
        return True
    return a[at + 2 :] == b[at + 2 :] and a[at] == b[at + 1] and a[at + 1] == b[at]


def one_edit_not_replaced(a: str, b: str) -> bool:
    """Whether two strings are one letter inserted or dropped, or two adjacent letters swapped,
    apart: :func:`one_edit_apart` without one letter replaced (a replaced letter makes another
    surname as often as a typo: Hay / Ray, Мицкевич / Мацкевич).

    Examples:
        >>> one_edit_not_replaced("lysnko", "lysenko"), one_edit_not_replaced("wil", "wli")
        (True, True)
        >>> one_edit_not_replaced("hay", "ray")
        False
    """
    if len(a) != len(b):
        return extra_letter(a, b) is not None
    return one_edit_apart(a, b) and sorted(a) == sorted(b)


def extra_letter(a: str, b: str) -> str | None:
    """The letter whose deletion from the longer of ``a`` and ``b`` gives the shorter, if
    one does (the first such letter).

    Examples:
        >>> extra_letter("timurava", "timrava"), extra_letter("timrava", "timurava")
        ('u', 'u')
        >>> extra_letter("timurava", "tamrava") is None
        True
    """
    if len(a) == len(b) + 1:
        longer, shorter = a, b
    elif len(b) == len(a) + 1:
        longer, shorter = b, a
    else:
        return None
    size = len(shorter)
    at = 0
    while at < size and longer[at] == shorter[at]:
        at += 1
    return longer[at] if longer[at + 1 :] == shorter[at:] else None
