"""`warta eval entities --data GOLD.json`: canonical entities per article against the seed gold.

Matching, decided here:
- a predicted entity matches a gold entity when their names are equal after case-folding and unifying quotes
  and spaces ("Kostanay Prosecutor's Office"), or when the gold name is one of the predicted entity's aliases
  (the name it was seen under); the type must be equal too (PER, ORG, LOC, GPE);
- only predicted PER, ORG, LOC and GPE entities count: EVENT and MISC are outside the gold's scope;
- recall per article = gold entities matched / gold entities; precision = predicted entities matched / predicted,
  where a predicted entity counts only when one of its mentions lies on a line the gold marks as body or heading:
  lines the cleaner wrongly kept (related-article headlines) are the clean stage's error, scored by `eval clean`;
  ``precision_all_lines`` counts every predicted entity;
- surface forms: each gold ``surface_forms`` entry must occur as a mention whose entity has the gold canonical
  name (``surface_accuracy``; a surface form never found as a mention counts as wrong);
- ``cross_article``: share of gold names seen in several articles that get one predicted id in all of them.
Headline: mean per-article precision/recall/F1; ``articles_passing`` counts articles with recall >= 0.9 and
precision >= 0.85 (the acceptance line).
"""

from __future__ import annotations

from pathlib import Path

from warta.errors import InputError
from warta.evaluate.seeds import is_seed_gold, load_seed_gold
from warta.model import Article, Entity

COUNTED = ("PER", "ORG", "LOC", "GPE")


def normal(name: str) -> str:
    return " ".join(name.replace("’", "'").replace("`", "'").casefold().split())


def matches(entity: Entity, name: str, label: str) -> bool:
    if entity.label != label:
        return False
    return normal(entity.name) == normal(name) or any(normal(a) == normal(name) for a in entity.aliases)


def _gold_lines(gold: dict) -> set[int]:
    lines = {x["line"] for x in gold.get("body_lines", []) if isinstance(x, dict) and "line" in x}
    lines |= {x["line"] for x in gold.get("headings", []) if isinstance(x, dict) and "line" in x}
    return lines


def _entities_on_lines(article: Article, lines: set[int]) -> set[str]:
    """Ids of entities with a mention inside a block that came from one of ``lines`` (text dumps: "line:N")."""
    blocks = [b for b in article.blocks if b.kind in ("body", "heading")]
    found: set[str] = set()
    for m in article.mentions:
        sentence = next((s for s in article.sentences if s.start <= m.start < s.end), None)
        if sentence is None or not 0 <= sentence.block < len(blocks):
            continue
        source = blocks[sentence.block].source
        if source.startswith("line:") and int(source[5:]) in lines:
            found.add(m.entity)
    return found


def score_article(article: Article, gold: dict) -> dict:
    everything = [e for e in article.entities if e.label in COUNTED]
    lines = _gold_lines(gold)
    on_lines = _entities_on_lines(article, lines) if lines else {e.id for e in everything}
    predicted = [e for e in everything if e.id in on_lines]
    wanted = gold.get("entities", [])
    found = [g for g in wanted if any(matches(e, g["name"], g["type"]) for e in predicted)]
    right = [e for e in predicted if any(matches(e, g["name"], g["type"]) for g in wanted)]
    by_id = {e.id: e for e in article.entities}
    surfaces = gold.get("surface_forms", {})
    surface_ok = []
    for surface, canonical in surfaces.items():
        names = {normal(by_id[m.entity].name) for m in article.mentions if m.text == surface and m.entity in by_id}
        if not names:
            names = {normal(by_id[m.entity].name) for m in article.mentions
                     if normal(m.text) == normal(surface) and m.entity in by_id}
        surface_ok.append(normal(canonical) in names)
    recall = len(found) / len(wanted) if wanted else 1.0
    precision = len(right) / len(predicted) if predicted else (1.0 if not wanted else 0.0)
    right_all = [e for e in everything if any(matches(e, g["name"], g["type"]) for g in wanted)]
    return {
        "precision": round(precision, 4),
        "precision_all_lines": round(len(right_all) / len(everything), 4) if everything else 1.0,
        "recall": round(recall, 4),
        "surface_accuracy": round(sum(surface_ok) / len(surface_ok), 4) if surface_ok else 1.0,
        "missed": [f'{g["name"]}/{g["type"]}' for g in wanted if g not in found],
        "extra": [f"{e.name}/{e.label}" for e in predicted if e not in right],
        "wrong_surfaces": [s for s, ok in zip(surfaces, surface_ok, strict=True) if not ok],
    }


def cross_article(articles: dict[str, Article], documents: dict[str, dict]) -> float | None:
    """Share of gold (name, type) pairs in two or more articles that get the same entity id in all."""
    ids: dict[tuple[str, str], set[str]] = {}
    counts: dict[tuple[str, str], int] = {}
    for name, doc in documents.items():
        for g in doc.get("entities", []):
            key = (normal(g["name"]), g["type"])
            counts[key] = counts.get(key, 0) + 1
            hits = {e.id for e in articles[name].entities if matches(e, g["name"], g["type"])}
            ids.setdefault(key, set()).update(hits or {f"missing:{name}"})
    shared = [k for k, c in counts.items() if c > 1]
    return round(sum(len(ids[k]) == 1 for k in shared) / len(shared), 4) if shared else None


def run(data: Path) -> dict:
    if not is_seed_gold(data):
        raise InputError(str(data), "not a seed gold file (a JSON object with 'documents')")
    gold = load_seed_gold(data)
    articles = gold.articles()
    per = {name: score_article(articles[name], doc) for name, doc in gold.documents.items()}
    n = len(per) or 1
    p = sum(r["precision"] for r in per.values()) / n
    r = sum(r["recall"] for r in per.values()) / n
    return {
        "precision": round(p, 4),
        "precision_all_lines": round(sum(x["precision_all_lines"] for x in per.values()) / n, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "surface_accuracy": round(sum(x["surface_accuracy"] for x in per.values()) / n, 4),
        "cross_article": cross_article(articles, gold.documents),
        "articles_passing": sum(x["recall"] >= 0.9 and x["precision"] >= 0.85 for x in per.values()),
        "n": len(per),
        "articles": per,
    }
