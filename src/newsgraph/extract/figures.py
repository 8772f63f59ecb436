"""Figures: counts with category, hedge and the source that claims them.

Every amount :mod:`.numbers` finds in the text is placed in the parse: the counted noun ("150
militants"), a partitive ("two of his daughters", "42 of them"), or a bare number ("93 wounded",
"the toll rose to 2,886"). :mod:`.figure_category` reads the category from the syntax around it;
phrases that refer back ("42 of them", "including two soldiers", "put the number at 150",
"compared with fewer than 80") take over the earlier figure's group and, when they have no category
of their own, its category. Measures and labels (ages, years, dates, percentages, durations,
distances, "magnitude 7.7", "Highway 7") are not figures. Figures are mention-level.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..article import Article
from ..record import Entity, Figure, Place, Quote, TimeExpr
from .attribution import claimant
from .headlines import headline_end
from .figure_category import FIRM, INHERIT, classify, is_person, lexicon, roles
from .numbers import Amount, find_amounts
from .doctext import doc_text

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PARTITIVE_PRONOUNS = frozenset(("them", "whom", "those", "these", "us"))
_NUMERIC_DEPS = ("nummod", "quantmod", "compound", "amod", "nmod")
_ANTECEDENT_SENTENCES = 2  # "116 hostages remain ... 42 of them": the group is named in this or the previous sentence
_REFER_BACK = re.compile(r"(?i)(?:\bcompared (?:with|to)|\bup from|\bdown from)\s*$")
_DATE_LINKS = frozenset(("pobj", "prep", "npadvmod", "tmod", "nmod", "compound", "appos", "advmod"))
_INCLUDING = re.compile(r"(?i)(?:\bincluding|\bamong them|\bamong whom|\bof whom|\bof them)\s*,?\s*$")


@dataclass
class _Mention:
    """A figure under construction, with the parse tokens it was read from."""

    amount: Amount
    node: Token  # the token that fills the clause role: the counted noun or the number itself
    counted: Token | None  # the noun that is counted, None for a bare number
    sent_index: int
    figure: Figure | None = None


def extract_figures(
    doc: Doc, article: Article, *, entities: list[Entity], places: list[Place],
    times: list[TimeExpr], quotes: list[Quote],
) -> list[Figure]:
    """Every count in doc with its category and claimant."""
    text = doc_text(doc)
    sent_starts = [s.start for s in doc.sents]
    done: list[_Mention] = []
    headline = headline_end(text)
    for amount in find_amounts(text):
        if amount.start < headline:
            continue  # ANNOTATION.md: headlines restate the body; figures are taken from the body
        mention = _place(doc, text, amount, sent_starts)
        if mention is None:
            continue
        mention.figure = _figure(mention, done, text)
        mention.figure.text = article.text[mention.figure.start:mention.figure.end]
        mention.figure.source = _source(mention, quotes, entities, places)
        mention.figure.date = _date(mention, doc, times)
        done.append(mention)
    return [m.figure for m in done]


# ---------------------------------------------------------------- where the amount sits in the parse
def _place(doc: Doc, text: str, amount: Amount, sent_starts: list[int]) -> _Mention | None:
    """The mention for an amount, or None when it is a measure, label, year or not a count."""
    if amount.measure or amount.decimal:
        return None
    span = doc.char_span(amount.num_start, amount.num_end, alignment_mode="expand")
    if span is None or len(span) == 0 or _is_label(doc, amount, span):
        return None
    if amount.start < amount.num_start and doc[span.start - 1].tag_ == "RP":
        _drop_hedge(amount, text)  # "handed over 90 soldiers": a verb particle, not "more than"
    node, counted = _counted(span, amount)
    if not _is_count(amount, span, node, counted, strong=text.startswith("-strong", amount.end)):
        return None
    return _Mention(amount, node, counted, _sent_index(sent_starts, node.i))


def _drop_hedge(amount: Amount, text: str) -> None:
    if amount.approx == "range":
        return
    amount.start, amount.text = amount.num_start, text[amount.num_start:amount.end]
    if not amount.vague:
        amount.approx, amount.low, amount.high = "exact", amount.value, amount.value
    else:
        amount.approx, amount.low, amount.high = "vague", amount.value, None


def _counted(span: Span, amount: Amount) -> tuple[Token, Token | None]:
    """(node, counted noun): "150 militants" -> (militants, militants), "dozens of rockets" ->
    (dozens, rockets), "93 wounded" -> (93, None)."""
    root = _number_token(span, amount)
    while root.dep_ == "conj" and _inside(root.head, span):  # "between 30 and 40 fighters"
        root = root.head
    number = root
    if root.head.lower_ == "strong" and _countable(root.head.head):  # "a 5,000-strong crowd"
        root = root.head
    if root.dep_ in _NUMERIC_DEPS and _countable(root.head) and not _inside(root.head, span):
        return root.head, root.head
    return number, _partitive(number)


def _countable(head: Token) -> bool:
    """A noun, or an adjective used as one ("the 40 dead")."""
    return head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "ADJ" and head.lower_ in lexicon().states)


def _number_token(span: Span, amount: Amount) -> Token:
    """The token that carries the number: a range's upper end ("between 60,000 and 80,000 households")."""
    if amount.approx == "range":
        nums = [t for t in span if t.like_num or t.pos_ == "NUM"]
        if nums:
            return nums[-1]
    return span.root


