"""Quality metrics of a clustering against the truth: pairwise and B-cubed."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import attrs

__all__ = ["Metrics", "evaluate"]


@attrs.frozen(kw_only=True)
class Metrics:
    """Pairwise and B-cubed precision, recall and F1, with the errors behind them.

    ``false_merges`` lists each predicted cluster that holds items of several true
    people, as ``(predicted id, {true id: item labels})``; ``splits`` lists each
    true person spread over several predicted clusters, as ``(true id, {predicted id: labels})``.
    """

    items: int
    precision: float
    recall: float
    f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    false_merges: tuple[tuple[str, dict[str, tuple[str, ...]]], ...]
    splits: tuple[tuple[str, dict[str, tuple[str, ...]]], ...]

    def report(self, title: str = "") -> str:
        """The metrics and every false merge and split, as readable lines."""
        lines = [
            f"{title}: {self.items} items" if title else f"{self.items} items",
            f"  pairwise  P={self.precision:.4f} R={self.recall:.4f} F1={self.f1:.4f}",
            f"  B-cubed   P={self.bcubed_precision:.4f} R={self.bcubed_recall:.4f} F1={self.bcubed_f1:.4f}",
            f"  false merges: {len(self.false_merges)}",
        ]
        for predicted, truths in self.false_merges:
            parts = "; ".join(f"{t}: {', '.join(labels)}" for t, labels in truths.items())
            lines.append(f"    {predicted} <- {parts}")
        lines.append(f"  splits: {len(self.splits)}")
        for truth, spread in self.splits:
            parts = "; ".join(f"{p}: {', '.join(labels)}" for p, labels in spread.items())
            lines.append(f"    {truth} -> {parts}")
        return "\n".join(lines)


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _pairs(counter: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in counter.values())


def evaluate(predicted: Sequence[str], truth: Sequence[str], labels: Sequence[str] | None = None) -> Metrics:
    """Compare a predicted clustering with the true one, item by item.

    Args:
        predicted: the predicted cluster id of each item.
        truth: the true cluster id of each item.
        labels: a readable label per item (e.g. the name), used to list errors.

    Raises:
        ValueError: the sequences differ in length.

    Examples:
        >>> m = evaluate(["a", "a", "b"], ["x", "x", "x"])
        >>> round(m.precision, 2), round(m.recall, 2)
        (1.0, 0.33)
    """
    if len(predicted) != len(truth) or (labels is not None and len(labels) != len(truth)):
        message = "predicted, truth and labels must have the same length"
        raise ValueError(message)
    labels = labels if labels is not None else [str(i) for i in range(len(truth))]
    both = Counter(zip(predicted, truth, strict=True))
    by_pred, by_true = Counter(predicted), Counter(truth)
    true_pairs = _pairs(Counter(both))
    pred_pairs, gold_pairs = _pairs(by_pred), _pairs(by_true)
    precision = true_pairs / pred_pairs if pred_pairs else 1.0
    recall = true_pairs / gold_pairs if gold_pairs else 1.0
    n = len(truth) or 1
    b_precision = sum(both[(p, t)] / by_pred[p] for p, t in zip(predicted, truth, strict=True)) / n
    b_recall = sum(both[(p, t)] / by_true[t] for p, t in zip(predicted, truth, strict=True)) / n
    members: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    spread: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p, t, label in zip(predicted, truth, labels, strict=True):
        members[p][t].add(label)
        spread[t][p].add(label)
    merges = tuple(
        (p, {t: tuple(sorted(v)) for t, v in sorted(ts.items())})
        for p, ts in sorted(members.items())
        if len(ts) > 1
    )
    splits = tuple(
        (t, {p: tuple(sorted(v)) for p, v in sorted(ps.items())})
        for t, ps in sorted(spread.items())
        if len(ps) > 1
    )
    return Metrics(
        items=len(truth),
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        bcubed_precision=b_precision if truth else 1.0,
        bcubed_recall=b_recall if truth else 1.0,
        bcubed_f1=_f1(b_precision, b_recall) if truth else 1.0,
        false_merges=merges,
        splits=splits,
    )
