"""`warta eval dates --data PATH`: event dates.

- Seed gold (gold/seeds.json): each gold event date is found when a predicted date in its gold line has the same
  value ("2022-09-21/2022-10-04" for a range is date/end_date). Precision counts resolved predicted dates in body lines.
- ESC v1.5 time expressions (a `*timex*.jsonl` file): in documents with a creation time (DCT), each gold TIME_DATE is
  right when a predicted date overlapping its tokens has the gold value at the gold's precision ("2010-09" against
  "2010-09"; a gold week "2009-W49" is met by a date inside that week; a part of day "TNI" is ignored). The text is
  joined back from its tokens and resolved against the DCT; accuracy = right / gold TIME_DATEs.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from warta.evaluate.metrics import prf
from warta.evaluate.seedlines import locate
from warta.evaluate.seeds import is_seed_gold, load_seed_gold
from warta.evaluate.tokenized import detokenize
from warta.facts.eventdates import find_dates


def run(data: Path) -> dict:
    if is_seed_gold(data):
        return seeds(data)
    if data.suffix == ".jsonl":
        return esc(data)
    raise ValueError(f"{data}: not a seed gold file or an ESC timex JSONL file")


def seeds(path: Path) -> dict:
    gold = load_seed_gold(path)
    articles = gold.articles()
    found = total = predicted = matched = 0
    misses = []
    for name, doc in gold.documents.items():
        article = articles[name]
        lines = locate(article, doc)
        resolved = [d for d in article.dates if d.date and lines.line_at(d.start) >= 0]
        predicted += len(resolved)
        used: set[int] = set()
        for g in doc.get("event_dates", []):
            total += 1
            span = lines.span(g["line"])
            want = g["date"].split("/")
            hit = next((i for i, d in enumerate(resolved) if i not in used and span and span[0] <= d.start < span[1]
                        and [d.date] + ([d.end_date] if d.end_date else []) == want), None)
            if hit is None:
                misses.append(f"{name}:{g['line']} {g['date']}")
                continue
            used.add(hit)
            found += 1
        matched += len(used)
    return {**prf(matched, predicted, total), "found": f"{found}/{total}", "n": total, "misses": misses}


def esc(path: Path) -> dict:
    right = n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        dct = _dct(doc.get("dct_value", ""))
        if dct is None:
            continue
        sentences = [s.split(" ") for s in doc["text"].split("\n")]
        tokens = [t for s in sentences for t in s]
        parts, spans, offset = [], [], 0
        for sentence in sentences:
            text, local = detokenize(sentence)
            spans += [(s + offset, e + offset) for s, e in local]
            parts.append(text)
            offset += len(text) + 2
        body = "\n\n".join(parts)
        predicted = find_dates(body, "en", dct)
        for timex in doc["timex"]:
            if timex["type"] != "TIME_DATE":
                continue
            n += 1
            ids = [t - 1 for t in timex["t_ids"] if 0 < t <= len(tokens)]  # token ids count from 1
            if not ids:
                continue
            start, end = spans[min(ids)][0], spans[max(ids)][1]
            over = [d for d in predicted if d.start < end and start < d.end and d.date]
            # a span ("from September 2010 to January 2011") holds two dates ESC marks one by one: either end counts
            right += any(_same(d.date, d.end_date, timex["value"]) or (d.end_date and _same(d.end_date, "", timex[
                "value"])) for d in over)
    return {"accuracy": round(right / max(n, 1), 4), "n": n}


def _dct(value: str) -> date | None:
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value or "")
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _same(predicted: str, end: str, gold: str) -> bool:
    gold = re.sub(r"T[A-Z]{2}$", "", gold)
    week = re.match(r"(\d{4})-W(\d\d)", gold)
    if week:
        try:
            d = date.fromisoformat(predicted)
        except ValueError:
            return False
        return d.isocalendar()[:2] == (int(week.group(1)), int(week.group(2)))
    decade = re.fullmatch(r"(\d{3})X", gold)
    if decade:  # "the 1930s" is 193X
        return predicted[:3] == decade.group(1) and end[:3] == decade.group(1)
    parts = [int(p) for p in re.findall(r"\d+", gold.split("T")[0])]
    mine = [int(p) for p in re.findall(r"\d+", predicted)]
    return bool(parts) and mine[: len(parts)] == parts and len(mine) >= len(parts)
