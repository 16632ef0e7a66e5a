"""Seed gold lines located in a processed article: the gold names facts by source line; the body is cleaned text,
so each gold line is found by its text within Article.body (or among the blocks, for lines outside the body)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.model import Article


@dataclass(slots=True)
class Lines:
    article: Article
    spans: dict[int, tuple[int, int]]  # gold line number -> span in the body

    def line_at(self, offset: int) -> int:
        for line, (start, end) in self.spans.items():
            if start <= offset < end:
                return line
        return -1

    def span(self, line: int) -> tuple[int, int] | None:
        return self.spans.get(line)


# Unicode spaces read as plain ones (one character each, so offsets stay): the gold keeps what the page printed,
# the cleaner may normalise it.
_SPACES = str.maketrans({c: " " for c in "\u00a0\u2002\u2003\u2009\u200a\u202f\u3000"})


def locate(article: Article, gold: dict) -> Lines:
    spans: dict[int, tuple[int, int]] = {}
    body = article.body.translate(_SPACES)
    for item in gold.get("body_lines", []):
        text = item["text"].strip().translate(_SPACES)
        start = body.find(text)
        if start >= 0:
            spans[item["line"]] = (start, start + len(text))
            continue
        found = _with_restored_spaces(text).search(body)  # the cleaner put spaces back at link joins
        if found:
            spans[item["line"]] = found.span()
    return Lines(article, spans)


def _with_restored_spaces(text: str) -> re.Pattern:
    """The gold line as printed, allowing a space the cleaner restored between two of its characters
    ("dilansirAntara" is "dilansir Antara" in the body)."""
    return re.compile(" ?".join(re.escape(c) for c in text))


def block_line(article: Article, block: int) -> int:
    m = re.match(r"line:(\d+)", article.blocks[block].source) if 0 <= block < len(article.blocks) else None
    return int(m.group(1)) if m else -1


def names_match(predicted: str, gold: str, surface_forms: dict[str, str]) -> bool:
    """A predicted name is the gold entity when it is its canonical name or one of its surface forms in the text, or
    shares a name word with one of them ("Akhmetzhanov" for "Marat Akhmetzhanov", "kantor kejaksaan Kazakh" for
    "Kantor kejaksaan wilayah Kostanay")."""
    if not predicted:
        return False
    forms = [gold] + [s for s, canonical in surface_forms.items() if canonical == gold]
    mine = _words(predicted)
    return any(f.lower() in predicted.lower() or predicted.lower() in f.lower() or mine & _words(f) for f in forms)


_GENERIC = frozenset(["the", "of", "and", "dan", "di", "wilayah", "kantor", "office", "ministry", "kementerian"])


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", name.lower()) if len(w) >= 4 and w not in _GENERIC}
