"""Capitalised words and acronyms in Indonesian news that name no entity: groups of people by status (WNI, ASN) or
creed (Sunni, Syiah: tagged a person, one such word joined an Iraqi massacre of Shia pilgrims to a Pakistani arrest),
roles written like names (Jaksa Penuntut Umum), and programmes, budgets and laws, which the entity guidelines
leave out (BLT, MBG, APBN, UU). Lower-cased; written by hand for warta.
"""

# A mention that is one of these is no entity.
COMMON_NOUNS = frozenset(
    ["wni", "wna", "asn", "pns", "jpu", "tki", "pmi", "tkw", "bumd", "bumn", "ormas", "lsm", "umkm", "kpm", "ojol",
     "persero", "tbk", "jaksa penuntut umum", "penuntut umum", "majelis hakim", "gen z", "milenial", "netizen",
     "warganet", "sunni", "syiah", "syi'ah", "shiite", "shia", "alawi", "alawite"]
)  # fmt: skip

# A mention whose first word is one of these names a programme, budget or law.
PROGRAMME_WORDS = frozenset(
    ["blt", "bansos", "program", "mbg", "ckg", "pkh", "kip", "kis", "apbn", "apbd", "uu", "undang-undang", "perpres",
     "perppu", "pp", "perda", "permen", "kuhp", "kuhap", "pasal", "inpres", "keppres"]
)  # fmt: skip

# Titles abbreviated before names that the role lexicon (lang/id/roles.py, fixed while the shipped NER model reads
# it as a feature) lacks: "Kalakhar BPBD", "Kadis Pendidikan", "Kasi Pidsus Kejari OKI".
ROLE_ABBREVIATIONS = frozenset(
    ["kalakhar", "kalaksa", "kadis", "kasi", "kajari", "kajati", "kasat", "kanit", "kapolrestabes", "kapolresta",
     "kadiv", "kasubdit", "kabag", "kasubag", "kakanwil", "kadinkes", "kadinsos", "sekda", "kades", "lurah", "camat"]
)  # fmt: skip
