"""Publication date-times printed on Indonesian pages: "SABTU, 01 JULI 2023 | 12:00 WIB", "3 Juli 2023 14:04 WIB"."""

from __future__ import annotations

import re
from datetime import datetime

from warta.lang.en import calendar as en_calendar
from warta.lang.id import calendar as id_calendar

_MONTHS = {**en_calendar.MONTHS, **id_calendar.MONTHS}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATETIME = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\.?\s+(?P<year>(?:19|20)\d\d)"
    rf"(?:\s*[|,-]?\s*(?:pukul\s+)?(?P<hour>\d{{1,2}})[:.](?P<minute>\d\d)(?:[:.]\d\d)?\s*(?P<zone>WIB|WITA|WIT)?)?",
    re.I,
)


def find_datetime(text: str) -> tuple[str, re.Match] | None:
    """The first date (with time and zone when printed) in a line, as ISO 8601; None when there is none."""
    m = _DATETIME.search(text)
    if not m:
        return None
    try:
        month = _MONTHS[m.group("month").lower()]
        day = datetime(int(m.group("year")), month, int(m.group("day")))
    except (ValueError, KeyError):
        return None
    if m.group("hour") is None:
        return day.date().isoformat(), m
    stamp = day.replace(hour=int(m.group("hour")), minute=int(m.group("minute")))
    zone = id_calendar.ZONES.get((m.group("zone") or "").lower(), "")
    return stamp.strftime("%Y-%m-%dT%H:%M:00") + zone, m
