"""CSV export for spreadsheets: ``articles.csv`` (one row per article) and ``claims.csv`` (one row per claim, with
the sentence it was read from), both in a folder."""

from __future__ import annotations

import csv
from pathlib import Path

from warta.export import Selection, selected
from warta.store.base import Store

ARTICLE_COLUMNS = ("id", "published", "outlet", "title", "url", "language", "authors", "section", "story", "body")
CLAIM_COLUMNS = ("article", "published", "outlet", "story", "text", "value", "value_max", "unit", "kind", "hedge",
                 "subject", "source", "as_of", "sentence")


def write(store: Store, selection: Selection, folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    counts = {"articles": 0, "claims": 0}
    with (folder / "articles.csv").open("w", encoding="utf-8", newline="") as af, \
            (folder / "claims.csv").open("w", encoding="utf-8", newline="") as cf:
        articles, claims = csv.writer(af), csv.writer(cf)
        articles.writerow(ARTICLE_COLUMNS)
        claims.writerow(CLAIM_COLUMNS)
        for article in selected(store, selection):
            m = article.meta
            story = store.story_of(article.id) or ""
            published = m.published or m.published_not_before
            articles.writerow((article.id, published, m.outlet, m.title, m.url, m.language, "; ".join(m.authors),
                               m.section, story, article.body))
            counts["articles"] += 1
            for claim in article.claims:
                sentence = article.sentence_text(claim.sentence) if 0 <= claim.sentence < len(article.sentences) \
                    else ""
                claims.writerow((article.id, published, m.outlet, story, claim.text, repr(claim.value),
                                 "" if claim.value_max is None else repr(claim.value_max), claim.unit, claim.kind,
                                 claim.hedge, claim.subject, claim.source, claim.as_of, sentence))
                counts["claims"] += 1
    return counts
