"""Indonesian abbreviations and titles that end in a period without ending a sentence."""

ABBREVIATIONS = frozenset(
    [
        "prof",
        "dr",
        "drs",
        "dra",
        "ir",
        "h",
        "hj",
        "st",
        "sh",
        "se",
        "mm",
        "msi",
        "mpd",
        "mh",
        "mkes",
        "skom",
        "spd",
        "ssos",
        "spt",
        "kh",
        "jl",
        "jln",
        "no",
        "tbk",
        "pt",
        "cv",
        "ra",
        "rs",
        "irjen",
        "brigjen",
        "kombes",
        "akbp",
        "pol",
        "kapt",
        "kol",
        "letkol",
        "mayjen",
        "letjen",
        "jend",
        "laksda",
        "marsda",
        "dll",
        "dsb",
        "dst",
        "yth",
        "tgl",
        "hlm",
        "bpk",
        "sdr",
        "sdri",
        "a.n",
        "u.p",
        "kec",
        "kab",
        "kel",
        "ds",
        "km",
        "kg",
        "tb",  # Tubagus
        "dsn",  # dusun
        "dk",  # dukuh
        "kp",  # kampung
        "gg",  # gang
        "prov",
        "ph",
        "vol",
        "hal",
        "thn",
        "bln",
        "ny",
        "nn",
        "mr",
        "mrs",
        "ms",
        "jr",
        "sr",
        "vs",
        "etc",
        "apt",
        "ak",
        "ssi",
        "msc",
        "phd",
        "mba",
        "mt",
        "spog",
        "spa",
        "sp",
        "tn",  # Tuan
        "rev",
        "pres",
        "lt",  # lantai
        "telp",
        "tel",
        "fax",
    ]
)

# Abbreviations that close a list or a name ("kopi, jagung dll.", "Martin Luther King, Jr.", "GeoEye Inc."):
# followed by a capital they end the sentence (UD Indonesian GSD dev/test and PUD have such boundaries and no
# counter-example); followed by a lower-case word they do not ("Valve Corp. sempat ...", IndoSum).
COMPANY_FORMS = frozenset(["inc", "corp", "co", "ltd", "bros", "plc", "llc"])
SENTENCE_FINAL = frozenset(["dll", "dsb", "dst", "dkk", "etc", "jr", "sr"]) | COMPANY_FORMS

# Abbreviations that stand before a number ("No. 5", "hlm. 12", "Telp. (021) 555"). Only there are they
# abbreviations: "hal" is also the common word "matter" ("banyak hal. Lalu ..."), and "no." before a capitalised
# word ends a sentence on a street address ("di Jalan Kramat no. Lebih dari ...").
BEFORE_NUMBERS = frozenset(["no", "nos", "hal", "hlm", "vol", "tel", "telp", "fax", "tgl", "thn", "bln", "rt", "rw"])

# Informal short forms of news copy and captions ("Rp 5 jt. per bulan", "dkk. menemukan"): a lower-case word
# after them continues the sentence.
INFORMAL = frozenset(["jt", "rb", "yg", "dgn", "utk", "tsb", "krn", "sbg", "dlm", "thd", "kpd", "pd", "spt"])

# Units that follow a number ("1.700 mm.", "34 km."): there the period is the sentence's, not an abbreviation's.
UNITS = frozenset(["km", "kg", "mm", "cm", "m", "g", "ha"])

# Capitalised function words that begin sentences and never a name: after one of them a title or an initial was the
# last word of a sentence ("... dijabat oleh Brigjen. Kemudian ...", "pemilik mobilnya inisial I. Mereka ...").
SENTENCE_OPENERS = frozenset(
    [
        "Ia", "Dia", "Mereka", "Kami", "Kita", "Saya", "Aku", "Anda", "Beliau", "Ini", "Itu", "Hal", "Namun",
        "Tetapi", "Tapi", "Kemudian", "Lalu", "Sementara", "Sedangkan", "Selain", "Setelah", "Sebelum", "Sebelumnya",
        "Selanjutnya", "Dalam", "Pada", "Untuk", "Dengan", "Dari", "Oleh", "Menurut", "Semoga", "Meski", "Meskipun",
        "Karena", "Sebab", "Jika", "Bila", "Apabila", "Adapun", "Bahkan", "Akan", "Saat", "Ketika", "Sejak",
        "Hingga", "Kini", "Seperti", "Yang", "Apalagi", "Selama", "Sehingga", "Maka", "Tak", "Tidak",
        "Sudah", "Belum", "Juga", "Pun", "Sebanyak", "Akibatnya", "Padahal",
    ]
)
# Words that name a person only by an initial, which then ends a sentence: "tersangka berinisial MS. MS ditangkap".
PSEUDONYM_CUES = frozenset(["inisial", "berinisial", "insial"])
