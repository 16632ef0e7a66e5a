"""Trains the convolutional NER network (warta.text.ner_network) with torch and exports its weights to numpy.

torch is a training-only dependency (the ``train`` extra): the shipped .npz runs without it. The network learns
from the same sentences, scheme labels and jackknifed entity lexicon as the CRF (warta.training.ner).
"""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

import numpy as np

from warta.text.entity_lexicon import EntityLexicon
from warta.text.ner_features import Featurizer
from warta.text.ner_network import CHARS, FAMILIES, SCHEME_HEADS, WIDTH, Encoder, Vocabulary, is_flag

DIMS = {"w=": 64, "sh=": 8, "p3=": 16, "s3=": 16, "k1=": 8, "k2=": 16, "k3=": 24, "cap=": 4}  # not tuned
CHAR_DIM, CHAR_FILTERS = 16, 32  # not tuned
HIDDEN, CONV = 96, 128  # not tuned
MIN_COUNT = {"w=": 2, "p3=": 3, "s3=": 3, "sh=": 2}  # rarer values stay unknown (0); other families keep all
EPOCHS = 8
BATCH = 64
RATE = 2e-3
DROPOUT = 0.3
WORD_DROPOUT = 0.1  # the word id is hidden this often, so unknown words are learned from their other features
SEED = 13
THREADS = 2  # the training machine is shared


def vocabulary(featurizer: Featurizer, corpus, labels: list[str]) -> Vocabulary:
    counts = {f: Counter() for f in FAMILIES}
    flags: Counter = Counter()
    chars: Counter = Counter()
    for words, _, _ in corpus:
        for word in words:
            chars.update(word[:CHARS])
            for feature in featurizer.word_features(word):
                family = next((f for f in FAMILIES if feature.startswith(f)), None)
                if family:
                    counts[family][feature[len(family) :]] += 1
                elif is_flag(feature):
                    flags[feature] += 1
        flags.update(f for fs in featurizer.phrases(words) for f in fs)
    kinds = sorted({t[2:] for label in labels for t in [label] if label != "O"})
    sentence_flags = ["lc", "cased"] + [f"lx{p}={k}" for p in "BI" for k in kinds]
    families = {
        f: {v: i + 1 for i, v in enumerate(sorted(x for x, c in counts[f].items() if c >= MIN_COUNT.get(f, 1)))}
        for f in FAMILIES
    }
    flag_names = sorted(set(flags) | set(sentence_flags))
    return Vocabulary(families, {f: i for i, f in enumerate(flag_names)},
                      {c: i + 2 for i, c in enumerate(sorted(chars))}, labels)


