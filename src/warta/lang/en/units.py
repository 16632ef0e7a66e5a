"""What English numbers count: nouns for people, time and measure units, and words that end a number phrase."""

PERSON_NOUNS = frozenset(
    [
        "people",
        "persons",
        "person",
        "residents",
        "citizens",
        "nationals",
        "civilians",
        "troops",
        "soldiers",
        "reservists",
        "workers",
        "employees",
        "students",
        "children",
        "adults",
        "men",
        "women",
        "refugees",
        "migrants",
        "immigrants",
        "supporters",
        "voters",
        "passengers",
        "tourists",
        "visitors",
        "patients",
        "victims",
        "casualties",
        "members",
        "protesters",
        "demonstrators",
        "officers",
        "police",
        "officials",
        "prisoners",
        "inmates",
        "detainees",
        "fighters",
        "militants",
        "volunteers",
        "staff",
        "russians",
        "ukrainians",
        "americans",
        "indonesians",
        "families",
        "households",
    ]
)
PERSON_COMPOUNDS = ()
TIME_UNITS = {
    "years": "years",
    "year": "years",
    "months": "months",
    "month": "months",
    "weeks": "weeks",
    "week": "weeks",
    "days": "days",
    "day": "days",
    "hours": "hours",
    "hour": "hours",
    "minutes": "minutes",
    "decades": "decades",
}
MEASURE_UNITS = {
    "km": "km",
    "kilometers": "km",
    "kilometres": "km",
    "miles": "miles",
    "mile": "miles",
    "meters": "metres",
    "metres": "metres",
    "tons": "tonnes",
    "tonnes": "tonnes",
    "kg": "kg",
    "pounds": "lb",
    "acres": "acres",
    "hectares": "ha",
    "degrees": "degrees",
    "barrels": "barrels",
}
AGE_CUES = ("aged", "age")
PRISON_WORDS = ("in prison", "prison", "in jail", "jail")
NOUN_MODIFIERS = frozenset()
NOT_NOUNS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "for",
        "with",
        "by",
        "that",
        "this",
        "these",
        "those",
        "which",
        "who",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "more",
        "less",
        "than",
        "as",
        "per",
        "times",
        "percent",
        "over",
        "about",
        "around",
        "nearly",
        "some",
    ]
)
VERB_PREFIXES = ()
BARE_VERBS = frozenset(["left", "arrived", "fled", "died", "came", "went"])
LABEL_WORDS = frozenset(["article", "section", "page", "chapter", "no", "number", "room", "floor", "round", "stage"])
TIME_CUES = ("at",)
CLASSIFIERS = frozenset()
SENTENCE_CUES = frozenset({"prison", "jail", "sentenced", "sentence", "imprisonment", "faces", "facing"})
# Spellings of one unit, so that units compare by meaning: "tons" and "tonnes", "meters" and "metres".
SPELLINGS = {"tons": "tonnes", "ton": "tonnes", "tonne": "tonnes", "t": "tonnes", "meters": "metres",
             "meter": "metres", "m": "metres", "kilometers": "km", "kilometres": "km", "centimeters": "cm",
             "centimetres": "cm", "kilograms": "kg", "liters": "litres", "l": "litres", "hectares": "ha",
             "labor": "labour", "centers": "centres", "center": "centre", "programs": "programmes"}


def spelled_alike(unit: str) -> str:
    """One spelling for a unit phrase: "50 tons" and "50 tonnes" count the same thing."""
    return " ".join(SPELLINGS.get(w, w) for w in unit.lower().split())
