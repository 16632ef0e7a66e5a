"""Date expressions wider than a day and the rules that join, drop or re-read the ones ``eventdates`` finds.

Periods: quarters ("kuartal III-2025", "triwulan pertama", "kuartal sebelumnya"), decades ("2010-an"), lists and
ranges of months ("Oktober, November, dan Desember", "Juli-September"), parts of a day ("pagi ini", "malam tadi",
"semalam"). Joins: "September 2024 sampai Maret 2025" and "sejak 2020 sampai 2025" are one span, "April tahun
depan" one month, "Sabtu (18/10/2025) kemarin" one day. Drops: years inside names ("Piala Dunia 2026", "APBN
2026") and offsets too vague to date ("lebih dari 20 tahun yang lalu"). Re-reads: a weekday under a deadline
("paling lambat hari Jumat") is the coming one; "bulan sebelumnya" is the month before the one just named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from warta.lang.en import calendar as en_calendar
from warta.lang.id import calendar as id_calendar

if TYPE_CHECKING:
    from warta.facts.eventdates import Found


def _alt(words) -> str:
    """Longest first; no words match nothing (a language may lack a construction)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _initials(words) -> str:
    """The first letters of ``words`` in both cases, for a lookahead that skips most positions cheaply."""
    return "".join(sorted({w[0].lower() for w in words} | {w[0].upper() for w in words}))


@dataclass(slots=True)
class Patterns:
    cal: object
    quarter: re.Pattern
    decade: re.Pattern
    months: re.Pattern
    part_of_day: re.Pattern
    joined_year: re.Pattern
    span: re.Pattern
    vague: re.Pattern
    deadline: re.Pattern
    previous: re.Pattern
    since: re.Pattern
    utterance: re.Pattern


@lru_cache(maxsize=4)
def patterns(lang: str) -> Patterns:
    cal = en_calendar if lang == "en" else id_calendar
    month = rf"(?:{_alt(cal.MONTHS)})\b"
    ordinal = _alt(cal.QUARTER_ORDINALS)
    year = r"(?:19|20)\d\d"
    return Patterns(
        cal=cal,
        # "kuartal III-2025", "triwulan I 2025", "dua triwulan pertama 2025", "third quarter of 2025", "Q3 2025"
        quarter=re.compile(
            rf"\b(?:(?P<count>{_alt(cal.QUARTER_COUNTS)})\s+)?(?:(?P<pre>{ordinal})\s+)?(?P<q>{_alt(cal.QUARTERS)})"
            rf"(?:\s+(?P<ord>{ordinal}|{_alt(cal.QUARTER_SHIFTS)})\b)?(?:\s*(?:-|of\s+)?\s*(?P<y>{year}))?\b",
            re.I),
        decade=re.compile(
            rf"\b(?:(?:{_alt(cal.YEAR_WORDS)})\s+)?(?P<y>(?:19|20)\d0)(?:{_alt(cal.DECADE_SUFFIXES)})\b", re.I),
        # "Oktober, November, dan Desember", "Juli-September", "Juli hingga September 2025"
        months=re.compile(
            rf"\b(?=(?-i:[A-Z]))(?P<first>{month})(?P<list>(?:\s*,\s*{month})*(?:,?\s*(?:{_alt(cal.AND)})\s+|\s*,\s*))?"
            rf"(?(list)|\s*(?:{_alt(cal.RANGE)})\s*)(?P<last>{month})(?!\s*,?\s*(?:(?:{_alt(cal.AND)})\s+)?{month})"
            rf"(?:\s+(?P<y>{year}))?(?!\s*\d)", re.I),
        part_of_day=re.compile(rf"\b(?=[{_initials(cal.PARTS_OF_DAY)}])(?P<w>{_alt(cal.PARTS_OF_DAY)})\b", re.I),
        joined_year=re.compile(rf"\s+(?:{_alt(cal.YEAR_WORDS)})\s+(?P<w>{_alt(cal.NEXT_WORDS)})\b", re.I),
        span=re.compile(rf"^\s*(?:{_alt(cal.RANGE)})\s*$", re.I),
        vague=re.compile(rf"\b(?:{_alt(cal.VAGUE_BEFORE)})\s*$", re.I),
        deadline=re.compile(rf"\b(?:{_alt(cal.DEADLINE_CUES)})\b[^.;]*$", re.I),
        previous=re.compile(rf"\b(?P<u>{_alt(cal.PREVIOUS_UNITS)})\s+(?:{_alt(cal.PREVIOUS)})\b", re.I),
        since=re.compile(rf"\b(?:{_alt(cal.SINCE)})\s+$", re.I),
        utterance=re.compile(rf"\b(?:{_alt(cal.UTTERANCE_CUES)})\w*\b", re.I),
    )


