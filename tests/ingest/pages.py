"""Small HTML pages, feeds and WARC archives written for the ingest tests."""
from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

STORY = [
    "Heavy rain made the Sava river burst its banks on Sunday, forcing about 2,000 people from their homes "
    "in three towns, the regional emergency service said.",
    '"The water rose faster than anyone expected," said Mara Voss, the service\'s spokeswoman.',
    "Rescue teams evacuated a hospital and two schools, and the government said it would release emergency "
    "funds on Monday.",
]


def page(title: str = "Floods force thousands from homes", *, date: str | None = "2025-02-03",
         paragraphs: list[str] | None = None, charset: str = "utf-8") -> str:
    meta_date = f'<meta property="article:published_time" content="{date}T08:15:00Z">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in (paragraphs or STORY))
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>'
        f'<meta property="og:site_name" content="The Valley Courier">{meta_date}</head><body>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>'
        '<li><a href="/sport">Sport</a></li></ul></nav>'
        f"<article><h1>{title}</h1>{body}"
        '<figure><img src="x.jpg"><figcaption>Residents wade through a flooded street. Photo: Staff</figcaption></figure>'
        '<aside><h3>Related</h3><ul><li><a href="/a">Dam safety questioned after storms</a></li></ul></aside>'
        "</article><footer>Copyright 2025 The Valley Courier. All rights reserved.</footer></body></html>"
    )


def write_warc(path: Path, pages: list[tuple[str, bytes]], *, extra: bool = True) -> None:
    """A gzipped WARC: one request+response per page, plus a warcinfo and an image response."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        if extra:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsgraph tests"}))
        for url, html in pages:
            req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers))
        if extra:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record("https://courier.example/x.png", "response",
                                                          payload=io.BytesIO(b"\x89PNG...."), http_headers=headers))
