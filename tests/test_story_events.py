"""Stories as events: headline-only items stored and grouped, the two event-level dev sets, language-neutral and
event keys."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from warta.cli import app
from warta.store.sqlite import SQLiteStore

runner = CliRunner()

HEADLINES = [  # made up for this test: two outlets on one incident, a third headline on another
    {"title": "Gempa Magnitudo 6,1 Guncang Cianjur, 12 Rumah Rusak", "outlet": "Kabar Satu",
     "url": "https://kabarsatu.example/2024/03/02/gempa-cianjur", "published": "2024-03-02T08:00:00+07:00"},
    {"title": "Gempa M 6,1 di Cianjur Rusak 12 Rumah Warga", "outlet": "Warta Dua",
     "url": "https://wartadua.example/gempa-m-61-cianjur-rusak-12-rumah", "published": "2024-03-02T09:10:00+07:00"},
    {"title": "Harga Beras Naik di Pasar Induk Cipinang", "outlet": "Kabar Satu",
     "url": "https://kabarsatu.example/2024/03/02/harga-beras", "published": "2024-03-02T10:00:00+07:00"},
]


def test_headline_only_rows_are_stored_grouped_and_marked(tmp_path):
    path = tmp_path / "headlines.jsonl"
    path.write_text("".join(json.dumps(h) + "\n" for h in HEADLINES), encoding="utf-8")
    db = str(tmp_path / "warta.db")
    result = runner.invoke(app, ["ingest", str(path), "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    assert (json.loads(result.stdout)["new"], json.loads(result.stdout)["failed"]) == (3, 0)
    with SQLiteStore(tmp_path / "warta.db") as store:
        stored = {a.meta.title: a for a in store.iter_articles()}
        assert all(a.meta.headline_only and a.body == a.meta.title for a in stored.values())
        story = {t: store.story_of(a.id) for t, a in stored.items()}
    quake = [story[h["title"]] for h in HEADLINES[:2]]
    assert quake[0] == quake[1] != story[HEADLINES[2]["title"]]
    shown = runner.invoke(app, ["article", stored[HEADLINES[0]["title"]].id, "--db", db])
    assert "headline only" in shown.stdout
    again = runner.invoke(app, ["ingest", str(path), "--db", db, "--json"])
    assert json.loads(again.stdout)["new"] == 0  # re-ingesting the same headlines changes nothing
