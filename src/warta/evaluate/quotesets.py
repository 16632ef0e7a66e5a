"""Readers and scoring for the quote datasets: PFSA-ID (Indonesian, BILOU tokens) and PolNeAR (English, BRAT)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from warta.evaluate.metrics import prf
from warta.evaluate.tokenized import detokenize
from warta.facts import quotes as quote_stage
from warta.model import Article, Block, Quote, Sentence

Span = tuple[int, int]


def is_pfsa(path: Path) -> bool:
    return bool(_pfsa_files(path))


def _pfsa_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path] if "pfsa" in path.name.lower() and path.suffix == ".txt" else []
    files = sorted(path.glob("pfsa-id_dev-40.txt")) or sorted(path.glob("pfsa*.txt"))
    return files[:1]


def is_polnear(path: Path) -> bool:
    return path.is_dir() and ((path / "attributions").is_dir() or (path / "dev" / "attributions").is_dir())


def match(predicted: list[set[int]], gold: list[set[int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred, gold) sharing at least half of the tokens of each, greedy by overlap."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = len(p & g)
            if shared and shared * 2 >= len(p) and shared * 2 >= len(g):
                pairs.append((shared, i, j))
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _tokens_in(spans: list[Span], start: int, end: int) -> set[int]:
    return {k for k, (s, e) in enumerate(spans) if s < end and start < e and spans[k][0] >= start - 1}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 1}


# --- PFSA-ID ------------------------------------------------------------------------------------------------------


def _read_pfsa(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Articles, each a list of sentences of (token, tag)."""
    articles: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    lines = path.read_text(encoding="utf-8").splitlines() + [""]
    for line in lines:
        if not line.strip():
            if sentence:
                if any(tag == "B-ISSUE" or tag == "U-ISSUE" for _, tag in sentence) or not articles:
                    articles.append([])
                articles[-1].append(sentence)
                sentence = []
            continue
        token, _, tag = line.partition("\t")
        sentence.append((token, tag.strip() or "O"))
    return articles


def _bilou_spans(tags: list[str], label: str) -> list[Span]:
    spans, start = [], -1
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if kind != label:
            start = -1 if prefix != "I" else start
            continue
        if prefix in ("B", "U"):
            start = i
        if prefix in ("L", "U") and start >= 0:
            spans.append((start, i + 1))
            start = -1
    return spans


def pfsa(path: Path) -> dict:
    tp = predicted_n = gold_n = 0
    speaker_right = speaker_n = 0
    for doc in _read_pfsa(_pfsa_files(path)[0]):
        tokens = [t for s in doc for t, _ in s]
        tags = [tag for s in doc for _, tag in s]
        sentence_of = [i for i, s in enumerate(doc) for _ in s]
        text, spans = detokenize(tokens)
        article = _article(text, spans, [len(s) for s in doc], "id")
        direct = [q for q in quote_stage.extract(article, "id") if q.kind == "direct"]
        pred_sets = [_tokens_in(spans, q.start, q.end) for q in direct]
        gold_spans = _bilou_spans(tags, "STATEMENT")
        gold_sets = [set(range(s, e)) for s, e in gold_spans]
        persons = _bilou_spans(tags, "PERSON")
        pairs = match(pred_sets, gold_sets)
        tp += len(pairs)
        predicted_n += len(pred_sets)
        gold_n += len(gold_sets)
        for i, j in pairs:
            person = _gold_speaker(gold_spans[j], persons, sentence_of)
            if person is None:
                continue
            speaker_n += 1
            speaker_right += bool(_words(direct[i].speaker) & _words(" ".join(tokens[person[0] : person[1]])))
    return {**prf(tp, predicted_n, gold_n), "speaker_accuracy": round(speaker_right / max(speaker_n, 1), 4),
            "speaker_n": speaker_n, "n": gold_n}


def _gold_speaker(statement: Span, persons: list[Span], sentence_of: list[int]) -> Span | None:
    first, last = sentence_of[statement[0]], sentence_of[statement[1] - 1]
    after = [p for p in persons if sentence_of[p[0]] == last and p[0] >= statement[1]]
    if after:
        return after[0]
    near = [p for p in persons if first - 1 <= sentence_of[p[0]] <= last and p[1] <= statement[0]
            or sentence_of[p[0]] == last and not (statement[0] <= p[0] < statement[1])]
    return min(near, key=lambda p: min(abs(p[0] - statement[1]), abs(statement[0] - p[1]))) if near else None


