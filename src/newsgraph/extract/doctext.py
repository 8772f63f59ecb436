"""The parsed text of a Doc, read once per document.

spaCy's ``Doc.text`` joins every token each time it is read (measured: seven reads per article
were about 13% of all layer time). The pipeline stores the string it parsed in ``doc.user_data``;
layers read it here.
"""
from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "newsgraph.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed at most once per Doc."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
