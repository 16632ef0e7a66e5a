"""The web UI: server-rendered pages over the same views as the API. No script; one stylesheet."""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import Annotated, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from warta.meta.fields import strip_bidi
from warta.serve import charts, views
from warta.serve.highlight import LAYERS, highlight
from warta.serve.params import ID_PATTERN, MAX_QUERY_CHARS, ArticleFilters, Paging, article_filters, paging
from warta.serve.security import READ_COOKIE, require_read, safe_url, token_matches
from warta.serve.settings import SEARCH_SECONDS

TEMPLATES = FilePath(__file__).parent / "templates"

router = APIRouter(dependencies=[Depends(require_read)], include_in_schema=False)
sign_in = APIRouter(include_in_schema=False)


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True,
                      finalize=_without_bidi_controls)
    env.filters["safe_url"] = safe_url
    env.globals["figures"] = views.figures
    env.globals["speakers"] = views.speakers
    env.globals["plurals"] = {"entity": "entities", "quote": "quotes", "citation": "citations", "claim": "claims",
                              "date": "dates"}
    env.filters["value"] = views.format_value
    env.filters["path"] = lambda s: quote(str(s), safe="")
    env.filters["day"] = lambda s: (s or "")[:10]
    env.filters["when"] = lambda s: (s or "").replace("T", " ")[:16]
    return env


def _without_bidi_controls(value: object) -> object:
    """Every value a page prints loses its direction overrides and isolates: one in an outlet name or a title
    would reverse the rest of its line (stores filled before ingest stripped them still hold some)."""
    if isinstance(value, Markup):
        return Markup(strip_bidi(str(value)))
    return strip_bidi(value) if isinstance(value, str) else value


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    env: Environment = request.app.state.templates
    html = env.get_template(name).render(request_path=request.url.path, **context)
    return HTMLResponse(html, status_code=status)


def _store(request: Request):
    return request.app.state.stores.get()


def _pager(request: Request, pg: Paging, total: int) -> dict:
    """Links to the previous and next pages, keeping the other query parameters."""
    params = dict(request.query_params)

    def link(offset: int) -> str:
        return "?" + urlencode({**params, "offset": offset, "limit": pg.limit})

    return {"total": total, "first": pg.offset + 1 if total else 0, "last": min(pg.offset + pg.limit, total),
            "prev": link(max(pg.offset - pg.limit, 0)) if pg.offset > 0 else "",
            "next": link(pg.offset + pg.limit) if pg.offset + pg.limit < total else ""}


@router.get("/", response_class=HTMLResponse)
def story_list(request: Request, pg: Annotated[Paging, Depends(paging)],
               order: Annotated[Literal["newest", "largest"], Query()] = "newest",
               min_size: Annotated[int, Query(ge=1, le=10_000)] = 1,
               entity: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    store = _store(request)
    named = store.get_entity(entity) if entity else None
    if entity and named is None:
        raise HTTPException(404, f"no entity {entity!r}")
    if named:
        rows = store.stories_of_entity(entity, pg.limit, pg.offset, order, min_size)
        total = store.count_stories_of_entity(entity, min_size)
    else:
        rows = store.list_stories(limit=pg.limit, offset=pg.offset, order=order, min_size=min_size)
        total = store.count_stories(min_size=min_size)
    return render(request, "stories.html", stories=views.story_rows(store, rows), order=order, min_size=min_size,
                  entity=named, pager=_pager(request, pg, total))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: Annotated[str, Path(max_length=64, pattern=ID_PATTERN)]) -> HTMLResponse:
    store = _store(request)
    story = store.get_story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}")
    view = views.story_view(store, story)
    return render(request, "story.html", view=view, story=story,
                  graph=charts.provenance_graph(view.provenance, view.outlet_of) if view.provenance else None,
                  timeline=charts.timeline_chart(view.timeline))


