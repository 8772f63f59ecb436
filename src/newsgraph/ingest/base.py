"""Input dispatch and the checks every article passes before parsing."""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..article import Article
from ..errors import InputError

MAX_CHARS = 1_000_000  # spaCy's default max_length; longer texts need several GB to parse
_MAX_CONTROL_SHARE = 0.05  # text is "binary" above this share of control characters


@dataclass(frozen=True)
class Skip:
    """An input item that was not turned into an Article: where it was and why."""

    where: str
    reason: str


def read_input(source: str | Path, *, published: dt.date | None = None) -> Iterator[Article | Skip]:
    """Articles from a path (``.jsonl`` corpus, else one text file) or ``-`` for standard input.

    ``published`` sets the publication date of documents that carry none (text input), and
    overrides nothing in a corpus that has its own.
    """
    from .jsonl import read_jsonl
    from .text import read_text_file, read_text_stream

    if str(source) == "-":
        yield from read_text_stream(sys.stdin, doc_id="stdin", published=published)
        return
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a file (.txt or .jsonl) or '-'")
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path, published=published)
    else:
        yield from read_text_file(path, published=published)


def is_corpus(source: str | Path) -> bool:
    """True when the input holds many documents (so output is JSON Lines)."""
    return str(source) != "-" and Path(source).suffix.lower() == ".jsonl"


def check_text(text: str) -> str | None:
    """Why ``text`` cannot be processed (empty, binary, too long), or None when it can."""
    if not text or not text.strip():
        return "empty text"
    if "\x00" in text:
        return "binary content (NUL bytes)"
    sample = text[:20_000]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if control > _MAX_CONTROL_SHARE * len(sample):
        return f"binary content ({control} control characters in the first {len(sample)})"
    if len(text) > MAX_CHARS:
        return f"text too long ({len(text):,} characters; the limit is {MAX_CHARS:,})"
    return None
