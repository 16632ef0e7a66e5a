"""English number words, multipliers, hedges, currencies and range words, as data."""

DIGIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "half": 0.5,
}
SMALL_SCALES = {"hundred": 100}

MULTIPLIERS = {
    "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mln": 1_000_000, "m": 1_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
}
CURRENCY_ONLY_MULTIPLIERS = frozenset({"k", "m", "b", "bn", "tn"})

HEDGES = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "an estimated": "about", "nearly": "almost", "almost": "almost",
    "more than": "more than", "over": "more than", "upwards of": "more than", "above": "more than",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "up to": "up to", "as many as": "up to", "as much as": "up to",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
}
HEDGES_AFTER = {"plus": "more than"}
HEDGE_SUFFIXES = {"-odd": "about", "-plus": "more than", "+": "more than"}
COMPARATIVES = frozenset()
RANGE_WORDS = ("to", "-", "–", "—", "and")

PERCENT = ("percent", "per cent", "%")
CURRENCIES = {"us$": "USD", "usd": "USD", "$": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
              "rp": "IDR", "idr": "IDR", "rupiah": "IDR", "dollars": "USD", "dollar": "USD", "euros": "EUR",
              "pounds": "GBP", "yen": "JPY", "¥": "JPY"}
