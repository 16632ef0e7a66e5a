"""What the stages keep between runs in the store, beside the articles and stories they make: a story's member
digests and compared pairs and the online clusterer's live stories (warta.stories), the template line counts per site
(warta.clean.templates), and small cross-article state. A mixin of ``SQLStore``: it writes through the store's hooks
(``rows``, ``run``, ``run_many``, ``value``, ``column``, ``transaction``, ``encode_record``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from warta.store.rows import load_json

STATE_PLAIN_CHARS = 4096  # a state value longer than this (a page of SQLite's) is stored as records are


class StageState:
    """Methods of ``SQLStore`` (its base): see the module's note for the hooks they call."""

    # --- story members and pairs (owned by warta.stories.analysis) --------------------------------------------

    def load_story_members(self, article_ids: list[str]) -> dict[str, dict]:
        """What the given articles bring to their stories' analysis (warta.stories.analysis), for those stored."""
        out = {}
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.rows(f"SELECT article_id, data FROM story_members WHERE article_id IN ({marks})", chunk):
                out[row["article_id"]] = load_json(row["data"])
        return out

    def save_story_members(self, members: dict[str, dict]) -> None:
        self.run_many("INSERT INTO story_members (article_id, data) VALUES (?, ?) ON CONFLICT (article_id)"
                      " DO UPDATE SET data = excluded.data",
                      [(a, self.encode_record(json.dumps(m, ensure_ascii=False))) for a, m in members.items()])

    def load_story_pairs(self, story_id: str) -> dict | None:
        data = self.value("SELECT data FROM story_pairs WHERE story_id = ?", (story_id,))
        return load_json(data) if data else None

    def save_story_pairs(self, pairs: dict[str, dict]) -> None:
        self.run_many("INSERT INTO story_pairs (story_id, data) VALUES (?, ?) ON CONFLICT (story_id)"
                      " DO UPDATE SET data = excluded.data",
                      [(s, self.encode_record(json.dumps(p, ensure_ascii=False))) for s, p in pairs.items()])

    # --- story index (owned by warta.stories: the online clusterer's live stories) ----------------------------

    def load_story_index(self) -> tuple[dict | None, list[dict]]:
        rows = self.column("SELECT data FROM story_index ORDER BY seq")
        return self.get_state("stories.index"), [load_json(r) for r in rows]

    def save_story_index(self, header: dict, rows: Iterable[dict], dropped: Iterable[str]) -> None:
        with self.transaction():
            self.run_many("DELETE FROM story_index WHERE story_id = ?", [(s,) for s in dropped])
            self.run_many("INSERT INTO story_index (story_id, seq, data) VALUES (?, ?, ?) ON CONFLICT (story_id)"
                           " DO UPDATE SET seq = excluded.seq, data = excluded.data",
                           [(r["id"], r["seq"], self.encode_record(json.dumps(r, ensure_ascii=False))) for r in rows])
            self._put_state("stories.index", header)

    # --- template statistics (owned by warta.clean.templates: line counts per site) --------------------------

    def load_template_rows(self) -> tuple[dict[str, tuple[int, dict]], dict[str, list], list[str]]:
        """(site -> (pages, line counts), fingerprint id -> keys, digests of counted pages, oldest first)."""
        groups = {r["grp"]: (r["docs"], load_json(r["lines"]))
                  for r in self.rows("SELECT grp, docs, lines FROM template_groups")}
        prints = {r["id"]: json.loads(r["keys"]) for r in self.rows("SELECT id, keys FROM template_fingerprints")}
        seen = self.column("SELECT digest FROM template_seen ORDER BY seq")
        return groups, prints, seen

    def save_template_rows(self, groups: dict[str, tuple[int, dict]], prints: dict[str, list],
                           seen: list[str], keep_seen: int = 0,
                           prune: Callable[[dict[str, int]], dict[str, int]] | None = None) -> None:
        """Add the counts given to each site's stored counts (read under the write lock, so what another process
        saved meanwhile stays counted; ``prune`` bounds the result), add fingerprints, append page digests and,
        with ``keep_seen``, keep only that many of the newest digests."""
        with self.transaction():
            for group, (docs, lines) in groups.items():
                row = self.row("SELECT docs, lines FROM template_groups WHERE grp = ?", (group,))
                total_docs, total = (row["docs"], load_json(row["lines"])) if row else (0, {})
                for key, n in lines.items():
                    total[key] = total.get(key, 0) + n
                total = prune(total) if prune else total
                self.run("INSERT INTO template_groups (grp, docs, lines) VALUES (?, ?, ?) ON CONFLICT (grp)"
                         " DO UPDATE SET docs = excluded.docs, lines = excluded.lines",
                         (group, total_docs + docs, self.encode_record(json.dumps(total))))
            self.run_many("INSERT INTO template_fingerprints (id, keys) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                           [(t, json.dumps(keys)) for t, keys in prints.items()])
            start = self.value("SELECT COALESCE(MAX(seq), -1) + 1 AS n FROM template_seen")
            self.run_many("INSERT INTO template_seen (digest, seq) VALUES (?, ?) ON CONFLICT (digest) DO NOTHING",
                           [(d, start + i) for i, d in enumerate(seen)])
            if keep_seen:
                self.run("DELETE FROM template_seen WHERE seq <= (SELECT MAX(seq) FROM template_seen) - ?",
                          (keep_seen,))

    # --- cross-article state (the story index header) -------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        value = self.value("SELECT value FROM state WHERE key = ?", (key,))
        return load_json(value) if value is not None else default

    def set_state(self, key: str, value: Any) -> None:
        with self.transaction():
            self._put_state(key, value)

    def _put_state(self, key: str, value: Any) -> None:
        self.run("INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                  (key, self._state_value(json.dumps(value))))

    def _state_value(self, text: str) -> Any:
        """Large values (the story index's document frequencies: 90 KB for 181 pages) as the backend encodes
        records; small ones stay plain JSON, as migration 3 reads the values written before it."""
        return self.encode_record(text) if len(text) > STATE_PLAIN_CHARS else text
