"""English month and day names, and time-zone abbreviations seen on news pages."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

DAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
        "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}

ZONES = {"utc": "+00:00", "gmt": "+00:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00", "est": "-05:00",
         "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "pst": "-08:00", "pdt": "-07:00", "sgt": "+08:00"}


RELATIVE_DAYS = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "now": 0}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
         "year": "year", "years": "year"}
PAST = ("ago", "earlier", "before")
FUTURE = ("from now", "later")
THIS = ("this",)
RANGE = ("to", "through", "until", "-", "–", "—")
# Numeric dates in English news are month/day/year ("05/02/2013").
DAY_FIRST = False
LAST = ("last", "past")
NEXT = ("next", "coming")

# Periods (facts/dateperiods.py): "the third quarter of 2025", "Q3 2025", "the 2010s", "this morning".
QUARTERS = ("quarter",)
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
QUARTER_COUNTS = {"two": 2, "three": 3}
QUARTER_SHIFTS = {}
DECADE_SUFFIXES = ("s",)
YEAR_CUES = ("in", "since", "until", "by", "early", "late", "mid", "year", "fiscal")
AND = ("and",)
PARTS_OF_DAY = {"this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1}
YEAR_WORDS = ("of", "the")
NEXT_WORDS = {"next year": 1, "this year": 0, "last year": -1}
VAGUE_BEFORE = ("more than", "over", "less than")
DEADLINE_CUES = ("deadline", "no later than", "due by")
PREVIOUS_UNITS = {"period": "period"}
PREVIOUS = ("before",)
SINCE = ("since", "from")
# Speech cues shortly before a day date that make it the day of the utterance ('ujar Adies, Rabu (20/8/2025)').
UTTERANCE_CUES = ("said", "says", "told", "added", "according to", "statement")
