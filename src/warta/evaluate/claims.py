"""`warta eval claims --data PATH` on the seed gold (gold/seeds.json).

A gold claim is found when a predicted claim in its gold line has the same value; it is fully right when the hedge
is the same (none = "") and the unit means the same: the same kind (percent; money in the same currency; age;
prison term) or, for other counts and durations, the claim's English unit (the gloss of the counted noun,
lang/id/nouns.py) shares a word with the gold unit, spellings folded ("tons" is "tonnes"); a gold unit naming
people is also met by a claim of people under another noun. Precision counts every predicted claim; claims outside
the gold body lines are also reported on their own (from_non_body).
"""

from __future__ import annotations

import re
from pathlib import Path

from warta.evaluate.metrics import prf
from warta.evaluate.seedlines import locate
from warta.evaluate.seeds import is_seed_gold, load_seed_gold
from warta.lang.en import units as en_units


def run(data: Path) -> dict:
    if not is_seed_gold(data):
        raise ValueError(f"{data}: claims are evaluated on the seed gold file (gold/seeds.json)")
    gold = load_seed_gold(data)
    articles = gold.articles()
    total = found = full = predicted = matched = outside = 0
    misses = []
    for name, doc in gold.documents.items():
        article = articles[name]
        lines = locate(article, doc)
        predicted += len(article.claims)
        outside += sum(lines.line_at(c.start) < 0 for c in article.claims)
        used: set[int] = set()
        for g in doc.get("claims", []):
            total += 1
            span = lines.span(g["line"])
            hits = [i for i, c in enumerate(article.claims) if i not in used and span and span[0] <= c.start < span[1]
                    and c.value == g["value"]]
            if not hits:
                misses.append(f"{name}:{g['line']} {g['value']} not found")
                continue
            claim = article.claims[hits[0]]
            used.add(hits[0])
            found += 1
            if claim.hedge == (g.get("hedge") or "") and unit_matches(claim.unit, claim.kind, g["unit"]):
                full += 1
            else:
                misses.append(f"{name}:{g['line']} {g['value']} {claim.hedge!r}/{claim.unit!r} vs "
                              f"{g.get('hedge')!r}/{g['unit']!r}")
        matched += len(used)
    return {**prf(matched, predicted, total), "with_value_hedge_unit": f"{full}/{total}",
            "from_non_body": outside, "n": total, "misses": misses}


def unit_matches(unit: str, kind: str, gold: str) -> bool:
    words = set(re.findall(r"[a-z]+", gold.lower()))
    if "percent" in words and "points" not in words:
        return kind == "percent"
    if "age" in words:
        return kind == "age"
    if "prison" in words or "jail" in words:
        return kind == "prison"
    if gold.upper() == unit.upper():
        return True
    if kind == "people" and (words & en_units.PERSON_NOUNS or any(w.endswith("ans") for w in words)):
        return True
    ours = {w.rstrip("s") for w in en_units.spelled_alike(unit).split()}
    theirs = {w.rstrip("s") for w in en_units.spelled_alike(gold).split()}
    return bool(ours & theirs - {"per", "of", "in"})
