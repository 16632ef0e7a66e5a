"""Numeric claims: a number with its unit or counted noun, hedge, subject, source and the date it holds for.

Dates, times, years, list markers ("1. ...") and numbers inside names ("Covid-19", "G20", "PIK 2") are numbers but
not claims; a bare number that counts nothing written ("pasal 5", "(37)") is not one either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.facts.numbers import Quantity, find_quantities
from warta.facts.sentences import language
from warta.lang.en import units as en_units
from warta.lang.id import units as id_units
from warta.model import Article, Claim
from warta.resources import Resources

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LIST_MARKER = re.compile(r"\s*\d{1,2}[.)]\s")
_CLOCK = re.compile(r"\d{1,2}[.:]\d\d$")
# "Sejauh ini", "saat ini", "so far": the figure holds on the publication day.
_AS_OF_NOW = re.compile(r"\b(?:sejauh ini|saat ini|hingga kini|sampai saat ini|so far|currently|as of now)\b", re.I)
_SAME_TIME = re.compile(r"\b(?:pada saat yang sama|di saat yang sama|at the same time)\b", re.I)


@dataclass(slots=True)
class Unit:
    text: str  # as written: "persen" is "percent", "Rp" is "IDR", else the counted noun phrase
    kind: str  # "percent", "money", "people", "age", "duration", "prison", "measure", "count"
    end: int  # where the unit phrase ends in the sentence


def claims_in(
    sentence: str, lang: str = "id", skip: list[tuple[int, int]] | None = None
) -> list[tuple[Quantity, Unit]]:
    """The claims in one sentence, offsets relative to it; ``skip`` holds spans (dates) that are not claims."""
    data = id_units if lang != "en" else en_units
    skip = skip or []
    out: list[tuple[Quantity, Unit]] = []
    if _LIST_MARKER.match(sentence) and not sentence.rstrip().endswith((".", "!", "?", '"', "”")):
        return out  # a numbered subheading: the article's own list, not a fact
    for q in find_quantities(sentence, lang):
        if any(q.start < e and s < q.end for s, e in skip) or _not_a_claim(sentence, q, data):
            continue
        unit = _unit(sentence, q, data)
        if unit is None and out and _elided(sentence, q, data):
            unit = Unit(out[-1][1].text, out[-1][1].kind, q.end)  # "lebih dari 7.000 warga ..., sekitar 11 ribu pergi"
        if unit is None and q.multiplied and not q.spelled:
            unit = Unit("", "count", q.end)
        if unit is not None:
            out.append((q, unit))
    return out


def _not_a_claim(sentence: str, q: Quantity, data) -> bool:
    before, after = sentence[: q.start], sentence[q.end :]
    if q.currency or q.percent:
        return False
    if q.spelled and q.value == 1 and not q.multiplied:
        return True  # "salah satu", "one of": a determiner more often than a count
    if re.search(r"[^\W\d_][-/]?$", before) or (re.match(r"[-/]?[^\W\d_]", after) and not q.spelled):
        return True  # glued to letters: "Covid-19", "G20", "F-16", "2x"
    if q.start == 0 and re.match(r"[.)]\s", after):
        return True  # list marker
    if not q.multiplied and not q.spelled and 1900 <= q.value <= 2100 and q.value == int(q.value):
        return True  # a year
    if _CLOCK.search(q.text) or re.search(r"\b(?:{})\s*$".format("|".join(data.TIME_CUES)), before, re.I):
        return True  # a time of day: "pukul 10.00"
    if re.match(r"\s*(?:WIB|WITA|WIT|GMT|UTC|a\.m\.|p\.m\.|am\b|pm\b)", after):
        return True
    prev = _WORD.findall(before)[-1:] if before.strip() else []
    if prev and prev[0].lower() in data.LABEL_WORDS:
        return True  # "pasal 5", "article 3"
    if prev and before.rstrip().endswith(prev[0]) and prev[0][0].isupper() and len(before.strip()) > len(prev[0]):
        nxt = _WORD.match(after.lstrip())
        if not nxt or nxt.group()[0].isupper():
            return True  # inside a name: "PIK 2", "Piala Dunia 2022", "Kabinet Indonesia Maju 2"
    return bool(re.match(r"\s*\)", after) and re.search(r"\(\s*$", before))  # "Trismiati (37)": an age aside


def _unit(sentence: str, q: Quantity, data) -> Unit | None:
    if q.percent:
        return Unit("percent", "percent", q.end)
    if q.currency:
        return Unit(q.currency, "money", q.end)
    rest = sentence[q.end :]
    words = list(_WORD.finditer(rest))
    if not words or rest[: words[0].start()].strip():
        return None  # punctuation between the number and the next word
    head = words[0].group()
    low = head.lower()
    if low in data.TIME_UNITS:
        return _time_unit(sentence, q, words, data)
    if low in data.MEASURE_UNITS:
        return Unit(data.MEASURE_UNITS[low], "measure", q.end + words[0].end())
    if low in data.NOT_NOUNS or not head.islower() or _is_verb(low, data):
        return None
    taken = 1
    two = f"{low} {words[1].group().lower()}" if len(words) > 1 else ""
    if two in data.PERSON_COMPOUNDS and _adjacent(rest, words, 1):
        taken = 2
    while taken < len(words) and taken < 4 and _adjacent(rest, words, taken):
        word = words[taken].group()
        if not (word[0].isupper() or word.lower() in data.NOUN_MODIFIERS):
            break
        taken += 1
    text = rest[words[0].start() : words[taken - 1].end()]
    kind = "people" if low in data.PERSON_NOUNS or two in data.PERSON_COMPOUNDS else "count"
    return Unit(text, kind, q.end + words[taken - 1].end())


def _adjacent(rest: str, words: list[re.Match], i: int) -> bool:
    return not rest[words[i - 1].end() : words[i].start()].strip()


def _time_unit(sentence: str, q: Quantity, words: list[re.Match], data) -> Unit:
    rest = sentence[q.end :]
    head = words[0]
    if len(words) > 1 and words[1].group().lower() in {w.split()[-1] for w in data.PRISON_WORDS} \
            and _adjacent(rest, words, 1):
        return Unit(rest[head.start() : words[1].end()], "prison", q.end + words[1].end())
    before = sentence[: q.start].lower().split()
    if before and before[-1] in data.AGE_CUES:
        return Unit(head.group(), "age", q.end + head.end())
    return Unit(head.group(), "duration", q.end + head.end())


def _is_verb(word: str, data) -> bool:
    if word in data.BARE_VERBS:
        return True
    if word in data.PERSON_NOUNS:
        return False
    return len(word) >= 6 and word.startswith(data.VERB_PREFIXES)


def _elided(sentence: str, q: Quantity, data) -> bool:
    rest = sentence[q.end :]
    m = _WORD.match(rest.lstrip())
    return bool(m and rest[: len(rest) - len(rest.lstrip())] and _is_verb(m.group().lower(), data))


def run(article: Article, resources: Resources) -> Article:
    lang = language(article)
    claims: list[Claim] = []
    kinds = [b.kind for b in article.blocks if b.kind in ("body", "heading")]
    for index, sentence in enumerate(article.sentences):
        if 0 <= sentence.block < len(kinds) and kinds[sentence.block] == "heading":
            continue  # a subheading repeats what the paragraphs under it say
        text = article.body[sentence.start : sentence.end]
        skip = [(d.start - sentence.start, d.end - sentence.start) for d in article.dates if d.sentence == index]
        for q, unit in claims_in(text, lang, skip):
            claims.append(Claim(
                start=sentence.start + q.start, end=sentence.start + q.end, text=q.text, value=q.value,
                unit=unit.text, hedge=q.hedge, value_max=q.value_max, kind=unit.kind,
                subject=_subject(text, unit), source=_source(article, sentence.start + q.start, index),
                as_of=_as_of(article, index, text), sentence=index,
            ))
    article.claims = claims
    return article


def _subject(sentence: str, unit: Unit) -> str:
    """The counted noun and what the sentence says of it, up to the clause's end: "warga Rusia tiba di Kazakhstan"."""
    clause = re.split(r"[,;:.!?\"“”]", sentence[unit.end :], maxsplit=1)[0]
    noun = unit.text if unit.kind not in ("percent", "money") else ""  # "41 persen dari ...": what follows says of what
    return (noun + " " + " ".join(clause.split()[:8])).strip()


def _source(article: Article, offset: int, sentence: int) -> str:
    for quote in article.quotes:
        if quote.start <= offset < quote.end and quote.speaker:
            return quote.speaker
    for citation in article.citations:
        if sentence in citation.sentences:
            return citation.source
    return ""


def _as_of(article: Article, index: int, text: str) -> str:
    dated = [d for d in article.dates if d.sentence == index and len(d.date) == 10 and not d.end_date]
    if dated:
        return dated[0].date
    if _SAME_TIME.search(text):  # the day the earlier statement was made: "pada Selasa (4/10)"
        earlier = [d for d in article.dates if d.sentence < index and len(d.date) == 10 and not d.end_date]
        stated = [d for d in earlier if "(" in d.text or d.text[:1].isalpha()]
        if stated or earlier:
            return (stated or earlier)[-1].date
    if _AS_OF_NOW.search(text) and article.meta.published:
        return article.meta.published[:10]
    return ""
