"""Numbers in running text, normalised: "200 ribu" = 200000, "7.000" = 7000, "1,5 juta", "Rp55 miliar",
"US$1,2 miliar", "41 persen", "dua puluh lima", "5-7 ribu", with the hedge before them ("sekitar", "at least").

Separators follow the language: Indonesian writes 7.000 and 1,5; English writes 7,000 and 1.5. A dot or comma
followed by exactly three digits is a thousands separator in the language that uses it that way.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from warta.lang.en import numbers as en_numbers
from warta.lang.id import numbers as id_numbers

# "â\x82¬" is the euro sign of a page decoded as Latin-1 (the detik CSV prints "â¬63,5 juta").
_TOKEN = re.compile(r"US\$|S\$|â\x82¬|\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[$€£¥%]|[-–—/]|\S")


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    value_max: float | None = None
    hedge: str = ""
    currency: str = ""
    percent: bool = False
    spelled: bool = False  # written in words ("tiga", "twenty")
    multiplied: bool = False  # a multiplier word followed ("ribu", "million")


@dataclass(slots=True)
class _Token:
    text: str
    start: int
    end: int
    low: str  # the text lower-cased, read many times per token


def language_data(lang: str):
    return en_numbers if lang == "en" else id_numbers


def parse_numeral(text: str, lang: str = "id") -> float | None:
    """A numeral written with digits and the language's separators; None when it is not one."""
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", text):
        return None
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    if "." in text and "," in text:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        return float(text.replace(thousands, "").replace(decimal, "."))
    for sep in (thousands, decimal):
        if sep in text:
            groups = text.split(sep)
            if sep == thousands and all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
                return float("".join(groups))
            if len(groups) == 2:
                return float(groups[0] + "." + groups[1])
            if all(len(g) == 3 for g in groups[1:]):  # "1.000.000" in English text, "1,000,000" in Indonesian
                return float("".join(groups))
            return None
    return float(text)


def tokens(text: str) -> list[_Token]:
    return [_Token(word := m.group(), m.start(), m.end(), word.lower()) for m in _TOKEN.finditer(text)]


@functools.cache
def _openers(lang: str) -> frozenset[str]:
    """The words a quantity can start with besides a numeral: a currency, a number word, the first word of a
    two-word number ("a dozen"). Most tokens are none of these and are passed over without parsing."""
    data = language_data(lang)
    return frozenset({*data.CURRENCIES, "rp", *data.DIGIT_WORDS, *(key.split(" ")[0] for key in data.DIGIT_WORDS)})


def find_quantities(text: str, lang: str = "id") -> list[Quantity]:
    """Every number expression in ``text`` with its value, range, currency, percent sign and hedge."""
    data = language_data(lang)
    toks = tokens(text)
    found: list[Quantity] = []
    openers = _openers(lang)
    i = 0
    while i < len(toks):
        low = toks[i].low
        if not (low[0].isdecimal() or low in openers or low.rstrip(".") in openers
                or low.partition("-")[0] in openers):
            i += 1  # cannot start a numeral, a currency or number words (_currency_at, _amount_at, _spelled_at)
            continue
        parsed = _quantity_at(toks, i, data, lang)
        if parsed is None:
            i += 1
            continue
        quantity, i = parsed
        quantity.hedge = _hedge_before(text, quantity.start, data)
        i = _hedge_after(toks, i, quantity, data)
        if _negative(text, quantity):
            quantity.value, quantity.start = -quantity.value, quantity.start - 1
        quantity.text = text[quantity.start : quantity.end]
        found.append(quantity)
    return found


def _quantity_at(toks: list[_Token], i: int, data, lang: str) -> tuple[Quantity, int] | None:
    start = toks[i].start
    currency, j = _currency_at(toks, i, data)
    first = _amount_at(toks, j, data, lang, bool(currency))
    if first is None:
        return None
    value, spelled, multiplied, j = first
    q = Quantity(start, toks[j - 1].end, "", value, currency=currency, spelled=spelled, multiplied=multiplied)
    j = _range_at(toks, j, q, data, lang)
    if not currency:  # a trailing currency word: "5 juta dolar", "200 rupiah"
        word = toks[j].low if j < len(toks) else ""
        if word in data.CURRENCIES and word.isalpha() and len(word) > 2:
            q.currency, q.end, j = data.CURRENCIES[word], toks[j].end, j + 1
    if j < len(toks) and (toks[j].low in data.PERCENT or _two_words(toks, j) in data.PERCENT):
        q.percent = True
        width = 1 if toks[j].low in data.PERCENT else 2
        q.end, j = toks[j + width - 1].end, j + width
    return q, j


def _two_words(toks: list[_Token], j: int) -> str:
    return f"{toks[j].low} {toks[j + 1].low}" if j + 1 < len(toks) else ""


def _currency_at(toks: list[_Token], i: int, data) -> tuple[str, int]:
    word = toks[i].low.rstrip(".")
    if word in data.CURRENCIES and i + 1 < len(toks) and toks[i + 1].text[0].isdigit():
        nxt = i + 2 if toks[i + 1].text == "." else i + 1  # "Rp. 5.000"
        return data.CURRENCIES[word], nxt
    if word == "rp" and i + 2 < len(toks) and toks[i + 1].text == "." and toks[i + 2].text[0].isdigit():
        return "IDR", i + 2
    return "", i


