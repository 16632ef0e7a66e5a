"""Part-of-speech tags (the POSP tag set: NNP, NNO, VBT, PPO, ...) from a CRF trained on POSP train by
`warta train pos` and shipped as lang/id/models/pos.crfsuite."""

from __future__ import annotations

from pathlib import Path

from warta.model import Article
from warta.resources import Resources
from warta.text import wordclasses
from warta.text.crf import open_model
from warta.text.ner_features import shape

_OFFSETS = (-2, -1, 1, 2)  # neighbour window; +-1 alone lost 0.4 points on POSP valid
_EDGE = {d: f"{d}:edge" for d in _OFFSETS}
MODEL = Path(__file__).resolve().parent.parent / "lang" / "id" / "models" / "pos.crfsuite.gz"


class PosFeaturizer:
    __slots__ = ("_cache", "classes")

    def __init__(self, classes: wordclasses.WordClasses) -> None:
        self.classes = classes
        self._cache: dict[str, tuple[list[str], tuple[str, ...]]] = {}

    def word(self, word: str) -> tuple[list[str], dict[int, tuple[str, ...]]]:
        """(features of the word itself, the features it lends each neighbour position, already prefixed)."""
        cached = self._cache.get(word)
        if cached is None:
            lower = word.lower()
            wc = self.classes.get(lower)
            k = ("k1=" + wc.coarse, "k2=" + wc.medium, "k3=" + wc.fine) if wc else ("oov",)
            own = ["w=" + lower, "sh=" + shape(word), "p2=" + lower[:2], "p3=" + lower[:3], "s2=" + lower[-2:],
                   "s3=" + lower[-3:], *k]
            lent = ("w=" + lower, "sh=" + shape(word), k[-1], k[0])
            cached = (own, {d: tuple(f"{d}:{x}" for x in lent) for d in _OFFSETS})
            self._cache[word] = cached
        return cached

    def sentence(self, words: list[str]) -> list[list[str]]:
        parts = [self.word(w) for w in words]
        n = len(words)
        out = []
        for i in range(n):
            f = ["bias", *parts[i][0]]
            for d in _OFFSETS:
                j = i + d
                if 0 <= j < n:
                    f.extend(parts[j][1][d])
                else:
                    f.append(_EDGE[d])
            out.append(f)
        return out


class PosTagger:
    __slots__ = ("_model", "featurizer", "tagger")

    def __init__(self, path: Path, classes: wordclasses.WordClasses) -> None:
        self.tagger, self._model = open_model(path)
        self.featurizer = PosFeaturizer(classes)

    def tag(self, words: list[str]) -> list[str]:
        if not words:
            return []
        return [t[2:] if t.startswith("B-") else t for t in self.tagger.tag(self.featurizer.sentence(words))]


def load(classes: wordclasses.WordClasses | None = None) -> PosTagger | None:
    if not MODEL.is_file():
        return None
    return PosTagger(MODEL, classes or wordclasses.load())


def run(article: Article, resources: Resources) -> Article:
    """Tags every token of each sentence, in place (Token.pos), for callers that want tags: the pipeline does not
    run it, since none of its stages reads them."""
    tagger = resources.get("pos", load)
    if tagger is None or article.meta.language not in ("", "id"):
        return article
    index = 0
    for sentence in article.sentences:
        start = index
        while index < len(article.tokens) and article.tokens[index].end <= sentence.end:
            index += 1
        chunk = article.tokens[start:index]
        tags = tagger.tag([article.body[t.start : t.end] for t in chunk])
        for token, tag in zip(chunk, tags, strict=True):
            token.pos = tag
    return article