def _inside(tok: Token, span: Span) -> bool:
    return span.start <= tok.i < span.end


def _partitive(node: Token) -> Token | None:
    """ "dozens of rockets" -> rockets, "tens of thousands of people" -> people, "42 of them" -> them."""
    tok = node
    for _ in range(3):
        objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not objects:
            return None if tok is node else tok
        tok = objects[0]
        if tok.pos_ != "NUM" and tok.lower_ not in ("thousands", "millions", "hundreds"):
            return tok
    return tok


def _is_label(doc: Doc, amount: Amount, span: Span) -> bool:
    """ "Highway 7", "the N2 highway", "Resolution 2334": a number named by a proper noun before it."""
    before = doc.char_span(amount.start, amount.start + 1, alignment_mode="expand")
    if before is None or before.start == 0 or amount.currency:
        return False
    prev = doc[before.start - 1]
    return prev.pos_ == "PROPN" and prev.lower_ not in _WEEKDAYS and not prev.is_sent_start


def _is_count(amount: Amount, span: Span, node: Token, counted: Token | None, *, strong: bool) -> bool:
    """False for years, the pronoun "one", and numbers naming a singular thing ("the 2021 coup")."""
    plural_noun = counted is not None and counted is node and counted.tag_ in ("NNS", "NNPS")
    if amount.year_like and not plural_noun:
        return False
    if span.root.lower_ == "one" and span.root.dep_ != "nummod":
        return False
    if counted is None and _age_bound(amount, span):
        return False
    # a singular noun counted by a number is a label ("the 2021 coup"), unless "a 300-strong force"
    singular = counted is not None and counted is node and counted.tag_ == "NN" and not strong
    if singular and (amount.value or 0) > 1 and not amount.currency and not amount.vague:
        return is_person(counted) is True or counted.lower_ in ("tonne", "ton")
    return True


def _age_bound(amount: Amount, span: Span) -> bool:
    """ "children under five", "people over 60": an age limit on the noun before it."""
    if not re.match(r"(?i)(under|over|above|below)\s", amount.text) or span.start < 2:
        return False
    prev = span.doc[span.start - 2]  # the token before the hedge word
    return prev.tag_ in ("NNS", "NNPS")


def _sent_index(sent_starts: list[int], i: int) -> int:
    lo = 0
    for k, start in enumerate(sent_starts):
        if start <= i:
            lo = k
    return lo


# ---------------------------------------------------------------- category, group and hedge
def _figure(m: _Mention, done: list[_Mention], text: str) -> Figure:
    a = m.amount
    category, subject, approx = _category(m, done, text)
    figure = Figure(text=a.text, start=a.start, end=a.end, value=a.value, low=a.low, high=a.high,
                    approx=a.approx, category=category, subject=subject, unit=a.currency)
    if approx == "more_than" and a.approx == "exact":
        figure.approx, figure.low, figure.high = "more_than", a.value, None
    _extend_span(figure, m, text)
    return figure


def _category(m: _Mention, done: list[_Mention], text: str) -> tuple[str, str | None, str | None]:
    """(category, subject, approx from a measure verb) for one mention."""
    if m.amount.currency:
        return "money", None, None
    pronoun = m.counted is not None and m.counted.lower_ in _PARTITIVE_PRONOUNS
    counted = None if pronoun else m.counted
    category, level, approx = classify(m.node, counted)
    previous = None
    if pronoun or category == INHERIT or _refers_back(m, text):
        previous = _antecedent(m, done, pronoun=pronoun, measure=category == INHERIT)
    subject = _subject(counted) if counted is not None else None
    if previous is not None and (category in (None, INHERIT) or level > FIRM):
        category = previous.figure.category
    if previous is not None and subject is None:
        subject = previous.figure.subject
    if category in (None, INHERIT):
        category = "other"
    return category, subject, approx


