"""A parsed name and the literal types that describe it (a frozen ``attrs`` class)."""

from __future__ import annotations

from typing import Literal

import attrs

from namefold.data.tables import particles
from namefold.engine.caches import WORDS, cached
from namefold.names.arabic_marks import may_be_arabic

__all__ = ["ORDERS", "Gender", "NameKind", "Order", "ParsedName"]

Order = Literal["auto", "given-first", "family-first"]
ORDERS: tuple[Order, ...] = ("auto", "given-first", "family-first")  # every Order
Gender = Literal["m", "f"]
NameKind = Literal["full", "initials", "surname", "given", "empty"]


@attrs.frozen(kw_only=True, cache_hash=True)
class ParsedName:
    """A name split into its parts. Every part is normalized lowercase ASCII.

    Attributes:
        original: the text as given.
        display: the name as written, honorifics removed, given names first,
            all-caps words in title case (``LUKASHENKA, Aliaksandr`` ->
            ``Aliaksandr Lukashenka``); a Korean name family first (``Kim Jong-un``).
        honorifics: removed honorifics and titles (``mr``, ``president``).
        given: given names; a one-letter entry is an initial.
        patronymic: the patronymic (``ryhoravich``), or ``None``.
        surname: surname words, particles included (``van``, ``beethoven``).
        order: ``given-first`` or ``family-first``, as declared or inferred.
        order_reason: why that order: ``declared``, ``comma``, ``capitals``,
            ``patronymic``, ``given-name table``, ``chinese surname`` or ``default``.
        gender: ``m``/``f`` when the hints agree, else ``None``.
        gender_hints: where each gender hint came from (``honorific ms: f``).
        surname_gender: the grammatical gender of the surname form, if marked
            (``tsikhanouskaya`` -> ``f``, ``tsikhanouski`` -> ``m``).
        generation: the generation a suffix names (``jr``, ``sr``, ``ii``, ``iii``,
            ``iv``), or ``None``: ``Martin Luther King Jr.`` -> ``jr``.
        declared: the order was declared (``parse(..., order=...)``), not inferred: two
            names in declared orders are never read with given name and surname swapped.
        kind: ``full``, ``initials`` (initials + surname), ``surname``, ``given`` or
            ``empty``; derived from ``given`` and ``surname``, not an argument.
        core_surname: the surname without particles, hyphens or spaces (``van
            beethoven`` -> ``beethoven``): what surname rules and blocking keys read;
            derived, not an argument.
        is_partial: true for a mention that names a person only in part (surname,
            initials, given name); derived, not an argument.
        arabic: true if the name may be an Arabic name or is in the Arabic script or Hebrew
            (:func:`namefold.names.arabic_marks.may_be_arabic`, a quick look that
            :mod:`namefold.names.arabic` confirms); derived, not an argument.
    """

    original: str
    display: str
    honorifics: tuple[str, ...] = ()
    given: tuple[str, ...] = ()
    patronymic: str | None = None
    surname: tuple[str, ...] = ()
    order: Literal["given-first", "family-first"] = "given-first"
    order_reason: str = "default"
    gender: Gender | None = None
    gender_hints: tuple[str, ...] = ()
    surname_gender: Gender | None = None
    generation: str | None = None
    declared: bool = False

    # Derived once, when the name is made: every comparison reads them (a cached_property
    # would cost more on first reading than computing all three here).
    kind: NameKind = attrs.field(init=False, eq=False, repr=False)
    core_surname: str = attrs.field(init=False, eq=False, repr=False)
    is_partial: bool = attrs.field(init=False, eq=False, repr=False)
    arabic: bool = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        kind = _kind(self.given, self.surname)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "core_surname", _core(self.surname))
        object.__setattr__(self, "is_partial", kind != "full")
        words = (
            (*self.given, *self.surname)
            if self.patronymic is None
            else (*self.given, self.patronymic, *self.surname)
        )
        object.__setattr__(self, "arabic", may_be_arabic(self.original, words))

    @property
    def normalized(self) -> str:
        """Given names, patronymic and surname joined in given-first order."""
        parts = [*self.given, *([self.patronymic] if self.patronymic else []), *self.surname]
        return " ".join(parts)


def _kind(given: tuple[str, ...], surname: tuple[str, ...]) -> NameKind:
    if surname and given:
        for name in given:  # a loop, not all(): read for every name of a resolution
            if len(name) != 1:
                return "full"
        return "initials"
    if surname:
        return "surname"
    return "given" if given else "empty"


@cached(WORDS)
def _core(surname: tuple[str, ...]) -> str:
    table = particles()
    words = [w for token in surname for w in token.replace("-", " ").split()]
    kept = [w for w in words if w not in table] or words
    return "".join(kept)
