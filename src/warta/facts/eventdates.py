"""Event dates in the body, resolved against the publication date.

"Selasa (4/10)", "Jumat (30/6/2023)", "29 Juni lalu", "sejak 21 September", "21 September hingga 4 Oktober",
"kemarin", "pekan lalu", "tiga hari lalu", "May 3, 2013", "last Tuesday", "September 2010", "2010".
Values are ISO dates at the precision written: "2023-06-30", "2010-09", "2010"; a week or a range fills end_date.
Without a publication date only what is absolute is resolved (a missing year may come from a full date in the
same text); the rest is kept with an empty date and an anchor saying why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from warta.facts import dateperiods
from warta.facts.numbers import find_quantities
from warta.facts.sentences import language, published_date, sentence_index
from warta.lang.en import calendar as en_calendar
from warta.lang.id import calendar as id_calendar
from warta.model import Article, DateRef
from warta.resources import Resources
from warta.text.taken import TakenSpans

Scans = dict[re.Pattern, list[re.Match]]  # a pattern's matches in one text


@dataclass(slots=True)
class Found:
    start: int
    end: int
    date: str = ""
    end_date: str = ""
    anchor: str = ""


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _opens(*words, also: str = "") -> str:
    """A lookahead for the first characters a match can start with (``also``: a class of more, such as \\d): the
    engine passes over every other position at once instead of trying each alternative of the pattern there
    (the patterns cost 2 ms per Detik article without it). The pattern's flags apply to it as to the words."""
    firsts = {w[0] for group in words for w in group}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + also + "])"


@dataclass(slots=True)
class Grammar:
    """The regular expressions of one language, built once from its calendar data."""

    cal: object
    lang: str
    numeric: re.Pattern
    day_month: re.Pattern
    month_day: re.Pattern
    month_year: re.Pattern
    year: re.Pattern
    relative_day: re.Pattern
    units_ago: re.Pattern
    units_ago_hint: re.Pattern  # what every units_ago match holds: most texts hold none, and are not scanned for it
    unit_last: re.Pattern
    weekday: re.Pattern
    month_only: re.Pattern
    one_unit: re.Pattern


@lru_cache(maxsize=4)
def grammar(lang: str) -> Grammar:
    cal = en_calendar if lang == "en" else id_calendar
    months, days, rng = _alt(cal.MONTHS), _alt(cal.DAYS), _alt(cal.RANGE)
    month = rf"(?:{months})\b(?:\.(?=\s*\d))?"
    dayname = rf"(?:(?P<dayname>{days})\b\s*,?\s*)"
    year = r"(?:19|20)\d\d"
    units = _alt(cal.UNITS)
    past, future = _alt(cal.PAST), _alt(cal.FUTURE)
    last = _alt(cal.LAST + cal.NEXT + cal.THIS) if cal.LAST else _alt(cal.THIS)
    flags = re.I
    # what each pattern's first character can be (see _opens)
    open_numeric, open_day_month = _opens(cal.DAYS, also=r"(\s\d"), _opens(cal.DAYS, also=r"\d")
    open_month_day, open_month = _opens(cal.DAYS, cal.MONTHS), _opens(cal.MONTHS)
    open_unit_last = _opens(cal.LAST, cal.NEXT, cal.THIS, cal.UNITS, cal.DAYS)
    return Grammar(
        cal=cal,
        lang=lang,
        # "(4/10)", "Jumat (30/6/2023)", "05/02/2013": a bare d/m needs brackets or a day name ("1/2" is a fraction)
        numeric=re.compile(
            rf"(?:\b|(?=\()){open_numeric}(?:{dayname}?(?P<open>\()?\s*)(?P<a>\d{{1,2}})\s*/\s*(?P<b>\d{{1,2}})"
            rf"(?:\s*/\s*(?P<y>\d{{4}}|\d\d))?(?:\s*\))?",
            flags),
        # "4 Oktober 2022", "21 September hingga 4 Oktober", "21-25 September 2022", "Selasa, 4 Oktober"
        day_month=re.compile(
            rf"\b{open_day_month}{dayname}?(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{month}))?(?:\s+(?P<y1>{year}))?"
            rf"(?:\s*(?:{rng})\s*(?P<d2>\d{{1,2}})(?=\s+(?:{months})))?"
            rf"\s+(?P<m2>{month})(?:,?\s+(?P<y2>{year}))?(?P<tail>\s+(?:{past}|{future}))?",
            flags),
        # English order: "May 3, 2013", "Thursday, May 2", "Dec. 7", "Sept. 21 to Oct. 4"
        month_day=re.compile(
            rf"\b{open_month_day}{dayname}?(?P<m1>{month})\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b"
            rf"(?:\s*,?\s*(?P<y1>{year}))?"
            rf"(?:\s*(?:{rng})\s*(?:(?P<m2>{month})\s*)?(?P<d2>\d{{1,2}})\b(?:\s*,?\s*(?P<y2>{year}))?)?",
            flags),
        month_year=re.compile(rf"\b{open_month}(?P<m>{month})\s+(?:(?:tahun|of)\s+)?(?P<y>{year})\b", flags),
        year=re.compile(rf"(?<![\w$.,/-])(?P<y>{year})(?![\w/-]|[.,]\d)"),
        relative_day=re.compile(rf"\b{_opens(cal.RELATIVE_DAYS)}(?P<w>{_alt(cal.RELATIVE_DAYS)})\b", flags),
        units_ago=re.compile(rf"\b(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+(?P<u>{units})\s+(?P<dir>{past}|{future})\b", flags),
        units_ago_hint=re.compile(rf"\s(?:{units})\s+(?:{past}|{future})\b", flags),
        unit_last=re.compile(
            rf"\b{open_unit_last}(?:(?P<pre>{last})\s+(?P<u1>{units}|{days})\b"
            rf"|(?P<u2>{units}|{days})\s+(?P<post>{past}|{future}|ini)\b)",
            flags),
        weekday=re.compile(rf"\b{_opens(cal.DAYS)}(?P<dayname>{days})\b", flags),
        # "pada Maret lalu", "sejak Juni", "in March", "last September": a month without a day or year
        month_only=re.compile(
            r"\b(?P<pre>pada|bulan|sejak|hingga|awal|akhir|pertengahan|in|since|until|early|late|last|mid)\s"
            r"(?P<m>(?-i:[A-Z])[a-z]+\b(?:\.(?=\s*[a-z]))?)(?P<tail>\s+lalu)?(?!\s*\d)", flags),
        # "sepekan lalu", "sebulan lalu", "setahun silam": one unit, written as one word
        one_unit=re.compile(rf"\bse(?P<u>{units})\s+(?P<dir>{past}|{future})\b", flags),
    )


