"""`warta eval clean`: body extraction, on three kinds of data recognised from PATH.

- the seeds gold (``seeds.json``): body-line precision and recall. A gold body line is a line of ``body_lines``
  (section headings included); a kept line is the source line of a body or heading block.
- the detik CSV (``isi_berita`` column, a file or its folder), each body read as a text dump: the share of
  "SCROLL TO CONTINUE WITH CONTENT" and "Baca juga" lines removed, and the share of the other paragraphs kept.
- the scrapinghub article-extraction benchmark (its folder or ``ground-truth.json``): the benchmark's own measure,
  precision and recall of 4-token shingles per page, normalised per page and averaged over pages, F1 of the
  averages; printed beside trafilatura's own output in the same run.

Each corpus is read as a batch: template statistics are gathered over all its documents first, as an ingest does.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from warta import clean as cleaning
from warta import pipeline
from warta.clean.templates import TemplateStats
from warta.evaluate.metrics import prf
from warta.evaluate.seeds import is_seed_gold, load_seed_gold
from warta.model import Article, RawDocument
from warta.resources import Resources

_SCROLL = re.compile(r"^scroll to continue with content$", re.I)
_BACA_JUGA = re.compile(r"^baca juga\b", re.I)
# Other furniture the issue names, written here independently of the classifier's cues: video promos
# ("Simak juga Video ...", "Tonton juga video ...", "Saksikan Live DetikPagi") and ad placeholders. They are
# reported apart, so "other_kept" measures the article's own paragraphs.
_VIDEO_OR_AD = re.compile(r"^(?:(?:simak|lihat|tonton|saksikan)\b.{0,20}\b(?:video|live)|advertisement$)", re.I)
_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4  # the benchmark's shingle length


def run(data: Path) -> dict:
    if is_seed_gold(data):
        return seeds(data)
    detik = _detik_csv(data)
    if detik is not None:
        return detik_bodies(detik)
    truth = _scrapinghub_truth(data)
    if truth is not None:
        return scrapinghub(truth)
    raise ValueError(f"{data}: not a dataset the clean task reads (the seeds gold JSON, a CSV with an isi_berita "
                     "column, or the scrapinghub benchmark folder)")


def clean_batch(raws: list[RawDocument]) -> list[Article]:
    """Clean a batch as an ingest does: observe every document's lines, then clean each with the statistics."""
    articles = [pipeline.start(raw) for raw in raws]
    stats = TemplateStats()
    for article in articles:
        stats.observe_article(article)
    resources = Resources(templates=stats)
    return [cleaning.run(article, resources) for article in articles]


def kept_lines(article: Article) -> set[int]:
    return {int(b.source.split(":")[1]) for b in article.blocks
            if b.kind in ("body", "heading") and b.source.startswith("line:")}


# --- seeds ------------------------------------------------------------------------------------------------------

def seeds(path: Path) -> dict:
    gold = load_seed_gold(path)
    names = list(gold.documents)
    articles = clean_batch([gold.raw(name) for name in names])
    tp = predicted = expected = 0
    recalls: dict[str, float] = {}
    for name, article in zip(names, articles, strict=True):
        want = {line["line"] for line in gold.documents[name]["body_lines"]}
        got = kept_lines(article)
        tp += len(want & got)
        predicted += len(got)
        expected += len(want)
        recalls[name] = len(want & got) / len(want) if want else 1.0
    worst = min(recalls, key=recalls.get) if recalls else ""
    # the smallest share of one document's body lines kept: a body dropped whole shows here, not in the pooled F1
    return {**prf(tp, predicted, expected), "n": expected, "documents": len(names),
            "min_document_body_recall": round(recalls.get(worst, 1.0), 4), "worst_document": worst}


# --- detik -------------------------------------------------------------------------------------------------------

def _detik_csv(path: Path) -> Path | None:
    candidates = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    for candidate in candidates:
        if candidate.suffix == ".csv" and candidate.is_file():
            with candidate.open(encoding="utf-8", newline="") as fh:
                header = fh.readline()
            if "isi_berita" in header:
                return candidate
    return None


def detik_bodies(path: Path) -> dict:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if (r.get("isi_berita") or "").strip()]
    raws = [RawDocument(data=r["isi_berita"].encode("utf-8"), origin=f"{path.name}#{r.get('id', i)}",
                        url=r.get("tautan") or None, content_type="text/plain", hints={"title": r.get("judul", "")})
            for i, r in enumerate(rows)]
    counts: Counter[str] = Counter()
    for article in clean_batch(raws):
        kept = kept_lines(article)
        for n, line in enumerate(article.source_text.splitlines(), start=1):
            text = line.strip()
            if not text:
                continue
            if _SCROLL.match(text) or _BACA_JUGA.match(text):
                kind = "target"
            elif _VIDEO_OR_AD.match(text):
                kind = "promo"
            else:
                kind = "other"
            counts[kind] += 1
            counts[f"{kind}_kept"] += n in kept
    share = lambda part, whole: round(part / whole, 4) if whole else 0.0  # noqa: E731
    targets, promos, others = counts["target"], counts["promo"], counts["other"]
    return {
        "boilerplate_removed": share(targets - counts["target_kept"], targets),
        "other_kept": share(counts["other_kept"], others),
        "promo_removed": share(promos - counts["promo_kept"], promos),
        "other_and_promo_kept": share(counts["other_kept"] + counts["promo_kept"], others + promos),
        "n": targets + promos + others, "boilerplate_lines": targets, "promo_lines": promos, "other_lines": others,
        "documents": len(raws),
    }


# --- scrapinghub -------------------------------------------------------------------------------------------------

def _scrapinghub_truth(path: Path) -> Path | None:
    truth = path / "ground-truth.json" if path.is_dir() else path
    if truth.name == "ground-truth.json" and truth.is_file() and (truth.parent / "html").is_dir():
        return truth
    return None


def scrapinghub(truth_path: Path) -> dict:
    import trafilatura

    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    ids = sorted(truth)
    pages = {i: gzip.decompress((truth_path.parent / "html" / f"{i}.html.gz").read_bytes()) for i in ids}
    raws = [RawDocument(data=pages[i], origin=i, url=truth[i].get("url"), content_type="text/html") for i in ids]
    ours = {i: a.body for i, a in zip(ids, clean_batch(raws), strict=True)}
    theirs = {i: trafilatura.extract(pages[i].decode("utf-8", "replace"), include_comments=False) or ""
              for i in ids}
    gold = {i: truth[i].get("articleBody", "") for i in ids}
    mine, baseline = shingle_scores(gold, ours), shingle_scores(gold, theirs)
    return {**mine, **{f"trafilatura_{k}": v for k, v in baseline.items()}, "n": len(ids)}


def shingle_scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """The benchmark's measure: per page, shingle TP/FP/FN normalised to sum 1; precision and recall averaged over
    pages (an empty page on both sides scores 1); F1 of the two averages."""
    precisions, recalls = [], []
    for key, want in gold.items():
        tp, fp, fn = _shingle_counts(want, predicted.get(key, ""))
        if tp + fp > 0:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"f1": round(f, 4), "precision": round(p, 4), "recall": round(r, 4)}


def _shingle_counts(want: str, got: str) -> tuple[float, float, float]:
    a, b = _shingles(want), _shingles(got)
    tp = sum(min(a[k], b[k]) for k in a.keys() & b.keys())
    fp = sum(b.values()) - tp
    fn = sum(a.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))
                   if tokens[i : i + SHINGLE])

