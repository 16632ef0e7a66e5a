"""`warta eval stories`: B-cubed and pairwise scores of story grouping against gold clusters."""

from __future__ import annotations

from pathlib import Path

from warta.evaluate.metrics import bcubed, pairwise
from warta.evaluate.seeds import is_seed_gold, load_seed_gold
from warta.stories.cluster import cluster


def run(data: Path) -> dict:
    if is_seed_gold(data):
        return _seeds(data)
    raise ValueError(f"{data}: not a dataset the stories task reads (expected the seeds gold JSON)")


def _seeds(path: Path) -> dict:
    gold = load_seed_gold(path)
    articles = gold.articles()
    by_id = {a.id: name for name, a in articles.items()}
    stories = cluster(list(articles.values()))
    predicted = {by_id[aid]: story.id for story in stories for aid in story.articles}
    scores = {**bcubed(predicted, gold.story_of()), **pairwise(predicted, gold.story_of())}
    return {**scores, "n": len(predicted), "stories_predicted": len(stories), "stories_gold": len(gold.stories)}
