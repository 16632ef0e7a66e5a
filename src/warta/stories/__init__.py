"""Stories: articles about one event, grouped across outlets and languages, then compared."""

from __future__ import annotations

from warta.store.sqlite import SQLiteStore
from warta.stories.cluster import cluster


def update(store: SQLiteStore, new_ids: list[str]) -> None:
    """Bring the stories up to date after ``new_ids`` were stored (this first version regroups everything)."""
    store.save_stories(cluster(list(store.iter_articles())), replace_all=True)
