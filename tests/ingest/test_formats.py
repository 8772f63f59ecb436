import datetime as dt
import json
import subprocess
import sys

import pytest

from newsgraph.article import Article
from newsgraph.ingest import Skip, read_input
from newsgraph.ingest.dates import date_from_text
from newsgraph.ingest.warc import read_warc

from .pages import STORY, page, write_warc

NG = [sys.executable, "-m", "newsgraph"]


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def test_ingest_html_keeps_story_drops_navigation_caption_and_links(tmp_path):
    path = tmp_path / "floods.html"
    path.write_text(page(), encoding="utf-8")
    (art,) = read_input(path)
    assert art.title == "Floods force thousands from homes" and art.source == "The Valley Courier"
    assert art.published == dt.date(2025, 2, 3)
    assert "burst its banks" in art.text and "Mara Voss" in art.text
    for furniture in ("World news", "Photo: Staff", "Dam safety", "Copyright", "Floods force thousands"):
        assert furniture not in art.text


def test_ingest_html_date_from_text_when_metadata_has_none(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(page(date=None, paragraphs=["Updated: 27-01-2025", *STORY]), encoding="utf-8")
    (art,) = read_input(path)
    assert art.published == dt.date(2025, 1, 27)


def test_ingest_published_option_overrides_metadata(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(page(), encoding="utf-8")
    (art,) = read_input(path, published=dt.date(2020, 1, 1))
    assert art.published == dt.date(2020, 1, 1)


def test_ingest_html_declared_latin1_and_broken_bytes_never_crash(tmp_path):
    path = tmp_path / "latin.html"
    html = page(paragraphs=["Caf\u00e9 owners in S\u00e3o Paulo said the strike would go on.", *STORY], charset="iso-8859-1")
    path.write_bytes(html.encode("latin-1") + b"\xff\xfe\x80")
    (art,) = read_input(path)
    assert "Café owners in São Paulo" in art.text


def test_ingest_broken_html_is_reported_not_crashed(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>", encoding="utf-8")
    (skip,) = read_input(path)
    assert isinstance(skip, Skip) and skip.reason == "no main text found in the HTML"


def test_ingest_feed_entries_from_content_and_local_linked_page(tmp_path):
    (tmp_path / "full.html").write_text(page(title="Dam opened"), encoding="utf-8")
    feed = tmp_path / "news.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>'
        "<item><title>Dam opened</title><link>full.html</link><guid>a1</guid>"
        "<pubDate>Mon, 03 Feb 2025 08:00:00 GMT</pubDate><description>Short teaser.</description></item>"
        "<item><title>Port strike</title><guid>a2</guid><pubDate>Tue, 04 Feb 2025 08:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;Dock workers in Gdansk walked out on Tuesday over pay.&lt;/p&gt;</description></item>"
        "<item><title>Empty</title><guid>a3</guid></item>"
        "</channel></rss>", encoding="utf-8")
    items = list(read_input(feed))
    arts, skips = articles(items), [i for i in items if isinstance(i, Skip)]
    assert [a.doc_id for a in arts] == ["a1", "a2"]
    assert "burst its banks" in arts[0].text and arts[0].published == dt.date(2025, 2, 3)
    assert arts[1].text == "Dock workers in Gdansk walked out on Tuesday over pay."
    assert arts[1].published == dt.date(2025, 2, 4)
    assert len(skips) == 1 and skips[0].where.endswith("#entry3")


def test_ingest_atom_feed(tmp_path):
    feed = tmp_path / "atom.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        "<entry><id>urn:x:1</id><title>Vote</title><updated>2024-11-02T10:00:00Z</updated>"
        '<content type="html">&lt;p&gt;Voters in Tbilisi queued for hours on Saturday.&lt;/p&gt;</content></entry>'
        "</feed>", encoding="utf-8")
    (art,) = read_input(feed)
    assert art.doc_id == "urn:x:1" and art.published == dt.date(2024, 11, 2)


@pytest.mark.parametrize("engine", ["fastwarc", "warcio"])
def test_ingest_warc_html_responses_become_articles_others_ignored(tmp_path, engine):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [(f"https://courier.example/{i}", page(title=f"Story {i}").encode()) for i in range(3)]
               + [("https://courier.example/bad", b"<html><body></body></html>")])
    items = list(read_warc(path, engine=engine))
    arts = articles(items)
    assert [a.url for a in arts] == [f"https://courier.example/{i}" for i in range(3)]
    ignored = [i for i in items if isinstance(i, Skip) and i.ignored]
    failed = [i for i in items if isinstance(i, Skip) and not i.ignored]
    assert sorted({s.reason for s in ignored}) == ["not HTML (image/png)", "request record", "warcinfo record"]
    assert len(failed) == 1 and "courier.example/bad" in failed[0].where


def test_ingest_directory_and_glob(tmp_path):
    (tmp_path / "a.html").write_text(page(), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(" ".join(STORY), encoding="utf-8")
    (tmp_path / "sub" / "skip.png").write_bytes(b"\x89PNG")
    assert [a.doc_id for a in articles(read_input(tmp_path))] == ["a", "b"]
    assert [a.doc_id for a in articles(read_input(str(tmp_path / "**" / "*.txt")))] == ["b"]


def test_ingest_non_english_is_skipped_with_its_language(tmp_path, pipeline):
    french = ("Les pluies torrentielles ont provoqué la crue de la rivière dimanche, obligeant environ deux mille "
              "personnes à quitter leur maison dans trois villes, a indiqué le service régional des secours. ") * 2
    (outcome,) = pipeline.extract_many([Article("fr", french)])
    assert outcome.record is None and outcome.error == "non-English text (fr)"


@pytest.mark.parametrize("text,expected", [
    ("Published on 3 March 2025\nThe talks ...", dt.date(2025, 3, 3)),
    ("NAIROBI, March 3, 2025 (Wire) - Kenyan police ...", dt.date(2025, 3, 3)),
    ("Body text.\nLast updated: 2024-12-30", dt.date(2024, 12, 30)),
    ("KYIV, March 3 - Drones struck ...", None),
    ("Updated: 31-02-2025\nText", None),
])
def test_ingest_date_from_text(text, expected):
    assert date_from_text(text) == expected


def test_cli_extract_warc_reports_ignored_and_failed_records(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://courier.example/1", page().encode()), ("https://courier.example/bad", b"<html></html>")])
    out = tmp_path / "r.jsonl"
    proc = subprocess.run([*NG, "extract", str(path), "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["url"] == "https://courier.example/1" and "burst its banks" in record["text"]
    assert "1 record(s) written, 1 item(s) skipped" in proc.stderr
    assert "4 non-article item(s) ignored: 2 x request record, 1 x warcinfo record, 1 x not HTML (image/png)" in proc.stderr
