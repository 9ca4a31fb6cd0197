"""What a comparison of two names returns: its evidence and its verdict (frozen ``attrs`` classes)."""

from __future__ import annotations

import attrs

from namefold.names.model import ParsedName

__all__ = ["Comparison", "Evidence", "evidence"]


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


def evidence(
    feature: str, left: str, right: str, rule: str, factor: float, detail: str = "", conflict: bool = False
) -> Evidence:
    """One piece of evidence, as the rules make it; a conflict always has factor 0."""
    return Evidence(
        feature=feature,
        left=left,
        right=right,
        rule=rule,
        factor=0.0 if conflict else factor,
        detail=detail,
        conflict=conflict,
    )


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
