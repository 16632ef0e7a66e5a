"""Response shapes for the OpenAPI document. Full articles and stories are the data model's own JSON (see
warta.model), documented there; the list shapes are fixed here."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Page(BaseModel):
    total: int = Field(description="Rows matching, over all pages.")
    limit: int
    offset: int


class ArticleSummary(BaseModel):
    id: str
    origin: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    ingested: str
    story: str | None = None


class ArticlePage(Page):
    items: list[ArticleSummary]


class StorySummary(BaseModel):
    id: str
    title: str | None = None
    size: int
    first_seen: str | None = None
    last_seen: str | None = None
    outlets: list[str] = []
    verdicts: dict[str, int] = Field(default={}, description="Compared facts per verdict: agree, conflict, ...")


class StoryPage(Page):
    items: list[StorySummary]


class EntitySummary(BaseModel):
    id: str
    name: str
    label: str
    articles: int


class EntityPage(Page):
    items: list[EntitySummary]


class EntityQuote(BaseModel):
    article: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    text: str
    kind: str
    cue: str = ""
    index: int = Field(description="Position in the article's quotes: /articles/{article}#quote-{index}.")


class EntityDetail(BaseModel):
    entity: dict
    stories: list[StorySummary]
    articles: ArticlePage
    quotes: list[EntityQuote] = Field(description="What the entity is quoted saying, in its latest articles.")
    timeline: list[dict] = Field(description="Dated events whose sentence names the entity (TimelineEvent).")


class SearchHit(ArticleSummary):
    snippet: str = Field(description="Plain text around the matches.")
    snippet_html: str = Field(description="The snippet, HTML-escaped, with matches inside <mark> elements.")


class SearchPage(Page):
    items: list[SearchHit]


class Status(BaseModel):
    articles: int
    stories: int
    stories_with_several_articles: int
    ingest_enabled: bool


class IngestResult(BaseModel):
    new: int
    duplicate: int
    failed: int
    errors: list[str] = Field(description="The first 100 failures, each naming its input and the reason.")
    errors_not_shown: int = Field(0, description="Failures past those listed (counted in `failed`).")
    new_ids: list[str]


class UrlList(BaseModel):
    urls: list[str] = Field(min_length=1, description="http(s) URLs of pages or feeds to fetch and ingest.")


class ErrorBody(BaseModel):
    error: str
    status: int
