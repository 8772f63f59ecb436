"""The reporting-verb lexicon and the speaker word classes the quotes layer reads.

``resources/speech_cues.jsonl`` lists reporting verbs (by lemma) with the *frames* in which they
report speech: where, in the dependency parse, their content sits.

- ``ccomp``: a clausal complement ("said (that) ...", "warned the toll would rise").
- ``post``: the reporting clause may follow its content ("..., the army said").
- ``xcomp``: an infinitive or gerund complement ("threatened to retaliate", "denied firing").
- ``dobj``: the object is the claim ("denied any arms transfers", "confirmed the deaths"); a row's
  optional ``objects`` lists the only object nouns that count ("claimed responsibility").
- ``dobj_clause``: an object noun carrying a that-clause ("rejected accusations that ...").
- ``of`` / ``for`` / ``as``: object plus that preposition ("accused Y of ...", "blamed Y for ...",
  "criticised X as ...").
- ``oprd``: object plus predicate ("called the verdict an act of revenge").
- ``at``: object plus a number after "at" ("put the toll at nine").
- ``on_to``: "called on X to V".

Request verbs ("urged", "demanded", "called for") are not in the lexicon: ANNOTATION.md makes them
events, not quotes.

``resources/speaker_words.jsonl`` sorts the words that shape speaker names: titles to strip
(honorifics, the subset that marks a person: "Mr", "Col.", "Minister"),
spokesperson nouns (the speaker is the person named beside them, else their organisation), document
nouns ("a report by X": the speaker is X), quantity nouns ("dozens of villagers": villagers),
generic organisation nouns ("the ministry": the one named before), person roles, and scale words
("lakh", "crore") that the parser may take for verbs.
"""
from __future__ import annotations

import functools
import json
from collections import defaultdict
from importlib.resources import files

_RESOURCES = files("newsgraph.resources")
PRONOUNS = {
    "he": "male", "she": "female", "it": "thing", "they": "group", "we": "group", "i": "any",
}


def _rows(name: str) -> list[dict]:
    with (_RESOURCES / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@functools.cache
def cue_frames() -> dict[str, frozenset[str]]:
    """Reporting-verb lemma -> the frames in which it reports speech."""
    return {row["lemma"]: frozenset(row["frames"]) for row in _rows("speech_cues.jsonl")}


@functools.cache
def cue_objects() -> dict[str, frozenset[str]]:
    """Reporting-verb lemma -> the only object nouns its ``dobj`` frame takes, where it is restricted
    ("claimed responsibility" reports speech, "claimed the lives of ..." does not)."""
    return {row["lemma"]: frozenset(row["objects"]) for row in _rows("speech_cues.jsonl") if row.get("objects")}


@functools.cache
def speaker_words() -> dict[str, frozenset[str]]:
    """Word class ("title", "spokesperson", "document", ...) -> lower-case words."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in _rows("speaker_words.jsonl"):
        kinds[row["kind"]].add(row["word"])
    return {kind: frozenset(words) for kind, words in kinds.items()}


def is_word(kind: str, text: str) -> bool:
    """True when text (any case, trailing dot ignored) is a word of that class."""
    return text.lower().rstrip(".") in speaker_words().get(kind, frozenset())
