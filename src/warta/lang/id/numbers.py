"""Indonesian number words, multipliers, hedges, currencies and range words, as data."""

# Spelled-out units and teens; "se-" forms are one of the multiplier ("seratus" = 100, "seribu" = 1000).
DIGIT_WORDS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1_000_000,
    "setengah": 0.5, "separuh": 0.5, "seperempat": 0.25,
}
# Word that follows a digit word and multiplies or adds to it: "dua belas" = 12, "tiga puluh" = 30.
SMALL_SCALES = {"belas": "teen", "puluh": 10, "ratus": 100}

MULTIPLIERS = {
    "ribu": 1_000, "rb": 1_000, "rbu": 1_000,
    "juta": 1_000_000, "jt": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "m": 1_000_000_000,
    "triliun": 1_000_000_000_000, "trilyun": 1_000_000_000_000, "t": 1_000_000_000_000,
}
# Abbreviated multipliers that count only straight after a currency amount ("Rp9 T", "Rp5 M").
CURRENCY_ONLY_MULTIPLIERS = frozenset({"m", "t"})

# Hedge words before a number, mapped to one canonical English hedge shared by all languages.
HEDGES = {
    "sekitar": "about", "kurang lebih": "about", "kira-kira": "about", "sekira": "about", "lebih kurang": "about",
    "hampir": "almost", "nyaris": "almost", "mendekati": "almost",
    "lebih dari": "more than", "lebih daripada": "more than", "di atas": "more than", "melebihi": "more than",
    "kurang dari": "less than", "di bawah": "less than",
    "tidak sampai": "less than", "tak sampai": "less than", "tidak mencapai": "less than",
    "hingga": "up to", "sampai": "up to", "maksimal": "up to", "paling banyak": "up to", "maksimum": "up to",
    "paling lama": "up to", "paling tinggi": "up to", "tidak lebih dari": "up to", "tak lebih dari": "up to",
    "sedikitnya": "at least", "setidaknya": "at least", "paling sedikit": "at least", "minimal": "at least",
    "sekurang-kurangnya": "at least", "tak kurang dari": "at least", "tidak kurang dari": "at least",
}
# "mencapai" (reached) reports a value, not a bound: it is no hedge ("pernah mencapai Rp 16.560").
# A hedge written after the amount: "8.000 lebih penerima", "Rp 407 triliun lebih".
HEDGES_AFTER = {"lebih": "more than"}
# A suffix glued to the number: "20-an orang" is about 20 ("2010-an" is a decade, read by the date stage).
HEDGE_SUFFIXES = {"-an": "about", "an": "about", "+": "more than"}
# Words after "N lebih" that make it a comparison, not a hedge: "2 kali lebih besar", "5 persen lebih tinggi".
COMPARATIVES = frozenset({"besar", "kecil", "tinggi", "rendah", "banyak", "sedikit", "cepat", "lambat", "mahal",
                          "murah", "baik", "buruk", "kuat", "lemah", "lama", "awal", "dulu", "dahulu", "dari",
                          "daripada", "jauh", "dekat", "luas", "berat", "ringan", "tua", "muda", "parah"})
# Words between two numbers that make a range: "5-7 ribu", "5 hingga 7 ribu", "antara 5 dan 7".
RANGE_WORDS = ("hingga", "sampai", "sampai dengan", "s.d.", "s/d", "-", "–", "—", "dan")

PERCENT = ("persen", "%")
CURRENCIES = {"rp": "IDR", "idr": "IDR", "rupiah": "IDR", "us$": "USD", "usd": "USD", "$": "USD", "dolar as": "USD",
              "€": "EUR", "â\x82¬": "EUR", "eur": "EUR", "euro": "EUR", "£": "GBP", "s$": "SGD", "rm": "MYR",
              "¥": "JPY", "yuan": "CNY", "rubel": "RUB", "dolar": "USD"}
