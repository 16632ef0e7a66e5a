"""Names seen in the NER train splits, with the type they were tagged with most often: a feature for the CRF
("this phrase was a PER in training"), matched longest first.

Built by `warta train ner` and shipped gzipped next to the model. While training, each sentence sees a lexicon
built from the other folds only (jackknifing), so the feature is as reliable in training as on unseen text
instead of always agreeing with the sentence's own label.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warta.text.labels import spans

LONGEST = 5  # phrases up to this many tokens; longer names in the train splits are rare and seldom repeat


@dataclass(slots=True)
class EntityLexicon:
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    # First words of the phrases: most words start none, and skipping them keeps tagging fast.
    starts: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        self.starts = frozenset(key[0] for key in self.phrases)

    @classmethod
    def build(cls, sentences: Iterable[tuple[list[str], list[str]]]) -> EntityLexicon:
        """From (words, warta tags) pairs: each entity phrase, case-folded, with its most frequent type."""
        counts: dict[tuple[str, ...], Counter[str]] = {}
        for words, tags in sentences:
            for start, end, kind in spans(tags):
                if end - start <= LONGEST:
                    key = tuple(w.casefold() for w in words[start:end])
                    counts.setdefault(key, Counter())[kind] += 1
        return cls({key: c.most_common(1)[0][0] for key, c in counts.items()})

    def features(self, words: list[str]) -> list[list[str]]:
        """Per word, "lxB=TYPE" on the first word of a known phrase and "lxI=TYPE" inside it."""
        n = len(words)
        folded = [w.casefold() for w in words]
        out: list[list[str]] = [[] for _ in range(n)]
        i = 0
        while i < n:
            hit = 0
            if folded[i] not in self.starts:
                i += 1
                continue
            for length in range(min(LONGEST, n - i), 0, -1):
                kind = self.phrases.get(tuple(folded[i : i + length]))
                if kind is not None:
                    out[i].append("lxB=" + kind)
                    for k in range(i + 1, i + length):
                        out[k].append("lxI=" + kind)
                    hit = length
                    break
            i += hit or 1
        return out

    def save(self, path: Path) -> None:
        lines = (" ".join(key) + "\t" + kind for key, kind in sorted(self.phrases.items()))
        path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))

    @classmethod
    def load(cls, path: Path) -> EntityLexicon:
        if not path.is_file():
            return cls()
        phrases = {}
        for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
            text, _, kind = line.rpartition("\t")
            if text:
                phrases[tuple(text.split(" "))] = kind
        return cls(phrases)
