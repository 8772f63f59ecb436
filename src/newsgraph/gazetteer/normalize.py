"""Name keys: the form under which the gazetteer indexes and looks up place names."""
from __future__ import annotations

import functools
import re
import unicodedata

_DROP = re.compile(r"[.'\u2019\u2018`\u02bc\u02bf\u02be]")  # U.S. -> us, Shuja'iyya -> shujaiyya
_SPACE = re.compile(r"[^\w]+")
_LATIN = re.compile(r"^[a-z0-9 ]+$")


def fold(text: str) -> str:
    """Text without diacritics ("Culiacán" -> "Culiacan"); other characters kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)  # the same few hundred names recur across a corpus
def name_key(text: str) -> str:
    """Lower-case, accent-free, punctuation-free key: "the Beirut–Damascus Highway" -> "beirut damascus highway"."""
    key = _SPACE.sub(" ", _DROP.sub("", fold(text).lower())).strip()
    return key[4:] if key.startswith("the ") else key


def is_latin_key(key: str) -> bool:
    """True for keys written in ASCII letters and digits only (English-usable alternate names)."""
    return bool(key) and _LATIN.match(key) is not None
