"""Splitting a story that turns out to hold two events: two-means over its members' vectors.

A story opened by one event can absorb the first reports of a sibling event (a second earthquake in the same
region, a second player arrested by the same team) before the two can be told apart. Once the story has enough
members, its members are split in two; when the halves are far apart and both substantial, they are two stories.
"""

from __future__ import annotations

import math

Vector = dict[str, float]
ROUNDS = 6


def two_means(vectors: list[Vector]) -> tuple[list[int], list[int], float]:
    """Indexes of the two groups (the first holds member 0) and the cosine between their centroids."""
    if len(vectors) < 2:
        return list(range(len(vectors))), [], 1.0
    whole = _centroid(vectors)
    a = min(range(len(vectors)), key=lambda i: _cos(vectors[i], whole))
    b = min(range(len(vectors)), key=lambda i: _cos(vectors[i], vectors[a]))
    seeds = [vectors[a], vectors[b]]
    groups: tuple[list[int], list[int]] = ([], [])
    for _ in range(ROUNDS):
        groups = ([], [])
        for i, v in enumerate(vectors):
            groups[0 if _cos(v, seeds[0]) >= _cos(v, seeds[1]) else 1].append(i)
        if not groups[0] or not groups[1]:
            return list(range(len(vectors))), [], 1.0
        seeds = [_centroid([vectors[i] for i in g]) for g in groups]
    first, second = groups if 0 in groups[0] else (groups[1], groups[0])
    return first, second, _cos(seeds[0], seeds[1])


def _centroid(vectors: list[Vector]) -> Vector:
    total: Vector = {}
    for v in vectors:
        for t, w in v.items():
            total[t] = total.get(t, 0.0) + w
    return total


def _cos(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb) if na and nb else 0.0
