"""Near-duplicates and shared passages: MinHash LSH over word shingles (datasketch), bounded for streaming.

A near copy joins the story of its original without scoring; within a story, pairs of articles are compared for
exact copies, near copies and the sentences they share (copied passages), each with its evidence.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

SHINGLE = 3  # words per shingle: 3-word shingles keep headline copies apart from headlines on one subject
NUM_PERM = 64
# Jaccard of shingle sets above which two texts are near copies. On UCI headlines 0.7 flags rewordings of one
# wire headline ("X says Y" / "X says Y: report"), which are the same story; body copies on indosum re-posts
# (same article on two portals) score above 0.85.
NEAR_COPY = 0.7
# Articles kept in the LSH index (oldest evicted), so memory stays flat on an endless stream: about five days of a
# national feed (~2,000 articles a day); copies are published within hours of their original. Each entry costs
# ~2 KB (benchmarks/bench_stream.py).
CAPACITY = 10_000
# A copied passage is a shared normalised sentence at least this long (shorter ones are boilerplate like "Baca
# juga" or datelines; set on the seeds and indosum, where 60 characters separate real copies from stock phrases).
MIN_PASSAGE = 60

WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_PERMS = MinHash(num_perm=NUM_PERM, seed=7)  # its permutations are shared by every signature


@dataclass(slots=True)
class Copy:
    article: str
    original: str
    relation: str  # "exact copy", "near copy", "shared passages"
    similarity: float
    evidence: str


def shingles(text: str) -> set[bytes]:
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=7, permutations=_PERMS.permutations, scheme=_PERMS.scheme)
    grams = shingles(text)
    if grams:
        m.update_batch(list(grams))
    return m


class DuplicateIndex:
    """Finds the earlier article an arriving one copies (Jaccard >= NEAR_COPY), forgetting the oldest."""

    def __init__(self, threshold: float = NEAR_COPY, capacity: int = CAPACITY) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.threshold = threshold
        self.capacity = capacity
        self.order: deque[str] = deque()
        self.signatures: dict[str, MinHash] = {}

    def add(self, article: str, text: str) -> tuple[str, float] | None:
        """Index ``text``; return (earlier article, estimated Jaccard) when it is a near copy of one."""
        sig = signature(text)
        best = None
        for other in self.lsh.query(sig):
            score = sig.jaccard(self.signatures[other])
            if score >= self.threshold and (best is None or score > best[1]):
                best = (other, score)
        if article not in self.signatures:
            self.lsh.insert(article, sig)
            self.signatures[article] = sig
            self.order.append(article)
        while len(self.order) > self.capacity:
            old = self.order.popleft()
            self.lsh.remove(old)
            del self.signatures[old]
        return best


def compare_texts(a_id: str, a_text: str, b_id: str, b_text: str) -> Copy | None:
    """How article ``a`` copies the earlier ``b``, with evidence; None when it does not."""
    if _normalise(a_text) == _normalise(b_text):
        return Copy(a_id, b_id, "exact copy", 1.0, "identical text after normalising spaces and case")
    sa, sb = shingles(a_text), shingles(b_text)
    jaccard = len(sa & sb) / len(sa | sb) if sa and sb else 0.0
    if jaccard >= NEAR_COPY:
        return Copy(a_id, b_id, "near copy", round(jaccard, 3), f"{jaccard:.0%} of 3-word shingles shared")
    shared = shared_passages(a_text, b_text)
    if shared:
        return Copy(a_id, b_id, "shared passages", round(jaccard, 3), shared[0][:300])
    return None


def shared_passages(a_text: str, b_text: str) -> list[str]:
    theirs = {_normalise(s) for s in SENTENCE.split(b_text) if len(s) >= MIN_PASSAGE}
    return [s.strip() for s in SENTENCE.split(a_text) if len(s) >= MIN_PASSAGE and _normalise(s) in theirs]


def _normalise(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))
