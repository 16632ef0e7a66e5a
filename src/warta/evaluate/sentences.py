"""`warta eval sentences --data PATH`: sentence-boundary precision/recall/F1 on CoNLL-U files (a file or every
*.conllu under a folder).

The ``# text`` lines of a file are joined by single spaces into one running text, as sentences stand in a
paragraph; the splitter's boundaries (the end offsets of all sentences but the last) are compared with the gold
ones. ``n`` is the number of gold sentences.
"""

from __future__ import annotations

from pathlib import Path

from warta.errors import InputError
from warta.evaluate.metrics import prf
from warta.text.sentences import split


def read_conllu_texts(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read CoNLL-U: {exc}") from exc
    return [line.split("=", 1)[1].strip() for line in lines if line.startswith("# text =")]


def files(data: Path) -> list[Path]:
    if data.is_file():
        return [data]
    if data.is_dir():
        return sorted(data.rglob("*.conllu"))
    raise InputError(str(data), "no such file or folder")


def score_texts(texts: list[str]) -> tuple[int, int, int]:
    """(true positive, predicted, gold) boundary counts for sentences joined into one text."""
    gold: set[int] = set()
    offset = 0
    for text in texts[:-1]:
        offset += len(text)
        gold.add(offset)
        offset += 1
    joined = " ".join(texts)
    predicted = {end for _, end in split(joined)[:-1]}
    return len(predicted & gold), len(predicted), len(gold)


def run(data: Path) -> dict:
    paths = files(data)
    tp = predicted = gold = n = 0
    per_file = {}
    for path in paths:
        texts = read_conllu_texts(path)
        if not texts:
            continue
        counts = score_texts(texts)
        per_file[path.name] = {**prf(*counts), "n": len(texts)}
        tp, predicted, gold, n = tp + counts[0], predicted + counts[1], gold + counts[2], n + len(texts)
    if not n:
        raise InputError(str(data), "no CoNLL-U '# text' lines found")
    return {**prf(tp, predicted, gold), "n": n, "files": per_file}
