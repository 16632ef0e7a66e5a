"""English-Indonesian word pairs: content words mapped to one shared key, so a report and its translation share
terms even where they share no name or number.

Data: ``data/en-id-lexicon.tsv.gz`` (one Indonesian word or two-word phrase, a tab, its English headwords joined
by ``|``), derived by ``build`` from the FreeDict English-Bahasa Indonesia FreeDict+WikDict dictionary (edition
2022.11.18, Karl Bartel; Wiktionary data via DBnary), licensed CC BY-SA 3.0 (data/NOTICE); Debian ships it as
``dict-freedict-eng-ind``. The derived file is under the same licence.

Words are looked up as written, then stripped of inflections: English -s/-es/-ed/-ing, Indonesian -nya/-kan/-i/-an
and di-/ter-/ber-/meN-/peN- (with meN-'s nasal restored: menyerang -> serang, membunuh -> bunuh, menembak -> tembak).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from warta.lang.en.stop_words import STOP_WORDS as EN_STOP
from warta.lang.id.stop_words import STOP_WORDS as ID_STOP

DATA = Path(__file__).parent / "data" / "en-id-lexicon.tsv.gz"
# English headwords kept per Indonesian entry: its first senses; later ones are rarer senses that join unrelated
# words ("habis" is "finish" and, last, "kill").
SENSES = 3
_MEN = (("meny", "s"), ("mem", "p"), ("men", "t"), ("meng", "k"), ("peny", "s"), ("pem", "p"), ("pen", "t"),
        ("peng", "k"))
_ID_PREFIXES = ("meng", "meny", "mem", "men", "me", "di", "ter", "ber", "peng", "peny", "pem", "pen", "pe", "ke",
                "se")
_ID_SUFFIXES = ("nya", "kan", "an", "i")


# Abbreviations Indonesian news writes in capitals (written for this project): the concepts they stand for, looked
# up before the dictionary, as written ("RS", not "rs": lower-case they are other words).
ABBREVIATIONS = {
    "RS": ("hospital",), "RSUD": ("hospital",), "DK": ("council",), "PBB": ("nations",), "AS": ("america",),
    "RI": ("indonesia",), "TNI": ("army",), "Polri": ("police",), "Menlu": ("minister", "foreign"),
    "Mendag": ("minister", "trade"), "Menkeu": ("minister", "finance"), "Menhan": ("minister", "defence"),
    "Jubir": ("spokesman",), "Pemilu": ("election",), "Pilpres": ("election", "president"),
    "Ormas": ("organisation",), "KTT": ("summit",), "Dubes": ("ambassador",), "Kemlu": ("ministry", "foreign"),
    "OKI": ("oic",), "WNI": ("citizen", "indonesia"), "Mensesneg": ("minister",), "Wapres": ("president", "vice"),
}


@dataclass(frozen=True, slots=True)
class Lexicon:
    english: frozenset[str]  # headwords: an English word maps to itself
    indonesian: dict[str, tuple[str, ...]]  # Indonesian word or phrase -> English headwords
    phrase_starts: frozenset[str]  # first words of the two-word phrases

    def concepts(self, word: str, language: str) -> tuple[str, ...]:
        """The English headwords ``word`` (lower-cased, or an abbreviation as written) stands for; empty when
        unknown or a function word."""
        if language == "en":
            if word in EN_STOP:
                return ()
            return next(((w,) for w in _english_forms(word) if w in self.english), ())
        if word in ABBREVIATIONS:
            return ABBREVIATIONS[word]
        if word in ID_STOP:
            return ()
        return next((self.indonesian[w] for w in _indonesian_forms(word) if w in self.indonesian), ())


@cache
def load(path: Path = DATA) -> Lexicon:
    indonesian: dict[str, tuple[str, ...]] = {}
    english: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            word, _, heads = line.rstrip("\n").partition("\t")
            if heads:
                indonesian[word] = tuple(heads.split("|"))
                english.update(indonesian[word])
    starts = frozenset(phrase.split(" ", 1)[0] for phrase in indonesian if " " in phrase)
    return Lexicon(frozenset(english), indonesian, starts)


def _english_forms(word: str) -> Iterator[str]:
    yield word
    for suffix, back in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            yield word[: -len(suffix)] + back


def _indonesian_forms(word: str) -> Iterator[str]:
    yield word
    bare = word
    for suffix in _ID_SUFFIXES:
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 4:
            bare = bare[: -len(suffix)]
            yield bare
            break
    for stem in (word, bare):
        for prefix in _ID_PREFIXES:
            if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
                rest = stem[len(prefix):]
                yield rest
                for nasal, letter in _MEN:
                    if prefix == nasal:
                        yield letter + rest
                break


# --- building the data file from the dictd dictionary (run once by hand; see the module docstring) ------------

_HEAD = re.compile(r"^([a-z][a-z' -]*?)\s+(?:/|<)")


def build(dictd_text: str, out: Path = DATA) -> int:
    """Write the lexicon from the dictd text of freedict-eng-ind (``zcat freedict-eng-ind.dict.dz``); the number of
    Indonesian entries written."""
    pairs: dict[str, list[tuple[int, str]]] = {}
    for head, translations in _entries(dictd_text):
        for rank, target in enumerate(translations):
            if 1 <= len(target.split()) <= 2 and re.fullmatch(r"[a-z][a-z -]*", target) and target not in ID_STOP:
                pairs.setdefault(target, []).append((rank, head))
    rows = []
    for target, heads in sorted(pairs.items()):
        ranked = [h for _, h in sorted(heads)]
        rows.append(f"{target}\t{'|'.join(list(dict.fromkeys(ranked))[:SENSES])}\n")
    with gzip.open(out, "wt", encoding="utf-8") as handle:
        handle.writelines(rows)
    return len(rows)


def _entries(text: str) -> Iterator[tuple[str, list[str]]]:
    """(English single-word headword, Indonesian translations in order) for each entry of the dictd text."""
    head: str | None = None
    expect = False
    for line in text.splitlines():
        match = _HEAD.match(line) if "<" in line else None
        if match:
            word = match.group(1).strip()
            head = word if re.fullmatch(r"[a-z]{3,}", word) and word not in EN_STOP else None
            expect = True
            continue
        if head is None:
            continue
        numbered = re.match(r"^\d+\.\s+(.*)", line)
        if expect or numbered:
            body = numbered.group(1) if numbered else line
            yield head, [t.strip().lower() for t in body.split(",") if t.strip()]
            expect = False
