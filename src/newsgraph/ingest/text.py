"""Plain text: one file (or standard input) is one article."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ..article import Article
from .base import Skip


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), else cp1252; undecodable bytes become U+FFFD, never a crash."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def read_text_file(path: Path, *, published: dt.date | None = None) -> Iterator[Article | Skip]:
    text = decode_bytes(path.read_bytes())
    yield Article(doc_id=path.stem, text=text, published=published)


def read_text_stream(stream: TextIO, *, doc_id: str, published: dt.date | None = None) -> Iterator[Article | Skip]:
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8", "replace")
    yield Article(doc_id=doc_id, text=decode_bytes(data), published=published)
