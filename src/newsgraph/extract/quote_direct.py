"""Direct quotes: text inside quotation marks with a reporting clause beside it.

    "We will keep digging," she said, "until every family is found."   -> one quote, both parts
    "We ran out of beds," said a camp official. "Now families sleep on cardboard."
                                                                     -> one quote, the orphan part appended
A quoted phrase with no reporting clause of its own that does not continue a direct quote is a
scare quote ("red lines") and is left to the indirect finder, as part of the content it sits in.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .reports import Report, subject_of
from .speech_cues import cue_frames
from .doctext import doc_text

# Straight single quotes (South Asian house styles) only in a reporting frame, as apostrophes abound:
# after "said, " or ": " ending in a sentence mark, or before ", he said"; contractions ("don't") may be inside.
_SINGLE_BODY = r"[A-Z](?:[^'\n]|(?<=\w)'(?=\w))*?"
_SINGLE = rf"(?<=[,:] )'{_SINGLE_BODY}[.!?]'(?!\w)|(?:(?<=^)|(?<=\s))'{_SINGLE_BODY}[,?!]'(?=\s+[a-z])"
# Straight quotes pair up within a paragraph; curly ones by direction; single curly ones only at word edges.
_QUOTED = re.compile(r'"([^"\n]+)"|“([^”“\n]+)”|«([^»\n]+)»|(?<!\w)‘([^‘\n]+?)’(?!\w)|' + _SINGLE)
_CLAUSE_END = (",", ".", "?", "!", "…", ":", ";")
_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,3}\.")  # titles and initials: "Col.", "Dr.", "J."
_MAX_SPLIT_WORDS = 12  # '"A," said X, a spokesman for Y, "B."': a clause with an appositive fits
_MAX_CLAUSE_TOKENS = 25  # a reporting clause with a long appositive ("said X, a spokesman for ...") fits


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text between quotation marks, marks excluded."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]


def find_direct(doc: Doc) -> tuple[list[Report], set[int]]:
    """Direct reports in doc, and the ids of the cue tokens they used."""
    reports: list[Report] = []
    used: set[int] = set()
    text = doc_text(doc)
    spans = quoted_spans(text)
    taken: set[int] = set()
    for n, (start, end) in enumerate(spans):
        if n in taken:
            continue
        report = _attach(doc, text, start, end)
        if report is None:
            if reports and _continues(doc, text, reports[-1], start):
                reports[-1].pieces.append((start, end))
            continue
        used.add(report.cue_token.i)
        nxt = n + 1
        if nxt < len(spans) and _split_continues(text, report, spans[nxt]):
            report.pieces.append(spans[nxt])
            taken.add(nxt)
        reports.append(report)
    return reports, used


def _attach(doc: Doc, text: str, start: int, end: int) -> Report | None:
    """The direct report of the quote at [start, end) if a reporting clause follows or precedes it."""
    inner = text[start:end].rstrip()
    after = text[end + 1:end + 3].strip()
    # '"...," she said' or '"...?" she asked'; after a full stop only a lower-case clause ('"..." he said')
    if (inner.endswith(_CLAUSE_END) and not inner.endswith(".")) or after[:1] == "," or after[:1].islower():
        cue = _cue_after(doc, text, end)
        if cue is not None:
            return _report(cue, start, start + len(inner.rstrip(",").rstrip()))
    before = text[:start - 1].rstrip()
    if before.endswith((":", ",")) and inner[:1].isupper():
        cue = _cue_before(doc, text, len(before) - 1)
        if cue is not None:
            return _report(cue, start, start + len(inner.rstrip(",").rstrip()))
    return None


def _report(cue: Token, start: int, end: int) -> Report | None:
    speaker = subject_of(cue) or _inverted_subject(cue)
    if speaker is None:
        return None
    return Report(cue=cue.text, at=min(cue.idx, speaker.idx), speaker=speaker, pieces=[(start, end)],
                  direct=True, cue_token=cue)


def _inverted_subject(cue: Token) -> Token | None:
    """'"...," said Dr. Jane Roe, a physician': the name right after the verb, when the parse lost it."""
    doc = cue.doc
    i = cue.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
        i += 1
    return doc[i] if i < len(doc) and doc[i].pos_ in ("PROPN", "NOUN") else None


def _cue_after(doc: Doc, text: str, end: int) -> Token | None:
    """The reporting verb right after a closing mark: only its subject and commas may come between."""
    first = _token_at(doc, text, end + 1, forward=True)
    if first is None:
        return None
    frames = cue_frames()
    for token in doc[first.i:first.i + _MAX_CLAUSE_TOKENS]:
        if _is_mark(token) or token.text in ("\n", "\n\n") or (token.is_sent_start and token.i > first.i + 1):
            return None
        if token.lemma_.lower() in frames and token.pos_ in ("VERB", "AUX"):
            return token if _only_subject_between(first, token) else None
    return None


def _only_subject_between(first: Token, cue: Token) -> bool:
    subject = subject_of(cue)
    allowed = {t.i for t in subject.subtree} if subject is not None else set()
    return all(t.is_punct or t.i in allowed for t in first.doc[first.i:cue.i])


def _cue_before(doc: Doc, text: str, colon: int) -> Token | None:
    """The reporting verb of a clause ending just before an opening mark ("X said: ...")."""
    last = _token_at(doc, text, colon, forward=False)
    if last is None:
        return None
    frames = cue_frames()
    sent: Span = last.sent
    for token in reversed(doc[max(sent.start, last.i - 8):last.i]):
        if _is_mark(token):
            return None
        if token.lemma_.lower() in frames and token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _split_continues(text: str, report: Report, span: tuple[int, int]) -> bool:
    """True for the second half of '"A," he said, "B."': only the reporting clause and a comma between."""
    gap_start, gap_end = report.end, span[0] - 1
    gap = text[gap_start:gap_end]
    cue = report.cue_token.idx
    bare = _ABBREVIATION.sub(" ", gap)  # "Col. Wichai said," has no sentence end in it
    return (gap.rstrip().endswith(",") and "\n" not in gap and gap_start <= cue < gap_end
            and len(gap.split()) <= _MAX_SPLIT_WORDS and not any(c in bare for c in ".!?;"))


def _continues(doc: Doc, text: str, previous: Report, start: int) -> bool:
    """True when an orphan quote opens the sentence right after the sentence of a direct quote's clause."""
    if not previous.direct:
        return False
    opening = _token_at(doc, text, start - 1, forward=True)
    if opening is None or not opening.is_sent_start:
        return False
    last = max(previous.end, previous.cue_token.idx)
    prev_sent = _token_at(doc, text, last, forward=False)
    return prev_sent is not None and prev_sent.sent.end == opening.i


def _is_mark(token: Token) -> bool:
    return token.text in ('"', "“", "”", "‘", "’", "''", "``", "«", "»")


def _token_at(doc: Doc, text: str, offset: int, *, forward: bool) -> Token | None:
    """The first non-space token at or after (forward) / at or before offset."""
    step = 1 if forward else -1
    while 0 <= offset < len(text) and text[offset].isspace():
        offset += step
    if not 0 <= offset < len(text):
        return None
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
