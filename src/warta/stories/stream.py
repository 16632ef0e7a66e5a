"""One pass over a stream of articles: near copies follow their original, the rest go through the story index."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from warta.model import Article
from warta.stories.cluster import StoryIndex
from warta.stories.dedup import DuplicateIndex
from warta.stories.features import extract
from warta.stories.live import Params, Placement


@dataclass(slots=True)
class Streamer:
    index: StoryIndex = field(default_factory=StoryIndex)
    copies: DuplicateIndex = field(default_factory=DuplicateIndex)
    story_of: dict[str, str] = field(default_factory=dict)  # article -> story, for the articles seen this run

    def add(self, article: Article) -> Placement:
        """Place one article: a near copy of an article seen in this run follows it, the rest are scored."""
        features = extract(article)
        copy = self.copies.add(article.id, f"{article.meta.title}\n{article.body}")
        original = None
        if copy is not None:
            original = self.index.resolve(self.story_of.get(copy[0], ""))
        if original is not None:
            self.index.join(original, features)
            placement = Placement(original, copy[1], opened=False)
        else:
            placement = self.index.add(features)
        self.story_of[article.id] = placement.story
        if len(self.story_of) > self.copies.capacity:  # only articles the copy index still holds can be originals
            del self.story_of[next(iter(self.story_of))]
        return placement


def group(articles: Iterable[Article], params: Params | None = None) -> dict[str, str]:
    """Stream ``articles`` in the order given; article id -> story id (after any folding of stories)."""
    streamer = Streamer(index=StoryIndex(params))
    members: dict[str, list[str]] = {}
    for article in articles:
        placement = streamer.add(article)
        members.setdefault(placement.story, []).append(article.id)
        for gone in placement.merged:
            members[placement.story].extend(members.pop(gone, []))
        if placement.split:
            new, moved = placement.split
            members[placement.story] = [a for a in members[placement.story] if a not in set(moved)]
            members[new] = list(moved)
    return {a: story for story, ids in members.items() for a in ids}
