"""A small convolutional NER network, run in numpy: the second model the tagger averages with the CRF.

Each token becomes a vector from the CRF's own per-word features (warta.text.ner_features): embeddings of the
word, its shape, prefix, suffix, word classes and capitalisation bucket, a character CNN over the word, and the
gazetteer, role and entity-lexicon hits as flags. Two convolutions over five-token windows give each token its
context, and one output layer per annotation scheme (NERP, NERGrit, news) gives label probabilities, so the
schemes share what a name looks like but not where their conventions differ.

Trained with torch by `warta train ner` (warta.training.ner_network, the optional ``train`` extra); the weights
ship as numpy arrays (lang/id/models/ner-network.npz) so tagging needs no torch.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController  # comes with scikit-learn

from warta.text.entity_lexicon import EntityLexicon
from warta.text.ner_features import Featurizer

# The per-word feature families that get an embedding each, by their prefix in Featurizer.word_features.
FAMILIES = ("w=", "sh=", "p3=", "s3=", "k1=", "k2=", "k3=", "cap=")
WIDTH = 5  # tokens each convolution sees (2 each side)
CHARS = 20  # characters of a word the character CNN reads; longer words are cut
SCHEME_HEADS = {"P:": 0, "G:": 1, "N:": 2}  # warta.text.labels.SCHEMES prefixes -> output layer


def is_flag(feature: str) -> bool:
    """Yes/no features (title, upper, oov, role, inst, gazetteer and lexicon kinds); the other valued ones
    (p2=, s2=, s4=) are left to the character CNN."""
    return "=" not in feature or feature.startswith(("gz", "lx"))


class Vocabulary:
    """Ids of feature values (0 = unknown), of flags, and of characters, saved with the weights."""

    __slots__ = ("chars", "families", "flags", "labels")

    def __init__(self, families: dict[str, dict[str, int]], flags: dict[str, int], chars: dict[str, int],
                 labels: list[str]) -> None:
        self.families = families
        self.flags = flags
        self.chars = chars
        self.labels = labels

    def to_json(self) -> str:
        return json.dumps({"families": self.families, "flags": self.flags, "chars": self.chars,
                           "labels": self.labels}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Vocabulary:
        d = json.loads(text)
        return cls(d["families"], d["flags"], d["chars"], d["labels"])


class Encoder:
    """Words -> arrays the network reads: family ids [n, F], word flags and sentence flags [n, M], chars [n, C]."""

    __slots__ = ("_cache", "featurizer", "vocabulary")

    def __init__(self, featurizer: Featurizer, vocabulary: Vocabulary) -> None:
        self.featurizer = featurizer
        self.vocabulary = vocabulary
        self._cache: dict[str, tuple[np.ndarray, list[int], np.ndarray]] = {}

    def word(self, word: str) -> tuple[np.ndarray, list[int], np.ndarray]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        v = self.vocabulary
        ids = np.zeros(len(FAMILIES), dtype=np.int64)
        flags: list[int] = []
        for feature in self.featurizer.word_features(word):
            for k, family in enumerate(FAMILIES):
                if feature.startswith(family):
                    ids[k] = v.families[family].get(feature[len(family) :], 0)
                    break
            else:
                if is_flag(feature) and feature in v.flags:
                    flags.append(v.flags[feature])
        chars = np.zeros(CHARS, dtype=np.int64)
        for i, c in enumerate(word[:CHARS]):
            chars[i] = v.chars.get(c, 1)  # 0 pads, 1 is an unknown character
        cached = self._cache[word] = (ids, flags, chars)
        return cached

    def sentence_flags(self, words: list[str], lexicon: EntityLexicon | None = None) -> list[list[int]]:
        """Per word, the flags it gets from its sentence: gazetteer phrases, entity-lexicon phrases, case."""
        index = self.vocabulary.flags
        phrases = self.featurizer.phrases(words)
        known = (lexicon or self.featurizer.lexicon).features(words)
        case = index.get("lc" if not any(c.isupper() for w in words for c in w) else "cased")
        out = []
        for i in range(len(words)):
            found = [index[f] for f in (*phrases[i], *known[i]) if f in index]
            if case is not None:
                found.append(case)
            out.append(found)
        return out

    def sentence(self, words: list[str], lexicon: EntityLexicon | None = None
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Family ids [n, F], all flags [n, M], characters [n, C] (what training reads)."""
        flags = np.zeros((len(words), len(self.vocabulary.flags)), dtype=np.float32)
        ids = np.zeros((len(words), len(FAMILIES)), dtype=np.int64)
        chars = np.zeros((len(words), CHARS), dtype=np.int64)
        for i, (word, found) in enumerate(zip(words, self.sentence_flags(words, lexicon), strict=True)):
            ids[i], own, chars[i] = self.word(word)
            flags[i, own + found] = 1.0
        return ids, flags, chars


