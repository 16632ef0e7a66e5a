"""Small test inputs written for warta's ingest tests (fictional events, our own words), in every input kind.

`story(n)` gives a different article for each n, every paragraph different, so each test input has its own
identity. Each test uses its own n: trafilatura (in clean/html.py) drops paragraphs it has seen more than twice
in the same process, so reusing a page across tests would make them depend on their order.
"""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PLACES = ["Sungai Rejo", "Tanah Merah", "Bukit Seroja", "Pantai Lamuri", "Danau Ilir", "Lembah Kenari"]


@dataclass(frozen=True, slots=True)
class Story:
    title: str
    paragraphs: list[str]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def story(n: int) -> Story:
    place = PLACES[n % len(PLACES)]
    count = 100 + 37 * n
    return Story(
        title=f"Warga {place} Membangun {count} Sumur Resapan Menjelang Musim Hujan",
        paragraphs=[
            f"Warga Desa {place} bergotong royong membangun {count} sumur resapan selama tiga pekan terakhir "
            "untuk menahan air hujan agar tidak menggenangi jalan kampung.",
            f"Kepala desa mengatakan pembangunan sumur resapan itu dibiayai dari dana desa sebesar Rp{n + 2} "
            "miliar dan dikerjakan oleh warga setiap akhir pekan.",
            f"Menurut dia, genangan setinggi lutut orang dewasa selalu muncul di depan sekolah dasar nomor {n} "
            "setiap kali hujan deras turun lebih dari dua jam.",
            f"Warga berharap {count} sumur itu cukup untuk musim hujan tahun ini, dan mereka berencana "
            "menambah lagi jika genangan masih terjadi pada bulan Desember.",
        ],
    )


def html_page(s: Story, charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in s.paragraphs)
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="{charset}"><title>{s.title}</title>'
        f'<meta property="og:title" content="{s.title}"></head><body>'
        '<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/olahraga">Olahraga</a></nav>'
        f"<article><h1>{s.title}</h1>\n{paragraphs}\n</article>"
        "<footer>Hak cipta dilindungi undang-undang. Redaksi | Pedoman Media Siber</footer></body></html>"
    )


def text_dump(s: Story) -> str:
    lines = ["Kabar Desa", "Beranda | Daerah | Olahraga", s.title, "Senin, 3 Juni 2024 10:15 WIB", *s.paragraphs,
             "Baca juga: Jalan desa diperbaiki sebelum Lebaran", "Hak cipta Kabar Desa"]
    return "\n\n".join(lines) + "\n"


def rss_feed(items: list[tuple[Story, str]], full: bool = True) -> str:
    """RSS 2.0 with each item's full text in content:encoded (or only a link and a teaser)."""
    entries = []
    for s, link in items:
        content = f"<content:encoded><![CDATA[{html_page(s)}]]></content:encoded>" if full else ""
        entries.append(
            f"<item><title>{s.title}</title><link>{link}</link><guid>{link}</guid>"
            f"<pubDate>Mon, 03 Jun 2024 10:15:00 +0700</pubDate>"
            f"<description>{s.paragraphs[0][:80]}</description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Kabar Desa</title><link>https://kabardesa.example/</link><description>Berita desa</description>"
        + "".join(entries)
        + "</channel></rss>\n"
    )


def atom_feed(items: list[tuple[Story, str]]) -> str:
    entries = "".join(
        f'<entry><title>{s.title}</title><link href="{link}"/><id>{link}</id>'
        f"<updated>2024-06-03T10:15:00+07:00</updated>"
        f'<content type="html"><![CDATA[{html_page(s)}]]></content></entry>'
        for s, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Kabar Desa</title><id>https://kabardesa.example/</id><updated>2024-06-03T10:15:00+07:00</updated>"
        f"{entries}</feed>\n"
    )


def jsonl_lines(stories: list[Story]) -> str:
    return "".join(
        json.dumps({"text": s.body, "title": s.title, "url": f"https://kabardesa.example/{i}",
                    "published": "2024-06-03T10:15:00+07:00"}, ensure_ascii=False) + "\n"
        for i, s in enumerate(stories)
    )


def write_warc(path: Path, pages: list[tuple[str, Story]], gzipped: bool) -> Path:
    """A WARC with a warcinfo record, then a request and an HTML response per page, and one image response."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "warta tests"}))
    for url, s in pages:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "kabardesa.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        payload = html_page(s).encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://kabardesa.example/logo.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
                                                  http_headers=image))
    path.write_bytes(buffer.getvalue())
    return path


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)
