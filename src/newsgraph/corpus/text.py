"""Plain-text helpers: name keys, sentence bounds, TF-IDF vectors and cosine similarity."""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]{3,}")
_PUNCT = re.compile(r"[^\w\s]")
_SENT_END = re.compile(r"[.!?]['\"”’]?\s+(?=[\"“‘'A-Z0-9])|\n+")

Vector = dict[str, float]


def name_key(name: str | None) -> str:
    """A comparison key for a name: lower case, no punctuation, no leading 'the'."""
    if not name:
        return ""
    key = " ".join(_PUNCT.sub(" ", name.lower()).split())
    return key[4:] if key.startswith("the ") else key


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the sentence around ``text[start:end]`` (a regex splitter, no parse)."""
    left = 0
    for match in _SENT_END.finditer(text, 0, start):
        left = match.end()
    match = _SENT_END.search(text, end)
    return left, match.start() + 1 if match else len(text)


def tokens(text: str) -> list[str]:
    """Content words of ``text`` (lower case, three letters or more, no stop words)."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]


def tfidf_vectors(texts: list[str]) -> list[Vector]:
    """One L2-normalised TF-IDF vector per text, IDF smoothed as in scikit-learn."""
    counts = [Counter(tokens(t)) for t in texts]
    df = Counter(word for c in counts for word in c)
    n = len(texts)
    idf = {word: math.log((1 + n) / (1 + k)) + 1 for word, k in df.items()}
    return [_normalise({w: (1 + math.log(k)) * idf[w] for w, k in c.items()}) for c in counts]


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two normalised vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _normalise(vector: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {w: v / norm for w, v in vector.items()} if norm else {}


def parse_date(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` value as a date; None for null, coarser values (``2024-07``, weeks) or junk."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
