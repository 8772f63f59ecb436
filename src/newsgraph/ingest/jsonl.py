"""JSON Lines corpora in FORMAT.md's input format: one article object per line."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..article import Article, parse_published
from ..errors import InputError
from .base import Skip


def read_jsonl(path: Path, *, published: dt.date | None = None) -> Iterator[Article | Skip]:
    """One Article per line; a line that is not a valid article becomes a Skip naming its line.

    ``published``, when given, overrides every document's own date.
    """
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.decode("utf-8", errors="replace").strip()
            if not line:
                continue
            where = f"{path}:{lineno}"
            try:
                yield _article(json.loads(line), where, default_published=published)
            except json.JSONDecodeError as err:
                yield Skip(where, f"not valid JSON ({err.msg} at column {err.colno})")
            except InputError as err:
                yield Skip(where, str(err))


def _article(obj: object, where: str, *, default_published: dt.date | None) -> Article:
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("'text' is missing or not a string")
    doc_id = obj.get("doc_id")
    if doc_id is None:
        raise InputError("'doc_id' is missing")
    published = default_published or parse_published(obj.get("published"), where="published")
    return Article(
        doc_id=str(doc_id),
        text=text,
        published=published,
        source=_opt_str(obj.get("source")),
        url=_opt_str(obj.get("url")),
        title=_opt_str(obj.get("title")),
    )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)
