"""`warta eval quotes --data PATH`: quotes and their speakers.

PATH is recognised by its shape:
- the seed gold (gold/seeds.json): every gold quote is looked for among the predicted quotes of the same kind that
  start inside its gold line; a speaker is right when it names the gold entity (seedlines.names_match).
- PFSA-ID (a folder or a `pfsa-id*.txt` file, `token<TAB>BILOU tag`): articles start at a sentence holding an ISSUE
  span; the tokens are joined back into text. PFSA STATEMENT spans are quotation-mark spans (1,651 of 1,653 in
  dev-40 open with a quote mark), so the predicted direct quotes are scored. A predicted and a gold statement match
  when the tokens they share are at least half of the tokens of each (one-to-one, greedy in text order); precision,
  recall and F1 count statements. The gold speaker of a statement is the nearest PERSON span in the sentence where
  it ends, else in the sentence where it starts or the one before; speaker accuracy is over matched statements that
  have one, and a predicted speaker is right when it shares a word with that PERSON span.
- PolNeAR (a folder with `text/` and `attributions/`, or the corpus root, where `dev/` is used): English
  attributions. Tokens are words and punctuation marks; a gold Content is the set of tokens of its fragments (a
  quote interrupted by its cue has two), a predicted quote (direct or reported) the tokens of its span; they match
  by the same half-of-each rule, one-to-one. One annotator per text (the first .ann by file name). Source accuracy
  is over matched contents with a Source span: right when the words the quote names its speaker by (the quote's
  source span, e.g. the "he" of "he said", whatever it was resolved to) share half of the tokens of the gold Source
  each way, or when the predicted speaker shares a word with it. ``source_accuracy_by_name`` keeps the name test
  alone (a resolved "he" -> "Trump" against a gold "he" counts as wrong there: that figure is a floor).
"""

from __future__ import annotations

from pathlib import Path

from warta.evaluate import quotesets
from warta.evaluate.metrics import prf
from warta.evaluate.seedlines import locate, names_match
from warta.evaluate.seeds import is_seed_gold, load_seed_gold


def run(data: Path) -> dict:
    if is_seed_gold(data):
        return seeds(data)
    if quotesets.is_pfsa(data):
        return quotesets.pfsa(data)
    if quotesets.is_polnear(data):
        return quotesets.polnear(data)
    raise ValueError(f"{data}: not a seed gold file, a PFSA-ID file or a PolNeAR folder")


def seeds(path: Path) -> dict:
    gold = load_seed_gold(path)
    articles = gold.articles()
    counts = {k: 0 for k in ("direct", "direct_found", "direct_speaker", "indirect", "indirect_found",
                             "indirect_speaker", "predicted", "matched")}
    misses = []
    for name, doc in gold.documents.items():
        article = articles[name]
        lines = locate(article, doc)
        predicted = [q for q in article.quotes if lines.line_at(q.start) >= 0]
        counts["predicted"] += len(predicted)
        used: set[int] = set()
        for g in doc.get("quotes", []):
            kind = g["kind"]
            counts[kind] += 1
            span = lines.span(g["line"])
            candidates = [i for i, q in enumerate(predicted) if i not in used and q.kind == kind and span
                          and span[0] <= q.start < span[1]]
            right = [i for i in candidates if names_match(predicted[i].speaker, g["speaker"], doc["surface_forms"])]
            pick = (right or candidates or [None])[0]
            if pick is None:
                misses.append(f"{name}:{g['line']} {kind} not found")
                continue
            used.add(pick)
            counts["matched"] += 1
            counts[f"{kind}_found"] += 1
            if right:
                counts[f"{kind}_speaker"] += 1
            else:
                misses.append(f"{name}:{g['line']} speaker {predicted[pick].speaker!r} != {g['speaker']!r}")
    scores = prf(counts["matched"], counts["predicted"], counts["direct"] + counts["indirect"])
    return {
        **scores,
        "direct_with_speaker": f"{counts['direct_speaker']}/{counts['direct']}",
        "indirect_found": f"{counts['indirect_found']}/{counts['indirect']}",
        "indirect_with_speaker": round(counts["indirect_speaker"] / max(counts["indirect"], 1), 4),
        "n": counts["direct"] + counts["indirect"],
        "misses": misses,
    }
