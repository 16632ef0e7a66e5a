"""`warta train pos`: the POS CRF on POSP train, shipped as lang/id/models/pos.crfsuite.

Needs the word classes (lang/id/models/wordclasses.tsv, built by `warta train ner`; built here when missing).
"""

from __future__ import annotations

import time
from pathlib import Path

import pycrfsuite

from warta.text import pos, wordclasses
from warta.text.crf import save_model
from warta.training import wordclasses as wordclass_builder
from warta.training.corpora import POS_TRAIN, read_tagged

C1 = 0.1  # c1 0.05 scored 0.962 on POSP valid with a 2.2 MB model; more L1 and MIN_FREQUENCY keep it small
C2 = 0.005
ITERATIONS = 150  # a budget that fits a shared 2-core machine; not tuned
MIN_FREQUENCY = 2  # features seen once are dropped


def run(shared: Path) -> dict:
    started = time.time()
    if not wordclasses.SHIPPED.is_file():
        wordclass_builder.build(shared)
    featurizer = pos.PosFeaturizer(wordclasses.load())
    trainer = pycrfsuite.Trainer(verbose=False)
    sentences = read_tagged(shared / POS_TRAIN)
    for words, tags in sentences:
        trainer.append(featurizer.sentence(words), [t[2:] if t.startswith("B-") else t for t in tags])
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS, "feature.minfreq": MIN_FREQUENCY})
    trained = pos.MODEL.with_suffix("")  # crfsuite writes plain; the package ships it gzipped
    trainer.train(str(trained))
    save_model(trained, pos.MODEL)
    return {"sentences": len(sentences), "model": str(pos.MODEL), "bytes": pos.MODEL.stat().st_size,
            "seconds": round(time.time() - started, 1), "c1": C1, "c2": C2}
