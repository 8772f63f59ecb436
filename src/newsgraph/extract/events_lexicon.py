"""The PLOVER trigger lexicon: verbs and nouns with their type, mode and context constraints.

``resources/plover_triggers.jsonl`` holds one entry per line::

    {"lemma": "strike", "pos": "noun", "type": "PROTEST", "mode": "strike", "mod": ["general", "@worker"]}

Constraints (all optional, every one given must hold; a list matches a word's lemma or
lower-case text, ``@name`` a word class of ``resources/plover_classes.jsonl`` and ``@actor`` any
named actor):

- ``obj``: a direct object (seen through "dozens of", "a barrage of"), or the passive subject;
- ``subj``: the agent (subject of the verb, or of the verb governing a noun, or the noun's possessor);
- ``nsubj``: the passive subject; ``pass``: the verb is passive;
- ``csubj``: the subject of a clausal complement ("warned that [the toll] would rise");
- ``prt``: a particle or preposition child ("pull out", "call on", "talks with");
- ``mod``: a noun's modifier (compound, adjective, possessor: "air strike", "general strike");
- ``gov``: the verb that governs a noun ("impose sanctions", "reach a deal");
- ``clause``: the verb has (true) or lacks (false) a clausal complement ("called on X [to act]");
- ``cons``: a consequence verb (kill, wound, destroy) that merges into the attack that caused it.

An entry whose ``type`` is null blocks the trigger in that context ("release a statement").
Entries are tried most constrained first, so the context-free entry of a lemma is its fallback.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files

from spacy.tokens import Token

_CONSTRAINTS = ("obj", "subj", "nsubj", "csubj", "prt", "mod", "gov", "pass", "clause")
_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
_PARTICLE_DEPS = {"prt", "prep", "advmod", "dative", "agent", "acomp", "npadvmod", "dobj", "ccomp", "advcl", "xcomp"}
_MOD_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod"}


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what a lemma means in a context."""

    lemma: str
    pos: str
    type: str | None
    mode: str | None
    constraints: tuple[tuple[str, frozenset[str] | bool], ...]
    consequence: bool = False


@dataclass(frozen=True)
class Lexicon:
    """Entries by (lemma, pos), most constrained first, and the word classes."""

    entries: dict[tuple[str, str], tuple[Entry, ...]]
    classes: dict[str, frozenset[str]]
    lemmas: frozenset[str]  # every lemma with an entry: a cheap first test per token


def _read_jsonl(name: str) -> list[dict]:
    text = (files("newsgraph.resources") / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _entry(row: dict) -> Entry:
    constraints = tuple(
        (key, row[key] if isinstance(row[key], bool) else frozenset(w.lower() for w in row[key]))
        for key in _CONSTRAINTS if key in row
    )
    return Entry(row["lemma"].lower(), row["pos"], row.get("type"), row.get("mode"), constraints, bool(row.get("cons")))


@functools.cache
def lexicon() -> Lexicon:
    """The trigger lexicon, loaded once per process."""
    classes = {row["class"]: frozenset(w.lower() for w in row["words"]) for row in _read_jsonl("plover_classes.jsonl")}
    grouped: dict[tuple[str, str], list[Entry]] = {}
    for row in _read_jsonl("plover_triggers.jsonl"):
        entry = _entry(row)
        grouped.setdefault((entry.lemma, entry.pos), []).append(entry)
    ordered = {key: tuple(sorted(group, key=lambda e: -len(e.constraints))) for key, group in grouped.items()}
    return Lexicon(ordered, classes, frozenset(lemma for lemma, _ in ordered))


def word_class(name: str) -> frozenset[str]:
    """The words of one class of resources/plover_classes.jsonl (empty if unknown)."""
    return lexicon().classes.get(name, frozenset())


def trigger_pos(token: Token) -> str | None:
    """'verb' or 'noun' when the token can carry a trigger, else None."""
    if token.dep_ == "amod":  # "the detained men", "allied militias": a state, not an act
        return None
    if token.pos_ == "VERB" or (token.pos_ == "ADJ" and token.tag_ == "VBN"):
        return "verb"
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_):
        return "noun"
    return None


def lookup(token: Token, is_actor: Callable[[Token], bool]) -> Entry | None:
    """The entry that fits this token in its context, or None (no trigger, or blocked)."""
    lex = lexicon()
    lemma = token.lemma_.lower()
    if lemma not in lex.lemmas and token.lower_ not in lex.lemmas:
        return None
    pos = trigger_pos(token)
    if pos is None:
        return None
    candidates = lex.entries.get((lemma, pos)) or lex.entries.get((token.lower_, pos))
    for entry in candidates or ():
        if all(_holds(key, want, token, is_actor) for key, want in entry.constraints):
            return entry if entry.type else None
    return None


