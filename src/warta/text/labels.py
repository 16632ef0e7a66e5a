"""The NER label sets of the training data and warta's own, and the mapping between them.

warta tags PER, ORG, LOC, EVENT and MISC. The datasets map in as follows:
- NERP (Prosa): PPL -> PER, IND (organisations and companies) -> ORG, PLC -> LOC, EVT -> EVENT, FNB (food and
  beverage names) -> MISC;
- NERGrit: PERSON -> PER, ORGANISATION -> ORG, PLACE -> LOC;
- IDNER and CoNLL-style sets: PER, ORG, LOC as they are, GPE -> LOC, MISC -> MISC.
None of the sets separates countries and cities from other places, so the tagger says LOC and the entity stage
turns a LOC into GPE when the gazetteer knows it as a country, province or city.
Scoring on a dataset maps warta's labels back to that dataset's own set (see ``back_map``); a label the dataset
lacks (EVENT on NERGrit) is scored as O.
"""

from __future__ import annotations

TO_WARTA: dict[str, str] = {
    "PPL": "PER",
    "PERSON": "PER",
    "PER": "PER",
    "IND": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "ORG": "ORG",
    "PLC": "LOC",
    "PLACE": "LOC",
    "LOC": "LOC",
    "GPE": "LOC",
    "EVT": "EVENT",
    "EVENT": "EVENT",
    "FNB": "MISC",
    "MISC": "MISC",
}


# Annotation conventions differ between the sets (what counts as an organisation, whether a title is inside a
# name), so the tagger learns each scheme's departures as extra, prefixed copies of the word features; a label set
# tells the scheme. Articles are tagged in the news scheme (IDNER's: news text, cased).
SCHEMES = {"PPL": "P:", "PERSON": "G:", "PER": "N:"}
NEWS_SCHEME = "N:"


def scheme_of(types: set[str]) -> str:
    return next((prefix for kind, prefix in SCHEMES.items() if kind in types), NEWS_SCHEME)


def to_warta(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    mapped = TO_WARTA.get(kind)
    return f"{prefix}-{mapped}" if mapped else "O"


def back_map(dataset_types: set[str]) -> dict[str, str]:
    """warta type -> the dataset's type, for the types the dataset has (first one wins: GPE and LOC -> LOC)."""
    mapping: dict[str, str] = {}
    for kind in sorted(dataset_types, key=lambda k: (k == "GPE", k)):
        warta = TO_WARTA.get(kind)
        if warta and warta not in mapping:
            mapping[warta] = kind
    return mapping


def to_dataset(tags: list[str], mapping: dict[str, str]) -> list[str]:
    out = []
    for tag in tags:
        if tag == "O":
            out.append("O")
            continue
        prefix, kind = tag.split("-", 1)
        out.append(f"{prefix}-{mapping[kind]}" if kind in mapping else "O")
    return out


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end exclusive, type) by conlleval's rules: an I- after O or another type starts one."""
    found: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if kind and (prefix != "I" or t != kind):
            found.add((start, i, kind))
            kind = ""
        if prefix == "B" or (prefix == "I" and t != kind):
            start, kind = i, t
    return found
