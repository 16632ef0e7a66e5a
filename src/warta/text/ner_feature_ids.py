"""The state scores of a sentence for the shipped NER model (warta.text.crf_scorer), from the features
Featurizer.sentence gives it, without building them per position.

A word's own features, what it lends each neighbour and its per-scheme copies are summed into label weights once
per distinct word; the features of two neighbours together (their bigram, their capitalisation and word classes)
become attribute ids once per distinct pair; only the phrase features (gazetteer phrases, names seen in training)
are looked up per sentence. A sentence's scores are then a few array additions.

The sums are crfsuite's weights added in another order, so a score can differ from crfsuite's in the last bit;
the tags were the same on every sentence of 200 Detik articles and the NER eval sets (tests/test_ner.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from warta.text.crf_scorer import CrfScorer
from warta.text.ner_features import CACHED_WORDS, EDGE_CLASS, Featurizer, WordFeatures, lower_cased

# Distinct neighbour pairs whose ids are kept (200 Detik articles hold about 60,000); a long ingest starts over.
CACHED_PAIRS = 200_000


@dataclass(slots=True)
class _Word:
    row: int  # the word's row in SentenceScores' table
    info: WordFeatures
    lower: str
    cls: tuple[str, str]


def _known(ids: list[int | None]) -> list[int]:
    return [i for i in ids if i is not None]


class SentenceScores:
    """State scores per position of a sentence, for one annotation scheme."""

    __slots__ = (
        "_classes", "_count", "_edges", "_edges_of", "_pairs", "_table", "_words", "featurizer", "scheme", "scorer",
    )

    def __init__(self, featurizer: Featurizer, scorer: CrfScorer, scheme: str) -> None:
        self.featurizer = featurizer
        self.scorer = scorer
        self.scheme = scheme
        labels = len(scorer.labels)
        # per word: its own weights, then what it lends the neighbour at -2, -1, 1, 2
        self._table = np.zeros((CACHED_WORDS, 5, labels))
        self._edges_of: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
        self._count = 0
        self._words: dict[str, _Word] = {}
        self._pairs: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
        self._classes: dict[tuple[tuple[str, str], tuple[str, str]], tuple[list[int], list[int]]] = {}
        weights = scorer.weights
        # lead features per casing, plus the scheme's bias; BOS; EOS
        common = scorer.ids([scheme + "bias"]) if scheme else []
        self._edges = {
            "lc": weights[scorer.ids(["bias", "lc"]) + common].sum(axis=0),
            "cased": weights[scorer.ids(["bias", "cased"]) + common].sum(axis=0),
            "BOS": weights[scorer.ids(["BOS"])].sum(axis=0),
            "EOS": weights[scorer.ids(["EOS"])].sum(axis=0),
        }

    def _word(self, word: str) -> _Word:
        cached = self._words.get(word)
        if cached is not None:
            return cached
        info = self.featurizer.word_info(word)
        ids = self.scorer.ids
        own = ids(info.own)
        if self.scheme:
            own += ids(self.featurizer.scheme_copy(self.scheme, word))
        row = self._count
        self._table[row] = self.scorer.segment_sums([own, *(ids(list(lent)) for lent in info.lent)])
        self._count += 1
        cached = self._words[word] = _Word(row, info, info.lower, info.cls)
        return cached

    def _edge(self, cls: tuple[str, str]) -> tuple[list[int], list[int]]:
        """The ids of a word's class features as a sentence's first word and as its last."""
        cached = self._edges_of.get(cls)
        if cached is None:
            ids = self.scorer.ids
            cached = self._edges_of[cls] = (
                ids([f"capc-={EDGE_CLASS[0]}|{cls[0]}", f"kb-={EDGE_CLASS[1]}|{cls[1]}", f"wk-=_|{cls[1]}"]),
                ids([f"capc+={cls[0]}|{EDGE_CLASS[0]}", f"kb+={cls[1]}|{EDGE_CLASS[1]}"]),
            )
        return cached

    def _pair(self, before: _Word, after: _Word) -> tuple[list[int], list[int]]:
        """The ids of what two neighbours share: (at the one before, at the one after)."""
        key = (before.lower, after.lower)
        cached = self._pairs.get(key)
        if cached is None:
            if len(self._pairs) >= CACHED_PAIRS:
                self._pairs.clear()
            get = self.scorer.attribute_ids.get
            classes = self._class_pair(before.cls, after.cls)
            bigram = f"{key[0]}|{key[1]}"
            at_before, at_after = get("bg+=" + bigram), get("bg-=" + bigram)
            cached = self._pairs[key] = (
                classes[0] if at_before is None else [at_before, *classes[0]],
                _known([at_after, *classes[1], get(f"wk-={key[0]}|{after.cls[1]}")]),
            )
        return cached

    def _class_pair(self, a: tuple[str, str], b: tuple[str, str]) -> tuple[list[int], list[int]]:
        """The ids of two neighbours' capitalisation and word-class conjunctions: few distinct pairs."""
        key = (a, b)
        cached = self._classes.get(key)
        if cached is None:
            ids = self.scorer.ids
            cached = self._classes[key] = (
                ids([f"capc+={a[0]}|{b[0]}", f"kb+={a[1]}|{b[1]}"]),
                ids([f"capc-={a[0]}|{b[0]}", f"kb-={a[1]}|{b[1]}"]),
            )
        return cached

    def scores(self, words: list[str]) -> np.ndarray:
        """The sentence's state scores, one row per word and a column per label."""
        n = len(words)
        if self._count + n > CACHED_WORDS:  # start over between sentences: rows are reused
            self._words.clear()
            self._count = 0
        per_word = [self._word(w) for w in words]
        table = self._table[[w.row for w in per_word]]
        state = table[:, 0] + self._edges["lc" if lower_cased(words) else "cased"]
        state[0] += self._edges["BOS"]
        state[n - 1] += self._edges["EOS"]
        if n > 1:
            state[1:] += table[:-1, 2]
            state[:-1] += table[1:, 3]
        if n > 2:
            state[2:] += table[:-2, 1]
            state[:-2] += table[2:, 4]
        state += self.scorer.segment_sums(self._position_ids(words, per_word))
        return state

    def _position_ids(self, words: list[str], per_word: list[_Word]) -> list[list[int]]:
        """Per position, the ids of the features that hang on its neighbours or on the phrases it is in."""
        n = len(words)
        out: list[list[int]] = [[] for _ in range(n)]
        out[0] += self._edge(per_word[0].cls)[0]
        out[n - 1] += self._edge(per_word[n - 1].cls)[1]
        for i in range(1, n):
            at_before, at_after = self._pair(per_word[i - 1], per_word[i])
            out[i - 1] += at_before
            out[i] += at_after
        spans = self.featurizer.span_features(words, [w.info for w in per_word])
        ids, scheme = self.scorer.ids, self.scheme
        for i, extra in enumerate(spans):
            if extra:
                out[i] += ids(extra)
                if scheme:
                    out[i] += ids([scheme + x for x in extra])
        return out
