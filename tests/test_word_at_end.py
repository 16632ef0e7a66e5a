"""The end-of-text word test answers as the end-anchored search it replaces, on every prefix of real sentences."""

from __future__ import annotations

import csv
import re
from itertools import islice

from warta.facts.word_at_end import word_at_end
from warta.lang.en import reporting as en_reporting
from warta.lang.id import reporting as id_reporting
from warta.lang.id import units as id_units


def test_word_at_end_answers_as_the_end_anchored_search(shared):
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as f:
        lines = [line for row in islice(csv.DictReader(f), 40) for line in row["isi_berita"].splitlines()]
    prefixes = [line[:m.end()] for line in lines for m in re.finditer(r"\s|$", line)]
    prefixes += ["", "jam", "Pukul \n", "xpukul ", "_jam", "1 pukul\u00a0", "tidak\n\n", "Not  \t"]
    hits = 0
    for words in (id_units.TIME_CUES, id_reporting.NOT_REPORTING_BEFORE, en_reporting.NOT_REPORTING_BEFORE):
        search = re.compile(r"\b(?:{})\s*$".format("|".join(words)), re.IGNORECASE)
        test = word_at_end(tuple(words))
        for text in prefixes:
            assert test(text) == bool(search.search(text)), repr(text[-40:])
            hits += test(text)
    assert hits > 50
