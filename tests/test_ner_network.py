"""The NER network: BIO-constrained decoding, and the numpy forward pass against torch's (when torch is there)."""

from __future__ import annotations

import numpy as np
import pytest

from warta.text import ner
from warta.text.ner_network import CHARS, NerNetwork, allowed_transitions, decode

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]


def test_decode_never_starts_a_span_with_an_inside_label():
    allowed = allowed_transitions(LABELS)
    # Token by token the best labels would be O, I-PER, I-LOC: neither I- may follow what precedes it.
    probabilities = np.array(
        [
            [0.9, 0.02, 0.04, 0.02, 0.02],
            [0.1, 0.3, 0.5, 0.05, 0.05],
            [0.2, 0.02, 0.3, 0.08, 0.4],
        ]
    )
    path = [LABELS[k] for k in decode(probabilities, allowed)]
    assert path == ["O", "B-PER", "I-PER"]
    assert [LABELS[k] for k in decode(probabilities[:1], allowed)] == ["O"]


def test_numpy_forward_matches_torch(tmp_path):
    torch = pytest.importorskip("torch")
    from warta.training import ner_network as trainer

    featurizer = ner.new_featurizer()
    corpus = [
        ("Gubernur Ridwan Kamil meninjau banjir di Kabupaten Bandung .".split(), ["O"] * 9, "N:"),
        ("warga kota bogor menunggu bantuan dari pemerintah".split(), ["O"] * 7, "P:"),
    ]
    vocab = trainer.vocabulary(featurizer, corpus, LABELS)
    torch.manual_seed(0)
    net = trainer._network(torch, vocab).eval()
    path = tmp_path / "network.npz"
    trainer.export(net, vocab, path)
    loaded = NerNetwork.load(path, featurizer)
    words = "Ridwan Kamil tiba di Bogor , kata Al-Rasyid kepada wartawan".split()
    ids, flags, chars = loaded.encoder.sentence(words)
    lengths = np.array([max(1, min(len(w), CHARS) - 2) for w in words])
    windows = (np.arange(CHARS - 2)[None, :] < lengths[:, None]).astype(np.float32)
    with torch.no_grad():
        logits = net(*(torch.from_numpy(a[None]) for a in (ids, flags, chars, windows)), [2])[0]
    expected = torch.softmax(logits, dim=1).numpy()
    # float16 weights in the file: agreement to a few thousandths
    assert np.abs(loaded.probabilities(words, "N:") - expected).max() < 0.01


def test_shipped_tagger_averages_the_network_with_the_crf():
    model = ner.load()
    assert model is not None and model.network is not None, "the shipped NER network is missing"
    tags = model.tag("Menteri Luar Negeri Retno Marsudi bertemu Sergei Lavrov di Moskow .".split())
    assert tags[3:5] == ["B-PER", "I-PER"] and tags[6:8] == ["B-PER", "I-PER"] and tags[9] == "B-LOC"
