"""Indonesian public figures whom the news names by one name only, with the full name they are listed under
("Prabowo" -> Prabowo Subianto), so that every article's short form is the same entity. Office holders of the
national government and figures written about daily; written by hand for warta. A short form here applies only
where the article names no other person that the short form is part of.
"""

# Academic degrees written after a name ("Ari Wibowo SH"): no part of it. Lower-cased, dots and commas dropped.
DEGREES = frozenset(
    ["sh", "mh", "se", "mm", "st", "mt", "skom", "mkom", "spd", "mpd", "ssi", "msi", "sip", "ssos", "msc", "phd",
     "sked", "spog", "ak", "ca", "mba", "lc", "ma", "sag", "mag", "sh mh"]
)  # fmt: skip

# Titles written before a name ("Ir Arthur ...", "KH Ma'ruf Amin", "Hj. Siti ..."): no part of it. Lower-cased.
NAME_TITLES = frozenset(["ir", "dr", "drs", "dra", "prof", "h", "hj", "kh", "habib", "ustaz", "ustadz", "gus"])

FULL_NAMES: dict[str, str] = {
    "Prabowo": "Prabowo Subianto",
    "Jokowi": "Joko Widodo",
    "Gibran": "Gibran Rakabuming Raka",
    "SBY": "Susilo Bambang Yudhoyono",
    "Megawati": "Megawati Soekarnoputri",
    "Sri Mulyani": "Sri Mulyani Indrawati",
    "Purbaya": "Purbaya Yudhi Sadewa",
    "Yusril": "Yusril Ihza Mahendra",
    "Bahlil": "Bahlil Lahadalia",
    "Airlangga": "Airlangga Hartarto",
    "Luhut": "Luhut Binsar Pandjaitan",
    "Sjafrie": "Sjafrie Sjamsoeddin",
    "Listyo": "Listyo Sigit Prabowo",
    "Dasco": "Sufmi Dasco Ahmad",
    "Puan": "Puan Maharani",
    "Anies": "Anies Baswedan",
    "Ganjar": "Ganjar Pranowo",
    "Pramono": "Pramono Anung",
    "STY": "Shin Tae-yong",
}
