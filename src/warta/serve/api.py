"""The REST API under /api: read endpoints (open, or guarded by WARTA_API_READ_TOKEN) and token-guarded ingest."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from warta.model import Article, Story
from warta.serve import views
from warta.serve.ingest import router as ingest_router
from warta.serve.params import ID_PATTERN, MAX_QUERY_CHARS, ArticleFilters, Paging, article_filters, paging
from warta.serve.schemas import (
    ArticlePage,
    EntityDetail,
    EntityPage,
    ErrorBody,
    SearchPage,
    Status,
    StoryPage,
)
from warta.serve.security import require_read
from warta.serve.settings import SEARCH_SECONDS

ERRORS = {status: {"model": ErrorBody, "description": what} for status, what in (
    (401, "A token is needed"), (403, "The token is not valid, or ingest is disabled"), (404, "No such item"),
    (413, "Upload too large"), (422, "A bad parameter or body; `error` says which and why"))}
router = APIRouter(prefix="/api", responses=ERRORS)
reads = APIRouter(dependencies=[Depends(require_read)])


def _store(request: Request):
    return request.app.state.stores.get()


@reads.get("/status", response_model=Status, summary="Counts of what the store holds")
def status(request: Request) -> dict:
    store = _store(request)
    return {"articles": store.count_articles(), "stories": store.count_stories(),
            "stories_with_several_articles": store.count_stories(min_size=2),
            "ingest_enabled": bool(request.app.state.settings.api_token)}


@reads.get("/articles", response_model=ArticlePage, summary="Articles, newest first, with filters")
def list_articles(request: Request, filters: Annotated[ArticleFilters, Depends(article_filters)],
                  pg: Annotated[Paging, Depends(paging)]) -> dict:
    store = _store(request)
    kwargs = filters.as_kwargs()
    return views.page(store.list_articles(limit=pg.limit, offset=pg.offset, **kwargs),
                      store.count_articles(**kwargs), pg.limit, pg.offset)


@reads.get("/articles/{article_id}", summary="One article with every annotation (id or a 6+ character prefix)",
           responses={200: {"model": Article, "description": "The article as warta.model.Article (annotations are "
                            "character offsets into `body`), without `source_text`, plus `story`: its story id."}})
def get_article(request: Request, article_id: Annotated[str, Path(max_length=64, pattern=ID_PATTERN)]) -> dict:
    store = _store(request)
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return views.article_json(article, store.story_of(article.id))


@reads.get("/stories", response_model=StoryPage, summary="Stories: newest, largest, or those naming an entity")
def list_stories(
    request: Request,
    pg: Annotated[Paging, Depends(paging)],
    order: Annotated[Literal["newest", "largest"], Query(description="newest or largest")] = "newest",
    min_size: Annotated[int, Query(ge=1, le=10_000, description="At least this many articles.")] = 1,
    entity: Annotated[str | None, Query(max_length=200, description="Only stories mentioning this entity id.")] = None,
) -> dict:
    store = _store(request)
    if entity:
        rows = store.stories_of_entity(entity, pg.limit, pg.offset, order, min_size)
        return views.page(views.story_rows(store, rows), store.count_stories_of_entity(entity, min_size),
                          pg.limit, pg.offset)
    rows = store.list_stories(limit=pg.limit, offset=pg.offset, order=order, min_size=min_size)
    return views.page(views.story_rows(store, rows), store.count_stories(min_size=min_size), pg.limit, pg.offset)


@reads.get("/stories/{story_id}", summary="One story: members, comparison, provenance and timeline",
           responses={200: {"model": Story, "description": "The story as warta.model.Story plus `members` (article "
                            "summaries); `provenance_from` and `timeline_from` say whether the story stage traced "
                            "them (\"story\") or they were read off the articles' citations and publication times."}})
def get_story(request: Request, story_id: Annotated[str, Path(max_length=64, pattern=ID_PATTERN)]) -> dict:
    store = _store(request)
    story = store.get_story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return views.story_view(store, story).as_json()


@reads.get("/entities", response_model=EntityPage, summary="Entities, most mentioned first")
def list_entities(request: Request, pg: Annotated[Paging, Depends(paging)],
                  label: Annotated[str | None, Query(pattern=r"^[A-Z]{2,6}$", description="PER, ORG, LOC…")] = None
                  ) -> dict:
    store = _store(request)
    rows = store.list_entities(limit=pg.limit, offset=pg.offset, label=label)
    return views.page(rows, store.count_entities(label), pg.limit, pg.offset)


@reads.get("/entities/{entity_id}", response_model=EntityDetail, summary="One entity with its stories and articles")
def get_entity(request: Request, entity_id: Annotated[str, Path(max_length=200)],
               pg: Annotated[Paging, Depends(paging)]) -> dict:
    store = _store(request)
    entity = store.get_entity(entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    stories = views.story_rows(store, store.stories_of_entity(entity_id, views.MAX_MEMBERS, 0))
    articles = views.page(store.list_articles(limit=pg.limit, offset=pg.offset, entity=entity_id),
                          store.count_articles(entity=entity_id), pg.limit, pg.offset)
    quotes, events = views.entity_activity(store, entity_id)
    return {"entity": views.to_dict(entity), "stories": stories, "articles": articles, "quotes": quotes,
            "timeline": [views.to_dict(e) for e in events]}


@reads.get("/search", response_model=SearchPage, summary="Full-text search over titles and bodies")
def search(request: Request, pg: Annotated[Paging, Depends(paging)],
           q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS, description="Words to find.")]) -> dict:
    store = _store(request)
    if not q.strip():
        raise HTTPException(422, "q: give at least one word to search for")
    rows = store.search(q, limit=pg.limit, offset=pg.offset, seconds=SEARCH_SECONDS)
    for row in rows:
        row["snippet_html"] = str(views.snippet_html(row["snippet"]))
        row["snippet"] = views.snippet_text(row["snippet"])
        row.pop("rank", None)
    return views.page(rows, store.count_search(q, seconds=SEARCH_SECONDS), pg.limit, pg.offset)


router.include_router(reads)
router.include_router(ingest_router)
