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

# Words that put a dated event in the future of the writing: its date is no lower bound of publication.
FUTURE_CUES = ("akan", "mendatang", "rencananya", "dijadwalkan", "direncanakan", "hingga", "sampai", "batas waktu",
               "paling lambat", "berlaku mulai", "will", "scheduled", "until", "deadline")

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
