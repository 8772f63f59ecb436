"""A found act of reported speech before its speaker is named, and content spans from token sets.

Shared by the direct (quotation marks) and indirect (dependency parse) finders of the quotes layer.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .speech_cues import cue_frames

_EDGE_WORDS = {"that", "and", "but", "whether", "while", "as"}  # dropped at the edges of a content span
_QUOTE_CHARS = "\"'“”‘’"


@dataclass
class Report:
    """One act of reported speech: cue, speaker head token (or phrase start) and content pieces."""

    cue: str
    at: int  # character offset of the reporting clause, orders reports for pronoun resolution
    speaker: Token | None
    pieces: list[tuple[int, int]] = field(default_factory=list)
    direct: bool = False
    cue_token: Token | None = None

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def text(self, text: str) -> str:
        """The content: its pieces of the article text joined by one space."""
        return " ".join(text[s:e] for s, e in self.pieces)


def subtree_ids(token: Token) -> set[int]:
    """Token indices of token's subtree."""
    return {t.i for t in token.subtree}


def pieces_of(doc: Doc, ids: Iterable[int]) -> list[tuple[int, int]]:
    """Character spans of the contiguous runs of ids, edge punctuation and linking words trimmed."""
    runs: list[list[int]] = []
    for i in sorted(ids):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = []
    for run in runs:
        tokens = _trim([doc[i] for i in run])
        if tokens:
            spans.append(_char_span(tokens))
    return spans


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct and tokens[0].text not in _QUOTE_CHARS
                      or tokens[0].lower_ in _EDGE_WORDS and not _as_hedge(tokens)):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in _QUOTE_CHARS:
        tokens = tokens[:-1]
    return tokens


def _as_hedge(tokens: list[Token]) -> bool:
    """"As many as 26 people ...": "as" opens a hedge, not a linking word."""
    return tokens[0].lower_ == "as" and len(tokens) > 1 and tokens[1].lower_ in ("many", "much", "few", "well")


def _char_span(tokens: list[Token]) -> tuple[int, int]:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return start, end


_SUBJECTS = {"nsubj", "csubj"}
_CLIMB = {"ccomp", "advcl", "xcomp", "conj", "relcl"}
_DASHES = {"—", "–", "--"}


def subject_of(cue: Token) -> Token | None:
    """The speaker head of a reporting verb: its subject, or the subject it shares with another verb."""
    for step in range(4):  # conj / participle chains are short; four steps covers "..., and later added, saying"
        own = _own_subject(cue)
        if own is not None:
            return own
        if cue.dep_ == "conj":
            stray = _stray_subject(cue)
            if stray is not None:
                return stray
            cue = _coordinated_with(cue)
        elif cue.dep_ == "pcomp" and cue.head.lower_ == "as":
            return _quoted_as_saying(cue.head.head)
        elif cue.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in cue.head.children):
            return None  # "urged the EU to declare ...": the EU would speak, not the urger
        elif cue.dep_ == "xcomp" or (cue.dep_ in ("advcl", "acl") and (cue.tag_ == "VBG" or step > 0)):
            cue = _reporting_above(cue)  # "..., saying ...", "refused to confirm ...": the head verb's subject
        else:
            return None
    return None


def _reporting_above(cue: Token) -> Token:
    """The verb whose subject a participle cue shares: its head, or, when the parser hung "adding
    that ..." inside the reported clause ("X said 23 had died, adding that ..."), the reporting verb
    above that clause."""
    head = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or head.lemma_.lower() in cue_frames():
        return head
    climb = head
    for _ in range(4):  # reported clauses nest a few levels at most
        if climb.dep_ not in ("ccomp", "conj") or climb.head.i == climb.i:
            break
        climb = climb.head
        if climb.lemma_.lower() in cue_frames() and climb.pos_ in ("VERB", "AUX"):
            return climb
    return head


def _quoted_as_saying(verb: Token) -> Token | None:
    """"X was quoted as saying ...", "the agency quoted X as saying ...", "cited X as saying": X."""
    if verb.lemma_.lower() not in ("quote", "cite", "report"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)


def _own_subject(cue: Token) -> Token | None:
    subjects = [c for c in cue.children if c.dep_ in _SUBJECTS]
    if not subjects:
        return _subject_in_left_clause(cue)
    subject = max((c for c in subjects if c.i < cue.i), key=lambda c: c.i, default=subjects[0])  # nearest
    if subject.tag_ in ("WP", "WDT") and cue.dep_ == "relcl":
        return cue.head  # "the panel, which said ...": the antecedent speaks
    dashed = any(c.text in _DASHES for c in subject.children)
    after_dash = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i] if dashed else []
    return after_dash[-1] if after_dash else subject  # "WARSAW, March 6 — Poland expelled ...": Poland


def _subject_in_left_clause(cue: Token) -> Token | None:
    """"Memorial, a group whose founder ... is serving a sentence, says ...": the parser made the
    sentence's first noun the subject of the clause inside its appositive."""
    for child in cue.lefts:
        if child.dep_ in ("ccomp", "advcl"):
            first = child.left_edge
            if first.dep_ == "nsubj" and first.pos_ in ("PROPN", "NOUN") and first.i + 1 < cue.i \
                    and first.nbor(1).text == ",":
                return first
    return None


def _stray_subject(cue: Token) -> Token | None:
    """A subject the parser hung elsewhere: "A remain in Gaza and Israel has confirmed ..." -> Israel."""
    first = min([cue] + [c for c in cue.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")], key=lambda t: t.i)
    if first.i == 0:
        return None
    before = first.nbor(-1)
    if before.pos_ in ("PROPN", "NOUN") and before.dep_ in ("conj", "pobj", "dobj", "appos"):
        return before
    return None


def _coordinated_with(cue: Token) -> Token:
    """The verb a coordinated reporting verb shares its subject with.

    The parser often hangs "... and warned that ..." on the last verb of the reported clause; a
    reporting verb coordinated into reported content belongs with the reporting verb above it.
    """
    head = cue.head
    climb = head
    while climb.dep_ in _CLIMB and climb.head.i != climb.i:
        climb = climb.head
        if climb.lemma_.lower() in cue_frames() and climb.pos_ in ("VERB", "AUX"):
            return climb
    return head
