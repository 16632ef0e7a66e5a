"""Date-times printed on news pages, Indonesian first: "SABTU, 01 JULI 2023 | 12:00 WIB", "Senin, 3 Juli 2023
14:04 WIB", "09/10/2023, 13:33 WIB", "26 Sep 2024 23:40 WIB", "22 April 2024, 17:22", "July 3, 2023", ISO stamps.

``find_dates`` finds every printed date in a line; ``parse_datetime`` reads a whole date string (a column of a
scraped table, a meta tag). Numeric dates are day first, as Indonesian (and most non-US) pages print them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from warta.lang.en import calendar as en_calendar
from warta.lang.id import calendar as id_calendar

_MONTHS = {**en_calendar.MONTHS, **id_calendar.MONTHS}
_DAYS = {**en_calendar.DAYS, **id_calendar.DAYS}
_ZONES = {**en_calendar.ZONES, **id_calendar.ZONES}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY = "|".join(sorted((re.escape(d) for d in _DAYS), key=len, reverse=True))
_ZONE = "|".join(sorted(_ZONES, key=len, reverse=True))
_TIME_WORD = "|".join(id_calendar.TIME_WORDS)

_TIME = (
    rf"\s*[|,/–-]?\s*(?:(?:at|{_TIME_WORD})\.?\s+)?(?<!\d)(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    rf"(?:[:.](?P<second>[0-5]\d))?(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?P<zone>{_ZONE}|[+-]\d\d:?\d\d)\b)?"
)
# A weekday printed before a date ("Senin, 3 Juli 2023", "Jumat (30/6/2023)"), looked up behind a match.
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<weekday>{_DAY})\.?,?\s*\(?$", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PATTERNS = (
    # 3 Juli 2023, 01 JULI 2023, 26 Sep 2024, 3rd July 2023
    re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\b\.?,?\s+(?P<year>(?:19|20)\d\d)"
               rf"\b(?:{_TIME})?", re.I),
    # July 3, 2023
    re.compile(rf"\b(?P<month>{_MONTH})\b\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
               rf"\b(?:{_TIME})?", re.I),
    # 2023-07-03, 2023-07-03T14:04:00+07:00, 2023/07/03
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"
               r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:\.\d+)?"
               r"\s*(?P<zone>Z|[+-]\d\d:?\d\d)?)?", re.I),
    # 03/07/2023, (30/6/2023), 3-7-2023 13:33 WIB: day first
    re.compile(rf"(?<![\d/])(?P<day>[0-3]?\d)[/.-](?P<month>[01]?\d)[/.-](?P<year>(?:19|20)\d\d)(?![\d/])"
               rf"(?:{_TIME})?", re.I),
)


@dataclass(slots=True)
class FoundDate:
    day: date
    hour: int | None = None
    minute: int = 0
    second: int = 0
    zone: str = ""  # "+07:00"; empty when the page does not say
    start: int = 0
    end: int = 0
    weekday_matches: bool = True  # False when the printed weekday contradicts the date

    @property
    def has_time(self) -> bool:
        return self.hour is not None

    def iso(self) -> str:
        """ISO 8601: the date alone, or date-time with its offset when the page printed a zone."""
        if self.hour is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()}T{self.hour:02d}:{self.minute:02d}:{self.second:02d}{self.zone}"


def find_dates(text: str) -> list[FoundDate]:
    """Every date printed in ``text``, in order, without overlaps."""
    if not _YEAR.search(text):
        return []  # every pattern needs a year: most lines are done here
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            parsed = _from_match(m, text)
            if parsed is not None:
                found.append(parsed)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def find_datetime(text: str) -> FoundDate | None:
    """The first date in a line; None when there is none."""
    found = find_dates(text)
    return found[0] if found else None


def parse_datetime(text: str) -> FoundDate | None:
    """A whole date string as scraped ("09/10/2023, 13:33 WIB"); None when it holds no readable date."""
    return find_datetime(" ".join(text.split()))


def _from_match(m: re.Match, text: str) -> FoundDate | None:
    groups = m.groupdict()
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower().rstrip("."))
    if month is None:
        return None
    try:
        day = date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None
    found = FoundDate(day=day, start=m.start(), end=m.end())
    before = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if before:
        found.weekday_matches = _DAYS.get(before.group("weekday").lower()) == day.weekday()
        found.start = before.start()
    if groups.get("hour") is not None:
        hour = int(groups["hour"])
        ampm = (groups.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        found.hour, found.minute = hour, int(groups["minute"])
        found.second = int(groups["second"] or 0)
        found.zone = _zone(groups.get("zone") or "")
    return found


def _zone(text: str) -> str:
    if not text:
        return ""
    if text.upper() == "Z":
        return "+00:00"
    if text[0] in "+-":
        digits = text[1:].replace(":", "")
        return f"{text[0]}{digits[:2]}:{digits[2:4]}"
    return _ZONES.get(text.lower(), "")