def _network(torch, vocab: Vocabulary):
    nn = torch.nn

    class Network(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embs = nn.ModuleList(nn.Embedding(len(vocab.families[f]) + 1, DIMS[f]) for f in FAMILIES)
            self.char_emb = nn.Embedding(len(vocab.chars) + 2, CHAR_DIM, padding_idx=0)
            self.char_conv = nn.Conv1d(CHAR_DIM, CHAR_FILTERS, 3)
            self.in_dense = nn.Linear(sum(DIMS.values()) + CHAR_FILTERS, HIDDEN, bias=False)
            self.in_flags = nn.Linear(len(vocab.flags), HIDDEN)
            self.conv1 = nn.Conv1d(HIDDEN, CONV, WIDTH, padding=WIDTH // 2)
            self.conv2 = nn.Conv1d(CONV, CONV, WIDTH, padding=WIDTH // 2)
            self.out = nn.ModuleList(nn.Linear(CONV, len(vocab.labels)) for _ in SCHEME_HEADS)
            self.drop = nn.Dropout(DROPOUT)

        def forward(self, ids, flags, chars, char_windows, heads):
            b, n, _ = ids.shape
            parts = [emb(ids[:, :, k]) for k, emb in enumerate(self.embs)]
            c = self.char_emb(chars.view(b * n, CHARS)).transpose(1, 2)
            c = torch.relu(self.char_conv(c)) * char_windows.view(b * n, 1, CHARS - 2)
            parts.append(c.max(dim=2).values.view(b, n, CHAR_FILTERS))
            h = torch.relu(self.in_dense(self.drop(torch.cat(parts, dim=2))) + self.in_flags(flags))
            h = torch.relu(self.conv1(self.drop(h).transpose(1, 2)))
            h = torch.relu(self.conv2(self.drop(h))).transpose(1, 2)
            h = self.drop(h)
            return torch.stack([self.out[k](h[i]) for i, k in enumerate(heads)])

    return Network()


def _batch(torch, encoded, items, train: bool):
    n = max(len(encoded[i][0]) for i in items)
    b = len(items)
    ids = np.zeros((b, n, len(FAMILIES)), dtype=np.int64)
    flags = np.zeros((b, n, encoded[items[0]][1].shape[1]), dtype=np.float32)
    chars = np.zeros((b, n, CHARS), dtype=np.int64)
    windows = np.zeros((b, n, CHARS - 2), dtype=np.float32)
    labels = np.full((b, n), -100, dtype=np.int64)
    for row, i in enumerate(items):
        x_ids, x_flags, x_chars, x_windows, y, _ = encoded[i]
        m = len(x_ids)
        ids[row, :m], flags[row, :m], chars[row, :m], windows[row, :m], labels[row, :m] = (
            x_ids, x_flags, x_chars, x_windows, y)
    if train:
        ids[:, :, 0] *= np.random.random(ids.shape[:2]) >= WORD_DROPOUT
    heads = [encoded[i][5] for i in items]
    t = torch.from_numpy
    return t(ids), t(flags), t(chars), t(windows), heads, t(labels)


def train(featurizer: Featurizer, corpus, folds: list[EntityLexicon], labels: list[str], path: Path,
          progress=None) -> dict:
    """``corpus``: (words, warta tags, scheme) triples; sentence i sees the lexicon ``folds[i % len(folds)]``."""
    import torch

    started = time.time()
    torch.set_num_threads(THREADS)
    torch.manual_seed(SEED)
    random.seed(SEED)
    np.random.seed(SEED)
    vocab = vocabulary(featurizer, corpus, labels)
    if progress is not None:
        progress(f"vocabulary at {time.time() - started:.0f}s")
    encoder = Encoder(featurizer, vocab)
    label_ids = {label: i for i, label in enumerate(labels)}
    encoded = []
    for i, (words, tags, scheme) in enumerate(corpus):
        ids, flags, chars = encoder.sentence(words, folds[i % len(folds)])
        lengths = np.array([max(1, min(len(w), CHARS) - 2) for w in words])
        windows = (np.arange(CHARS - 2)[None, :] < lengths[:, None]).astype(np.float32)
        encoded.append((ids, flags, chars, windows, np.array([label_ids[t] for t in tags]), SCHEME_HEADS[scheme]))
    net = _network(torch, vocab)
    if progress is not None:
        progress(f"encoded at {time.time() - started:.0f}s")
    optimiser = torch.optim.Adam(net.parameters(), lr=RATE)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
    batches = [order[k : k + BATCH] for k in range(0, len(order), BATCH)]
    losses = []
    for epoch in range(EPOCHS):
        net.train()
        random.shuffle(batches)
        total = 0.0
        for items in batches:
            ids, flags, chars, windows, heads, y = _batch(torch, encoded, items, True)
            logits = net(ids, flags, chars, windows, heads)
            loss = loss_fn(logits.reshape(-1, len(labels)), y.reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += float(loss.detach())
        for group in optimiser.param_groups:  # a linear decay to a tenth over the epochs; not tuned
            group["lr"] = RATE * (1 - 0.9 * (epoch + 1) / EPOCHS)
        losses.append(round(total / len(batches), 4))
        if progress is not None:
            progress(f"epoch {epoch + 1}: loss {losses[-1]} at {time.time() - started:.0f}s")
    export(net, vocab, path)
    return {"epochs": EPOCHS, "losses": losses, "seconds": round(time.time() - started, 1),
            "bytes": path.stat().st_size}


def _conv(weight) -> np.ndarray:
    """torch Conv1d weight [out, in, k] -> [k * in, out], the layout of warta.text.ner_network._windows."""
    w = weight.detach().numpy()
    return np.ascontiguousarray(w.transpose(2, 1, 0).reshape(-1, w.shape[0]))


def export(net, vocab: Vocabulary, path: Path) -> None:
    f16 = np.float16  # half the file; widened to float32 on loading
    weights = {f"emb{k}": e.weight.detach().numpy().astype(f16) for k, e in enumerate(net.embs)}
    weights.update(
        char_emb=net.char_emb.weight.detach().numpy().astype(f16),
        char_conv=_conv(net.char_conv.weight).astype(f16),
        char_bias=net.char_conv.bias.detach().numpy().astype(f16),
        in_dense=np.ascontiguousarray(net.in_dense.weight.detach().numpy().T).astype(f16),
        in_flags=np.ascontiguousarray(net.in_flags.weight.detach().numpy().T).astype(f16),
        in_bias=net.in_flags.bias.detach().numpy().astype(f16),
        conv1=_conv(net.conv1.weight).astype(f16),
        conv1_bias=net.conv1.bias.detach().numpy().astype(f16),
        conv2=_conv(net.conv2.weight).astype(f16),
        conv2_bias=net.conv2.bias.detach().numpy().astype(f16),
        out=np.stack([o.weight.detach().numpy().T for o in net.out]).astype(f16),
        out_bias=np.stack([o.bias.detach().numpy() for o in net.out]).astype(f16),
    )
    np.savez_compressed(path, vocabulary=np.array(vocab.to_json()), **weights)
