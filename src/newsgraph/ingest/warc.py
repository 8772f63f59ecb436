"""WARC and WARC.gz archives: HTML response records become articles; other records are counted.

Two readers: FastWARC (default, the faster one - measured in benchmarks/ingest_formats.py) and
warcio (pure Python). Both yield the same Articles.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

from ..article import Article
from ..errors import InputError
from .base import Skip
from .html import html_to_article

MAX_RECORD_BYTES = 20_000_000  # a news page is far smaller; larger payloads are not articles


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz", ".arc.gz"))


def read_warc(path: Path, *, published: dt.date | None = None, engine: str = "fastwarc") -> Iterator[Article | Skip]:
    """Articles from the HTML responses of a WARC; every other record is an ignored Skip."""
    records = _fastwarc_records(path) if engine == "fastwarc" else _warcio_records(path)
    for index, (rtype, uri, ctype, payload, error) in enumerate(records, start=1):
        where = f"{path}#record{index}" + (f" ({uri})" if uri else "")
        if error:
            yield Skip(where, error)
        elif rtype != "response":
            yield Skip(where, f"{rtype} record", ignored=True)
        elif "html" not in ctype:
            yield Skip(where, f"not HTML ({ctype or 'no content type'})", ignored=True)
        else:
            yield _article(payload, uri, where, published)


def _article(payload: bytes, uri: str, where: str, published: dt.date | None) -> Article | Skip:
    doc_id = uri or hashlib.sha1(payload).hexdigest()[:16]
    try:
        return html_to_article(payload, doc_id=doc_id, url=uri or None, published=published)
    except InputError as err:
        return Skip(where, str(err))


def _fastwarc_records(path: Path) -> Iterator[tuple[str, str, str, bytes, str | None]]:
    from fastwarc import ArchiveIterator

    for record in ArchiveIterator(str(path), parse_http=True):  # compression detected from the file
        rtype = str(record.record_type)
        uri = record.headers.get("WARC-Target-URI", "")
        ctype = record.http_headers.get("Content-Type", "").lower() if record.http_headers else ""
        if rtype != "response" or "html" not in ctype:
            yield rtype, uri, ctype, b"", None
            continue
        yield rtype, uri, ctype, *_bounded(record.reader.read(MAX_RECORD_BYTES + 1))


def _warcio_records(path: Path) -> Iterator[tuple[str, str, str, bytes, str | None]]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                rtype = record.rec_type
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                ctype = (record.http_headers.get_header("Content-Type") or "").lower() if record.http_headers else ""
                if rtype != "response" or "html" not in ctype:
                    yield rtype, uri, ctype, b"", None
                    continue
                yield rtype, uri, ctype, *_bounded(record.content_stream().read(MAX_RECORD_BYTES + 1))
        except ArchiveLoadFailed as err:
            raise InputError(f"{path}: not a readable WARC ({err})") from err


def _bounded(payload: bytes) -> tuple[bytes, str | None]:
    if len(payload) > MAX_RECORD_BYTES:
        return b"", f"payload over {MAX_RECORD_BYTES:,} bytes"
    return payload, None
