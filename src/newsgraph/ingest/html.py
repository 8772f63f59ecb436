"""HTML pages: main text and metadata with trafilatura; navigation, links and captions dropped."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import trafilatura

from ..article import Article, parse_published
from ..errors import InputError
from .dates import date_from_text


def html_to_article(
    html: bytes | str, *, doc_id: str, url: str | None = None, published: dt.date | None = None,
) -> Article:
    """The article in an HTML page; raises InputError when the page holds no main text.

    The title line is removed from the text when the page repeats it (headlines restate the body).
    ``published`` overrides the page's own date; else metadata, else a date printed in the text.
    """
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False,
    )
    if doc is None or not (doc.text or "").strip():
        raise InputError("no main text found in the HTML")
    text = _drop_title_line(doc.text, doc.title)
    date = published or _metadata_date(doc.date) or date_from_text(text)
    meta = {"extracted": True,
            "date_from": "option" if published else "metadata" if doc.date else "text" if date else None}
    return Article(
        doc_id=doc_id, text=text, published=date, source=doc.sitename or None,
        url=url or doc.url or None, title=doc.title or None, meta=meta,
    )


def read_html_file(path: Path, *, published: dt.date | None = None) -> Article:
    return html_to_article(path.read_bytes(), doc_id=path.stem, url=None, published=published)


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<head" in head


def _drop_title_line(text: str, title: str | None) -> str:
    first, _, rest = text.partition("\n")
    if title and rest and first.strip() == title.strip():
        return rest
    return text


def _metadata_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_published(value)
    except InputError:
        return None
