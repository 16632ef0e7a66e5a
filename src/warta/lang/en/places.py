"""English short names of countries that the place gazetteer lacks (it keeps "US" out: two capitals are too often
something else in Indonesian text), and words that make a capitalised run a place or a vessel. Written by hand."""

# surface form as written -> (English name, ISO country code)
COUNTRY_SHORT_NAMES: dict[str, tuple[str, str]] = {
    "US": ("United States", "US"),
    "U.S.": ("United States", "US"),
    "U.S": ("United States", "US"),
    "USA": ("United States", "US"),
    "America": ("United States", "US"),
    "UK": ("United Kingdom", "GB"),
    "U.K.": ("United Kingdom", "GB"),
    "Britain": ("United Kingdom", "GB"),
    "Great Britain": ("United Kingdom", "GB"),
    "UAE": ("United Arab Emirates", "AE"),
}

# Words before an organisation name that stand for a country: "US Navy" is the United States Navy.
COUNTRY_PREFIXES: dict[str, str] = {"US": "United States", "U.S.": "United States", "UK": "United Kingdom"}

# First or last words of a natural or built place ("Seruni Island", "Lumbu Strait", "Mount Semeru").
PLACE_LAST_WORDS = frozenset(
    ["Island", "Islands", "Strait", "Sea", "Bay", "Gulf", "River", "Lake", "Peninsula", "Mountain", "Mountains",
     "Volcano", "Valley", "Coast", "Harbour", "Harbor", "Port", "Airport", "Street", "Road", "Avenue", "Square",
     "Bridge", "Beach", "Reef", "Cape", "Regency", "Province", "District", "Village", "City"]
)  # fmt: skip
# (with the Indonesian words that stay in place names in English reports: "Tanjung Kelam", "Pulau Seruni")
PLACE_FIRST_WORDS = frozenset(
    ["Mount", "Lake", "Cape", "Port", "Gulf", "Strait", "Isle", "Tanjung", "Pulau", "Teluk", "Selat", "Gunung",
     "Kota", "Kabupaten", "Desa", "Kampung", "Jalan", "Pelabuhan", "Bandar", "Muara", "Sungai", "Danau"]
)  # fmt: skip

# Prefixes of ships' names: a vessel is neither a person nor a place ("KMP Yunicee", "MV Sinar Bangun").
VESSEL_PREFIXES = frozenset(
    ["KM", "KMP", "KRI", "KN", "KMC", "MV", "MT", "MS", "SS", "USS", "HMS", "HMAS", "RMS", "FV", "LNG", "TB", "KLM"]
)  # fmt: skip