def _refers_back(m: _Mention, text: str) -> bool:
    """ "including two soldiers", "among them 20 children", "compared with fewer than 80"."""
    before = text[max(0, m.amount.start - 30):m.amount.start]
    if _INCLUDING.search(before) or _included(m.node):
        return True
    return m.counted is None and _REFER_BACK.search(before) is not None


def _included(node: Token) -> bool:
    """ "killed five people, including a local commander and two of his sons"."""
    tok = node
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among")


def _antecedent(m: _Mention, done: list[_Mention], *, pronoun: bool, measure: bool) -> _Mention | None:
    """The latest earlier figure in reach (not money). A partitive ("42 of them") needs a group at
    least as large; a measure noun ("put the figure at") any earlier count; "including" one in its sentence."""
    reach = _ANTECEDENT_SENTENCES - 1 if pronoun or measure else 0
    for prev in reversed(done):
        if m.sent_index - prev.sent_index > reach:
            return None
        large = (prev.amount.value or prev.amount.high or 0) >= (m.amount.value or 0)
        if prev.figure.category != "money" and (large or measure):
            return prev
    return None


def _subject(noun: Token) -> str:
    """The counted group as written: the noun with its compounds ("attack tunnels")."""
    parts = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i] + [noun]
    start = min(p.i for p in parts)
    return noun.doc[start:noun.i + 1].text


def _extend_span(figure: Figure, m: _Mention, text: str) -> None:
    """Cover the counted noun when it follows the number closely ("150 militants")."""
    noun = m.counted
    if noun is None or noun.idx < figure.end or noun.idx - figure.end > 40 or "\n" in text[figure.end:noun.idx]:
        return
    figure.end = noun.idx + len(noun.text)
    figure.text = text[figure.start:figure.end]


# ---------------------------------------------------------------- who claims it
def _source(m: _Mention, quotes: list[Quote], entities: list[Entity], places: list[Place]) -> str | None:
    """The speaker whose reported content holds the number; else a same-sentence "according to X"."""
    speaker = claimant(quotes, m.amount.num_start, m.amount.num_end)
    if speaker:
        return speaker
    return _according_to(m.node.sent, entities, places)


def _according_to(sent: Span, entities: list[Entity], places: list[Place]) -> str | None:
    """Fallback while quotes do not cover it: "According to the ministry, ..." names the claimant."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            objects = [c for c in tok.nbor().children if c.dep_ == "pobj"]
            if objects:
                return _name_of(objects[0], entities, places)
    return None


def _name_of(head: Token, entities: list[Entity], places: list[Place]) -> str:
    """Canonical name of the entity or place at head, else the noun phrase without its article."""
    start, end = head.idx, head.idx + len(head.text)
    for item in [*entities, *places]:
        if any(s <= start and end <= e for s, e in item.mentions):
            return item.name
    words = list(head.subtree)
    while words and words[0].dep_ == "det":
        words.pop(0)
    cut = next((k for k, t in enumerate(words) if t.text in (",", "(")), len(words))
    if cut == 0:
        return head.text
    return head.doc[words[0].i:words[cut - 1].i + 1].text


# ---------------------------------------------------------------- when
def _date(m: _Mention, doc: Doc, times: list[TimeExpr]) -> str | None:
    """The value of a DATE attached to the figure's own verb ("arrested 30 people on Monday")."""
    verbs = {verb.i for verb, _ in roles(m.node) if verb.pos_ in ("VERB", "AUX")}
    sent = m.node.sent
    for time in times:
        if time.type != "DATE" or time.value is None or not sent.start_char <= time.start < sent.end_char:
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and _attached(span.root, verbs):
            return time.value
    return None


def _attached(tok: Token, verbs: set[int]) -> bool:
    """True when tok hangs off one of verbs through prepositions and nouns, not another clause."""
    for _ in range(4):
        if tok.dep_ not in _DATE_LINKS:
            return False
        if tok.head.i in verbs:
            return True
        if tok.head is tok or tok.head.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False
