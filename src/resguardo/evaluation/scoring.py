"""Overlap scoring: a prediction counts when it overlaps a gold span, whatever its type.

For privacy what matters is that a piece of personal information was caught, so the
headline numbers are type-agnostic; recall per gold type is reported beside them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass
class Score:
    gold: int = 0
    gold_found: int = 0
    predicted: int = 0
    predicted_correct: int = 0
    gold_by_type: Counter[str] = field(default_factory=Counter)
    found_by_type: Counter[str] = field(default_factory=Counter)

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def recall_by_type(self) -> dict[str, float]:
        return {t: self.found_by_type[t] / n for t, n in sorted(self.gold_by_type.items()) if n}

    def as_dict(self) -> dict[str, object]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "f1": round(self.f1, 4),
            "recall_by_type": {k: round(v, 4) for k, v in self.recall_by_type().items()},
        }


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def add_document(
    score: Score,
    gold: Sequence[tuple[int, int, str]],
    predicted: Iterable[tuple[int, int, str]],
) -> None:
    """Add one document's gold and predicted (start, end, type) spans to ``score``."""
    preds = list(predicted)
    for g_start, g_end, g_type in gold:
        score.gold += 1
        score.gold_by_type[g_type] += 1
        if any(_overlaps(g_start, g_end, p[0], p[1]) for p in preds):
            score.gold_found += 1
            score.found_by_type[g_type] += 1
    for p_start, p_end, _p_type in preds:
        score.predicted += 1
        if any(_overlaps(p_start, p_end, g[0], g[1]) for g in gold):
            score.predicted_correct += 1
