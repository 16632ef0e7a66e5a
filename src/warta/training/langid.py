"""`warta train langid`: the byte n-gram language identifier (lang/models/langid.npz) from py3langid's model.

py3langid ships its naive Bayes model as an automaton over bytes: each state stands for the longest n-gram of the
model read so far, and the states that count carry a feature. The states are found again as strings (the shortest
path from the start reaches each state by its own n-gram), and only the columns of the languages warta reads are
kept. The shared data is read only to check that the result decides as py3langid does on real text.
"""

from __future__ import annotations

import csv
import gzip
import json
import time
from collections import deque
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import load_model

from warta.meta import byte_ngrams
from warta.meta.language import SAMPLE_CHARS, SUPPORTED


def run(shared: Path) -> dict:
    started = time.time()
    identifier = restrict(SUPPORTED)
    byte_ngrams.MODEL.parent.mkdir(parents=True, exist_ok=True)
    byte_ngrams.save(byte_ngrams.MODEL, identifier)
    checked = agreement(byte_ngrams.load(byte_ngrams.MODEL), shared)
    return {"model": str(byte_ngrams.MODEL), "bytes": byte_ngrams.MODEL.stat().st_size,
            "ngrams": len(identifier.ngrams), "features": len(identifier.weights), **checked,
            "seconds": round(time.time() - started, 1)}


def restrict(languages: tuple[str, ...]) -> byte_ngrams.ByteNgramIdentifier:
    weights, priors, classes, nextmove, rows, outputs = load_model(MODEL_DIR / MODEL_FILE)
    columns = [i for i, c in enumerate(classes) if c in languages]  # py3langid's own order of the columns
    ngrams = _state_ngrams(nextmove, rows)
    used: dict[int, int] = {}  # py3langid feature -> row here, in order of first use
    features = [used.setdefault(f, len(used)) if f >= 0 else -1 for f in outputs]
    kept = np.asarray(weights)[np.fromiter(used, dtype=np.intp, count=len(used))][:, columns]
    return byte_ngrams.ByteNgramIdentifier(languages=[classes[i] for i in columns], ngrams=ngrams,
                                           features=features, weights=kept, priors=np.asarray(priors)[columns])


def _state_ngrams(nextmove, rows) -> list[bytes]:
    """Each state's n-gram: the bytes of the shortest walk from the start state that ends in it."""
    found: dict[int, bytes] = {0: b""}
    queue = deque([0])
    while queue:
        state = queue.popleft()
        base, text = rows[state] << 8, found[state]
        for byte in range(256):
            nxt = nextmove[base + byte]
            if nxt not in found:
                found[nxt] = text + bytes((byte,))
                queue.append(nxt)
    if len(found) != len(rows):
        raise ValueError(f"py3langid's automaton: {len(rows) - len(found)} states unreachable")
    return [found[state] for state in range(len(rows))]


def agreement(identifier: byte_ngrams.ByteNgramIdentifier, shared: Path) -> dict:
    """How often ``identifier`` and py3langid (restricted alike) name the same language, per data set."""
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages(identifier.languages)
    per_source: dict[str, list[int]] = {}
    for source, text in _texts(shared):
        sample = text[:SAMPLE_CHARS]
        counts = per_source.setdefault(source, [0, 0])
        counts[0] += identifier.classify(sample) == reference.classify(sample)[0]
        counts[1] += 1
    same, total = sum(c[0] for c in per_source.values()), sum(c[1] for c in per_source.values())
    return {"texts": total, "same_as_py3langid": same,
            "per_source": {s: f"{c[0]}/{c[1]}" for s, c in per_source.items()}}


def _texts(shared: Path) -> Iterator[tuple[str, str]]:
    data = shared / "data"
    with (data / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield "detik-body", row["isi_berita"]
            yield "detik-title", row["judul"]
    for path in sorted((data / "narasipal-id-headlines").glob("*_master.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in islice(csv.DictReader(f), 1000):
                yield "narasipal-title", row["article_title"]
    with (data / "uci-news-aggregator-sample" / "uci-news-aggregator.first6366.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield "uci-title", row["TITLE"]
    for name, field in (("xling-dev/xling-dev.jsonl", "text"), ("id-headline-stories-dev/id-headline-stories-dev.jsonl",
                                                                "title"), ("ecbplus-event-clusters/documents.jsonl",
                                                                           "text")):
        with (data / name).open(encoding="utf-8") as f:
            for line in f:
                yield name.split("/")[0], json.loads(line)[field]
    with (data / "indosum-devfolds" / "indosum_dev_union.jsonl").open(encoding="utf-8") as f:
        for line in islice(f, 1000):
            paragraphs = json.loads(line)["paragraphs"]
            yield "indosum", "\n".join(" ".join(" ".join(s) for s in p) for p in paragraphs)
    for split in ("dev", "train"):
        for path in sorted((data / "polnear-attribution" / split / "text").glob("*.txt")):
            yield "polnear", path.read_text(encoding="utf-8")
    scrapinghub = data / "scrapinghub-article-extraction-benchmark"
    for page in json.loads((scrapinghub / "ground-truth.json").read_text(encoding="utf-8")).values():
        yield "scrapinghub-body", page["articleBody"]
    for path in sorted((scrapinghub / "html").glob("*.html.gz")):
        yield "scrapinghub-html", gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    for seed in sorted((shared / "corpus" / "seeds").glob("*.txt")):
        yield "seeds", seed.read_text(encoding="utf-8")
