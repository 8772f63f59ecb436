"""Input dispatch and the checks every article passes before parsing.

Formats, chosen by name and, for ambiguous files, by content:
``.jsonl`` corpus (FORMAT.md input), ``.html``/``.htm`` page, RSS/Atom feed (``.xml``, ``.rss``,
``.atom`` or any file that starts like one), ``.warc``/``.warc.gz`` archive, plain text (anything else),
a directory (every readable file below it, sorted), a glob pattern, or ``-`` for standard input.
"""
from __future__ import annotations

import datetime as dt
import glob
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..article import Article
from ..errors import InputError
from .language import non_english

MAX_CHARS = 1_000_000  # spaCy's default max_length; longer texts need several GB to parse
_MAX_CONTROL_SHARE = 0.05  # text is "binary" above this share of control characters
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than tab, newlines, form feed
_GLOB_CHARS = set("*?[")
_FEED_SUFFIXES = {".xml", ".rss", ".atom"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_DIR_SUFFIXES = {".jsonl", ".txt", ".warc", ".gz", *_FEED_SUFFIXES, *_HTML_SUFFIXES}


@dataclass(frozen=True)
class Skip:
    """An input item that was not turned into an Article: where it was and why.

    ``ignored`` marks items that are not articles by design (a WARC request record, an image):
    they are counted in the summary but do not make the run fail.
    """

    where: str
    reason: str
    ignored: bool = False


def read_input(source: str | Path, *, published: dt.date | None = None) -> Iterator[Article | Skip]:
    """Articles (and Skips) from a path, directory, glob pattern, or ``-`` for standard input.

    ``published``, when given, is every document's publication date (it overrides what the input
    says); otherwise dates come from the input's metadata, then from the text.
    """
    from .text import read_text_stream

    if str(source) == "-":
        yield from read_text_stream(sys.stdin, doc_id="stdin", published=published)
        return
    for path in _expand(source):
        yield from _read_path(path, published=published)


def _expand(source: str | Path) -> list[Path]:
    text = str(source)
    if _GLOB_CHARS & set(text) and not Path(text).exists():
        paths = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
        if not paths:
            raise InputError(f"{text}: no file matches this pattern")
        return paths
    path = Path(text)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        paths = sorted(p for p in path.rglob("*") if p.is_file() and _readable_suffix(p))
        if not paths:
            raise InputError(f"{path}: directory holds no readable files ({', '.join(sorted(_DIR_SUFFIXES))})")
        return paths
    return [path]


def _readable_suffix(path: Path) -> bool:
    return path.suffix.lower() in _DIR_SUFFIXES and not path.name.startswith(".")


def _read_path(path: Path, *, published: dt.date | None) -> Iterator[Article | Skip]:
    from .feeds import looks_like_feed, read_feed
    from .html import looks_like_html, read_html_file
    from .jsonl import read_jsonl
    from .text import read_text_file
    from .warc import is_warc, read_warc

    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path, published=published)
    elif is_warc(path):
        yield from read_warc(path, published=published)
    else:
        head = _head(path)
        if suffix in _FEED_SUFFIXES or looks_like_feed(head):
            yield from read_feed(path, published=published)
        elif suffix in _HTML_SUFFIXES or looks_like_html(head):
            yield from _guarded(path, lambda: read_html_file(path, published=published))
        else:
            yield from read_text_file(path, published=published)


def _guarded(path: Path, read) -> Iterator[Article | Skip]:
    try:
        yield read()
    except InputError as err:
        yield Skip(str(path), str(err))


def _head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(2048)


def is_corpus(source: str | Path) -> bool:
    """True when the input may hold many documents (so output is JSON Lines)."""
    if str(source) == "-":
        return False
    path = Path(source)
    if not path.exists():
        return bool(_GLOB_CHARS & set(str(source)))
    if path.is_dir() or path.suffix.lower() in {".jsonl", *_FEED_SUFFIXES}:
        return True
    from .feeds import looks_like_feed
    from .warc import is_warc

    return is_warc(path) or looks_like_feed(_head(path))


def check_text(text: str) -> str | None:
    """Why ``text`` cannot be processed (empty, binary, too long, not English), or None."""
    if not text or not text.strip():
        return "empty text"
    if "\x00" in text:
        return "binary content (NUL bytes)"
    sample = text[:20_000]
    control = len(_CONTROL.findall(sample))
    if control > _MAX_CONTROL_SHARE * len(sample):
        return f"binary content ({control} control characters in the first {len(sample)})"
    if len(text) > MAX_CHARS:
        return f"text too long ({len(text):,} characters; the limit is {MAX_CHARS:,})"
    if lang := non_english(text):
        return f"non-English text ({lang})"
    return None
