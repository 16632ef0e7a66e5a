"""Story grouping on the two event-level dev sets, each item streamed through the whole pipeline as ingest does.

- xling-dev (``xling-dev.jsonl``): English and Indonesian articles, text and language only, no titles or dates;
  streamed in XLING_ORDERS fixed shuffled orders. Prints B-cubed strict and lenient, pairwise, and the recall of
  article-and-translation pairs and of different-report pairs across the two languages.
- id-headline-stories-dev (``id-headline-stories-dev.jsonl``): headlines with a URL, an outlet and a publication
  time and no text, read as the JSON Lines ingest reads them (headline-only rows) and streamed in publication
  order. Prints B-cubed over all headlines and over the sure ones, pairwise, and the recall of same-story pairs
  whose headlines come from two outlets.
"""

from __future__ import annotations

import itertools
import json
import random
import statistics
from pathlib import Path

from warta.batch import process_one
from warta.errors import InputError
from warta.evaluate.metrics import bcubed, pairwise
from warta.ingest.jsonl import parse_line
from warta.model import Article, RawDocument
from warta.resources import Resources
from warta.stories.stream import group

XLING_ORDERS = 5
_GIVEN_XLING = ("text", "language")  # the README: give the engine only these
_GIVEN_HEADLINE = ("title", "url", "published", "outlet")


def kind(path: Path) -> str | None:
    """"xling" or "headlines" when ``path`` holds one of the two dev sets' JSON Lines, else None."""
    try:
        with path.open(encoding="utf-8") as lines:
            first = json.loads(lines.readline())
    except (OSError, ValueError):
        return None
    if not isinstance(first, dict) or "story" not in first:
        return None
    if {"doc", "language", "text"} <= first.keys():
        return "xling"
    if {"title", "url", "published"} <= first.keys():
        return "headlines"
    return None


def run(path: Path, which: str) -> dict:
    records = _records(path)
    resources = Resources()
    given = _GIVEN_XLING if which == "xling" else _GIVEN_HEADLINE
    articles = [_processed(path, number, {k: r[k] for k in given if r.get(k)}, resources)
                for number, r in enumerate(records)]
    for article, record in zip(articles, records, strict=True):
        article.id = record["id"]  # identical texts stay separate items, as the scorers count them
    return _xling(records, articles) if which == "xling" else _headlines(records, articles)


def _records(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}", f"not a JSON line ({exc})") from exc
    return records


def _processed(path: Path, number: int, given: dict, resources: Resources) -> Article:
    raw = parse_line(json.dumps(given).encode(), f"{path}#{number}")
    result = raw if isinstance(raw, InputError) else process_one(raw, resources)
    if isinstance(result, InputError):
        raise result
    assert isinstance(result, Article) and isinstance(raw, RawDocument)
    return result


def _xling(records: list[dict], articles: list[Article]) -> dict:
    strict = {r["id"]: r["story"] for r in records}
    lenient = {r["id"]: r["story_lenient"] for r in records}
    translation, cross_report = [], []
    for a, b in itertools.combinations(records, 2):
        if a["language"] != b["language"]:
            (translation if a["doc"] == b["doc"] else cross_report if a["story"] == b["story"] else []).append(
                (a["id"], b["id"]))
    runs = []
    for seed in range(XLING_ORDERS):
        order = list(articles)
        random.Random(seed).shuffle(order)
        predicted = group(order)
        runs.append({**bcubed(predicted, strict), **pairwise(predicted, strict),
                     **{f"lenient_{k}": v for k, v in bcubed(predicted, lenient).items()},
                     "translation_pair_recall": _pair_recall(translation, predicted),
                     "cross_report_pair_recall": _pair_recall(cross_report, predicted),
                     "stories_predicted": len(set(predicted.values()))})
    result = {k: round(statistics.mean(r[k] for r in runs), 4) for k in runs[0]}
    return {**result, "n": len(records), "orders": XLING_ORDERS, "stories_gold": len(set(strict.values())),
            "translation_pairs": len(translation), "cross_report_pairs": len(cross_report)}


def _headlines(records: list[dict], articles: list[Article]) -> dict:
    gold = {r["id"]: r["story"] for r in records}
    outlet = {r["id"]: r.get("outlet", "") for r in records}
    order = sorted(articles, key=lambda a: (a.meta.published, a.id))
    predicted = group(order)
    sure = {i: s for i, s in gold.items() if not next(r for r in records if r["id"] == i).get("unsure")}
    cross = [(a, b) for a, b in itertools.combinations(gold, 2) if gold[a] == gold[b] and outlet[a] != outlet[b]]
    return {**bcubed(predicted, gold), **pairwise(predicted, gold),
            **{f"sure_{k}": v for k, v in bcubed(predicted, sure).items()},
            "cross_outlet_recall": _pair_recall(cross, predicted), "cross_outlet_pairs": len(cross),
            "headline_only": sum(a.meta.headline_only for a in articles), "n": len(records),
            "stories_predicted": len(set(predicted.values())), "stories_gold": len(set(gold.values()))}


def _pair_recall(pairs: list[tuple[str, str]], predicted: dict[str, str]) -> float:
    return round(sum(predicted[a] == predicted[b] for a, b in pairs) / len(pairs), 4) if pairs else 0.0
