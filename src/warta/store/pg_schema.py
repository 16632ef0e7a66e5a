"""The PostgreSQL schema as an ordered list of migrations; the warta_schema table records how many have run.

It holds what SQLite's migrations (store/schema.py) add up to, with PostgreSQL's own tools where the engines
differ: an identity column records insertion order (SQLite's rowid), and full-text search is a generated tsvector
column with a GIN index instead of an FTS5 table and triggers. Append new migrations at the end; never edit one
that has shipped. Text columns that are sorted or compared use the "C" collation, so orders match SQLite's
byte order whatever locale the database was created with.

Search configuration: 'simple' (lower-case words, no stemming, no stop words). PostgreSQL ships no Indonesian
stemmer, and an English one would stem only half the corpus differently from the other half; 'simple' treats
both languages alike, as SQLite's unicode61 tokenizer does. The title weighs more than the body in the rank.
"""

# Characters of the body that go into the search vector: a tsvector holds at most 1 MB and 16,383 positions
# per word, and a hostile 10 MB body must not fail its batch. News articles in ../shared run to 40,000 characters;
# 300,000 indexes every one of them whole.
SEARCH_BODY_CHARS = 300_000

MIGRATIONS: list[str] = [
    # 1: everything SQLite's migrations 1-3 create
    f"""
    CREATE TABLE articles (
        seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        id TEXT COLLATE "C" PRIMARY KEY,
        origin TEXT NOT NULL,
        url TEXT,
        title TEXT COLLATE "C",
        outlet TEXT COLLATE "C",
        published TEXT COLLATE "C",
        language TEXT,
        body TEXT NOT NULL,
        data TEXT NOT NULL,
        ingested TEXT NOT NULL,
        search TSVECTOR GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', COALESCE(title, '')), 'A')
            || setweight(to_tsvector('simple', left(body, {SEARCH_BODY_CHARS})), 'B')) STORED
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_search ON articles USING GIN (search);
    CREATE TABLE stories (
        id TEXT COLLATE "C" PRIMARY KEY,
        title TEXT COLLATE "C",
        size INTEGER NOT NULL,
        first_seen TEXT COLLATE "C",
        last_seen TEXT COLLATE "C",
        data TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT COLLATE "C" NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE entities (
        id TEXT COLLATE "C" PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        label TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE article_entities (
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT COLLATE "C" NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    );
    CREATE INDEX article_entities_entity ON article_entities(entity_id);
    CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE story_index (
        story_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        data TEXT NOT NULL
    );
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
        seq BIGINT NOT NULL
    );
    """,
]
