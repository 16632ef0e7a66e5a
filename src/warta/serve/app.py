"""The FastAPI application: `create_app(db_path)` serves the REST API under /api and the web UI beside it."""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta import __version__
from warta.resources import Resources
from warta.serve import api, monitor, web
from warta.serve.connections import StorePool
from warta.serve.security import HEADERS, SecurityHeaders
from warta.serve.settings import Settings
from warta.store.fts import SearchRefused

log = logging.getLogger("warta.serve")

STATIC = Path(__file__).parent / "static"
# Requests fetching URLs at once, each in a worker thread for up to its timeout per URL: a few, so that slow or
# hanging sites never take the threads reads need (Starlette's pool has 40).
FETCHES_AT_ONCE = 4


def create_app(db_path: str, settings: Settings | None = None) -> FastAPI:
    """The app over the store at ``db_path`` (a SQLite file or a postgresql:// URL); tokens from the environment
    unless ``settings`` are given."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.stores.close()

    app = FastAPI(
        title="warta",
        version=__version__,
        description="News intelligence for Indonesian and English news: articles with their annotations, stories "
                    "with fact-level comparison, provenance and timeline, entities, search, and ingest.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN with inline script; /api lists the endpoints instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.stores = StorePool(db_path)
    app.state.ingest_gate = asyncio.Lock()  # one ingest at a time; the others wait here, holding no thread
    app.state.fetch_slots = asyncio.Semaphore(FETCHES_AT_ONCE)
    app.state.resources = Resources()
    app.state.templates = web.environment()
    app.include_router(api.router)
    app.include_router(monitor.api)
    app.include_router(web.router)
    app.include_router(monitor.pages)
    app.include_router(web.sign_in)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(SearchRefused, _search_refused)
    app.add_exception_handler(Exception, _server_error)
    _add_security_scheme(app)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)
    login = status == 401 and bool(request.app.state.settings.read_token)
    response = web.render(request, "error.html", status=status, status_code=status, message=message, login=login,
                          next=request.url.path)
    response.headers.update(headers or {})
    return response


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    return _error(request, exc.status_code, message, getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    parts = []
    for err in exc.errors()[:5]:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}")
    return _error(request, 422, "bad parameter: " + "; ".join(parts))


async def _search_refused(request: Request, exc: SearchRefused) -> Response:
    return _error(request, 422, f"q: {exc}")


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("error serving %s", request.url.path)
    response = _error(request, 500, "internal error (logged on the server)")
    # this handler answers outside the middleware stack, so the security headers are set here
    response.headers.update({k.decode(): v.decode() for k, v in HEADERS})
    return response


def _add_security_scheme(app: FastAPI) -> None:
    base = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = base()
            schema.setdefault("components", {})["securitySchemes"] = {
                "bearer": {"type": "http", "scheme": "bearer",
                           "description": "WARTA_API_TOKEN for ingest; WARTA_API_READ_TOKEN for reads when set."}}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
