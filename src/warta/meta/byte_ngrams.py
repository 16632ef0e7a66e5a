"""A byte n-gram naive Bayes language identifier over the languages warta reads, loaded in milliseconds.

The shipped model (lang/models/langid.npz, written by `warta train langid`) is py3langid's, restricted to Indonesian,
English and Malay: its byte n-grams (the states of its scanner, found again as strings) with their three columns of
log-probabilities. It scores a text as py3langid restricted to those languages does, so both decide alike; loading
py3langid's whole model (142 languages, an xz-compressed 39 MB automaton) cost 0.5 s of CPU in every process.

py3langid walks an automaton whose state after each byte is the longest n-gram of the model ending there; the same
walk is made here with the n-grams in a dict, each move found once by trying the suffixes, longest first, and kept.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL = Path(__file__).resolve().parents[1] / "lang" / "models" / "langid.npz"


@dataclass(slots=True)
class ByteNgramIdentifier:
    languages: list[str]
    ngrams: list[bytes]  # state -> its n-gram; state 0 is the empty string
    features: list[int]  # state -> the row of `weights` it counts, or -1
    weights: np.ndarray  # feature x language log-probabilities (float16, as py3langid keeps them)
    priors: np.ndarray  # language log-priors (float32)
    _states: dict[bytes, int] = field(init=False, repr=False)
    _moves: dict[int, int] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._states = dict(zip(self.ngrams, range(len(self.ngrams)), strict=True))

    def classify(self, text: str) -> str:
        """The likeliest language of ``text``; the first language when no n-gram of the model occurs."""
        data = _encode(text)
        visits = self._visits(data)
        if not visits:
            return self.languages[0]  # py3langid's uniform scores: its argmax is the first column
        index = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
        counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
        scores = np.log1p(counts) @ self.weights[index] + self.priors
        # py3langid's normalisation before its argmax: it keeps the order, and the same float32 steps keep its ties
        scores *= 1.0 / math.sqrt(len(data) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        return self.languages[int(scores.argmax())]

    def _visits(self, data: bytes) -> Counter[int]:
        moves, features = self._moves, self.features
        state, found = 0, []
        for byte in data:
            key = state << 8 | byte
            nxt = moves.get(key)
            if nxt is None:
                nxt = moves[key] = self._move(state, byte)
            state = nxt
            feature = features[state]
            if feature >= 0:
                found.append(feature)
        return Counter(found)

    def _move(self, state: int, byte: int) -> int:
        """The state after ``byte``: the longest n-gram of the model that the read bytes end with."""
        text = self.ngrams[state] + bytes((byte,))
        for start in range(len(text)):
            nxt = self._states.get(text[start:])
            if nxt is not None:
                return nxt
        return 0


def _encode(text: str) -> bytes:
    # py3langid's own normalisation of a str: all-capital text lower-cased, NFC, UTF-8
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")


# The n-grams are stored joined by a byte none of them holds (NUL: py3langid's model has none), so that loading
# splits them apart in one call.
_SEPARATOR = b"\x00"


def save(path: Path, identifier: ByteNgramIdentifier) -> None:
    if any(_SEPARATOR in g for g in identifier.ngrams):
        raise ValueError("an n-gram holds the separator byte")
    np.savez_compressed(path, languages=np.array(identifier.languages),
                        ngrams=np.frombuffer(_SEPARATOR.join(identifier.ngrams), dtype=np.uint8),
                        features=np.asarray(identifier.features, dtype=np.int32),
                        weights=identifier.weights.astype(np.float16), priors=identifier.priors.astype(np.float32))


def load(path: Path = MODEL) -> ByteNgramIdentifier:
    with np.load(path, allow_pickle=False) as data:
        return ByteNgramIdentifier(languages=data["languages"].tolist(),
                                   ngrams=data["ngrams"].tobytes().split(_SEPARATOR),
                                   features=data["features"].tolist(), weights=data["weights"],
                                   priors=data["priors"])


@lru_cache(maxsize=1)
def shipped() -> ByteNgramIdentifier:
    return load(MODEL)
