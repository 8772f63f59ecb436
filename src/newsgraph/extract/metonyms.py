"""Capitals and buildings that stand for a government ("Washington has exerted pressure", "the Kremlin said").

The decision is syntactic: a capital is the government when it acts (subject of a verb), owns a political
noun ("Kyiv's aim", "Pyongyang's security concerns"), is the object of a verb or preposition that takes a
political actor ("urged Washington", "called on Beijing", "talks with Moscow"), or is coordinated with one
that is ("Washington and Seoul accuse"). "Talks in Washington", "flown to Moscow", "Beirut's southern
suburbs" stay places. Buildings (the Kremlin, Downing Street) stand for their government unless they are
the object of a locative preposition.
"""
from __future__ import annotations

import functools

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .names import Government, governments, lexicon, metonym_table, name_key

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}


@functools.cache
def _matcher(vocab: Vocab) -> PhraseMatcher:
    """Case-sensitive matcher over every capital and building of metonyms.jsonl, built once per vocab."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer
    names = {n for gov in governments().values() for n in (*gov.capitals, *gov.buildings)}
    matcher.add("METONYM", list(tokenizer.pipe(sorted(names))))
    return matcher


def find_metonyms(doc: Doc) -> list[tuple[Span, Government | None]]:
    """Every capital or building in doc with its government when it stands for one, else None (a place)."""
    found = []
    for _, start, end in _matcher(doc.vocab)(doc):
        span = doc[start:end]
        gov, is_building = metonym_table()[name_key(span.text)]
        if is_building:
            found.append((span, None if _locative(span.root) else gov))
        else:
            found.append((span, gov if _acts(span.root) else None))
    return _longest(found)


def _longest(found: list[tuple[Span, Government | None]]) -> list[tuple[Span, Government | None]]:
    """Drop matches nested in a longer match ("Washington" inside "Washington, D.C.")."""
    found.sort(key=lambda pair: (pair[0].start, -len(pair[0])))
    kept, last_end = [], -1
    for span, gov in found:
        if span.start >= last_end:
            kept.append((span, gov))
            last_end = span.end
    return kept


def _locative(token: Token) -> bool:
    head = token.head
    return token.dep_ == "pobj" and head.lower_ in lexicon()["locative_preps"]


def _acts(token: Token) -> bool:
    """True when a capital's syntactic role is that of an actor, not a location."""
    if token.dep_ == "conj":
        return _acts(_first_conjunct(token))
    if token.dep_ in ("compound", "amod", "npadvmod") or _in_hyphen_compound(token):
        return False
    if token.dep_ == "nsubjpass":  # "Kyiv was hit" is a place, "Kyiv was urged to" an actor
        return token.head.lemma_.lower() in lexicon()["metonym_verbs"]
    if token.dep_ in _SUBJECT_DEPS:
        return token.head.pos_ in ("VERB", "AUX")
    if token.dep_ == "poss":
        return token.head.lower_ in lexicon()["metonym_heads"]
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in lexicon()["metonym_verbs"]
    if token.dep_ == "pobj":
        return _actor_object(token.head)
    return False


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _in_hyphen_compound(token: Token) -> bool:
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and nxt.text == "-" and not nxt.whitespace_


def _actor_object(prep: Token) -> bool:
    """True for "called on X", "talks with X", "pressure by X", "for X to ..."; False for "in X", "to X"."""
    word = prep.lower_
    if word not in lexicon()["metonym_preps"]:
        return False
    head = prep.head
    if word == "by":
        return prep.dep_ == "agent" or head.lower_ in lexicon()["metonym_prep_heads"]
    return head.lower_ in lexicon()["metonym_prep_heads"] or head.lemma_.lower() in lexicon()["metonym_verbs"]
