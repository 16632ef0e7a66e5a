"""The English attribution judge: which words may cue an attribution, which reading of a content to take, and
whether a found one is kept; logistic weights learned on PolNeAR train (lang/en/models/attribution.json, rebuilt by
`warta train attribution`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from warta.lang.en import reporting as en_reporting
from warta.model import Quote

_CLOSING = ' ."”'
_QUOTE_MARKS = frozenset('"“”\'‘’')


@dataclass(slots=True)
class Judge:
    """Which words may cue an attribution, and whether a found one is kept: a logistic model over the rule that found
    it, its cue and the words around (lang/en/models/attribution.json, built by `warta train attribution`)."""

    cues: frozenset[str] = en_reporting.ATTRIBUTION_CUES
    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 0.0  # a log-odds; without weights every attribution the rules find is kept

    span_weights: dict[str, float] = field(default_factory=dict)  # which reading of a content to take
    # Words that are not cues but head clauses the judge keeps often enough ("pledged", "willing"): a sentence is
    # parsed only when it holds a cue or one of these (facts/attribution.py, holds_cue)
    clause_heads: frozenset[str] = frozenset()
    every_sentence: bool = False  # parse every sentence: how the trainer reads PolNeAR train

    def keep(self, features: list[str], quote: Quote) -> bool:
        if not self.weights:
            return True
        return self.bias + sum(self.weights.get(f, 0.0) for f in features) >= self.threshold

    def choose(self, readings: list[tuple[Quote, list[str]]]) -> int:
        """The reading with the best span score; the rule's own (the first) where none is learned or all tie."""
        scores = [sum(self.span_weights.get(f, 0.0) for f in features) for _, features in readings]
        return max(range(len(scores)), key=lambda k: (scores[k], -k))


MODEL = Path(__file__).resolve().parent.parent / "lang" / "en" / "models" / "attribution.json"


@lru_cache(maxsize=1)
def shipped_judge() -> Judge:
    if not MODEL.is_file():
        return Judge()
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    return Judge(en_reporting.ATTRIBUTION_CUES | frozenset(model["cues"]), model["weights"], model["bias"],
                 model["threshold"], model.get("span_weights", {}), frozenset(model.get("clause_heads", [])))


def features(rule: str, toks: list, i: int, quote: Quote, start: int, sentence: str) -> list[str]:
    """What the judge weighs: the rule, the cue and its neighbours, how the content opens and how long it is."""
    cue = toks[i][0].lower()
    words = quote.text.split()
    first = words[0].lower() if words else ""
    before = toks[i - 1][0].lower() if i else "<s>"
    after = toks[i + 1][0].lower() if i + 1 < len(toks) else "</s>"
    size = min(len(words) // 4, 6)
    speaker = (quote.speaker.split() or [""])[0]
    ends = quote.end - start >= len(sentence.rstrip(_CLOSING)) - 1
    return [f"rule={rule}", f"cue={cue}", f"cue+rule={cue}|{rule}", f"prev={before}", f"next={after}",
            f"cue+next={cue}|{after}", f"first={first}", f"cue+first={cue}|{first}", f"size={size}",
            f"rule+size={rule}|{size}",
            f"words={min(len(words), 5)}", f"cue+words={cue}|{min(len(words), 4)}",
            f"suffix={cue[-3:]}", f"position={min(i, 8)}",
            f"speaker_case={speaker[:1].isupper()}", f"speaker={speaker.lower() if speaker.islower() else 'Name'}",
            f"ends={ends}",
            f"quoted={any(m in quote.text for m in _QUOTE_MARKS)}", f"stem={_stem(cue)}",
            f"stem+rule={_stem(cue)}|{rule}", f"stem+first={_stem(cue)}|{first}", f"listed={cue in _LISTED}",
            f"last={words[-1].lower() if words else ''}", f"prev2={toks[i - 2][0].lower() if i > 1 else '<s>'}",
            f"prev+cue={before}|{cue}", f"next2={toks[i + 2][0].lower() if i + 2 < len(toks) else '</s>'}"]


_LISTED = en_reporting.ATTRIBUTION_CUES


def _stem(word: str) -> str:
    """ "wants", "wanted", "wanting" -> "want": one weight for a verb's forms."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