def find(text: str, lang: str, reference: date | None) -> list[Found]:
    """The periods of ``text``; years and quarters without a year take the publication year."""
    from warta.facts.eventdates import Found  # here, not at the top: eventdates imports this module

    p = patterns(lang)
    out: list[Found] = []
    low = text.lower()
    quarters = p.quarter.finditer(text) if any(w in low for w in p.cal.QUARTERS) else ()
    for m in quarters:
        item = _quarter(m, p, reference)
        if item is not None:
            out.append(Found(m.start(), m.end(), *item, anchor="absolute" if m.group("y") else "published"))
    for m in p.decade.finditer(text):
        y = int(m.group("y"))
        out.append(Found(m.start(), m.end(), str(y), str(y + 9), anchor="absolute"))
    for m in p.months.finditer(text):
        item = _months(m, p, reference)
        if item is not None:
            out.append(item)
    for m in p.previous.finditer(text):
        if p.cal.PREVIOUS_UNITS[m.group("u").lower()] == "period":  # dated by ``refine`` from the sentence
            out.append(Found(m.start(), m.end(), anchor="unresolved: no earlier period named"))
    for m in p.part_of_day.finditer(text):
        if reference is not None:
            day = reference + timedelta(days=p.cal.PARTS_OF_DAY[m.group("w").lower()])
            out.append(Found(m.start(), m.end(), day.isoformat(), anchor="published"))
    return out


def _months(m: re.Match, p: Patterns, reference: date | None) -> Found | None:
    """"Juli-September", "Oktober, November, dan Desember (2025)": first to last month. A list must run month by
    month ("Oktober dan Desember" names two months, not a quarter)."""
    from warta.facts.eventdates import Found

    named = [p.cal.MONTHS[w.lower()] for w in re.findall(r"[^\W\d_]+", m.group()) if w.lower() in p.cal.MONTHS]
    first, last = named[0], named[-1]
    if m.group("list") and named != list(range(first, first + len(named))):
        return None
    year = int(m.group("y")) if m.group("y") else (reference.year if reference else 0)
    if not year:
        return None
    start_year = year - 1 if first > last else year
    return Found(m.start(), m.end(), f"{start_year}-{first:02d}", f"{year}-{last:02d}",
                 anchor="absolute" if m.group("y") else "published")


def _quarter(m: re.Match, p: Patterns, reference: date | None) -> tuple[str, str] | None:
    """"kuartal III-2025" is 2025-07/2025-09; "dua triwulan pertama 2025" the first half; "kuartal sebelumnya"
    the quarter before the publication's."""
    which = (m.group("ord") or m.group("pre") or "").lower()
    if reference is None and not m.group("y"):
        return None
    if which in p.cal.QUARTER_SHIFTS:
        if reference is None:
            return None
        index = reference.year * 4 + (reference.month - 1) // 3 + p.cal.QUARTER_SHIFTS[which]
        year, number = divmod(index, 4)
        number += 1
    elif which in p.cal.QUARTER_ORDINALS:
        number, year = p.cal.QUARTER_ORDINALS[which], int(m.group("y") or reference.year)
    else:
        return None
    count = p.cal.QUARTER_COUNTS.get((m.group("count") or "").lower(), 1)
    first, last = 3 * number - 2, 3 * (number + count - 1)
    if last > 12:
        return None
    return f"{year}-{first:02d}", f"{year}-{last:02d}"


def refine(found: list[Found], text: str, lang: str, reference: date | None) -> list[Found]:
    """Join, drop and re-read the expressions found in ``text`` (sorted by start)."""
    p = patterns(lang)
    out: list[Found] = []
    for f in found:
        before = text[max(0, f.start - 40) : f.start]
        if _in_name(text, f, p):
            continue
        if p.vague.search(before) and f.anchor == "published":  # kept undated: its number is no claim either
            f.date, f.end_date, f.anchor = "", "", "unresolved: offset too vague to date"
        if re.search(r"(?<![\d.,])\d{1,3}\s*$", before) and text[f.start : f.end].split()[0].lower() in p.cal.UNITS:
            continue  # "dalam 3 bulan ini": a count of months, a claim, not a date
        if out and _join(out[-1], f, text, p):
            continue
        if f.date and len(f.date) == 10 and reference is not None and p.deadline.search(before) \
                and f.anchor == "published" and _is_weekday(text[f.start : f.end], p):
            f.date = _coming(date.fromisoformat(f.date), reference).isoformat()
        out.append(f)
    _after_year_word(out, text, p, reference)
    _previous(out, text, p, reference)
    return out


# Characters before a bare year read for the name it may belong to: a name's words and a law's "Nomor 20 Tahun"
# fit in far less (the longest such run on the detik dev pages is under 80 characters).
_NAME_WINDOW = 200


