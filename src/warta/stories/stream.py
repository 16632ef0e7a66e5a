"""One pass over a stream of articles: near copies follow their original, the rest go through the story index."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from warta.model import Article
from warta.stories.cluster import Params, Placement, StoryIndex
from warta.stories.dedup import DuplicateIndex
from warta.stories.features import extract


@dataclass(slots=True)
class Streamer:
    index: StoryIndex = field(default_factory=StoryIndex)
    copies: DuplicateIndex = field(default_factory=DuplicateIndex)
    story_of: dict[str, str] = field(default_factory=dict)  # article -> story, for the articles seen this run

    def add(self, article: Article, known_story: dict[str, str] | None = None) -> Placement:
        """Place one article; ``known_story`` resolves originals stored by earlier runs."""
        features = extract(article)
        copy = self.copies.add(article.id, f"{article.meta.title}\n{article.body}")
        original = None
        if copy is not None:
            original = self.story_of.get(copy[0]) or (known_story or {}).get(copy[0])
        if original is not None:
            self.index.join(original, features)
            placement = Placement(original, copy[1], opened=False)
        else:
            placement = self.index.add(features)
        self.story_of[article.id] = placement.story
        return placement


def group(articles: Iterable[Article], params: Params | None = None) -> dict[str, str]:
    """Stream ``articles`` in the order given; article id -> story id."""
    streamer = Streamer(index=StoryIndex(params))
    for article in articles:
        streamer.add(article)
    return dict(streamer.story_of)
