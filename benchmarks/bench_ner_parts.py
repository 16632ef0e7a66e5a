"""Where the NER stage's time goes on Detik text, in CPU milliseconds per article: cutting sentences into tagging
units, building the CRF features, crfsuite's tagging, freeing the feature lists, turning tags into mentions, then
the rules (repair), document-level completion and the mention patterns.

    PYTHONPATH=src WARTA_SHARED=../shared python benchmarks/bench_ner_parts.py [--detik 200] [--rounds 3]

The articles go through the stages before NER once; each round then starts from a fresh model (cold per-word
caches, as a new `warta ingest` has), the collector paused as the pipeline pauses it. Sentences met twice are
tagged twice here (the model's sentence cache is bypassed), so the parts add up to a little more than the stage.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

# warta.batch before warta.ingest.jsonl, as in bench_ingest.py (an import cycle met the other way round)
from warta import batch, pipeline  # noqa: F401
from warta.ingest.jsonl import read_jsonl
from warta.model import Article, Mention
from warta.resources import Resources
from warta.text import entities, gazetteer, mention_completion, mention_patterns, mention_rules, ner, regions
from warta.text.labels import spans

PARTS = ("units", "features", "crfsuite", "free", "mentions", "repair", "complete", "patterns")


def _articles(n: int) -> list[Article]:
    shared = Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    path = shared / "data" / "detik-1000-id-news" / "data_berita.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = [row for row, _ in zip(csv.DictReader(f), range(n), strict=False)]
    resources = Resources()
    before = tuple(s for s in pipeline.STAGES if s.name in ("clean", "meta", "identity", "sentences", "tokens"))
    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "detik.jsonl"
        lines.write_text("".join(json.dumps({"text": r["isi_berita"], "title": r["judul"], "url": r["tautan"]},
                                            ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        docs = list(read_jsonl(lines))
    return [pipeline.process(doc, resources, before) for doc in docs]


def _round(articles: list[Article], gaz: gazetteer.Gazetteer, areas) -> dict[str, float]:
    model = ner.load(gaz)
    assert model is not None, "no NER model shipped"
    spent = dict.fromkeys(PARTS, 0.0)
    clock = time.process_time
    for article in articles:
        body = article.body
        t = clock()
        per_sentence = _sentence_units(article)
        words = [[body[u.start : u.end] for u in units] for units in per_sentence]
        spent["units"] += clock() - t
        t = clock()
        features = [model.featurizer.sentence(w, None, ner.NEWS_SCHEME) if w else [] for w in words]
        spent["features"] += clock() - t
        t = clock()
        tags = [model.tagger.tag(f) if f else [] for f in features]
        spent["crfsuite"] += clock() - t
        t = clock()
        del features
        spent["free"] += clock() - t
        t = clock()
        found = []
        for units, w, tagged in zip(per_sentence, words, tags, strict=True):
            for start, end, label in sorted(spans(ner.whole_places(w, tagged, gaz))):
                s, e = units[start].start, units[end - 1].end
                found.append(Mention(start=s, end=e, text=body[s:e], label=label))
        spent["mentions"] += clock() - t
        t = clock()
        found = mention_rules.repair(article, found, gaz)
        spent["repair"] += clock() - t
        t = clock()
        completed = mention_completion.complete(article, found, gaz)
        spent["complete"] += clock() - t
        t = clock()
        mention_patterns.apply(article, completed, lambda text: entities.place_of(text, gaz, areas, indonesian=True))
        spent["patterns"] += clock() - t
    return {k: 1000 * v / len(articles) for k, v in spent.items()}


def _sentence_units(article: Article) -> list[list[ner.Unit]]:
    out = []
    index = 0
    tokens = article.tokens
    for sentence in article.sentences:
        while index < len(tokens) and tokens[index].start < sentence.start:
            index += 1
        first = index
        while index < len(tokens) and tokens[index].start < sentence.end:
            index += 1
        out.append(ner.units(article.body, tokens[first:index]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--detik", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    articles = _articles(args.detik)
    gaz, areas = gazetteer.load(), regions.load()
    rounds = []
    gc.disable()
    try:
        for _ in range(args.rounds):
            rounds.append(_round(articles, gaz, areas))
    finally:
        gc.enable()
    medians = {k: statistics.median(r[k] for r in rounds) for k in PARTS}
    print(f"articles={len(articles)} rounds={args.rounds} median ms/article: "
          + " ".join(f"{k}={v:.2f}" for k, v in medians.items()) + f" total={sum(medians.values()):.2f}")


if __name__ == "__main__":
    main()