def _amount_at(toks: list[_Token], j: int, data, lang: str, money: bool) -> tuple[float, bool, bool, int] | None:
    """A digit numeral or a run of number words, then an optional multiplier word."""
    if j >= len(toks):
        return None
    value = parse_numeral(toks[j].text, lang)
    spelled = False
    if value is not None:
        j += 1
    else:
        words = _spelled_at(toks, j, data)
        if words is None:
            return None
        value, j = words
        spelled = True
    multiplied = False
    while j < len(toks) and toks[j].low in data.MULTIPLIERS:
        word = toks[j].low
        abbreviation_fits = money and (toks[j].text[0].isupper() or lang == "en")
        if word in data.CURRENCY_ONLY_MULTIPLIERS and not abbreviation_fits:
            break
        value = round(value * data.MULTIPLIERS[word], 6)  # 4,03 ribu is 4030, not 4030.0000000000005
        multiplied, j = True, j + 1
    return value, spelled, multiplied, j


def _spelled_at(toks: list[_Token], j: int, data) -> tuple[float, int] | None:
    """Number words: "dua puluh lima" = 25, "seratus dua puluh tiga" = 123, "seribu" = 1000, "twenty-five" = 25."""
    total, group, small, k, seen = 0.0, 0.0, 0.0, j, False
    while k < len(toks):
        word, two = toks[k].low, _two_words(toks, k)
        parts = word.split("-")
        if two in data.DIGIT_WORDS or word in data.DIGIT_WORDS or all(p in data.DIGIT_WORDS for p in parts):
            width = 2 if two in data.DIGIT_WORDS else 1
            value = data.DIGIT_WORDS[two] if width == 2 else sum(data.DIGIT_WORDS[p] for p in parts)
            if value >= 1000:  # "seribu", "sejuta": one of the multiplier
                total += value
            elif value == 100:  # "seratus"
                group, small = group + small + 100, 0.0
            else:
                small += value
            k += width
        elif seen and word in data.SMALL_SCALES:
            scale = data.SMALL_SCALES[word]
            if scale == "teen":
                small += 10
            elif scale == 10:
                small *= 10
            else:
                group, small = group + (small or 1) * scale, 0.0
            k += 1
        elif seen and word in data.MULTIPLIERS and word not in data.CURRENCY_ONLY_MULTIPLIERS:
            total += (group + small or 1) * data.MULTIPLIERS[word]
            group = small = 0.0
            k += 1
        elif seen and word == "and" and k + 1 < len(toks) and toks[k + 1].low in data.DIGIT_WORDS:
            k += 1  # "one hundred and five"
            continue
        else:
            break
        seen = True
    if not seen:
        return None
    return total + group + small, k


def _range_at(toks: list[_Token], j: int, q: Quantity, data, lang: str) -> int:
    """A second amount after a range word: "5-7 ribu" = 5000..7000, "5 hingga 7 juta", "10 to 12 million"."""
    if j >= len(toks) or toks[j].low not in data.RANGE_WORDS:
        return j
    k = j + 1
    if q.currency and k + 1 < len(toks) and data.CURRENCIES.get(toks[k].low.rstrip(".")) == q.currency:
        k += 1  # the currency said again: "Rp 16.504 sampai Rp 16.516"
    second = _amount_at(toks, k, data, lang, bool(q.currency))
    if second is None:
        return j
    value, _, multiplied, end = second
    if value <= q.value and not multiplied:
        return j
    if multiplied and not q.multiplied:  # the multiplier after the second number applies to both: "5-7 ribu"
        scale = value / _amount_value(toks, k, data, lang)
        q.value *= scale
        q.multiplied = True
    if value <= q.value:
        return j
    q.value_max = value
    q.end = toks[end - 1].end
    return end


def _amount_value(toks: list[_Token], j: int, data, lang: str) -> float:
    value = parse_numeral(toks[j].text, lang)
    if value is None:
        words = _spelled_at(toks, j, data)
        value = words[0] if words else 1.0
    return value or 1.0


def _hedge_after(toks: list[_Token], i: int, q: Quantity, data) -> int:
    """"8.000 lebih penerima", "Rp 407 triliun lebih": the hedge after the amount, unless a comparison follows
    ("5 persen lebih tinggi"); "20-an orang": a suffix glued to it."""
    if q.hedge or i >= len(toks):
        return i
    for suffix, hedge in data.HEDGE_SUFFIXES.items():
        glued = "".join(t.text for t in toks[i : i + 2])
        if toks[i].start == q.end and (glued == suffix or toks[i].text == suffix) and not q.percent:
            width = 1 if toks[i].text == suffix else 2
            if i + width >= len(toks) or toks[i + width].start > toks[i + width - 1].end:
                q.hedge, q.end = hedge, toks[i + width - 1].end
                return i + width
    if toks[i].low not in data.HEDGES_AFTER:
        return i
    if i + 1 < len(toks) and toks[i + 1].low in data.COMPARATIVES:
        return i
    q.hedge, q.end = data.HEDGES_AFTER[toks[i].low], toks[i].end
    return i + 1


def _negative(text: str, q: Quantity) -> bool:
    """A minus sign glued to the number and standing alone before it: "menjadi -0,25%" (not "15-30", "ke-7")."""
    if q.currency or q.start < 1 or text[q.start - 1] not in "-−" or q.value_max is not None:
        return False
    return q.start == 1 or text[q.start - 2] in " (\t\n"


def _hedge_before(text: str, start: int, data) -> str:
    before = text[max(0, start - 40) : start].lower()
    words = re.findall(r"[\w-]+", before)
    for width in (4, 3, 2, 1):
        phrase = " ".join(words[-width:])
        if len(words) >= width and phrase in data.HEDGES and before.rstrip().endswith(phrase):
            return data.HEDGES[phrase]
    return ""
