"""`warta eval meta`: metadata, on three kinds of data recognised from PATH.

- the seeds gold (``seeds.json``): title, subtitle, authors, outlet and publication date exact per document. An
  outlet the gold leaves unnamed is right when the documents of one gold ``template_group`` share one outlet
  group and no other document has it. A document without a printed date must have no ``published`` and the gold
  ``published_not_before``.
- htmldate's evaluation set (its folder or ``eval_default.json``): publication-day accuracy beside htmldate's
  own ``find_date`` with its default settings, in the same run.
- narasipal-id-headlines (its folder or one ``*_master.csv``): the share of ``date_time`` strings of the kompas,
  detik and republika files that parse, and for Kompas, whose URLs carry ``/read/YYYY/MM/DD/``, the share whose
  parsed day equals the URL's.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from warta import clean, meta, pipeline
from warta.clean.templates import TemplateStats
from warta.evaluate.seeds import is_seed_gold, load_seed_gold
from warta.meta.dates import parse_datetime
from warta.model import Article, RawDocument
from warta.resources import Resources

NARASIPAL_OUTLETS = ("kompas", "detik", "republika")
_KOMPAS_URL_DAY = re.compile(r"/read/(\d{4})/(\d{2})/(\d{2})/")


def run(data: Path) -> dict:
    if is_seed_gold(data):
        return seeds(data)
    htmldate_gold = _htmldate_gold(data)
    if htmldate_gold is not None:
        return htmldate_days(htmldate_gold)
    headlines = _narasipal_files(data)
    if headlines:
        return narasipal(headlines)
    raise ValueError(f"{data}: not a dataset the meta task reads (the seeds gold JSON, htmldate-eval's "
                     "eval_default.json or its folder, or narasipal-id-headlines)")


def process_batch(raws: list[RawDocument]) -> list[Article]:
    """Clean and read metadata of a batch as an ingest does (template statistics gathered first)."""
    articles = [pipeline.start(raw) for raw in raws]
    stats = TemplateStats()
    for article in articles:
        stats.observe_article(article)
    resources = Resources(templates=stats)
    return [meta.run(clean.run(article, resources), resources) for article in articles]


# --- seeds ------------------------------------------------------------------------------------------------------

def seeds(path: Path) -> dict:
    gold = load_seed_gold(path)
    names = list(gold.documents)
    found = dict(zip(names, process_batch([gold.raw(n) for n in names]), strict=True))
    checks: dict[str, list[bool]] = defaultdict(list)
    for name in names:
        want, got = gold.documents[name], found[name].meta
        checks["title"].append(got.title == (want.get("title") or ""))
        checks["subtitle"].append(got.subtitle == (want.get("subtitle") or ""))
        checks["authors"].append(got.authors == (want.get("authors") or []))
        checks["published"].append(got.published == (want.get("published") or ""))
        if "published_not_before" in want:
            checks["published_not_before"].append(got.published_not_before == (want["published_not_before"] or ""))
        checks["outlet"].append(_outlet_right(name, gold.documents, found))
    scores = {f"{field}_accuracy": round(sum(v) / len(v), 4) for field, v in checks.items()}
    every = [ok for v in checks.values() for ok in v]
    return {"accuracy": round(sum(every) / len(every), 4), **scores, "n": len(names)}


def _outlet_right(name: str, gold: dict[str, dict], found: dict[str, Article]) -> bool:
    want = gold[name]
    if want.get("outlet"):
        return found[name].meta.outlet == want["outlet"]
    group = found[name].meta.outlet_group
    if not group or found[name].meta.outlet:
        return False
    same = [n for n in gold if gold[n].get("template_group") == want.get("template_group")]
    others = [n for n in gold if n not in same]
    return all(found[n].meta.outlet_group == group for n in same) and \
        all(found[n].meta.outlet_group != group for n in others)


# --- htmldate-eval ----------------------------------------------------------------------------------------------

def _htmldate_gold(path: Path) -> Path | None:
    gold = path / "eval_default.json" if path.is_dir() else path
    if gold.suffix == ".json" and gold.is_file() and (gold.parent / "html").is_dir():
        return gold
    return None


def htmldate_days(gold_path: Path) -> dict:
    from htmldate import find_date

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    folder = gold_path.parent / "html" / gold_path.stem
    urls = [u for u in gold if (folder / f"{gold[u]['file']}.gz").is_file()]
    pages = {u: gzip.decompress((folder / f"{gold[u]['file']}.gz").read_bytes()) for u in urls}
    raws = [RawDocument(data=pages[u], origin=u, url=u, content_type="text/html") for u in urls]
    ours = theirs = 0
    for url, article in zip(urls, process_batch(raws), strict=True):
        day = article.meta.published[:10] if article.meta.published else ""
        ours += day == gold[url]["date"]
        theirs += (find_date(pages[url].decode("utf-8", "replace"), url=url) or "") == gold[url]["date"]
    n = len(urls)
    return {"accuracy": round(ours / n, 4) if n else 0.0, "htmldate_accuracy": round(theirs / n, 4) if n else 0.0,
            "n": n}


# --- narasipal --------------------------------------------------------------------------------------------------

def _narasipal_files(path: Path) -> list[Path]:
    files = sorted(path.glob("*_master.csv")) if path.is_dir() else [path]
    out = []
    for f in files:
        if f.suffix == ".csv" and f.is_file() and f.name.split("_")[0] in NARASIPAL_OUTLETS:
            with f.open(encoding="utf-8", newline="") as fh:
                if "date_time" in fh.readline():
                    out.append(f)
    return out


def narasipal(files: list[Path]) -> dict:
    counts: Counter[str] = Counter()
    for path in files:
        outlet = path.name.split("_")[0]
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                text = (row.get("date_time") or "").strip()
                if not text:
                    continue
                found = parse_datetime(text)
                counts["strings"] += 1
                counts[f"{outlet}_strings"] += 1
                counts["parsed"] += found is not None
                counts[f"{outlet}_parsed"] += found is not None
                m = _KOMPAS_URL_DAY.search(row.get("url") or "") if outlet == "kompas" else None
                if m:
                    counts["url_dated"] += 1
                    counts["url_day_match"] += found is not None and found.day.isoformat() == "-".join(m.groups())
    share = lambda part, whole: round(counts[part] / counts[whole], 4) if counts[whole] else 0.0  # noqa: E731
    by_outlet = {f"{o}_parse_rate": share(f"{o}_parsed", f"{o}_strings") for o in NARASIPAL_OUTLETS
                 if counts[f"{o}_strings"]}
    return {"parse_rate": share("parsed", "strings"), "url_day_accuracy": share("url_day_match", "url_dated"),
            **by_outlet, "n": counts["strings"], "url_dated": counts["url_dated"]}
