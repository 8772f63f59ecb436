"""Plain text: one file (or standard input) is one article."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import charset_normalizer

from ..article import Article
from .base import Skip
from .dates import date_from_text


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), else the sniffed encoding; bad bytes become U+FFFD, never a crash."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    return data.decode(encoding, errors="replace")


def read_text_file(path: Path, *, published: dt.date | None = None) -> Iterator[Article | Skip]:
    text = decode_bytes(path.read_bytes())
    yield Article(doc_id=path.stem, text=text, published=published or date_from_text(text))


def read_text_stream(stream: TextIO, *, doc_id: str, published: dt.date | None = None) -> Iterator[Article | Skip]:
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8", "replace")
    text = decode_bytes(data)
    yield Article(doc_id=doc_id, text=text, published=published or date_from_text(text))
