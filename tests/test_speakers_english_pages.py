"""English speakers on real pages (a slice of the scrapinghub benchmark and the sample corpus' wire story): each
is a mention of the page or a role phrase, never a function word, a number or a verb phrase."""

from __future__ import annotations

import gzip
import json
import re

from warta import pipeline
from warta.lang.en import roles
from warta.model import Article, RawDocument

# Written for this test: words no speaker is or opens ("and", "Among", "It", "did not").
FUNCTION = {"and", "or", "but", "among", "with", "within", "which", "that", "who", "it", "its", "they", "he", "she",
            "we", "i", "you", "this", "these", "those", "also", "however", "not", "no", "of", "in", "on", "at", "to"}
VERBS = {"did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "said", "says", "told", "carried",
         "not"}


def speaker_problem(speaker: str, article: Article) -> str:
    words = speaker.split()
    low = [w.lower().strip(".,") for w in words]
    if any(c.isdigit() for c in speaker):
        return "number"
    if low[0] in FUNCTION:
        return "function word"
    if set(low) & VERBS:
        return "verb phrase"
    mention = speaker in article.body or any(speaker == e.name for e in article.entities)
    head = re.sub(r"s$", "", low[-1])
    role = head in roles.SOURCE_NOUNS or head in roles.ROLE_HEADS or low[-1] in roles.SOURCE_NOUNS
    return "" if mention or role else "neither a mention nor a role phrase"


def test_scrapinghub_speakers(shared, resources):
    root = shared / "data" / "scrapinghub-article-extraction-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    problems, seen = [], 0
    for page in sorted((root / "html").glob("*.html.gz"))[:25]:
        key = page.name.split(".")[0]
        raw = RawDocument(data=gzip.decompress(page.read_bytes()), origin=page.name,
                          url=truth.get(key, {}).get("url"), content_type="text/html")
        article = pipeline.process(raw, resources)
        if article.meta.language != "en":
            continue
        for quote in article.quotes:
            if quote.speaker:
                seen += 1
                problem = speaker_problem(quote.speaker, article)
                if problem:
                    problems.append(f"{page.name[:8]} {quote.speaker!r}: {problem}")
    assert seen >= 40 and not problems, problems


def test_wire_story_speakers(examples, resources):
    page = examples / "html" / "straitsledger_ferry-fire-lumbu-strait.html"
    article = pipeline.process(RawDocument(data=page.read_bytes(), origin=str(page), content_type="text/html"),
                               resources)
    speakers = [q.speaker for q in article.quotes if q.speaker]
    assert "Agus Prasetyo" in speakers and "Indonesian search and rescue officials" in speakers
    assert not [s for s in speakers if speaker_problem(s, article)]
    assert not {"Seruni Island", "Lumbu Strait", "and", "34", "did not", "carried 212 passengers"} & set(speakers)
