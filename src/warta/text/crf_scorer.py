"""A shipped crfsuite model's Viterbi decoding in numpy, read straight from the model's bytes.

crfsuite's own tagger spent most of its time turning each feature string into an attribute id (a string copy and
a hash lookup per feature, 45 features a word). Here the features of a word are turned into attribute ids once
per distinct word by the caller, and a sentence's state scores are one gather and one sum.

The arithmetic is crfsuite's: a position's score for a label is the weights of its attributes added in the order
given, starting from zero (an attribute with no weight for a label adds 0.0, which changes no sum), and Viterbi
keeps the first of equal scores, as crf1d_viterbi does. Tags equal crfsuite's on 200 Detik articles and the
eval sets (see tests/test_crf_scorer.py).

Model layout (crfsuite's crf1dmodel.c, little-endian): a 48-byte header with the offsets of the features chunk
(20-byte records: type, source, destination, weight) and of the labels' and attributes' CQDB chunks (a record per
string: id, size, the string and a NUL, found through the backward array of record offsets by id).
"""

from __future__ import annotations

import struct

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1
BATCH = 64  # sentences decoded side by side; a Detik article holds about 20


def _strings(data: bytes, offset: int, count: int) -> list[str]:
    """The strings of a CQDB chunk by id: each record's 8 header bytes dropped, the rest split at the NULs."""
    _, _, _, _, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, offset)
    if bwd_size != count:
        raise ValueError(f"CQDB holds {bwd_size} strings, the header says {count}")
    starts = np.frombuffer(data, "<u4", count, offset + bwd_offset).astype(np.int64)
    if count > 1 and not (np.diff(starts) > 0).all():
        raise ValueError("CQDB records not in id order")
    region_start = offset + int(starts[0])
    region_end = offset + int(starts[-1]) + 8 + struct.unpack_from("<I", data, offset + int(starts[-1]) + 4)[0]
    region = np.frombuffer(data, np.uint8, region_end - region_start, region_start)
    keep = np.ones(len(region), dtype=bool)
    heads = (starts - starts[0])[:, None] + np.arange(8)
    keep[heads.ravel()] = False
    text = region[keep].tobytes().decode("utf-8")
    names = text.split("\0")
    if names[-1] != "" or len(names) != count + 1:
        raise ValueError("CQDB strings do not split into one per id")
    return names[:-1]


class CrfScorer:
    """Attribute ids, per-attribute label weights and label transitions of one model."""

    __slots__ = ("_zero", "attribute_ids", "labels", "transitions", "weights")

    def __init__(self, data: bytes) -> None:
        (magic, _, _, _, _, n_labels, n_attrs, off_features, off_labels, off_attrs, _, _) = _HEADER.unpack_from(data)
        if magic != b"lCRF":
            raise ValueError("not a crfsuite model")
        _, _, n_features = struct.unpack_from("<4sII", data, off_features)
        features = np.frombuffer(data, _FEATURE, n_features, off_features + 12)
        self.labels = _strings(data, off_labels, n_labels)
        names = _strings(data, off_attrs, n_attrs)
        self.attribute_ids: dict[str, int] = dict(zip(names, range(n_attrs), strict=True))
        state = features[features["type"] == _STATE]
        self._zero = n_attrs  # a row of zeros after the attributes', to start every position's sum
        self.weights = np.zeros((n_attrs + 1, n_labels))
        self.weights[state["src"], state["dst"]] = state["weight"]
        moves = features[features["type"] == _TRANSITION]
        self.transitions = np.zeros((n_labels, n_labels))
        self.transitions[moves["src"], moves["dst"]] = moves["weight"]

    def ids(self, features: list[str]) -> list[int]:
        """The attribute ids of the features the model knows, in their order (unknown ones add nothing)."""
        get = self.attribute_ids.get
        return [i for i in map(get, features) if i is not None]

    def segment_sums(self, positions: list[list[int]]) -> np.ndarray:
        """Per position, the weights of its attribute ids added in their order (a row of zeros for none)."""
        flat: list[int] = []
        starts: list[int] = []
        for ids in positions:
            starts.append(len(flat))
            flat.append(self._zero)
            flat += ids
        return np.add.reduceat(self.weights[flat], starts, axis=0)

    def tag(self, states: list[np.ndarray]) -> list[list[str]]:
        """The best label sequence of each sentence, from its state scores (a row per position, none empty),
        decoded side by side: one array step per position of the longest sentence, not per word."""
        out: list[list[str]] = [[] for _ in states]
        order = sorted(range(len(states)), key=lambda k: len(states[k]))
        for first in range(0, len(order), BATCH):  # like lengths together: little padding to step through
            batch = order[first : first + BATCH]
            lengths = np.array([len(states[k]) for k in batch])
            state = np.zeros((len(batch), int(lengths.max()), len(self.labels)))
            for row, k in enumerate(batch):
                state[row, : len(states[k])] = states[k]
            for k, path, n in zip(batch, self._viterbi(state, lengths).tolist(), lengths.tolist(), strict=True):
                out[k] = [self.labels[i] for i in path[:n]]
        return out

    def _viterbi(self, state: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """crf1d_viterbi over a batch: past its end a sentence's score stands still and each label points back to
        itself, so the best path read back from the last step is the sentence's own."""
        count, longest, width = state.shape
        same = np.broadcast_to(np.arange(width), (count, width))
        back = np.empty((count, longest, width), dtype=np.intp)
        back[:, 0] = same
        score = state[:, 0]
        for t in range(1, longest):
            cand = score[:, :, None] + self.transitions  # [sentence, from, to]
            going = (t < lengths)[:, None]
            back[:, t] = np.where(going, cand.argmax(axis=1), same)  # the first of equal scores, as crfsuite
            score = np.where(going, cand.max(axis=1) + state[:, t], score)
        paths = np.empty((count, longest), dtype=np.intp)
        paths[:, -1] = score.argmax(axis=1)
        rows = np.arange(count)
        for t in range(longest - 1, 0, -1):
            paths[:, t - 1] = back[rows, t, paths[:, t]]
        return paths