def find_dates(text: str, lang: str = "id", reference: date | None = None, year_hint: int | None = None,
               scanned: Scans | None = None) -> list[Found]:
    """Every date expression in ``text``, resolved against ``reference`` (the publication date) when given.

    ``year_hint`` is a year taken from a full date elsewhere in the same text, used for "21 September" when there
    is no publication date; ``scanned`` the matches of patterns already run over ``text`` (by ``_year_hint``).
    """
    g = grammar(lang)
    taken = TakenSpans(len(text))
    found: list[Found] = []

    def add(item: Found | None) -> None:
        if item is not None and taken.free(item.start, item.end):
            taken.take(item.start, item.end)
            found.append(item)

    for item in dateperiods.find(text, lang, reference):  # quarters, decades, month lists, parts of a day
        add(item)
    for m in _matches(g.numeric, text, scanned):
        add(_numeric(m, g, reference, year_hint))
    order = (g.month_day, g.day_month) if lang == "en" else (g.day_month, g.month_day)
    for pattern in order:
        for m in _matches(pattern, text, scanned):
            add(_day_month(m, g, reference, year_hint))
    for m in g.month_year.finditer(text):
        add(Found(m.start(), m.end(), f"{int(m.group('y'))}-{g.cal.MONTHS[_month_key(m.group('m'))]:02d}",
                  anchor="absolute"))
    for m in g.relative_day.finditer(text):
        add(_relative_day(m, g, reference))
    if g.units_ago_hint.search(text):
        for m in g.units_ago.finditer(text):
            add(_units_ago(m, g, reference, lang))
    for m in g.one_unit.finditer(text):
        if reference is None:
            add(Found(m.start(), m.end(), anchor="unresolved: relative date without publication date"))
        else:
            sign = -1 if m.group("dir").lower() in g.cal.PAST else 1
            add(_shift(m.start(), m.end(), reference, g.cal.UNITS[m.group("u").lower()], sign))
    for m in g.unit_last.finditer(text):
        add(_unit_last(m, g, reference))
    for m in g.weekday.finditer(text):
        add(_weekday(m, g, text, reference))
    for m in g.month_only.finditer(text):
        add(_month_only(m, g, text, reference, year_hint))
    for m in g.year.finditer(text):
        add(Found(m.start(), m.end(), m.group("y"), anchor="absolute"))
    return dateperiods.refine(sorted(found, key=lambda f: f.start), text, lang, reference)


def _matches(pattern: re.Pattern, text: str, scanned: Scans | None) -> list[re.Match] | Iterator[re.Match]:
    """``pattern.finditer(text)``, kept in ``scanned`` when given (a text without a publication date is scanned
    for full dates twice: for its year, then for the dates)."""
    if scanned is None:
        return pattern.finditer(text)
    if pattern not in scanned:
        scanned[pattern] = list(pattern.finditer(text))
    return scanned[pattern]


