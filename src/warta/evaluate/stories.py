"""`warta eval stories`: B-cubed and pairwise scores of streaming story grouping against gold clusters.

PATH is recognised from its layout: the seeds gold JSON, an ECB+ ``documents.jsonl`` (or its folder), or a UCI
News Aggregator CSV (or its folder). ECB+ is streamed in 10 fixed shuffled orders; UCI is split at the middle of
its time window, the first half for tuning, the second streamed in 5 fixed shuffled orders (each story's headlines
share nearly one timestamp, so time order would hand a story over as one block). A single-pass TF-IDF baseline,
its threshold tuned on the same data (ECB+) or the first half (UCI), is printed beside as ``baseline_b3_f1``.
The event-level dev sets (xling-dev, id-headline-stories-dev) are read by ``storysets``.
"""

from __future__ import annotations

import csv
import json
import random
import re
import statistics
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from warta.errors import InputError
from warta.evaluate import storysets
from warta.evaluate.metrics import bcubed, pairwise
from warta.evaluate.seeds import is_seed_gold, load_seed_gold
from warta.model import Article, Comparison, Metadata, Story
from warta.stories import analyse, baseline
from warta.stories.compare import outlet_name
from warta.stories.provenance import source_key
from warta.stories.stream import group

KEYS = ("b3_precision", "b3_recall", "b3_f1", "pair_precision", "pair_recall", "pair_f1")
ECB_ORDERS = 10
UCI_ORDERS = 5
BASELINE_THRESHOLDS = (0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def run(data: Path) -> dict:
    if is_seed_gold(data):
        return _seeds(data)
    ecb = _find(data, "documents.jsonl")
    if ecb is not None:
        return _ecbplus(ecb)
    for candidate in ([data] if data.is_file() else sorted(data.glob("*.jsonl")) if data.is_dir() else []):
        if (which := storysets.kind(candidate)) is not None:
            return storysets.run(candidate, which)
    uci = _find(data, "*.csv")
    if uci is not None and "STORY" in uci.open(encoding="utf-8").readline():
        return _uci(uci)
    raise InputError(str(data), "not a dataset the stories task reads (seeds gold JSON, ECB+ documents.jsonl, "
                                "a UCI News Aggregator CSV, xling-dev or id-headline-stories-dev JSON Lines)")


def _find(path: Path, pattern: str) -> Path | None:
    if path.is_file():
        return path if path.match(pattern) else None
    if path.is_dir():
        return next(iter(sorted(path.glob(pattern))), None)
    return None


# --- datasets ---------------------------------------------------------------------------------------------------


def _seeds(path: Path) -> dict:
    gold = load_seed_gold(path)
    articles = gold.articles()
    name_of = {a.id: name for name, a in articles.items()}
    ordered = sorted(articles.values(), key=lambda a: (a.meta.published or a.meta.published_not_before, a.id))
    assigned = group(ordered)
    predicted = {name_of[aid]: sid for aid, sid in assigned.items()}
    scores = _score(predicted, gold.story_of())
    base = baseline.cluster(list(articles.values()))
    base_assigned = {name_of[aid]: s.id for s in base for aid in s.articles}
    facts = _seed_facts(gold, articles, assigned)
    return {**scores, "n": len(predicted), "baseline_b3_f1": bcubed(base_assigned, gold.story_of())["b3_f1"],
            "stories_predicted": len(set(predicted.values())), "stories_gold": len(gold.stories), **facts}


def _seed_facts(gold, articles: dict[str, Article], assigned: dict[str, str]) -> dict:
    """How many gold comparisons and upstream sources the predicted stories carry, and their independent counts."""
    analysed: dict[str, Story] = {}
    for story_id in set(assigned.values()):
        members = [a for a in articles.values() if assigned[a.id] == story_id]
        analysed[story_id] = analyse(Story(id=story_id), members)
    story_of_doc = {name: analysed[assigned[a.id]] for name, a in articles.items()}
    found = sum(any(comparison_matches(c, g, articles) for c in story_of_doc[g["sides"][0]["doc"]].comparisons)
                for g in gold.comparisons)
    edges = [(name, source_key(u)) for p in gold.provenance for name in [p["doc"]] for u in p["upstream"]]
    have = sum(any(e.source == outlet_name(articles[name]) and source_key(e.target) == key
                   for e in story_of_doc[name].provenance) for name, key in edges)
    independent = {s["id"]: story_of_doc[s["docs"][0]].independent_sources for s in gold.stories}
    return {"comparisons_found": found, "comparisons_gold": len(gold.comparisons), "upstream_found": have,
            "upstream_gold": len(edges), "independent_sources": independent}


def comparison_matches(found: Comparison, gold: dict, articles: dict[str, Article]) -> bool:
    """A predicted comparison is the gold one: same verdict, and the same articles with the gold values or dates."""
    if found.verdict != gold["verdict"] or len(found.sides) != len(gold["sides"]):
        return False
    for side in gold["sides"]:
        mine = [s for s in found.sides if s.article == articles[side["doc"]].id]
        if not mine:
            return False
        if side.get("value") is not None and mine[0].value != side["value"]:
            return False
        if side.get("date") and mine[0].date[:10] != side["date"]:
            return False
    return True


def _ecbplus(path: Path) -> dict:
    articles, gold = [], {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                doc = json.loads(line)
                articles.append(_ecb_article(doc))
                gold[doc["doc_id"]] = doc["cluster_id"]
            except (json.JSONDecodeError, KeyError) as exc:
                raise InputError(f"{path}:{number}", f"not an ECB+ document line ({exc})") from exc
    orders = [_shuffled(articles, seed) for seed in range(ECB_ORDERS)]
    result = _mean([_score(group(order), gold) for order in orders])
    threshold, base = _tune_baseline(orders[:3], gold)
    result["baseline_b3_f1"] = round(statistics.mean(_baseline_f1(o, gold, threshold) for o in orders), 4)
    return {**result, "n": len(articles), "orders": ECB_ORDERS, "baseline_threshold": threshold}


def _ecb_article(doc: dict) -> Article:
    text = _detokenise(doc["text"])
    lines = text.split("\n")
    title = url = ""
    if len(lines) > 2 and lines[0].startswith("http"):
        # sentence 0 is the (tokenised) URL, sentence 1 the title (see the README)
        url, title, lines = lines[0].replace(" ", ""), lines[1], lines[1:]
    return Article(id=doc["doc_id"], origin=doc["doc_id"], body="\n".join(lines),
                   meta=Metadata(title=title, url=url, language="en"))


def _uci(path: Path) -> dict:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), 2):
            try:
                stamp = datetime.fromtimestamp(int(row["TIMESTAMP"]) / 1000, UTC).isoformat(timespec="seconds")
                article = Article(id=row["ID"], origin=row["URL"], body=row["TITLE"],
                                  meta=Metadata(title=row["TITLE"], url=row["URL"], outlet=row["PUBLISHER"],
                                                published=stamp, language="en"))
                rows.append((int(row["TIMESTAMP"]), article, row["STORY"]))
            except (KeyError, ValueError, TypeError) as exc:
                raise InputError(f"{path}:{number}", f"not a UCI News Aggregator row ({exc})") from exc
    if not rows:
        raise InputError(str(path), "no headlines")
    middle = (min(r[0] for r in rows) + max(r[0] for r in rows)) / 2
    tune = [r[1] for r in rows if r[0] <= middle]
    test = [r[1] for r in rows if r[0] > middle]
    gold = {r[1].id: r[2] for r in rows}
    orders = [_shuffled(test, seed) for seed in range(UCI_ORDERS)]
    result = _mean([_score(group(order), gold) for order in orders])
    threshold, _ = _tune_baseline([_shuffled(tune, seed) for seed in range(2)], gold)
    result["baseline_b3_f1"] = round(statistics.mean(_baseline_f1(o, gold, threshold) for o in orders), 4)
    return {**result, "n": len(test), "tuned_on": len(tune), "orders": UCI_ORDERS, "baseline_threshold": threshold}