@router.get("/articles", response_class=HTMLResponse)
def article_list(request: Request, filters: Annotated[ArticleFilters, Depends(article_filters)],
                 pg: Annotated[Paging, Depends(paging)]) -> HTMLResponse:
    store = _store(request)
    kwargs = filters.as_kwargs()
    rows = store.list_articles(limit=pg.limit, offset=pg.offset, **kwargs)
    return render(request, "articles.html", articles=rows, filters=filters,
                  pager=_pager(request, pg, store.count_articles(**kwargs)))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: Annotated[str, Path(max_length=64, pattern=ID_PATTERN)],
                 q: Annotated[str, Query(max_length=MAX_QUERY_CHARS)] = "") -> HTMLResponse:
    store = _store(request)
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    story_id = store.story_of(article.id)
    story = store.get_story(story_id) if story_id else None
    counts = {"entity": len(article.mentions), "quote": len(article.quotes), "citation": len(article.citations),
              "claim": len(article.claims), "date": len(article.dates)}
    return render(request, "article.html", article=article, body=highlight(article, q), story=story, match=q,
                  layers=LAYERS, counts=counts, published=views.published(article))


@router.get("/entities", response_class=HTMLResponse)
def entity_list(request: Request, pg: Annotated[Paging, Depends(paging)],
                label: Annotated[str | None, Query(pattern=r"^[A-Z]{2,6}$")] = None) -> HTMLResponse:
    store = _store(request)
    rows = store.list_entities(limit=pg.limit, offset=pg.offset, label=label)
    return render(request, "entities.html", entities=rows, label=label,
                  pager=_pager(request, pg, store.count_entities(label)))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: Annotated[str, Path(max_length=200)],
                pg: Annotated[Paging, Depends(paging)]) -> HTMLResponse:
    store = _store(request)
    entity = store.get_entity(entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    stories = views.story_rows(store, store.stories_of_entity(entity_id, views.MAX_MEMBERS, 0))
    rows = store.list_articles(limit=pg.limit, offset=pg.offset, entity=entity_id)
    quotes, events = views.entity_activity(store, entity_id)
    return render(request, "entity.html", entity=entity, stories=stories, articles=rows, quotes=quotes,
                  events=events, timeline=charts.timeline_chart(events),
                  pager=_pager(request, pg, store.count_articles(entity=entity_id)))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, pg: Annotated[Paging, Depends(paging)],
                q: Annotated[str, Query(max_length=MAX_QUERY_CHARS)] = "") -> HTMLResponse:
    store = _store(request)
    hits, total = [], 0
    if q.strip():
        hits = store.search(q, limit=pg.limit, offset=pg.offset, seconds=SEARCH_SECONDS)
        for hit in hits:
            hit["snippet_html"] = views.snippet_html(hit["snippet"])
        total = store.count_search(q, seconds=SEARCH_SECONDS)
    return render(request, "search.html", q=q, hits=hits, pager=_pager(request, pg, total))


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> HTMLResponse:
    """A plain list of the endpoints from the OpenAPI document (Swagger UI would need a CDN and inline script)."""
    paths = request.app.openapi()["paths"]
    endpoints = [(method.upper(), path, op.get("summary", ""),
                  [p["name"] for p in op.get("parameters", []) if p.get("in") == "query"])
                 for path, ops in paths.items() for method, op in ops.items()]
    return render(request, "api.html", endpoints=endpoints)


@sign_in.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> HTMLResponse:
    """Sign in to a read-guarded server: the read token, once, becomes an HttpOnly same-site cookie."""
    form = await request.form(max_files=0, max_fields=4)
    token = str(form.get("token", ""))[:500]
    target = str(form.get("next", "/"))
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"  # never redirect off this site
    expected = request.app.state.settings.read_token
    if not expected or not token_matches(token, expected):
        return render(request, "error.html", status=401, status_code=401, message="that token is not valid",
                      login=bool(expected), next=target)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(READ_COOKIE, token, httponly=True, samesite="strict", path="/")
    return response
