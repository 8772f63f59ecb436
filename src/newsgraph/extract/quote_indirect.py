"""Indirect speech from the dependency parse: "X said (that) ...", "..., X said", "according to X, ...".

The content of a reporting verb is read off its dependents, per the frames of ``speech_cues``: the
clausal complement, the to-/ing-complement, the object (with "of", "for", "as", "at" or a predicate),
or, when the reporting clause follows its content, the clause before it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .reports import Report, pieces_of, subject_of, subtree_ids
from .speech_cues import cue_frames, cue_objects, is_word

_LEFT_CLAUSES = {"advcl", "parataxis", "dep", "conj", "ccomp"}
_INSERTED = {"parataxis", "ccomp", "conj", "advcl", "dep"}  # "X will, Y said, do Z": the cue hangs off X's verb
_OBJ_PREPS = ("of", "for", "as")
_WRITER_MARKS = {"while", "whereas", "although", "though", "as"}
_SENTENCE_END = {".", "!", "?", "\"", "”", ":", ";"}
_TOPIC_VERBS = {"confirm", "announce", "disclose", "reveal"}  # "Confirming the incident, ...": object = topic
_SOURCE_KINDS = ("generic_org", "person_role", "spokesperson", "document")  # nouns that can follow "as per"


def find_indirect(doc: Doc, *, skip_tokens: set[int], inside: list[tuple[int, int]]) -> list[Report]:
    """Indirect reports in doc, leaving out cue tokens in skip_tokens or inside the character spans inside."""
    frames = cue_frames()
    reports = []
    skip = skip_tokens | _tokens_within(doc, inside)
    for token in doc:
        if token.i in skip:
            continue
        if token.lower_ == "according":
            report = _according(token)
        elif token.lower_ == "per":
            report = _per(token)
        elif token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in frames:
            report = _verb_report(doc, token, frames[token.lemma_.lower()])
        else:
            continue
        if report is not None:
            reports.append(report)
    return reports


def _tokens_within(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    ids: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            ids.update(range(span.start, span.end))
    return ids


def _verb_report(doc: Doc, cue: Token, frames: frozenset[str]) -> Report | None:
    """The report headed by reporting verb cue, or None when it has no content or no speaker."""
    if any(child.dep_ == "neg" for child in cue.children):
        return None  # "did not confirm": no claim is made
    if _lead_in(cue):
        return None
    speaker = subject_of(cue)
    if speaker is None or _nobody(speaker):
        return None
    ids = _content_ids(cue, frames)
    ids -= subtree_ids(speaker) if speaker.head.i == cue.i or speaker in cue.subtree else set()
    ids.discard(cue.i)
    pieces = pieces_of(doc, ids)
    if not pieces:
        return None
    return Report(cue=cue.text, at=min(cue.idx, speaker.idx), speaker=speaker, pieces=pieces, cue_token=cue)


def _lead_in(cue: Token) -> bool:
    """"Confirming the incident, the police said ...": an opening participle whose object only names
    what the reporting verb it modifies goes on to report."""
    head = cue.head
    if cue.lemma_.lower() not in _TOPIC_VERBS:
        return False  # "Denying the allegations, X said ...": the denial is a claim of its own
    return (cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.i < head.i and head.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() in cue_frames() and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children))


def _nobody(speaker: Token) -> bool:
    """"No group has claimed ...", "nobody said ...": no one makes the claim."""
    return speaker.lower_ in ("nobody", "none", "no-one") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in speaker.children)


def _content_ids(cue: Token, frames: frozenset[str]) -> set[int]:
    """Token ids of cue's content, trying its frames from the most to the least specific."""
    ids = _clause_content(cue) if "ccomp" in frames else set()
    if not ids:
        ids = _complements(cue, frames)
    if not ids and "ccomp" in frames:
        ids = _that_clause(cue)
    if not ids and "post" in frames:
        ids = _left_content(cue)
    return ids - _own_reports(cue, ids)


