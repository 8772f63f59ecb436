"""Where a headline line opening the text ends (ANNOTATION.md: headlines restate the body, and
quotes, figures and events are annotated in the body only), and where a wire dateline ends (its
place is where the story was filed, not where events happened)."""
from __future__ import annotations

import re

_MAX_HEADLINE_WORDS = 20  # news headlines run 6-15 words; a longer unpunctuated line is body text
_SENTENCE_END = (".", "?", "!", '"', "”", "’", ":", ";", ",")


def headline_end(text: str) -> int:
    """End offset of a headline line opening the text (short, no closing punctuation), else 0."""
    stripped = text.lstrip()
    line_end = stripped.find("\n")
    if line_end < 0:
        return 0
    line = stripped[:line_end].rstrip()
    if not line or len(line.split()) > _MAX_HEADLINE_WORDS or line.endswith(_SENTENCE_END):
        return 0
    return len(text) - len(stripped) + line_end


# An upper-case place, optional date and agency, then a dash: the wire dateline before a story's first words.
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’ -]{2,}(?:,[^—–\n]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?:—|–|--|-|:)\s+")


def dateline_end(text: str, start: int = 0) -> int:
    """End offset of a wire dateline ("BOGOTA, March 14 (Reuters) - ") at start, else start."""
    match = _DATELINE.match(text, start)
    return match.end() if match else start
