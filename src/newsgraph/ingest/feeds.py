"""RSS and Atom feeds: one article per entry, from its content or its linked local page."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import feedparser
import lxml.html

from ..article import Article
from ..errors import InputError
from .base import Skip
from .html import html_to_article


def looks_like_feed(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) or head.startswith((b"<rss", b"<feed"))


def read_feed(path: Path, *, published: dt.date | None = None) -> Iterator[Article | Skip]:
    """One Article per entry. A linked page that exists as a local file is read in full."""
    parsed = feedparser.parse(path.read_bytes())
    if parsed.bozo and not parsed.entries:
        raise InputError(f"{path}: not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
    for index, entry in enumerate(parsed.entries, start=1):
        where = f"{path}#entry{index}"
        doc_id = str(entry.get("id") or entry.get("link") or f"{path.stem}-{index}")
        try:
            yield _entry_article(entry, path.parent, doc_id=doc_id, published=published)
        except InputError as err:
            yield Skip(where, str(err))


def _entry_article(entry, base: Path, *, doc_id: str, published: dt.date | None) -> Article:
    date = published or _entry_date(entry)
    title = entry.get("title")
    page = _local_page(entry.get("link"), base)
    if page is not None:
        return html_to_article(page.read_bytes(), doc_id=doc_id, url=entry.get("link"), published=date)
    html = _entry_html(entry)
    if not html.strip():
        raise InputError("entry has no content, summary or readable local link")
    text = _html_text(html)
    if not text.strip():
        raise InputError("entry content has no text")
    return Article(doc_id=doc_id, text=text, published=date, url=entry.get("link"), title=title,
                   meta={"extracted": True, "date_from": "option" if published else "metadata" if date else None})


def _entry_html(entry) -> str:
    contents = entry.get("content") or []
    if contents:
        return "\n".join(c.get("value", "") for c in contents)
    return entry.get("summary", "") or ""


def _html_text(html: str) -> str:
    """Paragraph text of an HTML fragment, one block per line."""
    if "<" not in html:
        return html.strip()
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    blocks = [el.text_content().strip() for el in root.iter("p", "li", "h2", "h3", "blockquote")]
    blocks = [b for b in blocks if b]
    return "\n".join(blocks) if blocks else root.text_content().strip()


def _entry_date(entry) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _local_page(link: str | None, base: Path) -> Path | None:
    """The file a link names when it is a local path (file:// or relative) that exists."""
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme not in ("", "file"):
        return None
    path = Path(unquote(parsed.path))
    path = path if path.is_absolute() else base / path
    return path if path.is_file() else None
