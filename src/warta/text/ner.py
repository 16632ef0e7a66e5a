"""Named-entity mentions: the shipped CRF (trained by `warta train ner`) tags each sentence, then document-level
consistency fills in what one sentence missed (a name tagged once is the same name elsewhere in the article).

English articles, which the Indonesian model was not trained for, are tagged by capitalisation and gazetteers
(warta.text.ner_english).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from warta.model import Article, Mention, Token
from warta.resources import Resources
from warta.text import (
    entities,
    gazetteer,
    mention_completion,
    mention_patterns,
    mention_rules,
    ner_english,
    regions,
    wordclasses,
)
from warta.text.crf import open_model
from warta.text.entity_lexicon import EntityLexicon
from warta.text.labels import NEWS_SCHEME, spans
from warta.text.ner_features import LONGEST_PHRASE, Featurizer

MODELS = Path(__file__).resolve().parent.parent / "lang" / "id" / "models"
MODEL = MODELS / "ner.crfsuite.gz"  # gzip halves the shipped size; it is opened from memory
LEXICON = MODELS / "ner-lexicon.tsv.gz"  # names seen in the train splits, a feature (warta.text.entity_lexicon)
SEEN = MODELS / "ner-seen.txt"  # hashes of the train sentences, so evaluation can drop overlapping ones

_SPLIT = re.compile(r"[-‐–]")  # the training data splits hyphenated names; so does the tagger
# Sentences whose tags are kept: a sentence met again (a wire copy, an outlet's stock lines; 6% of the words of 200
# Detik articles) is not tagged twice. At about 2 KB a sentence this keeps at most about 20 MB, then starts over.
CACHED_SENTENCES = 10_000


class NerModel:
    """The CRF over word, word-class and gazetteer features. POS features were measured and left out: with them
    NERP valid gained 0.003 F1 while NERGrit valid lost 0.006 and IDNER dev 0.002, at twice the tagging time."""

    __slots__ = ("_model", "_tagged", "featurizer", "tagger")

    def __init__(self, path: Path, featurizer: Featurizer) -> None:
        self.tagger, self._model = open_model(path)
        self.featurizer = featurizer
        self._tagged: dict[tuple[str, tuple[str, ...]], list[str]] = {}

    def tag(self, words: list[str], scheme: str = NEWS_SCHEME) -> list[str]:
        """The tags of one sentence's words (a fresh list: callers may change it)."""
        if not words:
            return []
        key = (scheme, tuple(words))
        tags = self._tagged.get(key)
        if tags is None:
            tags = self.tagger.tag(self.featurizer.sentence(words, None, scheme))
            if len(self._tagged) >= CACHED_SENTENCES:
                self._tagged.clear()
            self._tagged[key] = tags
        return list(tags)


def new_featurizer(gaz: gazetteer.Gazetteer | None = None) -> Featurizer:
    return Featurizer(wordclasses.load(), gaz or gazetteer.load(), EntityLexicon.load(LEXICON))


def load(gaz: gazetteer.Gazetteer | None = None) -> NerModel | None:
    """The shipped model; ``gaz`` the gazetteer already loaded for the other stages (reading it again cost 0.2 s
    of every ingest's start)."""
    if not MODEL.is_file():
        return None
    return NerModel(MODEL, new_featurizer(gaz))


@dataclass(slots=True)
class Unit:
    """A tagging unit: a token, or one part of a hyphenated token (Rusia-Ukraina -> Rusia, -, Ukraina)."""

    start: int
    end: int


def units(body: str, tokens: list[Token]) -> list[Unit]:
    out: list[Unit] = []
    for t in tokens:
        text = body[t.start : t.end]
        if "-" not in text[1:-1] or not text[:1].isalpha():
            out.append(Unit(t.start, t.end))
            continue
        pos_ = t.start
        for m in _SPLIT.finditer(text):
            out.append(Unit(pos_, t.start + m.start()))
            out.append(Unit(t.start + m.start(), t.start + m.end()))
            pos_ = t.start + m.end()
        out.append(Unit(pos_, t.end))
    return out


def tag_article(article: Article, model: NerModel) -> list[Mention]:
    mentions: list[Mention] = []
    body = article.body
    index = 0
    for sentence in article.sentences:
        while index < len(article.tokens) and article.tokens[index].start < sentence.start:
            index += 1
        first = index
        while index < len(article.tokens) and article.tokens[index].start < sentence.end:
            index += 1
        toks = article.tokens[first:index]
        sentence_units = units(body, toks)
        words = [body[u.start : u.end] for u in sentence_units]
        tags = whole_places(words, model.tag(words), model.featurizer.gazetteer)
        for start, end, label in sorted(spans(tags)):
            s, e = sentence_units[start].start, sentence_units[end - 1].end
            mentions.append(Mention(start=s, end=e, text=body[s:e], label=label))
    return mentions


def whole_places(words: list[str], tags: list[str], gaz: gazetteer.Gazetteer) -> list[str]:
    """A place mention that stops inside a longer place the gazetteer knows ("Amerika" of "Amerika Serikat", the
    rest tagged O) is widened to the whole place."""
    if "B-LOC" not in tags and "I-LOC" not in tags:  # most sentences: nothing to widen
        return tags
    lowered = [w.lower() for w in words]
    out = list(tags)
    for start, end, label in spans(tags):
        if label != "LOC":
            continue
        for stop in range(min(start + LONGEST_PHRASE, len(words)), end, -1):
            if all(t == "O" for t in out[end:stop]) and " ".join(lowered[start:stop]) in gaz.places:
                out[end:stop] = ["I-LOC"] * (stop - end)
                break
    return out


def run(article: Article, resources: Resources) -> Article:
    gaz = resources.get("gazetteer", gazetteer.load)
    if article.meta.language == "en":
        found = ner_english.tag(article, gaz)
    else:
        model = resources.get("ner", lambda: load(gaz))
        found = tag_article(article, model) if model is not None else []
        found = mention_rules.repair(article, found, gaz)
    article.mentions = mention_completion.complete(article, found, gaz)
    if article.meta.language != "en":
        areas = resources.get("regions", regions.load)
        article.mentions = mention_patterns.apply(
            article, article.mentions, lambda text: entities.place_of(text, gaz, areas, indonesian=True)
        )
    return article
