"""Two reads the store does not offer yet, as single SQL statements over its schema (store/schema.py):
counting entities, and the stories that mention an entity, paged and ordered like SQLiteStore.list_stories."""

from __future__ import annotations

from warta.store.sqlite import SQLiteStore

_ORDER = {"newest": "s.last_seen DESC, s.id", "largest": "s.size DESC, s.last_seen DESC, s.id"}
_OF_ENTITY = ("FROM stories s WHERE s.size >= ? AND s.id IN (SELECT sa.story_id FROM story_articles sa"
              " JOIN article_entities ae ON ae.article_id = sa.article_id WHERE ae.entity_id = ?)")


def count_entities(store: SQLiteStore, label: str | None) -> int:
    where, params = ("WHERE label = ?", (label,)) if label else ("", ())
    return store.db.execute(f"SELECT COUNT(*) FROM entities {where}", params).fetchone()[0]


def stories_of_entity(store: SQLiteStore, entity_id: str, limit: int, offset: int, order: str = "newest",
                      min_size: int = 1) -> list[dict]:
    rows = store.db.execute(
        f"SELECT s.id, s.title, s.size, s.first_seen, s.last_seen {_OF_ENTITY} ORDER BY {_ORDER[order]}"
        " LIMIT ? OFFSET ?", (min_size, entity_id, limit, offset))
    return [dict(r) for r in rows]


def count_stories_of_entity(store: SQLiteStore, entity_id: str, min_size: int = 1) -> int:
    return store.db.execute(f"SELECT COUNT(*) {_OF_ENTITY}", (min_size, entity_id)).fetchone()[0]
