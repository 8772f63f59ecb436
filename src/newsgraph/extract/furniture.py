"""Page furniture: bylines, photo captions, related-article links, ad and share labels.

These lines are part of the text as delivered but not of the story; FORMAT.md's annotators ignore
them. :func:`mask_furniture` blanks them with spaces (same length, so offsets still index the
original text) before parsing, so no record item can point into them.
"""
from __future__ import annotations

import re

# A line that is wholly one of these labels.
_LABEL = re.compile(
    r"^\s*(advertisement|advert|sponsored( content)?|share this( article| story)?|share|"
    r"subscribe( now)?|sign up.*newsletter.*|continue reading|story continues below.*|"
    r"listen to (this )?article.*|click here.*|most (read|popular|viewed|shared)|top stories|"
    r"editor'?s'? picks|you (may|might) also like|more from .{1,40}|latest( news)?)\s*$",
    re.IGNORECASE,
)
# "By Jane Doe", "By Jane Doe and John Roe in Kyiv", "By JANE DOE, Reuters", "By a staff writer":
# short, no sentence end.
_BYLINE = re.compile(r"^\s*By\s+(an?\s+|our\s+)?[A-Za-z][\w'’.-]+(\s+[\w'’.,-]+){0,12}\s*$")
# Related-article links: "[ ... Opens in new window ]", "Related: ...", "Read more: ...".
_RELATED = re.compile(
    r"(opens in (a )?new (window|tab))|^\s*(related|read more|read also|also read|see also|"
    r"more on this( story)?|recommended|watch|listen|also watch|trending|top stories)\s*[:|]",
    re.IGNORECASE,
)
# Wire trailers and credits: "Reporting by ...; Editing by ...", "(Additional reporting by ...)".
_TRAILER = re.compile(
    r"^\s*\(?\s*(additional )?(reporting|writing|editing|compiled|translated|edited) by\b|"
    r"^\s*(©|copyright\b|all rights reserved|follow us on\b)",
    re.IGNORECASE,
)
# "Updated 2 hours ago · 2 min read", "5 min read": reading-time and freshness stamps.
_STAMP = re.compile(r"\b\d+\s*min(ute)?s?\s+read\b|^\s*(updated|published|posted)\s+\d+\s+\w+\s+ago\b", re.IGNORECASE)
# "1. Tonga counts votes after snap election": a numbered headline list ("Most read"), no full stop.
_LISTED_HEADLINE = re.compile(r"^\s*\d{1,2}[.)]\s+[A-Z][^.!?]{3,120}$")
_BRACKETED = re.compile(r"^\s*\[[^\]]*\]\s*$")
# Photo captions: "Photo: ...", "... Photo: Staff", "(Photo: Reuters)", "Image: ...", "File photo".
_CAPTION = re.compile(
    r"(^|\s|\()(?i:photo|photograph|image|picture|caption|credit|file photo)s?\s*:\s|"
    r"\b(REUTERS|AFP|AP|EPA|Getty Images)\s*/\s*[A-Z]",
)
_MAX_FURNITURE_LINE = 300  # captions and link lines are short; a longer line is story text


def find_furniture(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the furniture lines in text, newline excluded."""
    spans = []
    pos = 0
    in_head = True  # before the first line of story text: section labels and outlet names sit here
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            if _is_furniture(body) or in_head and _is_label(body):
                spans.append((pos, pos + len(body)))
            else:
                in_head = False
        pos += len(line)
    return spans


_MAX_LABEL_WORDS = 4  # "Pacific Desk", "World news", "Middle East": longer lines may be headlines


def _is_label(line: str) -> bool:
    """A short line without sentence punctuation: a section or outlet label above the story."""
    return len(line.split()) <= _MAX_LABEL_WORDS and not line.rstrip().endswith((".", "?", "!", '"', "”", ":"))


def mask_furniture(text: str) -> str:
    """text with every furniture line replaced by spaces of the same length."""
    spans = find_furniture(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _is_furniture(line: str) -> bool:
    if _LABEL.match(line) or _BRACKETED.match(line):
        return True
    if len(line) > _MAX_FURNITURE_LINE:
        return False
    if _RELATED.search(line) or _CAPTION.search(line) or _TRAILER.match(line) or _STAMP.search(line):
        return True
    if _LISTED_HEADLINE.match(line):
        return True
    return bool(_BYLINE.match(line)) and not line.rstrip().endswith((".", "?", "!", '"', "”"))