def _month_key(word: str) -> str:
    return word.lower().rstrip(".")


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int, reference: date | None, year_hint: int | None, past: bool) -> tuple[int, str]:
    """The year of a date printed without one: the one nearest the publication date (before it after "lalu")."""
    if reference is None:
        return (year_hint, "in-text year") if year_hint else (0, "unresolved: no year and no publication date")
    best = None
    for y in (reference.year - 1, reference.year, reference.year + 1):
        d = _valid(y, month, day)
        if d is None or (past and d > reference):
            continue
        if best is None or abs((d - reference).days) < abs((best - reference).days):
            best = d
    return (best.year, "published") if best else (0, "unresolved: no such date")


def _numeric(m: re.Match, g: Grammar, reference: date | None, year_hint: int | None) -> Found | None:
    if not (m.group("open") or m.group("dayname") or m.group("y")):
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (a, b) if g.cal.DAY_FIRST or a > 12 else (b, a)
    y = m.group("y")
    if y:
        year, anchor = (int(y) + 2000 if len(y) == 2 else int(y)), "absolute"
    else:
        year, anchor = _infer_year(month, day, reference, year_hint, past=False)
    start = m.start("open") if m.group("open") else m.start("a")
    if m.group("dayname"):
        start = m.start("dayname")
    return _day_found(start, m.end(), year, month, day, anchor)


def _day_found(start: int, end: int, year: int, month: int, day: int, anchor: str) -> Found | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    d = _valid(year, month, day) if year else None
    if year and d is None:
        return None
    return Found(start, end, d.isoformat() if d else "", anchor=anchor)


def _day_month(m: re.Match, g: Grammar, reference: date | None, year_hint: int | None) -> Found | None:
    months = g.cal.MONTHS
    m1 = months.get(_month_key(m.group("m1") or ""), 0)
    m2 = months.get(_month_key(m.group("m2") or ""), 0)
    d1, d2 = int(m.group("d1")), int(m.group("d2")) if m.group("d2") else 0
    y1, y2 = m.group("y1"), m.group("y2")
    past = bool(m.groupdict().get("tail")) and m.group("tail").strip().lower() in g.cal.PAST
    if g.lang == "en" and m.re is g.month_day:  # "Sept. 21 to Oct. 4": first month precedes the first day
        first_month, second_month = m1, (m2 or m1)
    else:  # "21 September hingga 4 Oktober", "21-25 September"
        first_month, second_month = (m1 or m2), m2
    year_text = y1 or y2
    if year_text:
        year, anchor = int(year_text), "absolute"
    else:
        year, anchor = _infer_year(first_month, d1, reference, year_hint, past)
    found = _day_found(m.start("dayname") if m.group("dayname") else m.start(), m.end("tail") if past else m.end(),
                       year, first_month, d1, anchor)
    if found is None:
        return None
    if d2 and found.date:
        end_year = int(y2) if y2 else year + (1 if second_month < first_month else 0)
        end = _valid(end_year, second_month, d2)
        found.end_date = end.isoformat() if end else ""
    elif not past and m.groupdict().get("tail"):
        found.end = m.start("tail")
    return found


def _month_only(m: re.Match, g: Grammar, text: str, reference: date | None, year_hint: int | None) -> Found | None:
    month = g.cal.MONTHS.get(_month_key(m.group("m")))
    if not month:
        return None
    past = bool(m.group("tail")) or m.group("pre").lower() == "last"
    start = m.start("m")
    if reference is None:
        if year_hint:
            return Found(start, m.end(), f"{year_hint}-{month:02d}", anchor="in-text year")
        return Found(start, m.end(), anchor="unresolved: no year and no publication date")
    # news looks back: the latest such month up to the publication month ("Maret lalu"), or up to three months
    # ahead when nothing says it is past ("pada Desember" read in October)
    ahead = 0 if past else 3
    now = reference.year * 12 + reference.month - 1
    index = max(y * 12 + month - 1 for y in (reference.year - 1, reference.year, reference.year + 1)
                if y * 12 + month - 1 <= now + ahead)
    return Found(start, m.end(), f"{index // 12}-{month:02d}", anchor="published")


def _relative_day(m: re.Match, g: Grammar, reference: date | None) -> Found:
    offset = g.cal.RELATIVE_DAYS[m.group("w").lower()]
    if reference is None:
        return Found(m.start(), m.end(), anchor="unresolved: relative date without publication date")
    return Found(m.start(), m.end(), (reference + timedelta(days=offset)).isoformat(), anchor="published")


def _amount(words: str, lang: str) -> int | None:
    if words.lower() in ("a", "an", "se", "satu"):
        return 1
    quantities = find_quantities(words, lang)
    if not quantities or quantities[-1].end != len(words) or quantities[-1].start != 0:
        return None
    return int(quantities[-1].value)


