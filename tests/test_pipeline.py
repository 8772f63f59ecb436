import datetime as dt

import pytest

from newsgraph.article import Article
from newsgraph.errors import InputError
from newsgraph.pipeline import extract_parallel
from newsgraph.record import Record


def test_pipeline_keeps_input_order_and_reports_unprocessable(pipeline):
    arts = [Article("a", "Talks began in Cairo."), Article("b", ""), Article("c", "Rain fell.")]
    outcomes = list(pipeline.extract_many(arts))
    assert [o.article.doc_id for o in outcomes] == ["a", "b", "c"]
    assert outcomes[1].record is None and outcomes[1].error == "empty text"
    assert isinstance(outcomes[2].record, Record)


def test_pipeline_extract_raises_input_error_for_binary(pipeline):
    with pytest.raises(InputError, match="x: binary content"):
        pipeline.extract(Article("x", "\x00\x01"))


def test_pipeline_record_offsets_index_the_original_text(pipeline):
    text = "By Ann Lee\nOfficials said on Monday that 40 people were hurt in Haifa.\n"
    record = pipeline.extract(Article("t", text, published=dt.date(2024, 5, 8)))
    for item in [*record.times, *record.figures, *record.quotes, *record.events]:
        assert 0 <= item.start < item.end <= len(text)
    for ent in [*record.entities, *record.places]:
        for start, end in ent.mentions:
            assert text[start:end].strip() and start >= len("By Ann Lee\n")


def test_pipeline_parallel_matches_serial(pipeline):
    arts = [Article(str(i), f"Officials in Kyiv said {i + 2} drones were shot down on Monday.",
                    published=dt.date(2024, 5, 8)) for i in range(6)]
    serial = [o.record.model_dump() for o in pipeline.extract_many(arts)]
    parallel = [o.record.model_dump() for o in extract_parallel(arts, workers=2, chunk=2)]
    assert parallel == serial


def test_pipeline_doc_text_is_read_once_and_matches_the_masked_text(nlp):
    from newsgraph.extract.doctext import TEXT_KEY, doc_text

    doc = nlp("By Ann Lee\nRain fell in Lima.")
    assert TEXT_KEY not in doc.user_data
    assert doc_text(doc) == doc.text and doc.user_data[TEXT_KEY] == doc.text