def _clause_content(cue: Token) -> set[int]:
    """A reported clause after the cue: from its first word (past "in a statement", "on Monday",
    "reporters") to the end of the cue's clause. Reading the span rather than the ccomp subtree
    survives the parser hanging the clause's subject on the cue ("said between 30 and 40 ...")."""
    rights = [c for c in cue.rights if c.dep_ not in ("punct", "cc", "conj")]
    if any(c.dep_ == "ccomp" and not is_word("scale_word", c.lower_) for c in rights):
        body = [c for c in rights if not _adverbial(cue, c) and not _writers_clause(c)]
        if body:
            start, end = body[0].left_edge.i, max(c.right_edge.i for c in body)
            that = _that_mark(rights)
            if that is not None and that.i > start:
                start = that.i  # "said on X that ...": what stands before "that" modifies the saying
            start = _past_leading_adverbials(cue, body[0], start)
            start = _past_adverb_before_that(cue.doc, start)
            return set(range(start, _past_false_split(cue, end) + 1))
    return set()


def _adverbial(cue: Token, child: Token) -> bool:
    """A dependent of the reporting verb itself: when, where, to whom, in what medium."""
    if child.dep_ in ("npadvmod", "advmod", "dative", "agent", "prt"):
        return True
    if child.dep_ == "dobj" and is_word("addressee_verb", cue.lemma_):
        return True  # "told reporters ...", "assured donors ..."
    if child.dep_ == "prep":
        obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or is_word("medium", obj.lemma_)
                                    or child.lower_ == "to")
    return False


