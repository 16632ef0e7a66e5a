"""Resource bounds of ingest: an upload past the cap is refused while it streams in (chunked, no declared length)
without being held in memory, and a batch of many bad inputs reports the first hundred and counts the rest, in
the API, in the server's log and in `warta ingest`'s summary."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from test_api import LINE, TOKEN
from warta.batch import MAX_REPORTED_ERRORS
from warta.cli import app as cli
from warta.serve.app import create_app
from warta.serve.settings import MAX_UPLOAD_BYTES, Settings

AUTH = {"Authorization": f"Bearer {TOKEN}"}
BAD_LINES = 100_000


def _peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="peak memory is read from /proc (Linux)")
def test_a_chunked_upload_past_the_cap_is_refused_as_it_streams(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "WARTA_API_TOKEN": TOKEN}
    server = subprocess.Popen([sys.executable, "-m", "warta.cli", "serve", "--db", str(tmp_path / "warta.db"),
                               "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                httpx.get(f"{base}/api/status", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        before = _peak_kib(server.pid)
        boundary = "warta-test-boundary"
        size = MAX_UPLOAD_BYTES + 36 * 2**20  # 100 MB, sent a megabyte at a time with no Content-Length

        def body():
            yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n"
                   "Content-Type: text/plain\r\n\r\n").encode()
            for _ in range(size // 2**20):
                yield b"banjir rob " * (2**20 // 11) + b"\n" * (2**20 % 11)
            yield f"\r\n--{boundary}--\r\n".encode()

        try:
            response = httpx.post(f"{base}/api/ingest/files", content=body(), timeout=60,
                                  headers={**AUTH, "Content-Type": f"multipart/form-data; boundary={boundary}"})
            status, message = response.status_code, response.json()["error"]
        except httpx.TransportError:  # the server answered and closed while the client was still sending
            status, message = 413, "request larger than"
        grown = (_peak_kib(server.pid) - before) / 1024
        print(f"100 MB chunked upload: HTTP {status}, the server's peak memory grew by {grown:.0f} MB")
        assert status == 413 and "request larger than" in message
        assert grown < 32  # the upload is refused at the cap, never held whole in memory
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_many_bad_lines_are_summarised_in_the_api_and_the_log(tmp_path, caplog):
    lines = [json.dumps(LINE)] + [f"{{bad {i}" for i in range(BAD_LINES)]
    with TestClient(create_app(str(tmp_path / "warta.db"), Settings(api_token=TOKEN))) as client, \
            caplog.at_level(logging.WARNING, logger="warta.ingest"):
        response = client.post("/api/ingest/jsonl", content="\n".join(lines).encode(), headers=AUTH)
    data = response.json()
    print(f"{BAD_LINES:,} bad lines: a {len(response.content):,}-byte answer, {len(caplog.records)} log lines")
    assert response.status_code == 200 and data["new"] == 1 and data["failed"] == BAD_LINES
    assert len(data["errors"]) == MAX_REPORTED_ERRORS and data["errors_not_shown"] == BAD_LINES - MAX_REPORTED_ERRORS
    assert data["errors"][0].startswith("upload.jsonl#2") and "not valid JSON" in data["errors"][0]
    assert len(response.content) < 50_000
    assert len(caplog.records) == MAX_REPORTED_ERRORS + 1
    assert f"{BAD_LINES - MAX_REPORTED_ERRORS} more inputs failed" in caplog.records[-1].getMessage()


def test_many_bad_lines_are_summarised_by_warta_ingest(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([json.dumps(LINE)] + [f"{{bad {i}" for i in range(5000)]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "warta.db"), str(path)])
    assert result.exit_code == 0, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    assert len(errors) == MAX_REPORTED_ERRORS
    assert f"… and {5000 - MAX_REPORTED_ERRORS:,} more failed" in result.stderr
    assert "1 new, 0 duplicate, 5000 failed" in result.stdout
    as_json = json.loads(CliRunner().invoke(cli, ["ingest", "--json", "--db", str(tmp_path / "warta.db"),
                                                  str(path)]).stdout)
    assert len(as_json["errors"]) == MAX_REPORTED_ERRORS and as_json["errors_not_shown"] == 4900