# ------------------------------------------------------------------ constraint checks
def _matches(words: list[Token], want: frozenset[str], is_actor: Callable[[Token], bool]) -> bool:
    classes = lexicon().classes
    for word in words:
        keys = {word.lemma_.lower(), word.lower_}
        for item in want:
            if item == "@actor":
                if is_actor(word):
                    return True
            elif item.startswith("@"):
                if keys & classes.get(item[1:], frozenset()):
                    return True
            elif item in keys:
                return True
    return False


def _holds(key: str, want, token: Token, is_actor: Callable[[Token], bool]) -> bool:
    if key == "pass":
        return is_passive(token) == want
    if key == "clause":
        return any(c.dep_ in ("xcomp", "ccomp") for c in token.children) == want
    words = _CONTEXT[key](token)
    return _matches(words, want, is_actor)


def is_passive(token: Token) -> bool:
    """True for a passive verb ("was attacked", "hostages seized in ...")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return True
    if token.dep_ == "conj" and token.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux") for c in token.children):
        return is_passive(token.head)  # "94 were arrested and 21 officers injured"
    return token.tag_ == "VBN" and token.dep_ in ("acl", "amod") and not any(c.dep_ == "aux" for c in token.children)


def _with_conjuncts(words: list[Token]) -> list[Token]:
    out = []
    for word in words:
        out.append(word)
        out.extend(c for c in word.children if c.dep_ == "conj")
    return out


def through_quantity(word: Token) -> list[Token]:
    """'dozens of rockets' -> [dozens, rockets]; 'a barrage of missiles' likewise."""
    out = [word]
    if word.lemma_.lower() in word_class("quantity") or word.pos_ == "NUM":
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def objects(token: Token) -> list[Token]:
    """A verb's direct objects (and their compounds), seen through quantity nouns."""
    out: list[Token] = []
    direct = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        direct.append(token.head)  # "hostages seized in the attack": the noun is the object
    for child in _with_conjuncts(direct):
        for word in through_quantity(child):
            out.append(word)
            out.extend(c for c in word.children if c.dep_ == "compound")
    return out


def governor(token: Token) -> Token | None:
    """The verb that governs a noun: 'impose [sanctions]', 'go on [strike]', 'open an [investigation]'."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "nsubj"):
        return head if head.pos_ in ("VERB", "AUX") else None
    if token.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.pos_ == "VERB":
        return head.head
    return None


def _subjects(token: Token) -> list[Token]:
    if trigger_pos(token) == "noun":
        mods = [c for c in token.children if c.dep_ in ("poss", "compound")]
        mods += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        gov = governor(token)
        return mods + (_subjects(gov) if gov is not None and token.dep_ != "nsubj" else [])
    subs = [c for c in token.children if c.dep_ == "nsubj"]
    for _ in range(3):  # "is due to arrive", "wants to travel": the subject of the clause above
        if subs or token.dep_ not in ("conj", "xcomp", "advcl", "acomp") or token.head is token:
            break
        token = token.head
        subs = [c for c in token.children if c.dep_ == "nsubj"]
    return _with_conjuncts(subs)


def _particles(token: Token) -> list[Token]:
    """Particles and prepositions of the word ("pull out", "call on"), not those of a date ("on Monday")."""
    out = [c for c in token.children if c.dep_ in _PARTICLE_DEPS and not _temporal(c)]
    out += [g for c in out if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]  # "took to the streets"
    if token.i + 1 < len(token.doc) and not _temporal(token.doc[token.i + 1]):
        out.append(token.doc[token.i + 1])
    return out


def _temporal(word: Token) -> bool:
    return word.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in word.children if g.dep_ == "pobj")


def _mods(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in _MOD_DEPS]


def _gov(token: Token) -> list[Token]:
    gov = governor(token)
    return [gov] if gov is not None else []


def _nsubj(token: Token) -> list[Token]:
    return _with_conjuncts([c for c in token.children if c.dep_ == "nsubjpass"])


def _clause_subjects(token: Token) -> list[Token]:
    return [s for c in token.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


_CONTEXT: dict[str, Callable[[Token], list[Token]]] = {
    "obj": objects, "subj": _subjects, "nsubj": _nsubj, "csubj": _clause_subjects, "prt": _particles,
    "mod": _mods, "gov": _gov,
}
