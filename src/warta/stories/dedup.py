"""Near-duplicates and shared passages: MinHash LSH over word shingles (datasketch), bounded for streaming.

A near copy joins the story of its original without scoring; within a story, pairs of articles are compared for
exact copies, near copies and the sentences they share (copied passages), each with its evidence.
"""

from __future__ import annotations

import hashlib
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
# Characters of a shared passage shown as the evidence of a copy.
EVIDENCE = 300

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
    return _shingles_of(WORD.findall(text.lower()))


def _shingles_of(words: list[str]) -> set[bytes]:
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


@dataclass(slots=True)
class TextPrint:
    """What comparing a text with another needs, in a form a story keeps for its members: digests of the
    normalised text and of its shingles, and its long sentences (normalised digest, evidence text)."""

    text: bytes
    shingles: frozenset[int]
    passages: list[tuple[int, str]]


def text_print(text: str) -> TextPrint:
    passages = [(_digest(_normalise(s)), s.strip()[:EVIDENCE]) for s in SENTENCE.split(text) if len(s) >= MIN_PASSAGE]
    words = WORD.findall(text.lower())  # once for the text's digest and its shingles (as _normalise, shingles)
    return TextPrint(hashlib.blake2b(" ".join(words).encode(), digest_size=16).digest(),
                     frozenset(_shingle_digest(g) for g in _shingles_of(words)), passages)


def compare_texts(a_id: str, a_text: str, b_id: str, b_text: str) -> Copy | None:
    """How article ``a`` copies the earlier ``b``, with evidence; None when it does not."""
    return compare_prints(a_id, text_print(a_text), b_id, text_print(b_text))


def compare_prints(a_id: str, a: TextPrint, b_id: str, b: TextPrint) -> Copy | None:
    """``compare_texts`` on the prints of the texts. Shingles are compared by 32-bit digests: two texts of 700
    shingles each (a long English page) share one by chance with odds of about 1 in 9,000, which moves their
    Jaccard by 1/1,400 at most."""
    if a.text == b.text:
        return Copy(a_id, b_id, "exact copy", 1.0, "identical text after normalising spaces and case")
    sa, sb = a.shingles, b.shingles
    common = len(sa & sb) if sa and sb else 0
    jaccard = common / (len(sa) + len(sb) - common) if sa and sb else 0.0
    if jaccard >= NEAR_COPY:
        return Copy(a_id, b_id, "near copy", round(jaccard, 3), f"{jaccard:.0%} of 3-word shingles shared")
    theirs = {h for h, _ in b.passages}
    shared = next((text for h, text in a.passages if h in theirs), None)
    if shared is not None:
        return Copy(a_id, b_id, "shared passages", round(jaccard, 3), shared)
    return None


def _shingle_digest(shingle: bytes) -> int:
    """32 bits, not 64: a story keeps every member's shingle digests, and at 64 bits they were a quarter of the
    store's bytes per article."""
    return int.from_bytes(hashlib.blake2b(shingle, digest_size=4).digest(), "little")


def _digest(text: str | bytes) -> int:
    data = text.encode() if isinstance(text, str) else text
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)


def _normalise(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))
