"""The SQLite schema as an ordered list of migrations; PRAGMA user_version records how many have run.

Append new migrations at the end; never edit one that has shipped.
"""

MIGRATIONS: list[str] = [
    # 1: articles with full-text search, stories, entities, and a key-value table for cross-article state
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        url TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        language TEXT,
        body TEXT NOT NULL,
        data TEXT NOT NULL,
        ingested TEXT NOT NULL
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_published ON articles(published);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        size INTEGER NOT NULL,
        first_seen TEXT,
        last_seen TEXT,
        data TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        label TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE article_entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    );
    CREATE INDEX article_entities_entity ON article_entities(entity_id);
    CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: the live story index (online clustering state): one row per live story, so an ingest saves only the
    # stories it touched; the index header (document frequencies, counters) lives in the state table
    """
    CREATE TABLE story_index (
        story_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    """,
    # 3: per-site template statistics (warta.clean.templates) move out of one JSON value in the state table, which
    # every ingest read and rewrote whole (about 1 MB per site): one row per site, rewritten only when its pages
    # were counted; template fingerprints and the digests of counted pages get their own rows.
    """
    CREATE TABLE template_groups (
        grp TEXT PRIMARY KEY,
        docs INTEGER NOT NULL,
        lines TEXT NOT NULL
    );
    CREATE TABLE template_fingerprints (
        id TEXT PRIMARY KEY,
        keys TEXT NOT NULL
    );
    CREATE TABLE template_seen (
        digest TEXT PRIMARY KEY,
        seq INTEGER NOT NULL
    );
    INSERT INTO template_groups (grp, docs, lines)
        SELECT l.key, COALESCE(json_extract(s.value, '$.docs.' || json_quote(l.key)), 0), l.value
        FROM state AS s, json_each(s.value, '$.lines') AS l WHERE s.key = 'clean.templates';
    INSERT INTO template_fingerprints (id, keys)
        SELECT t.key, t.value FROM state AS s, json_each(s.value, '$.templates') AS t WHERE s.key = 'clean.templates';
    INSERT OR IGNORE INTO template_seen (digest, seq)
        SELECT d.value, d.key FROM state AS s, json_each(s.value, '$.seen') AS d WHERE s.key = 'clean.templates';
    DELETE FROM state WHERE key = 'clean.templates';
    """,
    # 4: the always-on service (warta.monitor): watched sources with their schedule, validators and health; every
    # link a source ever listed (so a restart refetches nothing); saved alerts and their hits with webhook delivery
    """
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        every REAL NOT NULL,
        added REAL NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_poll REAL,
        last_success REAL,
        last_error TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        next_poll REAL NOT NULL
    );
    CREATE TABLE seen_urls (
        url TEXT PRIMARY KEY,
        source_id INTEGER,
        first_seen REAL NOT NULL,
        status TEXT NOT NULL,
        tries INTEGER NOT NULL DEFAULT 1,
        article_id TEXT,
        error TEXT
    );
    CREATE INDEX seen_urls_source ON seen_urls(source_id, status, first_seen);
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        webhook TEXT NOT NULL DEFAULT '',
        secret TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL,
        checked INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE alert_hits (
        id INTEGER PRIMARY KEY,
        alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        at REAL NOT NULL,
        title TEXT NOT NULL,
        link TEXT NOT NULL,
        summary TEXT NOT NULL,
        data TEXT NOT NULL,
        delivered REAL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt REAL,
        last_error TEXT,
        UNIQUE (alert_id, key)
    );
    CREATE INDEX alert_hits_pending ON alert_hits(delivered, next_attempt);
    """,
    # 5: a lean store (store/rows.py): source texts kept only on request, compressed, in their own table; each
    # entity's article count maintained on the row (the entity listings sorted by it aggregated every link per
    # request), with indexes for the listings and the story orders (the entity ones on the count alone: names in them
    # cost 0.7 KB per Detik article); article links without a rowid (their key is the table). Existing article rows stay
    # as they are.
    """
    CREATE TABLE article_sources (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data BLOB NOT NULL
    );
    ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
    UPDATE entities SET articles = (SELECT COUNT(*) FROM article_entities ae WHERE ae.entity_id = entities.id);
    CREATE INDEX entities_by_articles ON entities(articles DESC);
    CREATE INDEX entities_label_by_articles ON entities(label, articles DESC);
    CREATE INDEX stories_by_size ON stories(size DESC, last_seen DESC, id);
    CREATE INDEX stories_by_last_seen ON stories(last_seen DESC, id);
    CREATE TABLE article_entities_lean (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    ) WITHOUT ROWID;
    INSERT INTO article_entities_lean (article_id, entity_id, mentions)
        SELECT article_id, entity_id, mentions FROM article_entities;
    DROP TABLE article_entities;
    ALTER TABLE article_entities_lean RENAME TO article_entities;
    CREATE INDEX article_entities_entity ON article_entities(entity_id);
    """,
    # 6: what each story member brings to its story's analysis, and the results of comparing two members of a story
    # (warta.stories.analysis), so a story's analysis takes in a new member without reading and aligning all of its
    # members again
    """
    CREATE TABLE story_members (
        article_id TEXT PRIMARY KEY,
        data BLOB NOT NULL
    );
    CREATE TABLE story_pairs (
        story_id TEXT PRIMARY KEY,
        data BLOB NOT NULL
    );
    """,
    # 7: the totals /api/status shows, maintained by triggers: COUNT(*) over every article grew with the store
    # (benchmarks/bench_growth.py)
    """
    CREATE TABLE totals (
        name TEXT PRIMARY KEY,
        n INTEGER NOT NULL
    );
    INSERT INTO totals (name, n) VALUES ('articles', (SELECT COUNT(*) FROM articles)),
        ('stories', (SELECT COUNT(*) FROM stories WHERE size >= 1)),
        ('stories_several', (SELECT COUNT(*) FROM stories WHERE size >= 2));
    CREATE TRIGGER totals_article_added AFTER INSERT ON articles BEGIN
        UPDATE totals SET n = n + 1 WHERE name = 'articles';
    END;
    CREATE TRIGGER totals_article_deleted AFTER DELETE ON articles BEGIN
        UPDATE totals SET n = n - 1 WHERE name = 'articles';
    END;
    CREATE TRIGGER totals_story_added AFTER INSERT ON stories BEGIN
        UPDATE totals SET n = n + (new.size >= 1) WHERE name = 'stories';
        UPDATE totals SET n = n + (new.size >= 2) WHERE name = 'stories_several';
    END;
    CREATE TRIGGER totals_story_deleted AFTER DELETE ON stories BEGIN
        UPDATE totals SET n = n - (old.size >= 1) WHERE name = 'stories';
        UPDATE totals SET n = n - (old.size >= 2) WHERE name = 'stories_several';
    END;
    CREATE TRIGGER totals_story_resized AFTER UPDATE OF size ON stories BEGIN
        UPDATE totals SET n = n + (new.size >= 1) - (old.size >= 1) WHERE name = 'stories';
        UPDATE totals SET n = n + (new.size >= 2) - (old.size >= 2) WHERE name = 'stories_several';
    END;
    """,
    # 8: article bodies compressed (store/rows.py's ``compress``; existing rows stay text): the full-text index reads
    # them through a view that opens them with warta_text(), a function every SQLiteStore connection registers.
    # The body was half of a Detik article's row (benchmarks/bench_store_size.py). The index is rebuilt once.
    """
    DROP TRIGGER articles_ai;
    DROP TRIGGER articles_ad;
    DROP TRIGGER articles_au;
    DROP TABLE articles_fts;
    CREATE VIEW articles_text AS SELECT rowid, title, warta_text(body) AS body FROM articles;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles_text', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, warta_text(new.body));
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body)
            VALUES ('delete', old.rowid, old.title, warta_text(old.body));
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body)
            VALUES ('delete', old.rowid, old.title, warta_text(old.body));
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, warta_text(new.body));
    END;
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    """,
]
