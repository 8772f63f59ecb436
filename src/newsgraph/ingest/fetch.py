"""Download pages for users who have a network: ``newsgraph fetch URL... -o corpus.jsonl``.

Timeouts, retries with exponential back-off on transient failures (connection errors, 429, 5xx),
a clear user agent, and a size limit. Each page becomes one corpus line (FORMAT.md input format,
text extracted with trafilatura) or a Skip naming the URL and the reason.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import httpx

from .. import __version__
from ..article import Article
from ..errors import InputError
from .base import Skip
from .html import html_to_article

USER_AGENT = f"newsgraph/{__version__} (news research tool; one request at a time)"


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 20.0  # seconds per request: news sites answer in a few
    retries: int = 3  # extra attempts after a transient failure
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_bytes: int = 10_000_000  # a news page is well under this; larger is not an article


_TRANSIENT = {429, 500, 502, 503, 504}


def fetch_articles(urls: Iterable[str], *, options: FetchOptions = FetchOptions()) -> Iterator[Article | Skip]:
    """One Article (or Skip) per URL, in order."""
    with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=options.timeout, follow_redirects=True) as client:
        for url in urls:
            try:
                body = _get(client, url, options)
                yield html_to_article(body, doc_id=url, url=url)
            except InputError as err:
                yield Skip(url, str(err))


def _get(client: httpx.Client, url: str, options: FetchOptions) -> bytes:
    delay = options.backoff
    for attempt in range(options.retries + 1):
        try:
            return _download(client, url, options.max_bytes)
        except _Transient as err:
            if attempt == options.retries:
                raise InputError(f"gave up after {attempt + 1} attempts: {err}") from None
            time.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


class _Transient(Exception):
    pass


def _download(client: httpx.Client, url: str, max_bytes: int) -> bytes:
    try:
        with client.stream("GET", url) as response:
            if response.status_code in _TRANSIENT:
                raise _Transient(f"HTTP {response.status_code}")
            if response.status_code >= 400:
                raise InputError(f"HTTP {response.status_code}")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"page larger than {max_bytes:,} bytes")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx.InvalidURL as err:
        raise InputError(f"not a valid URL ({err})") from None
    except httpx.UnsupportedProtocol as err:
        raise InputError(f"unsupported URL ({err})") from None
    except httpx.TransportError as err:
        raise _Transient(f"{type(err).__name__}: {err}") from None
