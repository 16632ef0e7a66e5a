"""Indonesian month and day names, and the country's time zones."""

MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8, "agus": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12,
}

# Monday = 0, as Python's date.weekday()
DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}

# Waktu Indonesia Barat / Tengah / Timur
ZONES = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00"}

# Words before a time of day: "pukul 14.00", "jam 9".
TIME_WORDS = ("pukul", "jam", "pkl", "pk")

# Words that put a dated event in the future of the writing: its date is no lower bound of publication. A bond's
# maturity ("jatuh tempo pada 15 Juli 2023", "to mature on July 15, 2023") is one: taken for a bound, it dated a
# 2007 auction report in 2023 and kept it apart from its own translation (xling-dev, ECO:674-679).
FUTURE_CUES = ("akan", "mendatang", "rencananya", "dijadwalkan", "direncanakan", "hingga", "sampai", "batas waktu",
               "paling lambat", "berlaku mulai", "jatuh tempo", "will", "scheduled", "until", "deadline", "mature",
               "matures", "maturing", "maturity")

# Relative day words, in days from the publication date.
RELATIVE_DAYS = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok": 1, "lusa": 2}
# Calendar units for "tiga hari lalu", "pekan lalu", "bulan depan".
UNITS = {"hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year"}
PAST = ("yang lalu", "lalu", "silam", "kemarin", "sebelumnya")
FUTURE = ("depan", "mendatang", "yang akan datang")
THIS = ("ini",)
# Between the two ends of a range: "21 September hingga 4 Oktober", "21-25 September".
RANGE = ("hingga", "sampai dengan", "sampai", "s.d.", "s/d", "-", "–", "—")
# Words before a day name that make it an event date ("pada Selasa"); numeric dates are day/month/year.
DAY_FIRST = True
LAST = ()
NEXT = ()

# Periods (facts/dateperiods.py). Quarters: "kuartal III-2025", "triwulan pertama", "dua triwulan pertama 2025".
QUARTERS = ("kuartal", "kwartal", "triwulan")
QUARTER_ORDINALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
                    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4}
QUARTER_COUNTS = {"dua": 2, "tiga": 3}
# After a quarter word, quarters from the reference's: "kuartal sebelumnya", "kuartal ini", "kuartal depan".
QUARTER_SHIFTS = {"sebelumnya": -1, "lalu": -1, "ini": 0, "depan": 1}
# "2010-an": a decade.
DECADE_SUFFIXES = ("-an",)
# Words before a bare year that show it is a date, not part of a name ("sejak 2020", "Tahun 2025").
YEAR_CUES = ("tahun", "pada", "sejak", "hingga", "sampai", "awal", "akhir", "pertengahan", "periode", "era")
AND = ("dan",)
# Parts of a day, in days from the reference: "pagi ini", "malam tadi", "kemarin sore".
PARTS_OF_DAY = {"pagi ini": 0, "siang ini": 0, "sore ini": 0, "malam ini": 0, "tadi pagi": 0, "tadi siang": 0,
                "tadi sore": 0, "malam tadi": -1, "tadi malam": -1, "semalam": -1, "kemarin pagi": -1,
                "kemarin siang": -1, "kemarin sore": -1, "kemarin malam": -1}
# "April tahun depan": a month of the year named after it.
YEAR_WORDS = ("tahun",)
NEXT_WORDS = {"depan": 1, "mendatang": 1, "ini": 0, "lalu": -1}
# Before an offset, words that leave it too vague to date: "lebih dari 20 tahun yang lalu".
VAGUE_BEFORE = ("lebih dari", "kurang dari", "lebih daripada")
# Before a weekday, words of a deadline: the weekday lies ahead ("paling lambat hari Jumat").
DEADLINE_CUES = ("paling lambat", "selambat-lambatnya", "batas waktu", "tenggat", "tenggat waktu")
# "bulan sebelumnya": the month before the one just named; "periode sebelumnya": the earlier period named.
PREVIOUS_UNITS = {"bulan": "month", "periode": "period"}
PREVIOUS = ("sebelumnya",)
# Before the first end of a span: "sejak 2020 sampai 2025".
SINCE = ("sejak", "dari", "mulai")
# Speech cues shortly before a day date that make it the day of the utterance ('ujar Adies, Rabu (20/8/2025)').
UTTERANCE_CUES = ("kata", "ujar", "ucap", "jelas", "tutur", "terang", "ungkap", "beber", "imbuh",
                   "tambah", "sebut", "papar", "tegas", "pungkas", "keterangan", "kepada wartawan", "dikutip")