def _windows(x: np.ndarray) -> np.ndarray:
    """[n, d] -> [n, WIDTH * d]: each row with its neighbours, zero-padded at the edges (as torch's padding)."""
    half = WIDTH // 2
    n, d = x.shape
    out = np.zeros((n, WIDTH * d), dtype=x.dtype)
    for k in range(WIDTH):
        shift = k - half
        lo, hi = max(0, -shift), min(n, n - shift)
        if lo < hi:
            out[lo:hi, k * d : (k + 1) * d] = x[lo + shift : hi + shift]
    return out


class NerNetwork:
    __slots__ = ("_blas", "_word_cache", "encoder", "w")

    def __init__(self, weights: dict[str, np.ndarray], encoder: Encoder) -> None:
        self.w = weights
        self.encoder = encoder
        self._word_cache: dict[str, np.ndarray] = {}
        # A sentence's matrices are small: BLAS threads cost five times the CPU time of one thread (measured on
        # a 2-core machine, 25 x 640 by 640 x 192), so the network runs single-threaded.
        self._blas = ThreadpoolController().select(user_api="blas")

    @property
    def labels(self) -> list[str]:
        return self.encoder.vocabulary.labels

    @classmethod
    def load(cls, path: Path, featurizer: Featurizer) -> NerNetwork:
        with np.load(path) as data:
            weights = {k: data[k].astype(np.float32) for k in data.files if k != "vocabulary"}
            vocabulary = Vocabulary.from_json(str(data["vocabulary"]))
        return cls(weights, Encoder(featurizer, vocabulary))

    def _word_vector(self, word: str) -> np.ndarray:
        """The word's share of the first layer's input (embeddings, word flags, characters): the same in every
        sentence, so computed once per distinct word."""
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        w = self.w
        ids, flags, chars = self.encoder.word(word)
        parts = [w[f"emb{k}"][ids[k]] for k in range(len(FAMILIES))]
        c = w["char_emb"][chars]  # [C, dc]
        length = max(1, min(len(word), CHARS))
        c = c[: max(length, 3)]
        win = np.concatenate([c[k : len(c) - 2 + k] for k in range(3)], axis=1)  # [C-2, 3 dc]
        parts.append(np.maximum(win @ w["char_conv"] + w["char_bias"], 0).max(axis=0))
        vec = np.concatenate(parts) @ w["in_dense"]
        if flags:
            vec = vec + w["in_flags"][flags].sum(axis=0)
        self._word_cache[word] = vec
        return vec

    def probabilities(self, words: list[str], scheme: str) -> np.ndarray:
        """[n, labels] label probabilities under the scheme's output layer."""
        with self._blas.limit(limits=1):
            return self._probabilities(words, scheme)

    def _probabilities(self, words: list[str], scheme: str) -> np.ndarray:
        w = self.w
        h = np.stack([self._word_vector(x) for x in words]) + w["in_bias"]
        in_flags = w["in_flags"]
        for i, found in enumerate(self.encoder.sentence_flags(words)):
            if found:
                h[i] += in_flags[found].sum(axis=0)
        h = np.maximum(h, 0)
        h = np.maximum(_windows(h) @ w["conv1"] + w["conv1_bias"], 0)
        h = np.maximum(_windows(h) @ w["conv2"] + w["conv2_bias"], 0)
        head = SCHEME_HEADS.get(scheme, SCHEME_HEADS["N:"])
        logits = h @ w["out"][head] + w["out_bias"][head]
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)


def allowed_transitions(labels: list[str]) -> np.ndarray:
    """[from + 1, to] 0 where BIO allows the step, -inf where not (an I- only continues its own type); row 0 is the
    sentence start."""
    allowed = np.zeros((len(labels) + 1, len(labels)), dtype=np.float64)
    for j, to in enumerate(labels):
        if not to.startswith("I-"):
            continue
        for i, before in enumerate(["O", *labels]):
            if before[2:] != to[2:]:
                allowed[i, j] = -np.inf
    return allowed


def decode(probabilities: np.ndarray, allowed: np.ndarray) -> list[int]:
    """The label ids of highest summed log-probability that form well-nested BIO spans."""
    logp = np.log(probabilities + 1e-9)
    score = logp[0] + allowed[0]
    back = []
    for row in logp[1:]:
        total = score[:, None] + allowed[1:]
        best = total.argmax(axis=0)
        back.append(best)
        score = total[best, np.arange(len(best))] + row
    path = [int(score.argmax())]
    for best in reversed(back):
        path.append(int(best[path[-1]]))
    return path[::-1]
