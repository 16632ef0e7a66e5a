"""`warta eval ner --data PATH`: entity-level micro precision/recall/F1 (exact span and type, as conlleval) of the
shipped NER model on tagged files (a file, or every valid/dev/test file under a folder).

Each file is scored in its own label set: warta's labels are mapped back (warta.text.labels.back_map) and a
label the file lacks counts as O; the label set also names the annotation scheme the tagger applies
(warta.text.labels.SCHEMES). Sentences that occur in any train split the model saw (hashes shipped in
ner-seen.txt) are removed first and counted in ``removed_overlap``. ``tokens_per_s`` is the tagging speed in CPU
time of this one process (so other work on the machine does not count), features included. The headline ``f1``
is the mean of the files' micro F1s; ``n`` counts the sentences scored.
"""

from __future__ import annotations

import time
from pathlib import Path

from warta.errors import InputError
from warta.evaluate.metrics import prf
from warta.text import ner
from warta.text.labels import TO_WARTA, back_map, scheme_of, spans, to_dataset
from warta.training.corpora import held_out_files, read_tagged, sentence_key


def files(data: Path) -> list[Path]:
    if data.is_file():
        return [data]
    found = held_out_files(data)
    return [p for p in found if _entity_types(read_tagged(p))]


def _entity_types(sentences) -> set[str]:
    kinds = {t.split("-", 1)[1] for _, tags in sentences for t in tags if "-" in t}
    return kinds if kinds and kinds <= set(TO_WARTA) else set()


def score_file(path: Path, model: ner.NerModel, seen: set[str]) -> dict:
    sentences = read_tagged(path)
    kinds = _entity_types(sentences)
    if not kinds:
        raise InputError(str(path), "no NER tags of a known label set")
    mapping = back_map(kinds)
    scheme = scheme_of(kinds)
    kept = [(w, t) for w, t in sentences if sentence_key(w) not in seen]
    tp = predicted = gold = tokens = 0
    elapsed = 0.0
    for words, tags in kept:
        started = time.process_time()
        guess = model.tag(words, scheme)
        elapsed += time.process_time() - started
        tokens += len(words)
        mine, theirs = spans(to_dataset(guess, mapping)), spans(tags)
        tp += len(mine & theirs)
        predicted += len(mine)
        gold += len(theirs)
    return {**prf(tp, predicted, gold), "n": len(kept), "entities": gold, "removed_overlap": len(sentences) - len(kept),
            "tokens": tokens, "seconds": elapsed}


def run(data: Path) -> dict:
    model = ner.load()
    if model is None:
        raise InputError(str(ner.MODEL), "no NER model shipped; run `warta train ner`")
    seen = set(ner.SEEN.read_text(encoding="utf-8").split()) if ner.SEEN.is_file() else set()
    paths = files(data)
    if not paths:
        raise InputError(str(data), "no tagged NER files (valid/dev/test *.txt) found")
    datasets: dict[str, dict] = {}
    for path in paths:
        result = score_file(path, model, seen)
        name = f"{path.parent.name}/{path.name}"
        datasets[name] = {k: result[k] for k in ("f1", "precision", "recall", "n", "removed_overlap")}
        datasets[name]["tokens_per_s"] = round(result["tokens"] / result["seconds"]) if result["seconds"] else 0
        datasets[name]["_counts"] = result
    counts = [d.pop("_counts") for d in datasets.values()]
    tokens = sum(c["tokens"] for c in counts)
    seconds = sum(c["seconds"] for c in counts)
    macro = sum(d["f1"] for d in datasets.values()) / len(datasets)
    return {"f1": round(macro, 4), "n": sum(d["n"] for d in datasets.values()),
            "tokens_per_s": round(tokens / seconds) if seconds else 0, "datasets": datasets}
