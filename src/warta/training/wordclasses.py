"""Builds the word-class table (warta.text.wordclasses) from the unlabelled news text and the train splits.

Each frequent word gets a vector from positive-PMI co-occurrence with the most frequent context words (left and
right kept apart, window 2), reduced by truncated SVD; k-means at three sizes turns the vectors into cluster ids.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import numpy as np

from warta.text.tokens import words as tokenize_words
from warta.text.wordclasses import SHIPPED, cap_bucket
from warta.training.corpora import NER_TRAIN, POS_TRAIN, read_tagged, unlabelled_texts

VOCABULARY = 40000  # words given a class; the rest fall back to shape features
MIN_COUNT = 3  # rarer words get no reliable vector
CONTEXTS = 2000  # context words (each twice: left and right)
WINDOW = 2
DIMENSIONS = 80
CLUSTER_SIZES = (64, 256, 1024)  # coarse, medium, fine


def sentences(shared: Path) -> tuple[list[list[str]], Counter, Counter]:
    """Token lists (original case) and, from cased text, mid-sentence capitalised and total counts per word."""
    out: list[list[str]] = []
    capitalised: Counter = Counter()
    seen: Counter = Counter()
    for text, cased in unlabelled_texts(shared):
        tokens = tokenize_words(text)
        out.append(tokens)
        if cased:
            for word in tokens[1:]:
                if word[:1].isalpha():
                    lower = word.lower()
                    seen[lower] += 1
                    capitalised[lower] += word[0].isupper()
    for name in (*NER_TRAIN, POS_TRAIN):
        path = shared / name
        if path.is_file():
            out.extend(words for words, _ in read_tagged(path))
    return out, capitalised, seen


def build(shared: Path, out: Path = SHIPPED) -> dict:
    from scipy.sparse import coo_matrix
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    corpus, capitalised, seen = sentences(shared)
    counts = Counter(w.lower() for s in corpus for w in s)
    vocab = [w for w, c in counts.most_common(VOCABULARY) if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    context = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    rows, cols = [], []
    for sentence in corpus:
        ids = [index.get(w.lower(), -1) for w in sentence]
        ctx = [context.get(w.lower(), -1) for w in sentence]
        for i, wid in enumerate(ids):
            if wid < 0:
                continue
            for d in range(1, WINDOW + 1):
                if i - d >= 0 and ctx[i - d] >= 0:
                    rows.append(wid)
                    cols.append(ctx[i - d])
                if i + d < len(ids) and ctx[i + d] >= 0:
                    rows.append(wid)
                    cols.append(CONTEXTS + ctx[i + d])
    matrix = coo_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(vocab), 2 * CONTEXTS))
    matrix = matrix.tocsr()
    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(axis=1)).ravel() + 1e-9
    col_sums = np.asarray(matrix.sum(axis=0)).ravel() + 1e-9
    matrix = matrix.tocoo()
    pmi = np.log(matrix.data * total / (row_sums[matrix.row] * col_sums[matrix.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (matrix.row[keep], matrix.col[keep])), shape=matrix.shape).tocsr()
    vectors = TruncatedSVD(DIMENSIONS, random_state=0).fit_transform(ppmi)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    labels = [
        MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096).fit_predict(vectors) for k in CLUSTER_SIZES
    ]
    lines = []
    for i, word in enumerate(vocab):
        cap = cap_bucket(capitalised[word] / seen[word]) if seen[word] >= MIN_COUNT else ""
        lines.append("\t".join([word, *(str(lab[i]) for lab in labels), cap]))
    out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    return {"words": len(vocab), "tokens": int(sum(counts.values())), "sentences": len(corpus)}