def _in_name(text: str, f: Found, p: Patterns) -> bool:
    """A bare year after a capitalised word inside the sentence is part of a name: "Piala Dunia 2026"."""
    if not re.fullmatch(r"(?:19|20)\d\d", text[f.start : f.end]):
        return False
    # the words just before the year decide; a bounded window keeps the pass linear in a long article
    before = text[max(0, f.start - _NAME_WINDOW) : f.start].rstrip()
    word = re.search(r"(\S+)$", before)
    if not word or not word.group(1)[0].isupper() or not word.group(1)[-1].isalnum() or text[f.start - 1] != " ":
        return False
    head = before[: word.start()].rstrip()
    low = word.group(1).lower()
    if re.search(r"\d$", head) and low in p.cal.YEAR_WORDS:
        return True  # "UU Nomor 20 Tahun 2001": the year of a law's number
    return bool(head) and head[-1] not in ".!?\"“(" and low not in p.cal.MONTHS and low not in p.cal.YEAR_CUES


def _join(prev: Found, f: Found, text: str, p: Patterns) -> bool:
    """Two expressions that are one: a span of two dates of one precision, or a day date and its "kemarin"."""
    between = text[prev.end : f.start]
    if prev.date and f.date and not prev.end_date and not f.end_date and len(prev.date) == len(f.date) \
            and prev.date < f.date and p.span.match(between):
        prev.end_date, prev.end = f.date, f.end
        start = p.since.search(text, max(0, prev.start - 12), prev.start)
        prev.start = start.start() if start else prev.start
        return True
    if prev.date and len(prev.date) == 10 and f.anchor == "published" and not between.strip() \
            and text[f.start : f.end].lower() in p.cal.RELATIVE_DAYS:
        prev.end = f.end  # "Sabtu (18/10/2025) kemarin": the weekday date says which day
        return True
    return False


def _after_year_word(found: list[Found], text: str, p: Patterns, reference: date | None) -> None:
    """"April tahun depan", "November tahun ini": the month of that year; the year word is no second date."""
    drop = []
    for i, f in enumerate(found[:-1]):
        m = p.joined_year.match(text, f.end)
        if m and len(f.date) == 7 and reference is not None:
            year = reference.year + p.cal.NEXT_WORDS[" ".join(m.group("w").lower().split())]
            f.date, f.end = f"{year}{f.date[4:]}", m.end()
            drop += [g for g in found[i + 1 :] if g.start < f.end]
    for g in drop:
        found.remove(g)


def _previous(found: list[Found], text: str, p: Patterns, reference: date | None) -> None:
    """"bulan sebelumnya" after "Juni 2025" is May 2025; "periode sebelumnya" the earlier period named before."""
    for i, f in enumerate(found):
        m = p.previous.fullmatch(text[f.start : f.end])
        if not m:
            continue
        paragraph_start = text.rfind("\n", 0, f.start)
        earlier = [g for g in found[:i] if g.start > paragraph_start and g.date and not g.end_date]
        unit = p.cal.PREVIOUS_UNITS[m.group("u").lower()]
        if unit == "period":
            dates = sorted(g.date for g in earlier)
            if len(dates) >= 2:
                f.date, f.end_date, f.anchor = dates[-2], "", "in-text"
            continue
        months = [g for g in earlier if len(g.date) == 7]
        if unit == "month" and months:
            y, mo = map(int, months[-1].date.split("-"))
            index = y * 12 + mo - 2
            f.date, f.end_date, f.anchor = f"{index // 12}-{index % 12 + 1:02d}", "", "in-text"


def _is_weekday(expression: str, p: Patterns) -> bool:
    return expression.lower().split()[-1] in p.cal.DAYS


def _coming(day: date, reference: date) -> date:
    """The first such weekday after the publication date (a deadline lies ahead)."""
    while day <= reference:
        day += timedelta(days=7)
    return day


def reanchor(body: str, found: list[Found], lang: str, reference: date | None) -> list[Found]:
    """Relative dates resolved against the day the text gives for the utterance: in '"... kemarin ...," ujar
    Adies, Rabu (20/8/2025).' "kemarin" is 19 August, whenever the article was published."""
    from warta.facts.eventdates import find_dates

    cue = patterns(lang).utterance
    out, start, k = [], 0, 0
    for paragraph in body.split("\n"):
        end = start + len(paragraph)
        first = k
        while k < len(found) and found[k].start < end:
            k += 1
        mine = found[first:k]
        said = _utterance_day(paragraph, mine, start, cue)
        if said is not None and said != reference and any(f.anchor == "published" for f in mine):
            again = {}
            for f in find_dates(paragraph, lang, said):
                f.start, f.end = f.start + start, f.end + start
                again[f.start] = f
            mine = [again.get(f.start, f) if f.anchor == "published" else f for f in mine]
        out += mine
        start = end + 1
    return out


def _utterance_day(paragraph: str, mine: list[Found], offset: int, cue: re.Pattern) -> date | None:
    """The last day date of the paragraph when a speech cue comes shortly before it ('kata X, Rabu (20/8)')."""
    days = [f for f in mine if len(f.date) == 10 and not f.end_date
            and re.search(r"\d", paragraph[f.start - offset : f.end - offset])]  # written with its day number
    if not days or days[-1] is not mine[-1]:
        return None
    last = days[-1]
    window = paragraph[max(0, last.start - offset - 150) : last.start - offset]
    return date.fromisoformat(last.date) if cue.search(window) else None
