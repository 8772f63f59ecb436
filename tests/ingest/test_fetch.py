"""newsgraph fetch against a local HTTP server on 127.0.0.1 only."""
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsgraph.article import Article
from newsgraph.ingest import Skip
from newsgraph.ingest.fetch import USER_AGENT, FetchOptions, fetch_articles

from .pages import page


class Handler(BaseHTTPRequestHandler):
    hits: dict = {}
    agents: list = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        Handler.agents.append(self.headers.get("User-Agent"))
        if self.path == "/flaky" and Handler.hits[self.path] < 3:
            return self._send(503, b"busy")
        if self.path in ("/ok", "/flaky"):
            return self._send(200, page().encode())
        if self.path == "/huge":
            return self._send(200, b"<html><body>" + b"x" * 50_000 + b"</body></html>")
        return self._send(404, b"no")

    def _send(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_fetch_retries_transient_errors_and_reports_failures(server):
    opts = FetchOptions(timeout=5, retries=3, backoff=0.01, max_bytes=20_000)
    urls = [f"{server}/ok", f"{server}/flaky", f"{server}/missing", f"{server}/huge"]
    items = list(fetch_articles(urls, options=opts))
    assert [type(i) for i in items] == [Article, Article, Skip, Skip]
    assert "burst its banks" in items[1].text and Handler.hits["/flaky"] == 3
    assert items[2].reason == "HTTP 404"
    assert items[3].reason == "page larger than 20,000 bytes"
    assert set(Handler.agents) == {USER_AGENT}


def test_fetch_gives_up_after_retries(server):
    Handler.hits.pop("/flaky", None)
    (skip,) = fetch_articles([f"{server}/flaky"], options=FetchOptions(retries=1, backoff=0.01))
    assert skip.reason == "gave up after 2 attempts: HTTP 503"


def test_cli_fetch_writes_corpus_that_extract_reads(server, tmp_path):
    out = tmp_path / "c.jsonl"
    proc = subprocess.run([sys.executable, "-m", "newsgraph", "fetch", f"{server}/ok", f"{server}/nope", "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and f"failed {server}/nope: HTTP 404" in proc.stderr
    (line,) = [json.loads(x) for x in out.read_text().splitlines()]
    assert line["published"] == "2025-02-03" and line["url"] == f"{server}/ok"
