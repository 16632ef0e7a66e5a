"""The baseline the online clusterer is measured against: single-pass TF-IDF cosine against story centroids.

It sees the whole collection at once (the vocabulary is fitted first), so it is not a streaming clusterer; it is
kept to print beside ours in `warta eval stories`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from warta.model import Article, Story

# Cosine between an article and a story centroid: on the seeds 0.25 merges the two stories and 0.35 splits
# them apart (measured with `warta eval stories --data ../shared/gold/seeds.json`); 0.3 groups them as gold.
JOIN_THRESHOLD = 0.35


def cluster(articles: Sequence[Article], threshold: float = JOIN_THRESHOLD, by_time: bool = True) -> list[Story]:
    if not articles:
        return []
    if by_time:
        articles = sorted(articles, key=lambda a: (a.meta.published or a.meta.published_not_before or "", a.id))
    ordered = list(articles)
    docs = [f"{a.meta.title}\n{a.meta.title}\n{a.body}" for a in ordered]
    vectors = TfidfVectorizer(sublinear_tf=True, min_df=1, max_df=0.9 if len(docs) > 10 else 1.0).fit_transform(docs)
    groups: list[list[int]] = []
    sums = np.zeros((min(len(ordered), 64), vectors.shape[1]), dtype=np.float32)
    norms = np.zeros(len(sums), dtype=np.float32)
    for i in range(len(ordered)):
        v = vectors[i].toarray()[0].astype(np.float32)
        best, score = -1, 0.0
        n = len(groups)
        if n:
            scores = (sums[:n] @ v) / np.where(norms[:n] > 0, norms[:n], 1.0)
            best = int(np.argmax(scores))
            score = float(scores[best])
        if best < 0 or score < threshold:
            best = n
            groups.append([])
            if n == len(sums):  # grow by doubling, so opening a story costs amortised O(vocabulary)
                sums = np.vstack([sums, np.zeros_like(sums)])
                norms = np.concatenate([norms, np.zeros_like(norms)])
        groups[best].append(i)
        sums[best] += v
        norms[best] = np.linalg.norm(sums[best])
    return [_story([ordered[i] for i in g]) for g in groups]


def _story(members: list[Article]) -> Story:
    ids = [a.id for a in members]
    dates = sorted(d for a in members if (d := a.meta.published or a.meta.published_not_before))
    return Story(
        id=story_id(ids[0]),
        title=members[0].meta.title,
        articles=ids,
        first_seen=dates[0] if dates else "",
        last_seen=dates[-1] if dates else "",
    )


def story_id(first_article: str) -> str:
    """A story is named after the article that opened it, so its id survives later arrivals."""
    return "s" + hashlib.sha1(first_article.encode()).hexdigest()[:11]
