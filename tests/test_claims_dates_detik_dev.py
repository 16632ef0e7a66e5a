"""Claims and event dates on the detik dev gold (30 real Detik articles annotated by hand), through the eval tasks:
the acceptance lines of the facts issue."""

from __future__ import annotations

from warta.evaluate import claims, dates


def test_detik_dev_claims(shared):
    result = claims.run(shared / "gold" / "detik-dev" / "detik-dev-gold.json")
    right, total = map(int, result["with_value_hedge_unit"].split("/"))
    assert result["f1"] >= 0.90, result["misses"]
    assert right >= 0.8 * total, result["misses"]


def test_detik_dev_event_dates(shared):
    result = dates.run(shared / "gold" / "detik-dev" / "detik-dev-gold.json")
    assert result["f1"] >= 0.92, result["misses"]
