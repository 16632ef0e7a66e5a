"""Word classes learned from unlabelled Indonesian news: distributional clusters at three granularities and how
often a word is capitalised inside a sentence. Both let the NER and POS taggers generalise past the words they
saw labelled, and the capitalisation rate restores the case signal on lower-cased input (NERP).

The table is built by `warta train ner` (warta.training.wordclasses) and shipped as lang/id/models/wordclasses.tsv.gz:
``word<TAB>coarse<TAB>medium<TAB>fine<TAB>capitalisation bucket``.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent.parent / "lang" / "id" / "models" / "wordclasses.tsv.gz"

# Capitalisation-rate buckets: upper bounds of the share of mid-sentence occurrences that are capitalised.
CAP_BUCKETS = (0.05, 0.3, 0.7, 0.95)


@dataclass(frozen=True, slots=True)
class WordClass:
    coarse: str
    medium: str
    fine: str
    cap: str  # "0".."4" by CAP_BUCKETS, "" when the word was never seen cased


class WordClasses:
    __slots__ = ("table",)

    def __init__(self, table: dict[str, WordClass]) -> None:
        self.table = table

    def get(self, word: str) -> WordClass | None:
        return self.table.get(word.lower())

    @classmethod
    def read(cls, path: Path) -> WordClasses:
        table: dict[str, WordClass] = {}
        made: dict[str, WordClass | None] = {}  # one WordClass per distinct row (29,377 words, 12,422 rows)
        if path.is_file():
            for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
                word, _, rest = line.partition("\t")
                found = made.get(rest, False)
                if found is False:
                    parts = rest.split("\t")
                    found = made[rest] = WordClass(*parts) if len(parts) == 4 else None
                if found is not None:
                    table[word] = found
        return cls(table)


def cap_bucket(rate: float) -> str:
    for index, bound in enumerate(CAP_BUCKETS):
        if rate < bound:
            return str(index)
    return str(len(CAP_BUCKETS))


def load() -> WordClasses:
    return WordClasses.read(SHIPPED)