def _past_leading_adverbials(cue: Token, first: Token, start: int) -> int:
    """Skip "on Sunday" in "said on Sunday it had ...", which the parser may hang inside the clause."""
    subject = next((c for c in first.lefts if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    for child in first.lefts:
        if subject is None or child.i >= subject.i:
            break
        if child.i == start and _adverbial(cue, child):
            start = child.right_edge.i + 1
    return start


def _past_adverb_before_that(doc: Doc, start: int) -> int:
    """"said earlier that ...", "said further that ...": an adverb of the saying the parser put in the clause."""
    for i in range(start, min(start + 3, len(doc))):
        if doc[i].lower_ == "that" and doc[i].dep_ == "mark":
            return i
        if doc[i].pos_ not in ("ADV", "PUNCT"):
            break
    return start


def _that_mark(rights: list[Token]) -> Token | None:
    ccomp = next((c for c in rights if c.dep_ == "ccomp"), None)
    if ccomp is None:
        return None
    return next((c for c in ccomp.children if c.dep_ == "mark" and c.lower_ == "that" and c.i == ccomp.left_edge.i), None)


def _writers_clause(child: Token) -> bool:
    """"X said ..., while Y ...": a contrasting or circumstantial clause the writer adds."""
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _WRITER_MARKS for c in child.children)


def _that_clause(cue: Token) -> set[int]:
    """"said in a statement that ...", "said the previous day that ...": a that-clause the parser hung lower."""
    rights = [c for c in cue.rights if c.dep_ not in ("punct", "cc", "conj")]
    if not rights:
        return set()
    end = max(c.right_edge.i for c in rights)
    for token in cue.doc[cue.i + 1:end + 1]:
        if token.lower_ == "that" and token.head.i > token.i and token.head.pos_ in ("VERB", "AUX") \
                and token.nbor(-1).lower_ not in ("so", "such", "now"):
            return set(range(token.i + 1, _past_false_split(cue, end) + 1))
    return set()


def _past_false_split(cue: Token, end: int) -> int:
    """end, or the end of the next sentence when the parser split the sentence mid-clause."""
    doc = cue.doc
    if end + 1 < len(doc) and doc[end + 1].is_sent_start and doc[end].text not in _SENTENCE_END:
        return doc[end + 1].sent.end - 1
    return end


def _own_reports(cue: Token, ids: set[int]) -> set[int]:
    """Ids of other reports inside the content: a reporting verb coordinated into it ("... but stressed
    that ...") or another speaker's claim the writer sets against it ("..., while Y claimed ...")."""
    frames = cue_frames()
    out: set[int] = set()
    for i in ids:
        token = cue.doc[i]
        if i == cue.i or token.lemma_.lower() not in frames or token.pos_ not in ("VERB", "AUX"):
            continue
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        adding = token.dep_ == "advcl" and token.tag_ == "VBG" and not own_subject  # "..., adding that ..."
        if (token.dep_ == "conj" and not own_subject) or (_writers_clause(token) and own_subject) or adding:
            out |= subtree_ids(token)
            if token.i > 0 and token.nbor(-1).dep_ in ("cc", "mark"):
                out.add(token.i - 1)
    return out


def _complements(cue: Token, frames: frozenset[str]) -> set[int]:
    right = [c for c in cue.children if c.i > cue.i]
    ids: set[int] = set()
    for child in cue.children:
        if is_word("scale_word", child.lower_):
            continue  # "announced Rs 2 lakh each": the parser took the number word for a verb
        if child.dep_ == "ccomp" and "ccomp" in frames and (child.i > cue.i or "post" in frames):
            ids |= subtree_ids(child)
    for child in right:
        if child.dep_ == "xcomp" and "xcomp" in frames:
            ids |= subtree_ids(child)
    return ids or _object_content(cue, right, frames)


def _object_content(cue: Token, right: list[Token], frames: frozenset[str]) -> set[int]:
    """Content made of the object and what goes with it ("accused Y of ...", "put the toll at nine")."""
    objs = [c for c in right if c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT")]
    if objs and objs[0].pos_ == "PRON" and ("oprd" not in frames or _predicate(objs[0], right) is None):
        objs = []  # "denied it": no content; "termed them baseless": the predicate is
    obj = objs[0] if objs else None
    obj_ids = subtree_ids(obj) if obj is not None else set()
    attached = right + (list(obj.rights) if obj is not None else [])  # "accused Y of ...": "of" may hang off Y
    preps = {c.lower_: c for c in attached if c.dep_ in ("prep", "agent")}
    for word in _OBJ_PREPS:
        if word in frames and word in preps:
            return obj_ids | subtree_ids(preps[word])
    if obj is not None:
        ids = _object_frames(cue, obj, right, preps, frames)
        if ids:
            return obj_ids | ids
    if "on_to" in frames and "on" in preps:
        xcomps = [c for c in right if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
        if xcomps:
            return subtree_ids(preps["on"]) | subtree_ids(xcomps[0])
    return set()


def _object_frames(cue: Token, obj: Token, right: list[Token], preps: dict[str, Token],
                   frames: frozenset[str]) -> set[int]:
    """Ids beside the object that complete the content; {cue.i} when the object alone is the content."""
    at = preps.get("at")
    if "at" in frames and at is not None and any(t.like_num for t in at.subtree):
        tail = [c for c in right if c.i > at.i and c.dep_ in ("prep", "advcl", "npadvmod")]
        return subtree_ids(at) | {i for c in tail for i in subtree_ids(c)}  # "..., including two soldiers"
    oprd = _predicate(obj, right)
    if "oprd" in frames and oprd is not None:
        return subtree_ids(oprd)
    if ("dobj" in frames and _claim_object(cue, obj, right)) or ("dobj_clause" in frames and _has_that_clause(obj)):
        return {obj.i}  # the object alone is the content
    return set()


def _predicate(obj: Token, right: list[Token]) -> Token | None:
    """The predicate after the object of "called X Y", "termed them baseless" (the parser's label varies)."""
    return next((c for c in right if c.i > obj.i and c.pos_ in ("NOUN", "PROPN", "ADJ")
                 and c.dep_ in ("oprd", "advmod", "acomp", "xcomp", "ccomp", "attr")), None)


def _claim_object(cue: Token, obj: Token, right: list[Token]) -> bool:
    """True when the object is what is claimed: not "denied them entry", and one of the verb's listed
    objects where it has a list ("claimed responsibility", not "claimed the lives of ...")."""
    if any(c.dep_ == "dative" for c in right):
        return False
    allowed = cue_objects().get(cue.lemma_.lower())
    return allowed is None or obj.lemma_.lower() in allowed


def _has_that_clause(noun: Token) -> bool:
    return any(c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children) for c in noun.children)


def _left_content(cue: Token) -> set[int]:
    """Content before a following reporting clause: "<clause>, X said" or "<X will>, Y said, <do Z>"."""
    if cue.dep_ in _INSERTED and (cue.head.i < cue.i or cue.dep_ == "parataxis") and _set_off(cue):
        return subtree_ids(cue.head) - subtree_ids(cue)
    ids: set[int] = set()
    for child in cue.lefts:
        if child.dep_ in _LEFT_CLAUSES and (child.pos_ in ("VERB", "AUX", "ADJ", "NOUN") or _dateline_clause(child)):
            ids |= subtree_ids(child)
    return ids or _stray_subjects_clause(cue)


def _stray_subjects_clause(cue: Token) -> set[int]:
    """"GUSAU (AP) — Bandits killed ..., police and residents said": a lede the parser broke into
    extra subjects of the cue. The speaker is the last subject; what precedes its comma is content."""
    subjects = [c for c in cue.lefts if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return set()
    comma = subjects[-1].left_edge.i - 1
    first = subjects[0].left_edge.i
    if comma <= first or cue.doc[comma].text != "," or not any(t.pos_ == "VERB" for t in cue.doc[first:comma]):
        return set()
    return set(range(first, comma))


def _dateline_clause(child: Token) -> bool:
    """"GUSAU, Nigeria (AP) — Bandits killed ..., police said": the parser hung the lede's clause on
    the dateline's place name, which opens the sentence."""
    if child.pos_ != "PROPN" or not all(t.is_space for t in child.doc[child.sent.start:child.i]):
        return False
    return any(t.pos_ == "VERB" for t in child.subtree)


def _set_off(cue: Token) -> bool:
    """True when cue's clause is set off by a comma before it ("..., the ministry said")."""
    left = cue.left_edge
    return left.text == "," or (left.i > 0 and left.nbor(-1).text == ",")


def _reported(head: Token, segment: set[int]) -> bool:
    """True when head is a reporting verb, or sits in the content of one, within the segment."""
    frames = cue_frames()
    for _ in range(4):  # reported clauses nest a few levels at most
        if head.lemma_.lower() in frames and head.pos_ in ("VERB", "AUX"):
            return head.i in segment
        if head.dep_ not in ("ccomp", "xcomp") or head.head.i == head.i:
            return False
        head = head.head
    return False


def _semicolon_segment(token: Token) -> set[int]:
    """Ids of the part of token's sentence between the semicolons around it."""
    sent = token.sent
    start = max((t.i + 1 for t in sent if t.text == ";" and t.i < token.i), default=sent.start)
    end = min((t.i for t in sent if t.text == ";" and t.i > token.i), default=sent.end)
    return set(range(start, end))


def _according(token: Token) -> Report | None:
    """"according to X": X claims the clause the phrase is attached to."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    return _claimed_clause(token, source, "according to")


def _per(token: Token) -> Report | None:
    """"Per the police, ...", "as per the ministry, ...": the South Asian and wire form of "according
    to". Only "as per" or a clause-opening "per" with a noun phrase: not "per day", "$5 per barrel"."""
    as_per = token.i > 0 and token.nbor(-1).lower_ == "as"
    opening = token.i == token.sent.start or token.nbor(-1).text in (",", ";", "(", "—", "–")
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if not (as_per or opening) or source is None or source.pos_ not in ("NOUN", "PROPN"):
        return None
    if not _speaker_noun(source):
        return None  # "per capita", "as per the agreement": a rate or a rule, not a source
    anchor = token.nbor(-1) if as_per and token.head.i == token.i - 1 else token
    return _claimed_clause(anchor, source, "as per" if as_per else "per")


def _speaker_noun(noun: Token) -> bool:
    """A name, an acronym ("the NDMA") or a noun for a body, person or document that can be a source."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or (noun.is_upper and len(noun) > 1):
        return True
    return any(is_word(kind, noun.lemma_) or is_word(kind, noun.text) for kind in _SOURCE_KINDS)


def _claimed_clause(token: Token, source: Token, cue: str) -> Report | None:
    """Report of the clause the attribution phrase at token is attached to, claimed by source."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    segment = _semicolon_segment(token)
    if token.i > head.i and _reported(head, segment):
        return None  # "X said ..., according to Y": X's report, Y only relays it
    if head.i not in segment:  # "A, according to X; B": the parser hung the phrase on B
        head = min((t for t in (token.doc[i] for i in segment) if t.head.i not in segment or t.head.i == t.i),
                   key=lambda t: t.i)
    ids = (subtree_ids(head) - subtree_ids(token)) & segment
    for child in head.children:
        if child.dep_ in ("conj", "cc") and child.i > token.i:
            ids -= subtree_ids(child)  # "A, according to X, and B": X claims A only
    pieces = pieces_of(token.doc, ids)
    if not pieces:
        return None
    return Report(cue=cue, at=token.idx, speaker=source, pieces=pieces, cue_token=token)