def _units_ago(m: re.Match, g: Grammar, reference: date | None, lang: str) -> Found | None:
    words = m.group("n")
    amount = _amount(words, lang)
    start = m.start("n")
    if amount is None:
        words = words.split()[-1]
        amount = _amount(words, lang)
        start = m.end("n") - len(words)
    if amount is None:
        return None
    sign = -1 if m.group("dir").lower() in g.cal.PAST else 1
    if reference is None:
        return Found(start, m.end(), anchor="unresolved: relative date without publication date")
    return _shift(start, m.end(), reference, g.cal.UNITS[m.group("u").lower()], sign * amount)


def _shift(start: int, end: int, reference: date, unit: str, amount: int) -> Found:
    if unit == "day":
        return Found(start, end, (reference + timedelta(days=amount)).isoformat(), anchor="published")
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=amount)
        return Found(start, end, monday.isoformat(), (monday + timedelta(days=6)).isoformat(), anchor="published")
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + amount
        return Found(start, end, f"{index // 12}-{index % 12 + 1:02d}", anchor="published")
    return Found(start, end, str(reference.year + amount), anchor="published")


def _unit_last(m: re.Match, g: Grammar, reference: date | None) -> Found | None:
    word = (m.group("u1") or m.group("u2")).lower()
    marker = (m.group("pre") or m.group("post")).lower()
    sign = -1 if marker in g.cal.PAST or marker in g.cal.LAST else (0 if marker in g.cal.THIS + ("ini",) else 1)
    if reference is None:
        return Found(m.start(), m.end(), anchor="unresolved: relative date without publication date")
    if word in g.cal.DAYS and word not in g.cal.UNITS:
        return _nearest_weekday(m.start(), m.end(), reference, g.cal.DAYS[word], sign)
    return _shift(m.start(), m.end(), reference, g.cal.UNITS[word], sign)


def _nearest_weekday(start: int, end: int, reference: date, weekday: int, sign: int) -> Found:
    """The weekday before the publication date (after it when sign > 0); "on Tuesday" in news is the past one,
    or the publication day itself."""
    if sign > 0:
        delta = (weekday - reference.weekday()) % 7 or 7
        return Found(start, end, (reference + timedelta(days=delta)).isoformat(), anchor="published")
    delta = (reference.weekday() - weekday) % 7
    if sign < 0 and delta == 0:
        delta = 7
    return Found(start, end, (reference - timedelta(days=delta)).isoformat(), anchor="published")


# The word that makes a bare Indonesian day name a date ("pada Selasa"), right before it. Only the characters just
# before the day name are searched: the longest cue and its spaces fit in 20 (searching the whole text before
# each day name made an article of 6,000 paragraphs take minutes).
_DAY_CUE = re.compile(r"\b(?:pada|hari|sejak|Senin|hingga|sampai)\s*$", re.I)
DAY_CUE_WINDOW = 20


def _day_cue_before(text: str, end: int) -> bool:
    start = max(0, end - DAY_CUE_WINDOW)
    cue = _DAY_CUE.search(text, start, end)
    # the search sees a word boundary where the window opens: the cue must not continue a longer word
    return cue is not None and not (cue.start() == start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"))


def _weekday(m: re.Match, g: Grammar, text: str, reference: date | None) -> Found | None:
    name = m.group("dayname")
    if g.lang == "id" and not _day_cue_before(text, m.start()):
        return None  # a bare Indonesian day name is often a name ("Minggu" is also "week"); "pada Selasa" is a date
    if g.lang == "en" and not name[0].isupper():
        return None
    if reference is None:
        return Found(m.start(), m.end(), anchor="unresolved: weekday without publication date")
    return _nearest_weekday(m.start(), m.end(), reference, g.cal.DAYS[name.lower()], 0)


def run(article: Article, resources: Resources) -> Article:
    lang, reference = language(article), published_date(article)
    scanned: Scans = {}
    hint = None if reference else _year_hint(article.body, lang, scanned)
    sentences = sentence_index(article)
    found = dateperiods.reanchor(article.body, find_dates(article.body, lang, reference, hint, scanned), lang,
                                 reference)
    article.dates = [
        DateRef(f.start, f.end, article.body[f.start : f.end], f.date, f.end_date, f.anchor, sentences.holding(f.start))
        for f in found
    ]
    return article


def _year_hint(body: str, lang: str, scanned: Scans | None = None) -> int | None:
    """The year of the full dates printed in the text, when they agree on one (the most frequent otherwise)."""
    g = grammar(lang)
    years = [int(y) for m in _matches(g.numeric, body, scanned) if len(y := m.group("y") or "") == 4]
    years += [int(y) for m in _matches(g.day_month, body, scanned) if (y := m.group("y1") or m.group("y2"))]
    return max(set(years), key=years.count) if years else None
