"""Value objects shared by the pipeline stages. All are frozen ``attrs`` classes."""

from __future__ import annotations

import functools
from typing import Literal

import attrs

from namefold._tables import particles

__all__ = ["Comparison", "Evidence", "Gender", "NameKind", "Order", "ParsedName"]

Order = Literal["auto", "given-first", "family-first"]
Gender = Literal["m", "f"]
NameKind = Literal["full", "initials", "surname", "given", "empty"]


@attrs.frozen(kw_only=True, cache_hash=True)
class ParsedName:
    """A name split into its parts. Every part is normalized lowercase ASCII.

    Attributes:
        original: the text as given.
        display: the name as written, honorifics removed, given names first,
            all-caps words in title case (``LUKASHENKA, Aliaksandr`` ->
            ``Aliaksandr Lukashenka``).
        honorifics: removed honorifics and titles (``mr``, ``president``).
        given: given names; a one-letter entry is an initial.
        patronymic: the patronymic (``ryhoravich``), or ``None``.
        surname: surname words, particles included (``van``, ``beethoven``).
        order: ``given-first`` or ``family-first``, as declared or inferred.
        order_reason: why that order: ``declared``, ``comma``, ``capitals``,
            ``patronymic``, ``given-name table`` or ``default``.
        gender: ``m``/``f`` when the hints agree, else ``None``.
        gender_hints: where each gender hint came from (``honorific ms: f``).
        surname_gender: the grammatical gender of the surname form, if marked
            (``tsikhanouskaya`` -> ``f``, ``tsikhanouski`` -> ``m``).
        kind: ``full``, ``initials`` (initials + surname), ``surname``, ``given`` or
            ``empty``; derived from ``given`` and ``surname``, not an argument.
        core_surname: the surname without particles, hyphens or spaces (``van
            beethoven`` -> ``beethoven``): what surname rules and blocking keys read;
            derived, not an argument.
        is_partial: true for a mention that names a person only in part (surname,
            initials, given name); derived, not an argument.
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

    # Derived once, when the name is made: every comparison reads them (a cached_property
    # would cost more on first reading than computing all three here).
    kind: NameKind = attrs.field(init=False, eq=False, repr=False)
    core_surname: str = attrs.field(init=False, eq=False, repr=False)
    is_partial: bool = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        kind = _kind(self.given, self.surname)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "core_surname", _core(self.surname))
        object.__setattr__(self, "is_partial", kind != "full")

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


@functools.lru_cache(maxsize=1 << 18)
def _core(surname: tuple[str, ...]) -> str:
    table = particles()
    words = [w for token in surname for w in token.replace("-", " ").split()]
    kept = [w for w in words if w not in table] or words
    return "".join(kept)


@attrs.frozen(kw_only=True)
class Evidence:
    """One piece of evidence in a comparison.

    ``factor`` multiplies into the score: the score of a comparison is the
    product of the factors of its evidence. A conflict has factor 0.
    """

    feature: str
    left: str
    right: str
    rule: str
    factor: float
    detail: str = ""
    conflict: bool = False

    def describe(self) -> str:
        """One readable line."""
        mark = "CONFLICT" if self.conflict else f"x{self.factor:.2f}"
        text = (
            f"{self.feature:<10} {self.left or '-'!s:>22} ~ {self.right or '-'!s:<22} {self.rule:<18} {mark}"
        )
        return f"{text}  {self.detail}".rstrip()


@attrs.frozen(kw_only=True)
class Comparison:
    """The result of comparing two names: a score in [0, 1] with its evidence."""

    left: ParsedName
    right: ParsedName
    score: float
    evidence: tuple[Evidence, ...]

    @property
    def conflict(self) -> bool:
        """True when some evidence forbids merging the two names."""
        return any(e.conflict for e in self.evidence)

    def factor(self, feature: str) -> float | None:
        """The factor of the evidence on ``feature``, or ``None`` if there is none."""
        for item in self.evidence:
            if item.feature == feature:
                return item.factor
        return None

    def rule(self, feature: str) -> str | None:
        """The rule that decided ``feature``, or ``None``."""
        for item in self.evidence:
            if item.feature == feature:
                return item.rule
        return None

    def explain(self) -> str:
        """The comparison as readable text, one line per piece of evidence."""
        head = f"{self.left.original!r} vs {self.right.original!r}: score {self.score:.4f}"
        if self.conflict:
            head += " (conflict: never merged)"
        lines = [head, *("  " + e.describe() for e in self.evidence)]
        product = " x ".join(f"{e.factor:.2f}" for e in self.evidence) or "1"
        lines.append(f"  score = {product} = {self.score:.4f}")
        return "\n".join(lines)
