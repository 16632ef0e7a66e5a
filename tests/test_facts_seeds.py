"""The fact stages on the five seed documents, scored against the hand gold through the eval tasks."""

from __future__ import annotations

from warta.evaluate import citations, claims, dates, quotes


def test_seed_quotes(shared):
    result = quotes.run(shared / "gold" / "seeds.json")
    assert result["direct_with_speaker"] == "7/7", result["misses"]
    assert result["indirect_with_speaker"] >= 0.8, result["misses"]


def test_seed_citations(shared):
    result = citations.run(shared / "gold" / "seeds.json")
    assert result["recall"] == 1.0, result["misses"]
    assert result["not_in_gold"] == []
    assert result["republication_with_title"] == "1/1"


def test_seed_claims(shared):
    result = claims.run(shared / "gold" / "seeds.json")
    assert result["with_value_hedge_unit"] == "12/12", result["misses"]


def test_seed_dates_with_a_publication_date(shared):
    result = dates.run(shared / "gold" / "seeds.json")
    assert result["precision"] >= 0.85, result
    assert result["recall"] >= 0.85, result["misses"]
