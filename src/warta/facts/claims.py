"""Numeric claims: a number with its unit or counted noun, hedge, subject, source and the date it holds for.

Dates, times, years, list markers ("1. ...") and numbers inside names ("Covid-19", "G20", "PIK 2") are numbers but
not claims; a bare number that counts nothing written ("pasal 5", "(37)") is not one either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.facts.claim_context import ClaimContext
from warta.facts.numbers import Quantity, find_quantities
from warta.facts.sentences import language
from warta.facts.word_at_end import word_at_end
from warta.lang.en import units as en_units
from warta.lang.id import nouns as id_nouns
from warta.lang.id import units as id_units
from warta.model import Article, Claim
from warta.resources import Resources

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CLOCK = re.compile(r"\d{1,2}[.:]\d\d$")
# "Sejauh ini", "saat ini", "so far": the figure holds on the publication day.


# An age in brackets after a name: "Erwin (45)", "tersangka S (35)"; older than this is a number of something else.
MAX_AGE = 120


@dataclass(slots=True)
class Unit:
    text: str  # as written: "persen" is "percent", "Rp" is "IDR", else the counted noun phrase
    kind: str  # "percent", "money", "people", "age", "duration", "prison", "measure", "count"
    end: int  # where the unit phrase ends in the sentence
    english: str = ""  # the unit in English: "percent", "IDR", "years of age", "tonnes", "students"
    hedge: str = ""  # a hedge the unit carries: "40 cm-an" is about 40 cm


def claims_in(
    sentence: str, lang: str = "id", skip: list[tuple[int, int]] | None = None
) -> list[tuple[Quantity, Unit]]:
    """The claims in one sentence, offsets relative to it; ``skip`` holds spans (dates) that are not claims."""
    data = id_units if lang != "en" else en_units
    skip = skip or []
    found: list[tuple[Quantity, Unit | None]] = []
    for q in find_quantities(sentence, lang):
        if any(q.start < e and s < q.end for s, e in skip):
            continue
        age = _bracket_age(sentence, q)
        if age is None and _not_a_claim(sentence, q, data):
            continue
        found.append((q, age or _unit(sentence, q, data)))
    out: list[tuple[Quantity, Unit]] = []
    for k, (q, unit) in enumerate(found):
        if unit is None and k + 1 < len(found) and _part_of(sentence, q, found[k + 1]):
            unit = found[k + 1][1]  # "118 dari 122 anggota parlemen"
        if unit is None and out and _elided(sentence, q, data):
            last = out[-1][1]  # "lebih dari 7.000 warga ..., sekitar 11 ribu pergi"
            unit = Unit(last.text, last.kind, q.end, last.english)
        if unit is None and q.multiplied and not q.spelled:
            unit = Unit("", "count", q.end)
        if unit is not None:
            q.hedge = q.hedge or unit.hedge
            out.append((q, unit))
    return out


def _bracket_age(sentence: str, q: Quantity) -> Unit | None:
    """"Erwin (45)", "HJE (25)": a whole number in brackets right after a name or initials is an age."""
    before, after = sentence[: q.start], sentence[q.end :]
    if q.spelled or q.multiplied or q.value_max is not None or not 0 < q.value <= MAX_AGE or q.value != int(q.value):
        return None
    if not (re.match(r"\s*\)", after) and re.search(r"[^\W\d_]+\s*\(\s*$", before)):
        return None
    name = re.search(r"([^\W\d_]+)\s*\(\s*$", before).group(1)
    return Unit(name, "age", q.end, "years of age") if name[0].isupper() else None  # whose age: the name


def _part_of(sentence: str, q: Quantity, following: tuple[Quantity, Unit | None]) -> bool:
    """"118 dari 122 anggota": a number of the whole that the next number counts."""
    nxt, unit = following
    return unit is not None and unit.kind not in ("percent", "money") and \
        re.fullmatch(r"\s+dari\s+", sentence[q.end : nxt.start]) is not None


def _not_a_claim(sentence: str, q: Quantity, data) -> bool:
    before, after = sentence[: q.start], sentence[q.end :]
    if q.currency or q.percent:
        return False
    if q.spelled and q.value == 1 and not q.multiplied:
        return not _counts_one(sentence, q, data)  # "salah satu", "one of": a determiner more often than a count
    # the last three characters hold any match of the end-anchored pattern; searching all of ``before`` tried it at
    # every position
    if re.search(r"[^\W\d_][-/]?$", before[-3:]) or (re.match(r"[-/]?[^\W\d_]", after) and not q.spelled):
        return True  # glued to letters: "Covid-19", "G20", "F-16", "2x"
    if q.start == 0 and re.match(r"[.)]\s", after):
        return True  # list marker
    if not q.multiplied and not q.spelled and 1900 <= q.value <= 2100 and q.value == int(q.value):
        return True  # a year
    if _CLOCK.search(q.text) or word_at_end(tuple(data.TIME_CUES))(before):
        return True  # a time of day: "pukul 10.00"
    if re.match(r"\s*(?:WIB|WITA|WIT|GMT|UTC|a\.m\.|p\.m\.|am\b|pm\b)", after):
        return True
    prev = _WORD.findall(before)[-1:] if before.strip() else []
    if prev and prev[0].lower() in data.LABEL_WORDS:
        return True  # "pasal 5", "article 3"
    opens = not re.search(r"\w", before.rstrip()[: -len(prev[0])]) if prev else True  # '"Ada dua SK': no name
    if prev and before.rstrip().endswith(prev[0]) and prev[0][0].isupper() and not opens:
        nxt = _WORD.match(after.lstrip())
        if not nxt or nxt.group()[0].isupper():
            return True  # inside a name: "PIK 2", "Piala Dunia 2022", "Kabinet Indonesia Maju 2"
    return bool(re.match(r"\s*\)", after) and before.rstrip().endswith("("))  # "(37)" after no name counts nothing


def _counts_one(sentence: str, q: Quantity, data) -> bool:
    """"satu kematian", "kurang dari satu menit": one of a counted noun, or a hedged one of a unit; not the
    idioms "salah satu", "satu pun" nor terms like "rekor satu hari"."""
    if re.search(r"\bsalah\s*$", sentence[: q.start], re.I):
        return False
    nxt = _WORD.match(sentence[q.end :].lstrip())
    if not nxt or sentence[q.end : q.end + 1] not in " ":
        return False
    word = nxt.group().lower()
    if q.hedge:
        return word in data.TIME_UNITS or word in data.MEASURE_UNITS or _english(word, data) != word
    return word not in data.TIME_UNITS and _english(word, data) != word


def _unit(sentence: str, q: Quantity, data) -> Unit | None:
    if q.percent:
        return Unit("percent", "percent", q.end, "percent")
    if q.currency:
        return Unit(q.currency, "money", q.end, q.currency)
    rest = sentence[q.end :]
    words = list(_WORD.finditer(rest))
    if not words or rest[: words[0].start()].strip():
        return None  # punctuation between the number and the next word
    head = words[0].group()
    low, hedge = head.lower(), ""
    if low.endswith("-an") and low[:-3] in data.MEASURE_UNITS:
        low, hedge = low[:-3], "about"  # "40 cm-an": about 40 cm
    if len(words) > 1 and _adjacent(rest, words, 1) and data is id_units \
            and f"{low} {words[1].group().lower()}" in id_nouns.GLOSSES:
        low = f"{low} {words[1].group().lower()}"  # "tiga kali lipat": a compound before its head's own reading
    elif low in data.TIME_UNITS:
        return _time_unit(sentence, q, words, data)
    if low in data.MEASURE_UNITS:
        return _measure_unit(q, rest, words, low, hedge, data)
    if len(words) > 1 and low in data.CLASSIFIERS and _adjacent(rest, words, 1) \
            and _english(words[1].group(), data) != words[1].group().lower():
        words, low = words[1:], words[1].group().lower()  # "sembilan orang tersangka": suspects
        head = words[0].group()
    known = _english(low, data) != low
    if low in data.NOT_NOUNS or (not head.islower() and not known) or (not known and _is_verb(low, data)):
        return None
    taken = _noun_phrase_length(rest, words, data)
    text = rest[words[0].start() : words[taken - 1].end()]
    two = " ".join(w.group().lower() for w in words[:2])
    kind = "people" if low in data.PERSON_NOUNS or two in data.PERSON_COMPOUNDS else "count"
    return Unit(text, kind, q.end + words[taken - 1].end(), _english(text, data))


def _noun_phrase_length(rest: str, words: list[re.Match], data) -> int:
    """Words of the counted noun phrase: a compound of the lexicon, then modifiers and names ("warga Rusia")."""
    taken = 1
    for width in (4, 3, 2):
        phrase = " ".join(w.group().lower() for w in words[:width])
        if len(words) >= width and all(_adjacent(rest, words, i) for i in range(1, width)) and (
                phrase in data.PERSON_COMPOUNDS or (data is id_units and phrase in id_nouns.GLOSSES)):
            taken = width
            break
    while taken < len(words) and taken < 4 and _adjacent(rest, words, taken):
        word = words[taken].group()
        if not (word[0].isupper() or word.lower() in data.NOUN_MODIFIERS):
            break
        taken += 1
    return taken


def _english(phrase: str, data) -> str:
    """The English gloss of a counted noun phrase (Indonesian through the lexicon; English as written)."""
    if data is en_units:
        return phrase.lower()
    return id_nouns.gloss(phrase).lower() if id_nouns.gloss(phrase) != phrase else phrase.lower()


def _measure_unit(q: Quantity, rest: str, words: list[re.Match], low: str, hedge: str, data) -> Unit:
    english, end = data.MEASURE_UNITS[low], words[0].end()
    per = re.match(r"\s+per\s+([^\W\d_]+)", rest[end:])
    if per and per.group(1).lower() in data.TIME_UNITS:  # "1,2 miliar ton per tahun": tonnes per year
        english = f"{english} per {data.TIME_UNITS[per.group(1).lower()].rstrip('s')}"
        end += per.end()
    return Unit(rest[words[0].start() : end], "measure", q.end + end, english, hedge)


def _adjacent(rest: str, words: list[re.Match], i: int) -> bool:
    return not rest[words[i - 1].end() : words[i].start()].strip()


def _time_unit(sentence: str, q: Quantity, words: list[re.Match], data) -> Unit:
    rest = sentence[q.end :]
    head = words[0]
    span = data.TIME_UNITS[head.group().lower()]
    if len(words) > 1 and words[1].group().lower() in {w.split()[-1] for w in data.PRISON_WORDS} \
            and _adjacent(rest, words, 1):
        return Unit(rest[head.start() : words[1].end()], "prison", q.end + words[1].end(), f"{span} in prison")
    clause = re.split(r"[,;.!?\"“”]", sentence[: q.start])[-1].lower()
    before = [w for w in _WORD.findall(clause) if w not in _hedge_words(data)]
    if before and (before[-1] in data.AGE_CUES or before[-1] in data.PERSON_NOUNS
                   or before[-1].split("-")[0] in data.PERSON_NOUNS):
        return Unit(head.group(), "age", q.end + head.end(), "years of age")  # "anak-anak di bawah lima tahun"
    if any(w in data.SENTENCE_CUES for w in before):
        return Unit(head.group(), "prison", q.end + head.end(), f"{span} in prison")  # "ancaman 9 tahun"
    return Unit(head.group(), "duration", q.end + head.end(), span)


def _hedge_words(data) -> frozenset[str]:
    from warta.facts.numbers import language_data

    hedges = language_data("en" if data is en_units else "id").HEDGES
    return frozenset(w for phrase in hedges for w in phrase.split())


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
    context = ClaimContext(article)
    for index, sentence in enumerate(article.sentences):
        text = article.body[sentence.start : sentence.end]
        skip = [(d.start - sentence.start, d.end - sentence.start) for d in context.dates_in(index)]
        for q, unit in claims_in(text, lang, skip):
            claims.append(Claim(
                start=sentence.start + q.start, end=sentence.start + q.end, text=q.text, value=q.value,
                unit=unit.english or unit.text, hedge=q.hedge, value_max=q.value_max, kind=unit.kind,
                subject=_subject(text, unit), source=context.source(sentence.start + q.start, index),
                as_of=context.as_of(index, text), sentence=index,
            ))
    article.claims = _without_restated_headings(article, claims)
    return article


def _without_restated_headings(article: Article, claims: list[Claim]) -> list[Claim]:
    """A subheading's figure that the paragraph under it restates is that paragraph's claim, not a second one
    ("3. Sebanyak 200 ribu warga Rusia ..." above "... 200 ribu warga negara Rusia ..."); a figure only the
    heading gives ("1. Masalah gigi (50,3 persen)") stays."""
    kinds = [b.kind for b in article.blocks if b.kind in ("body", "heading")]
    block = {i: s.block for i, s in enumerate(article.sentences)}
    values: dict[int | None, list] = {}  # block -> the values of its claims
    for o in claims:
        values.setdefault(block.get(o.sentence), []).append(o.value)

    def restated(c: Claim) -> bool:
        b = block.get(c.sentence, -1)
        if not 0 <= b < len(kinds) or kinds[b] != "heading":
            return False
        return any(v == c.value for v in values.get(b + 1, ()))

    return [c for c in claims if not restated(c)]


def _subject(sentence: str, unit: Unit) -> str:
    """The counted noun and what the sentence says of it, up to the clause's end: "warga Rusia tiba di Kazakhstan"."""
    if unit.kind == "age" and unit.text[:1].isupper():
        return unit.text  # "Erwin (45)": the age is Erwin's, whatever the sentence goes on to say
    clause = re.split(r"[,;:.!?\"“”]", sentence[unit.end :], maxsplit=1)[0]
    noun = unit.text if unit.kind not in ("percent", "money") else ""  # "41 persen dari ...": what follows says of what
    return (noun + " " + " ".join(clause.split()[:8])).strip()