# --- scoring ----------------------------------------------------------------------------------------------------


def _score(predicted: dict, gold: dict) -> dict:
    return {**bcubed(predicted, gold), **pairwise(predicted, gold)}


def _mean(results: Sequence[dict]) -> dict:
    return {k: round(statistics.mean(r[k] for r in results), 4) for k in KEYS}


def _baseline_f1(order: list[Article], gold: dict, threshold: float) -> float:
    stories = baseline.cluster(order, threshold=threshold, by_time=False)
    return bcubed({aid: s.id for s in stories for aid in s.articles}, gold)["b3_f1"]


def _tune_baseline(orders: list[list[Article]], gold: dict) -> tuple[float, float]:
    mean_f1: Callable[[float], float] = lambda t: statistics.mean(_baseline_f1(o, gold, t) for o in orders)  # noqa: E731
    scored = [(mean_f1(t), t) for t in BASELINE_THRESHOLDS]
    best = max(scored)
    return best[1], best[0]


def _shuffled(articles: list[Article], seed: int) -> list[Article]:
    order = list(articles)
    random.Random(seed).shuffle(order)
    return order


def _detokenise(text: str) -> str:
    """ECB+ text is tokenised ("Reid 's rep ,"); join it back so the article reads as a page would."""
    text = re.sub(r" ([,.;:!?%)\]'’]|'s|n't)", r"\1", text)
    return re.sub(r"([(\[$]) ", r"\1", text).replace("`` ", '"').replace(" ''", '"')
