"""POST /api/ingest/*: files, JSONL and URLs, all behind the WARTA_API_TOKEN check.

The token is checked before the body is read, so a client without it cannot make the server parse an upload.
Ingests run one at a time (the store has one writer) in a worker thread, through the same batch driver as the CLI.
Waiting ingests queue on the event loop (``ingest_gate``), not in worker threads, so however many wait, reads
still find threads; URLs are fetched before the store is taken, a few requests at a time (``fetch_slots``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.types import Message

from warta import batch
from warta.errors import InputError
from warta.ingest.files import read_file, read_source
from warta.ingest.jsonl import parse_line
from warta.ingest.web import Fetcher, is_url
from warta.model import RawDocument
from warta.serve.schemas import IngestResult, UrlList
from warta.serve.security import require_ingest
from warta.serve.settings import MAX_UPLOAD_BYTES, MAX_URLS

router = APIRouter(prefix="/ingest", dependencies=[Depends(require_ingest)], tags=["ingest"])

Item = RawDocument | InputError
COPY_CHUNK = 2**20
AUTH = {"security": [{"bearer": []}]}


@router.post("/files", response_model=IngestResult, summary="Upload files: HTML, text dumps, feeds, WARC, JSONL",
             openapi_extra={**AUTH, "requestBody": {"required": True, "content": {"multipart/form-data": {
                 "schema": {"type": "object", "required": ["files"], "properties": {
                     "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}})
async def ingest_files(request: Request) -> dict:
    _check_length(request)
    form = await _capped(request).form(max_files=1000, max_fields=10)
    try:
        uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        if not uploads:
            raise HTTPException(422, "files: send one or more files in a multipart field named 'files'")
        with tempfile.TemporaryDirectory(prefix="warta-upload-") as folder:
            paths = []
            for i, upload in enumerate(uploads):
                path = Path(folder) / f"{i:04d}"
                with path.open("wb") as out:  # a megabyte at a time: an upload is never whole in memory
                    while chunk := await upload.read(COPY_CHUNK):
                        out.write(chunk)
                paths.append((path, _name(upload.filename, i)))
            return await _run(request, lambda: _from_files(paths))
    finally:
        await form.close()


@router.post("/jsonl", response_model=IngestResult, summary="JSONL body: one article per line",
             description="Each line an object with `text` or `html`; optional `url`, `title`, `published`, "
                         "`outlet`, `author`, `language`.",
             openapi_extra={**AUTH, "requestBody": {"required": True, "content": {
                 "application/x-ndjson": {"schema": {"type": "string"}}}}})
async def ingest_jsonl(request: Request) -> dict:
    _check_length(request)
    body = await _read_capped(request)
    lines = [(n, line) for n, line in enumerate(body.splitlines(), start=1) if line.strip()]
    if not lines:
        raise HTTPException(422, "body: no JSON lines")
    return await _run(request, lambda: (parse_line(line, f"upload.jsonl#{n}") for n, line in lines))


@router.post("/urls", response_model=IngestResult, summary="Fetch pages or feeds by URL and ingest them",
             openapi_extra={**AUTH, "requestBody": {"required": True, "content": {"application/json": {
                 "schema": UrlList.model_json_schema()}}}})
async def ingest_urls(request: Request) -> dict:
    _check_length(request)
    try:
        urls = UrlList.model_validate_json(await _read_capped(request)).urls
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        raise HTTPException(422, f"{where}: {first['msg']} (expected {{\"urls\": [\"https://…\"]}})") from None
    bad = [u for u in urls if not is_url(u)]
    if bad:  # never let a "URL" name a file on the server
        raise HTTPException(422, f"urls: only http(s) URLs are accepted, not {bad[0][:80]!r}")
    if len(urls) > MAX_URLS:
        raise HTTPException(422, f"urls: at most {MAX_URLS} per request")
    settings = request.app.state.settings
    fetcher = Fetcher(timeout=settings.fetch_timeout, public_only=not settings.fetch_private,
                      private_allowed=settings.private_hosts)

    def fetch_all() -> list[Item]:
        try:
            return _fetched(urls, fetcher)
        finally:
            fetcher.close()

    async with request.app.state.fetch_slots:
        fetched = await run_in_threadpool(fetch_all)
    return await _run(request, lambda: iter(fetched))


def _fetched(urls: list[str], fetcher: Fetcher) -> list[Item]:
    """Every page and feed entry the URLs give, held in memory up to the upload cap (then the rest fail)."""
    items: list[Item] = []
    total = 0
    for url in urls:
        if total > MAX_UPLOAD_BYTES:
            items.append(InputError(url, f"not fetched: this request already fetched over "
                                         f"{MAX_UPLOAD_BYTES // 2**20} MB"))
            continue
        for item in read_source(url, fetcher):
            total += len(item.data) if isinstance(item, RawDocument) else 0
            items.append(item)
    return items


def _name(filename: str | None, index: int) -> str:
    base = Path(filename or "").name[:120]
    return f"upload:{base or f'file{index}'}"


def _from_files(paths: list[tuple[Path, str]]) -> Iterator[Item]:
    for path, name in paths:
        prefix = str(path)
        for item in read_file(path, fetcher=None):
            item.origin = name + item.origin[len(prefix):] if item.origin.startswith(prefix) else name
            if isinstance(item, InputError):
                item = InputError(item.origin, item.reason)  # rebuild the message with the upload's name
            yield item


async def _run(request: Request, items) -> dict:
    resources = request.app.state.resources
    stores = request.app.state.stores

    def work() -> batch.IngestReport:
        with stores.write_lock:
            return batch.ingest_documents(stores.get(), items(), resources=resources)

    async with request.app.state.ingest_gate:
        return _result(await run_in_threadpool(work))


def _result(report: batch.IngestReport) -> dict:
    data = {**report.as_dict(), "new_ids": report.new_ids}
    if report.new + report.duplicate == 0 and report.failed:
        more = f" (and {report.failed - 5:,} more)" if report.failed > 5 else ""
        raise HTTPException(422, "nothing could be ingested: " + "; ".join(report.errors[:5]) + more)
    return data


def _check_length(request: Request) -> None:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES:
        raise HTTPException(413, f"request larger than {MAX_UPLOAD_BYTES // 2**20} MB")


async def _read_capped(request: Request) -> bytes:
    chunks = [chunk async for chunk in _capped(request).stream()]
    return b"".join(chunks)


def _capped(request: Request) -> Request:
    """The same request, whose body fails with a 413 as soon as it passes the cap while it streams in: a chunked
    upload declares no length, and the multipart parser would otherwise read all of it first (a 400 MB upload
    took 541 MB of memory before the size was checked)."""
    receive = request.receive
    total = 0

    async def capped_receive() -> Message:
        nonlocal total
        message = await receive()
        if message["type"] == "http.request":
            total += len(message.get("body", b""))
            if total > MAX_UPLOAD_BYTES:
                raise HTTPException(413, f"request larger than {MAX_UPLOAD_BYTES // 2**20} MB")
        return message

    return Request(request.scope, capped_receive)
