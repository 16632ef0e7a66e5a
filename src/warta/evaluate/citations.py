"""`warta eval citations --data PATH` on the seed gold (gold/seeds.json).

A gold attribution is found when a predicted citation sits on its line (a body sentence in that line, or a block
from that source line) and names the same source (case, spaces and ".com" aside). A republication must also carry
its original title. Every predicted citation that matches no gold one is a false positive.
"""

from __future__ import annotations

import re
from pathlib import Path

from warta.evaluate.metrics import prf
from warta.evaluate.seedlines import block_line, locate
from warta.evaluate.seeds import is_seed_gold, load_seed_gold


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().replace(".com", ""))


def run(data: Path) -> dict:
    if not is_seed_gold(data):
        raise ValueError(f"{data}: citations are evaluated on the seed gold file (gold/seeds.json)")
    gold = load_seed_gold(data)
    articles = gold.articles()
    total = predicted = matched = republications = republications_right = 0
    extra, misses = [], []
    for name, doc in gold.documents.items():
        article = articles[name]
        lines = locate(article, doc)
        predicted += len(article.citations)
        where = [block_line(article, c.block) if c.block >= 0 else lines.line_at(c.start) for c in article.citations]
        used: set[int] = set()
        for g in doc.get("attributions", []):
            total += 1
            hit = next((i for i, c in enumerate(article.citations) if i not in used and where[i] == g["line"]
                        and _norm(c.source) == _norm(g["source"])), None)
            if hit is None:
                misses.append(f"{name}:{g['line']} {g['source']}")
                continue
            used.add(hit)
            if "tayang" in g["cue"].lower() or "republ" in g["cue"].lower():
                republications += 1
                citation = article.citations[hit]
                republications_right += citation.kind == "republication" and bool(citation.original_title)
        matched += len(used)
        extra += [f"{name}: {c.source} ({c.cue})" for i, c in enumerate(article.citations) if i not in used]
    return {**prf(matched, predicted, total), "republication_with_title": f"{republications_right}/{republications}",
            "n": total, "not_in_gold": extra, "misses": misses}
