"""Reader for the hand gold of the seed corpus (shared/gold/seeds.json) and the documents it annotates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from warta import pipeline
from warta.model import Article, RawDocument
from warta.resources import Resources


@dataclass(slots=True)
class SeedGold:
    path: Path
    corpus: Path  # the folder of the annotated text dumps
    documents: dict[str, dict]
    stories: list[dict]
    comparisons: list[dict]
    provenance: list[dict]

    def story_of(self) -> dict[str, str]:
        return {doc: story["id"] for story in self.stories for doc in story["docs"]}

    def raw(self, name: str) -> RawDocument:
        return RawDocument(data=(self.corpus / name).read_bytes(), origin=str(self.corpus / name))

    def articles(self, resources: Resources | None = None) -> dict[str, Article]:
        """Every seed document through the whole pipeline, keyed by file name."""
        resources = resources or Resources()
        return {name: pipeline.process(self.raw(name), resources) for name in self.documents}


def is_seed_gold(path: Path) -> bool:
    return path.suffix == ".json" and path.is_file() and '"documents"' in path.read_text(encoding="utf-8")[:200000]


def load_seed_gold(path: Path) -> SeedGold:
    """PATH is the gold file; its documents lie in ../corpus/seeds beside the gold folder (the shared layout)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    corpus = path.parent.parent / "corpus" / "seeds"
    if not corpus.is_dir():
        corpus = path.parent
    return SeedGold(
        path=path,
        corpus=corpus,
        documents=data["documents"],
        stories=data.get("stories", []),
        comparisons=data.get("comparisons", []),
        provenance=data.get("provenance", []),
    )
