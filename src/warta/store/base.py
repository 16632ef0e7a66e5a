"""What every SQL store shares: the statements both SQLite and PostgreSQL accept, and row <-> object conversion.

A backend supplies the connection-level calls (``rows``, ``run``, ``run_many``, ``transaction``; parts with
tables of their own, warta.monitor, use them too), its schema and migrations, full-text search and its
insertion-order column; everything written once here runs on both. Statements use ``?`` placeholders; the
PostgreSQL store rewrites them for its driver. Upserts are spelled ``ON CONFLICT ... DO`` (SQLite has read that
syntax since 3.24), and NULL order is explicit where the engines' defaults differ (SQLite sorts NULL first,
PostgreSQL last).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from warta.model import Article, Entity, Story, from_dict, to_dict
from warta.store.rows import ARTICLE_COLUMNS, article_from_row, article_record, compress, decompress, load_json
from warta.store.stage_state import StageState

SUMMARY_COLUMNS = ("id", "origin", "url", "title", "outlet", "published", "language", "ingested")
# An entity's fields its row holds as columns: its record holds the others that are not empty (the defaults)
_ENTITY_COLUMNS = ("id", "name", "label")
_STORY_ORDER = {"newest": "s.last_seen DESC NULLS LAST, s.id",
                "largest": "s.size DESC, s.last_seen DESC NULLS LAST, s.id"}
_STORIES_OF_ENTITY = ("FROM stories s WHERE s.size >= ? AND s.id IN (SELECT sa.story_id FROM story_articles sa"
                      " JOIN article_entities ae ON ae.article_id = sa.article_id WHERE ae.entity_id = ?)")


class SQLStore(StageState):
    """The store interface. ``path`` names the store (a file, or a postgresql:// URL)."""

    path: str
    ORDER_COLUMN = "rowid"  # the column that records insertion order
    keep_source = False  # whether new articles keep their source text (`warta ingest --keep-source`)

    # --- hooks a backend supplies ---------------------------------------------------------------------------

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict]:
        raise NotImplementedError

    def run(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Execute one statement; the number of rows it changed."""
        raise NotImplementedError

    def run_many(self, sql: str, rows: list[tuple]) -> None:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[Any]:
        """Commits on success, rolls back on error; a store's writers take turns inside it."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def search(self, query: str, limit: int = 20, offset: int = 0, seconds: float | None = None) -> list[dict]:
        raise NotImplementedError

    def count_search(self, query: str, seconds: float | None = None) -> int:
        raise NotImplementedError

    def iter_articles(self, order: str = "published", **filters: Any) -> Iterator[Article]:
        """Every article, or those the filters of ``list_articles`` choose (outlet, since, until, story, ...)."""
        raise NotImplementedError

    def search_ids_between(self, query: str, after: int, upto: int) -> list[str]:
        """Articles matching a search among those stored after ``after`` up to ``upto`` (``latest_seq`` values),
        in the order they were stored."""
        raise NotImplementedError

    def encode_record(self, record: str) -> Any:
        """The ``data`` column's value for an article's or a story's JSON record: the JSON itself, or compressed
        (read back by ``article_from_row`` and ``get_story``, whichever it is)."""
        return record

    def encode_body(self, body: str) -> Any:
        """How the body column holds an article's body: as text, which PostgreSQL compresses itself."""
        return body

    def latest_seq(self) -> int:
        """Where the insertion order stands: articles stored later have a greater ``ORDER_COLUMN``."""
        return self.value(f"SELECT COALESCE(MAX({self.ORDER_COLUMN}), 0) AS n FROM articles")

    # --- derived helpers ------------------------------------------------------------------------------------

    def row(self, sql: str, params: Iterable[Any] = ()) -> dict | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def value(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = self.row(sql, params)
        return next(iter(row.values())) if row else None

    def column(self, sql: str, params: Iterable[Any] = ()) -> list:
        return [next(iter(r.values())) for r in self.rows(sql, params)]

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- articles -------------------------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> list[bool]:
        """Store a batch in one transaction; True for each article that was new, False for a duplicate."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        added = []
        with self.transaction():
            for article in articles:
                article.ingested = article.ingested or now
                added.append(self._insert(article))
        return added

    def _insert(self, article: Article) -> bool:
        m = article.meta
        changed = self.run(
            "INSERT INTO articles (id, origin, url, title, outlet, published, language, body, data, ingested)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (article.id, article.origin, m.url, m.title, m.outlet, m.published or m.published_not_before,
             m.language, self.encode_body(article.body), self.encode_record(article_record(article)),
             article.ingested),
        )
        if changed == 0:
            return False
        if self.keep_source and article.source_text:
            self.run("INSERT INTO article_sources (article_id, data) VALUES (?, ?) ON CONFLICT (article_id) DO NOTHING",
                     (article.id, compress(article.source_text)))
        self._index_entities(article)
        return True

    def _index_entities(self, article: Article) -> None:
        counts: dict[str, int] = {}
        for mention in article.mentions:
            if mention.entity:
                counts[mention.entity] = counts.get(mention.entity, 0) + 1
        for entity in article.entities:
            self.upsert_entity(entity)
        self.run_many(
            "INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)"
            " ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = excluded.mentions",
            [(article.id, eid, n) for eid, n in counts.items()],
        )
        self.run_many("UPDATE entities SET articles = articles + 1 WHERE id = ?", [(eid,) for eid in counts])

    def replace_article(self, article: Article) -> None:
        """Re-processing (a better model, say) rewrites an article's annotations in place."""
        with self.transaction():
            self.run("UPDATE entities SET articles = articles - 1"
                     " WHERE id IN (SELECT entity_id FROM article_entities WHERE article_id = ?)", (article.id,))
            self.run("DELETE FROM article_entities WHERE article_id = ?", (article.id,))
            m = article.meta
            self.run(
                "UPDATE articles SET origin=?, url=?, title=?, outlet=?, published=?, language=?, body=?, data=?,"
                " ingested=COALESCE(NULLIF(?, ''), ingested) WHERE id=?",
                (article.origin, m.url, m.title, m.outlet, m.published or m.published_not_before, m.language,
                 self.encode_body(article.body), self.encode_record(article_record(article)), article.ingested,
                 article.id),
            )
            self._index_entities(article)

    def has_article(self, article_id: str) -> bool:
        return self.row("SELECT 1 AS one FROM articles WHERE id = ?", (article_id,)) is not None

    def get_article(self, article_id: str) -> Article | None:
        row = self.row(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        if row is None and len(article_id) >= 6 and all(c in "0123456789abcdef" for c in article_id):
            rows = self.rows(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? || '%' LIMIT 2", (article_id,))
            row = rows[0] if len(rows) == 1 else None  # an ambiguous prefix names no article
        return article_from_row(row) if row else None

    def get_source(self, article_id: str) -> str | None:
        """The source text an article was cleaned from, when it was kept (``keep_source``)."""
        data = self.value("SELECT data FROM article_sources WHERE article_id = ?", (article_id,))
        return decompress(data) if data is not None else None

    def count_articles(self, **filters: Any) -> int:
        where, params = article_filters(**filters)
        if not where:
            return self.value("SELECT n FROM totals WHERE name = 'articles'")  # maintained by triggers
        return self.value(f"SELECT COUNT(*) AS n FROM articles {where}", params)

    def list_articles(self, limit: int = 50, offset: int = 0, **filters: Any) -> list[dict]:
        where, params = article_filters(**filters)
        return self.rows(
            f"SELECT {', '.join(SUMMARY_COLUMNS)},"
            " (SELECT story_id FROM story_articles s WHERE s.article_id = a.id) AS story"
            f" FROM articles a {where} ORDER BY published DESC NULLS LAST, {self.ORDER_COLUMN} DESC"
            " LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )

    # --- stories --------------------------------------------------------------------------------------------

    def save_stories(self, stories: Iterable[Story], replace_all: bool = False,
                     linked: dict[str, list[str]] | None = None) -> None:
        """Write stories and their membership; with ``linked`` (story id -> the articles that joined it), only
        those memberships are written (the rest are already stored)."""
        with self.transaction():
            if replace_all:
                self.run("DELETE FROM stories")
                self.run("DELETE FROM story_articles")
            for story in stories:
                self.run(
                    "INSERT INTO stories (id, title, size, first_seen, last_seen, data) VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET title = excluded.title, size = excluded.size,"
                    " first_seen = excluded.first_seen, last_seen = excluded.last_seen, data = excluded.data",
                    (story.id, story.title, len(story.articles), story.first_seen, story.last_seen,
                     self.encode_record(json.dumps(to_dict(story), ensure_ascii=False))),
                )
                self.run_many(
                    "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)"
                    " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id",
                    [(a, story.id) for a in (story.articles if linked is None else linked.get(story.id, []))],
                )

    def get_story(self, story_id: str) -> Story | None:
        data = self.value("SELECT data FROM stories WHERE id = ?", (story_id,))
        return from_dict(Story, load_json(data)) if data else None

    def get_story_head(self, story_id: str) -> Story | None:
        """A story's title, dates, members and related stories, without its analysis (which is not decoded)."""
        data = self.value("SELECT data FROM stories WHERE id = ?", (story_id,))
        if not data:
            return None
        record = load_json(data)
        return Story(id=record["id"], title=record["title"], articles=record["articles"],
                     related=record["related"], first_seen=record["first_seen"], last_seen=record["last_seen"])

    def list_stories(self, limit: int = 50, offset: int = 0, order: str = "newest", min_size: int = 1) -> list[dict]:
        return self.rows(
            "SELECT s.id, s.title, s.size, s.first_seen, s.last_seen FROM stories s WHERE s.size >= ?"
            f" ORDER BY {_STORY_ORDER[order]} LIMIT ? OFFSET ?",
            (min_size, limit, offset),
        )

    def count_stories(self, min_size: int = 1) -> int:
        if min_size in _STORY_TOTALS:
            return self.value("SELECT n FROM totals WHERE name = ?", (_STORY_TOTALS[min_size],))
        return self.value("SELECT COUNT(*) AS n FROM stories WHERE size >= ?", (min_size,))

    def stories_of_entity(self, entity_id: str, limit: int, offset: int, order: str = "newest",
                          min_size: int = 1) -> list[dict]:
        """Stories with an article that mentions the entity, paged and ordered like ``list_stories``."""
        return self.rows(
            f"SELECT s.id, s.title, s.size, s.first_seen, s.last_seen {_STORIES_OF_ENTITY}"
            f" ORDER BY {_STORY_ORDER[order]} LIMIT ? OFFSET ?", (min_size, entity_id, limit, offset))

    def count_stories_of_entity(self, entity_id: str, min_size: int = 1) -> int:
        return self.value(f"SELECT COUNT(*) AS n {_STORIES_OF_ENTITY}", (min_size, entity_id))

    def ungrouped_article_ids(self) -> list[str]:
        """Articles stored but in no story yet (an ingest interrupted before it grouped them)."""
        return self.column("SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)")

    def story_of(self, article_id: str) -> str | None:
        return self.value("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,))

    def delete_stories(self, story_ids: Iterable[str]) -> None:
        """Drop stories folded into others (their articles were already saved under the new story)."""
        with self.transaction():
            gone = [(s,) for s in story_ids]
            self.run_many("DELETE FROM stories WHERE id = ?", gone)
            self.run_many("DELETE FROM story_pairs WHERE story_id = ?", gone)

    # --- entities -------------------------------------------------------------------------------------------

    def upsert_entity(self, entity: Entity) -> None:
        known = self.get_entity(entity.id)
        if known:
            entity.aliases = sorted(set(known.aliases) | set(entity.aliases))
            entity.roles = sorted(set(known.roles) | set(entity.roles))
            entity.country = entity.country or known.country
        else:  # new: its count starts from the links written before it was stored (usually none)
            self.run("INSERT INTO entities (id, name, label, data, articles) VALUES (?, ?, ?, '', (SELECT COUNT(*)"
                     " FROM article_entities WHERE entity_id = ?))", (entity.id, entity.name, entity.label, entity.id))
        self.run(
            "INSERT INTO entities (id, name, label, data) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
            " SET name = excluded.name, label = excluded.label, data = excluded.data",
            (entity.id, entity.name, entity.label, json.dumps(
                {k: v for k, v in to_dict(entity).items() if k not in _ENTITY_COLUMNS and v}, ensure_ascii=False)),
        )

    def get_entity(self, entity_id: str) -> Entity | None:
        """The row's columns and the rest of its record (rows written before migration 5 repeat the columns)."""
        row = self.row("SELECT id, name, label, data FROM entities WHERE id = ?", (entity_id,))
        if not row or not row["data"]:
            return None
        return from_dict(Entity, {**json.loads(row.pop("data")), **row})

    def list_entities(self, limit: int = 50, offset: int = 0, label: str | None = None) -> list[dict]:
        """Most mentioned first: ``articles`` is maintained as links are written (indexed, no aggregate)."""
        where, params = ("WHERE label = ?", [label]) if label else ("", [])
        return self.rows(
            f"SELECT id, name, label, articles FROM entities {where} ORDER BY articles DESC, name, id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )

    def count_entities(self, label: str | None = None) -> int:
        where, params = ("WHERE label = ?", (label,)) if label else ("", ())
        return self.value(f"SELECT COUNT(*) AS n FROM entities {where}", params)

    def articles_of_entity(self, entity_id: str) -> list[str]:
        return self.column("SELECT article_id FROM article_entities WHERE entity_id = ?", (entity_id,))

    def publication_order(self, article_ids: list[str]) -> list[str]:
        """The given articles ordered by publication date (undated first), in chunks so any count works."""
        dated: list[tuple[str, str]] = []
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.rows(f"SELECT COALESCE(published, '') AS p, id FROM articles WHERE id IN ({marks})", chunk)
            dated += [(r["p"], r["id"]) for r in rows]
        return [article_id for _, article_id in sorted(dated)]



Store = SQLStore  # the name callers type against: any backend


# The story totals the triggers of migration 7 maintain, by the least size they count.
_STORY_TOTALS = {1: "stories", 2: "stories_several"}


def article_filters(outlet: str | None = None, language: str | None = None, since: str | None = None,
                    until: str | None = None, entity: str | None = None, story: str | None = None
                    ) -> tuple[str, list]:
    clauses, params = [], []
    for column, value in (("outlet", outlet), ("language", language)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if since:
        clauses.append("published >= ?")
        params.append(since)
    if until:
        clauses.append("published < ? AND published <> ''")  # undated articles are not "before" anything
        params.append(until)
    if entity:
        clauses.append("id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)")
        params.append(entity)
    if story:
        clauses.append("id IN (SELECT article_id FROM story_articles WHERE story_id = ?)")
        params.append(story)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
