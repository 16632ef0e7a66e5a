"""Readers for the labelled and unlabelled data in ../shared/data that the trainers and evaluators use.

Tagged files are CoNLL-like: one token per line with its tag last (tab-separated in IndoNLU, space-separated
``token POS NER`` in IDNER), a blank line between sentences. The format is recognised per line, so any file of
that shape reads.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from warta.errors import InputError

Sentence = tuple[list[str], list[str]]  # words, tags


def read_tagged(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read tagged data: {exc}") from exc
    for line in lines:
        line = line.rstrip("\r")
        if not line.strip():
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if len(parts) < 2:
            raise InputError(str(path), f"line without a tag: {line[:60]!r}")
        words.append(parts[0])
        tags.append(parts[-1])
    if words:
        sentences.append((words, tags))
    return sentences


# File names of the splits that evaluation reads; train splits are never scored.
HELD_OUT_SPLITS = ("valid", "dev", "test")


def held_out_files(data: Path) -> list[Path]:
    """The tagged .txt files of valid/dev/test splits under ``data`` (or ``data`` itself when it is a file)."""
    if data.is_file():
        return [data]
    if not data.is_dir():
        raise InputError(str(data), "no such file or folder")
    return [p for p in sorted(data.rglob("*.txt")) if any(s in p.name for s in HELD_OUT_SPLITS)]


def sentence_key(words: list[str]) -> str:
    """A short hash of a sentence, case-folded (NERP is lower-cased), to find the same sentence in two splits."""
    return hashlib.sha1(" ".join(words).casefold().encode("utf-8")).hexdigest()[:16]


# The NER train splits, relative to the shared folder.
NER_TRAIN = (
    "data/indonlu-ner-pos/nerp_ner-prosa/train_preprocess.txt",
    "data/indonlu-ner-pos/nergrit_ner-grit/train_preprocess.txt",
    "data/idner-news-2k/train.txt",
)
POS_TRAIN = "data/indonlu-ner-pos/posp_pos-prosa/train_preprocess.txt"


def unlabelled_texts(shared: Path) -> Iterator[tuple[str, bool]]:
    """(text, cased) of the unlabelled Indonesian news: indosum paragraphs, detik bodies, narasipal headlines.

    Headlines are title-cased, so they are marked uncased: they teach word classes but not capitalisation rates.
    """
    data = shared / "data"
    indosum = data / "indosum-devfolds" / "indosum_dev_union.jsonl"
    if indosum.is_file():
        for line in indosum.open(encoding="utf-8"):
            doc = json.loads(line)
            for paragraph in doc.get("paragraphs", []):
                for sentence in paragraph:
                    yield " ".join(sentence), True
    csv.field_size_limit(sys.maxsize)
    detik = data / "detik-1000-id-news" / "data_berita.csv"
    if detik.is_file():
        with detik.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield row.get("isi_berita", ""), True
    for path in sorted((data / "narasipal-id-headlines").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield row.get("article_title", ""), False
