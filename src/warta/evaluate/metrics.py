"""Metrics shared by the tasks: precision/recall/F1 from counts, B-cubed and pairwise clustering scores."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from itertools import combinations


def prf(true_positive: float, predicted: float, gold: float) -> dict[str, float]:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def bcubed(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """B-cubed precision, recall and F1 over the items present in both clusterings."""
    items = [i for i in gold if i in predicted]
    pred_members, gold_members = _members(predicted, items), _members(gold, items)
    precision = recall = 0.0
    for item in items:
        mine, theirs = pred_members[predicted[item]], gold_members[gold[item]]
        overlap = len(mine & theirs)
        precision += overlap / len(mine)
        recall += overlap / len(theirs)
    n = len(items) or 1
    p, r = precision / n, recall / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"b3_precision": round(p, 4), "b3_recall": round(r, 4), "b3_f1": round(f, 4)}


def pairwise(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """Precision, recall and F1 over same-cluster pairs (counted per cluster, never enumerating all pairs)."""
    items = [i for i in gold if i in predicted]
    both: dict[tuple, int] = defaultdict(int)
    pred_sizes: dict[Hashable, int] = defaultdict(int)
    gold_sizes: dict[Hashable, int] = defaultdict(int)
    for item in items:
        both[(predicted[item], gold[item])] += 1
        pred_sizes[predicted[item]] += 1
        gold_sizes[gold[item]] += 1
    pairs = lambda sizes: sum(n * (n - 1) / 2 for n in sizes.values())  # noqa: E731
    scores = prf(pairs(both), pairs(pred_sizes), pairs(gold_sizes))
    return {f"pair_{k}": v for k, v in scores.items()}


def _members(assignment: Mapping[Hashable, Hashable], items: list) -> dict[Hashable, set]:
    groups: dict[Hashable, set] = defaultdict(set)
    for item in items:
        groups[assignment[item]].add(item)
    return groups


def same_cluster_pairs(assignment: Mapping[Hashable, Hashable]) -> set[tuple]:
    groups = _members(assignment, list(assignment))
    return {tuple(sorted(p, key=str)) for g in groups.values() for p in combinations(g, 2)}
