"""`warta eval pos --data PATH`: token accuracy of the shipped POS tagger on POSP-style tagged files (a file, or
every valid/dev/test file under a folder whose tags are POSP's). Tags written ``B-NNO`` count as ``NNO``."""

from __future__ import annotations

import time
from pathlib import Path

from warta.errors import InputError
from warta.text import pos
from warta.training.corpora import held_out_files, read_tagged

# POSP's tag set; a file with other tags (BaPOS, UD) is another scheme and is not scored.
POSP_TAGS = frozenset(
    [
        "NNO",
        "NNP",
        "PRN",
        "PRR",
        "PRI",
        "PRK",
        "ADJ",
        "VBI",
        "VBT",
        "VBP",
        "VBL",
        "VBE",
        "ADV",
        "ADK",
        "NEG",
        "CCN",
        "CSN",
        "PPO",
        "PAR",
        "INT",
        "KUA",
        "NUM",
        "ART",
        "SYM",
        "UNS",
        "$$$",
    ]
)


def _plain(tag: str) -> str:
    return tag[2:] if tag.startswith(("B-", "I-")) else tag


def files(data: Path) -> list[Path]:
    if data.is_file():
        return [data]
    found = held_out_files(data)
    return [p for p in found if {_plain(t) for _, tags in read_tagged(p)[:50] for t in tags} <= POSP_TAGS]


def run(data: Path) -> dict:
    tagger = pos.load()
    if tagger is None:
        raise InputError(str(pos.MODEL), "no POS model shipped; run `warta train pos`")
    paths = files(data)
    if not paths:
        raise InputError(str(data), "no POSP-tagged files found")
    right = total = 0
    seconds = 0.0
    per_file = {}
    for path in paths:
        ok = n = 0
        for words, tags in read_tagged(path):
            started = time.process_time()
            guess = tagger.tag(words)
            seconds += time.process_time() - started
            ok += sum(g == _plain(t) for g, t in zip(guess, tags, strict=True))
            n += len(words)
        per_file[f"{path.parent.name}/{path.name}"] = {"accuracy": round(ok / n, 4) if n else 0.0, "n": n}
        right += ok
        total += n
    return {
        "accuracy": round(right / total, 4) if total else 0.0,
        "n": total,
        "tokens_per_s": round(total / seconds) if seconds else 0,
        "files": per_file,
    }
