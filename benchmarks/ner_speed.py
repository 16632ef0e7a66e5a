"""NER tagging speed on one core: tokens per second of the shipped model (POS and features included) over the
IDNER dev and NERGrit valid sentences, first pass (cold feature caches) and second pass (warm).

Run: PYTHONPATH=src WARTA_SHARED=../shared python benchmarks/ner_speed.py
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from warta.text import ner
from warta.training.corpora import read_tagged


def main() -> None:
    shared = Path(os.environ.get("WARTA_SHARED", "../shared"))
    started = time.perf_counter()
    model = ner.load()
    load_s = time.perf_counter() - started
    if model is None:
        raise SystemExit("no NER model shipped; run `warta train ner`")
    sentences = [w for w, _ in read_tagged(shared / "data" / "idner-news-2k" / "dev.txt")]
    sentences += [
        w for w, _ in read_tagged(shared / "data" / "indonlu-ner-pos" / "nergrit_ner-grit" / "valid_preprocess.txt")
    ]
    tokens = sum(len(s) for s in sentences)
    result = {"load_s": round(load_s, 3), "tokens": tokens}
    for name in ("cold", "warm"):
        started = time.process_time()
        for words in sentences:
            model.tag(words)
        result[f"{name}_tokens_per_s"] = round(tokens / (time.process_time() - started))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