def _article(text: str, spans: list[Span], sentence_sizes: list[int], lang: str) -> Article:
    article = Article(id="", origin="", body=text)
    article.meta.language = lang
    article.blocks = [Block(text=text, kind="body", source="tokens")]
    k = 0
    for size in sentence_sizes:
        if size:
            article.sentences.append(Sentence(spans[k][0], spans[k + size - 1][1], 0))
        k += size
    return article


# --- PolNeAR ------------------------------------------------------------------------------------------------------


def polnear(path: Path) -> dict:
    root = path if (path / "attributions").is_dir() else path / "dev"
    tp = predicted_n = gold_n = 0
    source_right = named_right = source_n = 0
    for text, ann_text in polnear_documents(root):
        gold = _read_brat(ann_text)
        predicted = quote_stage.extract(_english_article(text), "en")
        pairs = matched_contents(text, [(q.start, q.end) for q in predicted], gold)
        tp += len(pairs)
        predicted_n += len(predicted)
        gold_n += len(gold)
        words = word_spans(text)
        for i, j in pairs:
            source = gold[j][1]
            if source:
                source_n += 1
                named = bool(_words(predicted[i].speaker) & _words(text[source[0] : source[1]]))
                named_right += named
                source_right += named or _same_source(words, predicted[i], source)
    return {**prf(tp, predicted_n, gold_n), "source_accuracy": round(source_right / max(source_n, 1), 4),
            "source_accuracy_by_name": round(named_right / max(source_n, 1), 4), "source_n": source_n, "n": gold_n}


def _same_source(words: list[Span], quote: Quote, source: Span) -> bool:
    """Whether the words the quote names its speaker by ("he" of "he said", whatever it was resolved to) are the
    gold Source span: they share at least half of the tokens of each."""
    if quote.source_start < 0:
        return False
    mine = _tokens_in(words, quote.source_start, quote.source_end)
    theirs = _tokens_in(words, *source)
    shared = len(mine & theirs)
    return bool(shared) and shared * 2 >= len(mine) and shared * 2 >= len(theirs)


def polnear_documents(root: Path) -> Iterator[tuple[str, str]]:
    """(text, annotation file text) of each document of a PolNeAR split, the first annotator's file only."""
    seen: set[str] = set()
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        text_path = root / "text" / f"{stem}.txt"
        if stem in seen or not text_path.is_file():
            continue
        seen.add(stem)
        yield text_path.read_text(encoding="utf-8"), ann.read_text(encoding="utf-8")


def word_spans(text: str) -> list[Span]:
    """The tokens the half-of-each matching counts: words and single punctuation marks."""
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def gold_token_sets(words: list[Span], gold: list[tuple[list[Span], Span | None]]) -> list[set[int]]:
    """Each gold content's tokens, its fragments joined."""
    return [set().union(*(_tokens_in(words, s, e) for s, e in fragments)) for fragments, _ in gold]


def matched_contents(text: str, predicted: list[Span], gold: list[tuple[list[Span], Span | None]]
                     ) -> list[tuple[int, int]]:
    """(predicted index, gold index) of the one-to-one matches between predicted spans and gold contents."""
    words = word_spans(text)
    return match([_tokens_in(words, s, e) for s, e in predicted], gold_token_sets(words, gold))


def _read_brat(ann: str) -> list[tuple[list[Span], Span | None]]:
    """(content fragments, source span) of each attribution relation; a content interrupted by its cue ("A," she
    said, "B.") has two fragments."""
    spans: dict[str, list[Span]] = {}
    relations = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            offsets = parts[1].split(None, 1)[1] if " " in parts[1] else ""
            spans[parts[0]] = [(int(a), int(b)) for a, b in re.findall(r"(\d+)\s+(\d+)", offsets)]
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(r.split(":", 1) for r in parts[1].split() if ":" in r)
            relations.append(roles)
    out = []
    for roles in relations:
        content = spans.get(roles.get("Content", ""))
        source = spans.get(roles.get("Source", ""))
        if content:
            out.append((content, (source[0][0], source[-1][1]) if source else None))
    return out


def _english_article(text: str) -> Article:
    from warta.text.sentences import split

    article = Article(id="", origin="", body=text)
    article.meta.language = "en"
    offset = 0
    for index, para in enumerate(p for p in re.split(r"\n\s*\n", text)):
        start = text.find(para, offset)
        offset = start + len(para)
        article.blocks.append(Block(text=para, kind="body", source="text"))
        for s, e in split(para, "en"):
            article.sentences.append(Sentence(start + s, start + e, index))
    return article
