"""Ingest over the API: the token rule, JSONL, uploaded files and URLs, each reported per input."""

from __future__ import annotations

import json
import socket

import pytest
from fastapi.testclient import TestClient

from test_api import LINE, TOKEN, build_store, error_of, ok, server_for
from warta.serve.app import create_app
from warta.serve.settings import Settings


@pytest.fixture(scope="module")
def store(request, backend, tmp_path_factory, shared, examples):
    s = build_store(tmp_path_factory.mktemp("ingest") / "warta.db", shared, examples, server_for(request, backend))
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store.path, Settings(api_token=TOKEN))) as c:
        yield c


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_ingest_refused_without_a_configured_token(store):
    app = create_app(store.path, Settings())
    with TestClient(app) as c:
        assert ok(c.get("/api/status"))["ingest_enabled"] is False
        message = error_of(c.post("/api/ingest/jsonl", content=json.dumps(LINE), headers=AUTH), 403)
        assert "WARTA_API_TOKEN" in message


def test_ingest_needs_the_right_token(client):
    body = json.dumps(LINE).encode()
    assert "token" in error_of(client.post("/api/ingest/jsonl", content=body), 401)
    assert "not valid" in error_of(client.post("/api/ingest/jsonl", content=body,
                                               headers={"Authorization": "Bearer wrong"}), 403)
    assert "not valid" in error_of(client.post("/api/ingest/files", files={"files": ("a.txt", b"x")},
                                               headers={"Authorization": "Bearer wrong"}), 403)
    assert "token" in error_of(client.post("/api/ingest/urls", json={"urls": ["https://example.org/"]}), 401)


def test_ingest_jsonl_then_it_is_readable(client, store):
    before = store.count_articles()
    data = ok(client.post("/api/ingest/jsonl", content=json.dumps(LINE).encode() + b"\n\n", headers=AUTH))
    assert data["new"] == 1 and data["failed"] == 0
    (article_id,) = data["new_ids"]
    assert ok(client.get(f"/api/articles/{article_id}"))["meta"]["outlet"] == "Kabar Pesisir"
    assert ok(client.get("/api/status"))["articles"] == before + 1
    assert ok(client.get(f"/api/articles/{article_id}"))["story"]  # stories were brought up to date
    again = ok(client.post("/api/ingest/jsonl", content=json.dumps(LINE).encode(), headers=AUTH))
    assert again["new"] == 0 and again["duplicate"] == 1


def test_ingest_jsonl_reports_bad_lines(client):
    # a line with a title alone is a headline-only article; one with neither text nor title is an error
    mixed = b"{not json}\n" + json.dumps({"url": "https://kabar.example/no-text"}).encode() + b"\n"
    message = error_of(client.post("/api/ingest/jsonl", content=mixed, headers=AUTH), 422)
    assert "upload.jsonl#1" in message and "not valid JSON" in message and "upload.jsonl#2" in message
    assert "no JSON lines" in error_of(client.post("/api/ingest/jsonl", content=b"\n \n", headers=AUTH), 422)


def test_ingest_files(client, shared, examples):
    seed = sorted((shared / "corpus" / "seeds").iterdir())[0]
    page = sorted((examples / "html").glob("*.html"))[0]
    files = [("files", (seed.name, seed.read_bytes(), "text/plain")),
             ("files", (page.name, page.read_bytes(), "text/html"))]
    data = ok(client.post("/api/ingest/files", files=files, headers=AUTH))
    assert data["duplicate"] == 2 and data["new"] == 0  # both are in the store already
    own = ok(client.post("/api/ingest/files", files={"files": ("rob.jsonl", json.dumps(
        {**LINE, "text": LINE["text"].replace("Kamis", "Jumat")}).encode())}, headers=AUTH))
    assert own["new"] == 1
    assert "files" in error_of(client.post("/api/ingest/files", data={"x": "1"}, headers=AUTH), 422)
    empty = error_of(client.post("/api/ingest/files", files={"files": ("empty.txt", b"")}, headers=AUTH), 422)
    assert "upload:empty.txt" in empty


def test_ingest_urls_only_http(client):
    message = error_of(client.post("/api/ingest/urls", json={"urls": ["/etc/passwd"]}, headers=AUTH), 422)
    assert "only http(s) URLs" in message
    assert "urls" in error_of(client.post("/api/ingest/urls", json={"urls": []}, headers=AUTH), 422)
    assert "urls" in error_of(client.post("/api/ingest/urls", content=b"[1, 2]", headers=AUTH), 422)


def _closed_loopback_url() -> str:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/x"


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x", "http://localhost/", "http://169.254.169.254/latest/",
                                 "http://10.0.0.7/admin", "http://[::1]/"])
def test_ingest_urls_refuses_private_and_local_hosts(client, url):
    message = error_of(client.post("/api/ingest/urls", json={"urls": [url]}, headers=AUTH), 422)
    assert url in message and "private or local address" in message


def test_ingest_urls_may_fetch_local_hosts_when_configured(store):
    url = _closed_loopback_url()
    with TestClient(create_app(store.path, Settings(api_token=TOKEN, fetch_private=True))) as c:
        message = error_of(c.post("/api/ingest/urls", json={"urls": [url]}, headers=AUTH), 422)
    assert url.removesuffix("/x") in message and "unreachable" in message
