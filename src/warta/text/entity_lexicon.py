"""Names seen in the NER train splits, with the type they were tagged with most often: a feature for the CRF
("this phrase was a PER in training"), matched longest first.

Built by `warta train ner` and shipped gzipped next to the model. While training, each sentence sees a lexicon
built from the other folds only (jackknifing), so the feature is as reliable in training as on unseen text
instead of always agreeing with the sentence's own label.

Only CRC-32 fingerprints of the phrases are kept and shipped, never the names themselves: the train splits'
licenses allow a model trained on them to ship, not a readable list of their contents. With about 10,000
phrases a chance collision with an unseen phrase is about one in 400,000 lookups, far below the tagger's noise.
"""

from __future__ import annotations

import gzip
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warta.text.labels import spans

# Case-folded words whose first-word test is kept; a long-running ingest starts over when this many are (the 469
# Detik articles hold about 17,000 forms).
CACHED_WORDS = 50_000
LONGEST = 5  # phrases up to this many tokens; longer names in the train splits are rare and seldom repeat


def fingerprint(words: Iterable[str]) -> int:
    """A stable key for a case-folded phrase (Python's own hash() changes between runs)."""
    return zlib.crc32(" ".join(words).encode("utf-8"))


@dataclass(slots=True)
class EntityLexicon:
    phrases: dict[int, str] = field(default_factory=dict)  # fingerprint of the phrase -> its type
    # Fingerprints of the phrases' first words: most words start none, and skipping them keeps tagging fast.
    starts: frozenset[int] = field(default_factory=frozenset)
    # whether a case-folded word starts a phrase, per word asked: fingerprinting every word of every sentence was a
    # tenth of the feature time
    _first_words: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, sentences: Iterable[tuple[list[str], list[str]]]) -> EntityLexicon:
        """From (words, warta tags) pairs: each entity phrase, case-folded, with its most frequent type (ties go to
        the alphabetically first type). ``spans`` is a set whose order changes with Python's string-hash seed, so
        a first-seen tie-break made every `warta train ner` build a different lexicon and a different model
        (NERP valid moved between 0.774 and 0.782)."""
        counts: dict[tuple[str, ...], Counter[str]] = {}
        for words, tags in sentences:
            for start, end, kind in sorted(spans(tags)):
                if end - start <= LONGEST:
                    key = tuple(w.casefold() for w in words[start:end])
                    counts.setdefault(key, Counter())[kind] += 1
        phrases = {fingerprint(key): max(sorted(c), key=c.__getitem__) for key, c in counts.items()}
        return cls(phrases, frozenset(fingerprint(key[:1]) for key in counts))

    def features(self, words: list[str]) -> list[list[str]]:
        """Per word, "lxB=TYPE" on the first word of a known phrase and "lxI=TYPE" inside it."""
        n = len(words)
        folded = [w.casefold() for w in words]
        out: list[list[str]] = [[] for _ in range(n)]
        firsts = self._first_words
        i = 0
        while i < n:
            hit = 0
            first = firsts.get(folded[i])
            if first is None:
                if len(firsts) >= CACHED_WORDS:
                    firsts.clear()
                first = firsts[folded[i]] = fingerprint(folded[i : i + 1]) in self.starts
            if not first:
                i += 1
                continue
            for length in range(min(LONGEST, n - i), 0, -1):
                kind = self.phrases.get(fingerprint(folded[i : i + length]))
                if kind is not None:
                    out[i].append("lxB=" + kind)
                    for k in range(i + 1, i + length):
                        out[k].append("lxI=" + kind)
                    hit = length
                    break
            i += hit or 1
        return out

    def save(self, path: Path) -> None:
        """One line per phrase, "fingerprint<TAB>type", then one "^fingerprint" line per first word."""
        lines = [f"{key}\t{kind}" for key, kind in sorted(self.phrases.items())]
        lines += [f"^{key}" for key in sorted(self.starts)]
        path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("ascii"), mtime=0))

    @classmethod
    def load(cls, path: Path) -> EntityLexicon:
        if not path.is_file():
            return cls()
        phrases: dict[int, str] = {}
        starts: set[int] = set()
        for line in gzip.decompress(path.read_bytes()).decode("ascii").splitlines():
            if line.startswith("^"):
                starts.add(int(line[1:]))
            elif line:
                key, _, kind = line.partition("\t")
                phrases[int(key)] = kind
        return cls(phrases, frozenset(starts))
