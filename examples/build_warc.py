#!/usr/bin/env python3
"""Build the sample WARC file of the warta example corpus.

Reads the HTML pages in ``examples/corpus_src/warc_pages/`` and writes
``examples/corpus/warc/sample-crawl.warc.gz`` with a ``warcinfo`` record and,
for every page, a ``request`` record followed by a ``response`` record.

The pages are fictional and were written for warta. The output is
deterministic (fixed record ids and dates), so re-running the script gives
the same bytes.

Usage::

    python examples/build_warc.py            # default output path
    python examples/build_warc.py out.warc.gz
"""
from __future__ import annotations

import sys
import uuid
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "corpus_src" / "warc_pages"
DEFAULT_OUT = HERE / "corpus" / "warc" / "sample-crawl.warc.gz"
WARC_FILENAME = "sample-crawl.warc.gz"

# (source file, WARC-Target-URI, WARC-Date of the capture)
PAGES = [
    (
        "wartatimur_polisi-periksa-nakhoda.html",
        "https://wartatimur.example/nasional/2024/05/20/polisi-periksa-nakhoda-km-samudra-jaya-7",
        "2024-05-23T06:00:05Z",
    ),
    (
        "straitsledger_rice-import-quota.html",
        "https://straitsledger.example/business/2024/05/20/indonesia-rice-import-quota",
        "2024-05-23T06:00:11Z",
    ),
    (
        "kabarnusantara_prisn-panggil-sakuria.html",
        "https://kabarnusantara.example/teknologi/2024/05/23/prisn-panggil-pengelola-sakuria",
        "2024-05-23T06:00:17Z",
    ),
]

USER_AGENT = "warta-example-crawler/0.1 (+https://github.com/warta)"
NS = uuid.UUID("6f1c9f4e-2d0a-4c36-9a52-7f0e3b1d8a11")


def record_id(*parts: str) -> str:
    return "<urn:uuid:%s>" % uuid.uuid5(NS, "|".join(parts))


def build(out_path: Path) -> int:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(out_path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        info = (
            "software: warta examples/build_warc.py (warcio)\r\n"
            "format: WARC File Format 1.0\r\n"
            "description: Fictional news pages written for the warta sample corpus\r\n"
            "isPartOf: warta-example-corpus\r\n"
        ).encode("utf-8")
        writer.write_record(
            writer.create_warc_record(
                "",
                "warcinfo",
                payload=BytesIO(info),
                length=len(info),
                warc_content_type="application/warc-fields",
                warc_headers_dict={
                    "WARC-Record-ID": record_id("warcinfo"),
                    "WARC-Date": PAGES[0][2],
                    "WARC-Filename": WARC_FILENAME,
                },
            )
        )
        count += 1

        for name, uri, date in PAGES:
            body = (SRC / name).read_bytes()
            parts = urlsplit(uri)

            req_headers = StatusAndHeaders(
                "GET %s HTTP/1.1" % (parts.path or "/"),
                [
                    ("Host", parts.netloc),
                    ("User-Agent", USER_AGENT),
                    ("Accept", "text/html,application/xhtml+xml"),
                    ("Accept-Language", "id,en;q=0.8"),
                ],
                is_http_request=True,
            )
            resp_id = record_id("response", uri)
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "request",
                    http_headers=req_headers,
                    warc_headers_dict={
                        "WARC-Record-ID": record_id("request", uri),
                        "WARC-Date": date,
                        "WARC-Concurrent-To": resp_id,
                    },
                )
            )

            resp_headers = StatusAndHeaders(
                "200 OK",
                [
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Length", str(len(body))),
                    ("Server", "nginx"),
                    ("Cache-Control", "max-age=300"),
                ],
                protocol="HTTP/1.1",
            )
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=BytesIO(body),
                    length=len(body),
                    http_headers=resp_headers,
                    warc_headers_dict={"WARC-Record-ID": resp_id, "WARC-Date": date},
                )
            )
            count += 2
    return count


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    n = build(out)
    print("wrote %d records to %s" % (n, out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
