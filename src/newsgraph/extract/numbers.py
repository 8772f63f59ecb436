"""Amounts written in news text: digits, words, scales, currencies, hedges, ranges, vague amounts.

    >>> [(a.text, a.value, a.approx) for a in find_amounts("more than 38,000 people and $1.5bn")]
    [('more than 38,000', 38000.0, 'more_than'), ('$1.5bn', 1500000000.0, 'exact')]

Pure text: no spaCy. :func:`find_amounts` returns every candidate with flags saying why it may not be
a count (a measure unit after it, a label word before it, a year, a hyphenated modifier); the
figures layer decides with the parse. The vocabulary (number words, scales, hedges, currencies,
vague amounts with FORMAT.md's conventional values, measure units) is resources/numbers.jsonl.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib.resources import files

# "1.2m people", "3m refugees": a plural or a people noun after an abbreviated scale makes it a count
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+s|people|children|men|women)\b")
# one-letter currency symbols (N naira, R rand, P peso) name money in thousands and up ("N5bn",
# "R250,000"); below that "N1", "R21", "P3" are road numbers, grades and labels
_LETTER_CURRENCY_MIN = 1000
_CLIMB_UP = re.compile(r"(?i)\b(?:go|goes|going|gone|went|rise|rises|rising|risen|rose|shot|shoots|jumped|jumps|climbed|climbs|moved|gone)\s+up$")
_LOOKBACK = 40  # characters searched before an amount for its hedge ("no fewer than " is 14)


@dataclass
class Amount:
    """One amount as written. start/end cover the hedge too; num_start/num_end the number itself."""

    text: str
    start: int
    end: int
    num_start: int
    num_end: int
    value: float | None
    low: float | None
    high: float | None
    approx: str = "exact"
    currency: str | None = None
    vague: bool = False
    year_like: bool = False  # 1000-2100 written as bare digits: a year unless it counts something
    measure: bool = False  # a unit, label, date or hyphen compound makes it a measure, not a count
    decimal: bool = False  # "7.7" with no scale and no currency


@dataclass(frozen=True)
class _Vocab:
    words: dict[str, float]
    scales: dict[str, float]
    abbr: dict[str, float]
    hedges: dict[str, str]
    hedges_after: dict[str, str]
    vague: dict[str, float]
    cur_before: dict[str, str]
    cur_after: dict[str, str]
    units: frozenset[str]
    labels: frozenset[str]
    months: frozenset[str]


@functools.cache
def _vocab() -> _Vocab:
    rows = [json.loads(line) for line in (files("newsgraph.resources") / "numbers.jsonl").read_text("utf-8").splitlines() if line.strip()]

    def table(*kinds: str, field: str = "value") -> dict:
        return {r["text"]: r[field] for r in rows if r["kind"] in kinds}

    def texts(kind: str) -> frozenset[str]:
        return frozenset(r["text"] for r in rows if r["kind"] == kind)

    return _Vocab(
        words=table("word", "tens"), scales=table("scale"), abbr=table("scale_abbr"),
        hedges=table("hedge", field="approx"), hedges_after=table("hedge_after", field="approx"),
        vague=table("vague"), cur_before=table("currency_before", field="code"),
        cur_after=table("currency_after", field="code"), units=texts("measure_unit"),
        labels=texts("label_before"), months=texts("month"),
    )


def _alt(items, *, flags: str = "") -> str:
    """Regex alternation of literal items, longest first so "US$" wins over "$"."""
    return flags + "(?:" + "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class _Patterns:
    amount: re.Pattern
    vague: re.Pattern
    hedge_before: re.Pattern
    hedge_after: re.Pattern
    range_mid: re.Pattern
    next_word: re.Pattern
    prev_word: re.Pattern


@functools.cache
def _patterns() -> _Patterns:
    v = _vocab()
    units = [w for w, n in v.words.items() if n < 20]
    tens = [w for w, n in v.words.items() if n >= 20]
    word = rf"(?:{_alt(tens)}(?:[- ]{_alt(units[1:10])})?|{_alt(units)})"
    digits = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    scale = rf"(?:(?:\s*|-){_alt(v.scales)}\b)"  # "1.2 billion", "$1.2-billion loan"
    # currencies are case-sensitive ("Rs", "USD"); words and scales are not
    number = rf"(?i:{digits}(?:{scale})*(?:{_alt(v.abbr)}(?![\w]))?|\b{word}(?:\s+{_alt(v.scales)}\b)*)"
    letters = [c for c in v.cur_before if len(c) == 1 and c.isalpha()]  # "N5bn", "R1.2 billion": no space
    cur_before = rf"(?:{_alt([c for c in v.cur_before if c not in letters])}\s?|{_alt(letters)}(?=\d))"
    cur_after = rf"(?:\s+(?i:{_alt(v.cur_after)})\b)"
    amount = rf"(?<![\w/])(?<![A-Za-z]-)(?<!\d[.,])(?P<cb>{cur_before})?(?P<num>{number})(?P<ca>{cur_after})?(?![\w])"
    return _Patterns(
        amount=re.compile(amount),
        vague=re.compile(rf"(?i)(?<![\w-])(?:{_alt(v.vague)})(?![\w-])"),
        hedge_before=re.compile(rf"(?i)(?<![\w-])({_alt(v.hedges)})\s+$"),
        hedge_after=re.compile(rf"(?i)^\s*({_alt(v.hedges_after)})(?![\w])"),
        range_mid=re.compile(r"^\s*(?:-|–|—|to)\s*"),
        next_word=re.compile(r"^\s*-?\s*([%]|[A-Za-z][A-Za-z.']*)"),
        prev_word=re.compile(r"([A-Za-z#]+)(\.?)[ \t]*$"),
    )


def parse_number(text: str) -> float | None:
    """The value of one written number: "38,000", "1.2 million", "twenty-five", "$1.5bn" -> float."""
    p, v = _patterns(), _vocab()
    m = p.amount.search(text.strip())
    return _value(m.group("num"), v) if m else None


def _value(num: str, v: _Vocab) -> float | None:
    """Value of the number group of an amount match (digits or words, then scales)."""
    parts = re.findall(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+", num.replace("-", " "))
    total: float | None = None
    for part in parts:
        low = part.lower()
        if part[0].isdigit():
            total = (total or 0) + float(part.replace(",", ""))
        elif low in v.words:
            total = (total or 0) + v.words[low]
        elif total is not None and low in v.scales:
            total *= v.scales[low]
        elif total is not None and low in v.abbr:
            total *= v.abbr[low]
    return total


def find_amounts(text: str) -> list[Amount]:
    """Every amount in text, hedges and ranges resolved, in text order."""
    p, v = _patterns(), _vocab()
    found = [_vague_amount(m, v) for m in p.vague.finditer(text)]
    taken = [(a.start, a.end) for a in found]
    singles = [a for m in p.amount.finditer(text)
               if not any(s < m.end() and m.start() < e for s, e in taken)
               for a in [_single(m, text, v)] if a is not None]
    found += _join_ranges(singles, text, p)
    found.sort(key=lambda a: a.start)
    for amount in found:
        _hedge(amount, text, p, v)
        _flag(amount, text, p, v)
    return found


def _vague_amount(m: re.Match, v: _Vocab) -> Amount:
    value = float(v.vague[m.group(0).lower()])
    return Amount(m.group(0), m.start(), m.end(), m.start(), m.end(), value, value, None, "vague", vague=True)


def _single(m: re.Match, text: str, v: _Vocab) -> Amount | None:
    """An exact amount from one regex match; abbreviated scales count only with a currency."""
    num = m.group("num")
    currency = _currency(m, v)
    if currency is None and _ends_abbr(num, v) and not _PLURAL_AFTER.match(text, m.end()):
        return None  # "600m" without a currency is a distance; "1.2m people" is a count
    value = _value(num, v)
    if value is None or (_letter_currency(m) and value < _LETTER_CURRENCY_MIN):
        return None  # "N1 highway", "P5": a one-letter "currency" before a small number is a label
    amount = Amount(m.group(0), m.start(), m.end(), m.start(), m.end(), value, value, value, currency=currency)
    amount.decimal = "." in num and not re.search(r"[A-Za-z]", num) and currency is None
    return amount


def _letter_currency(m: re.Match) -> bool:
    return m.group("cb") is not None and len(m.group("cb")) == 1 and m.group("cb").isalpha()


def _ends_abbr(num: str, v: _Vocab) -> bool:
    tail = re.search(r"\d([A-Za-z]+)$", num)
    return bool(tail) and tail.group(1).lower() in v.abbr


def _currency(m: re.Match, v: _Vocab) -> str | None:
    if m.group("cb"):
        return v.cur_before[m.group("cb").strip()]
    if m.group("ca"):
        key = m.group("ca").strip()
        return v.cur_after.get(key) or v.cur_after.get(key.lower())
    return None


def _join_ranges(singles: list[Amount], text: str, p: _Patterns) -> list[Amount]:
    """Merge "10-15", "10 to 15" and "between 10 and 15" into one range amount."""
    out: list[Amount] = []
    i = 0
    while i < len(singles):
        a = singles[i]
        b = singles[i + 1] if i + 1 < len(singles) else None
        if b is not None and _is_range(a, b, text, p):
            out.append(_range(a, b, text))
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _is_range(a: Amount, b: Amount, text: str, p: _Patterns) -> bool:
    between = text[a.end:b.start]
    before = text[max(0, a.start - 9):a.start].lower()
    if all(_year_like(x) for x in (a, b)):
        return False  # "between 2017 and 2023", "2017-2023"
    if re.fullmatch(r"\s+and\s+", between):
        return bool(re.search(r"\bbetween\s+$", before))
    if not p.range_mid.fullmatch(between):
        return False
    return not re.search(r"\bfrom\s+$", before) and a.value < b.value


def _range(a: Amount, b: Amount, text: str) -> Amount:
    m = re.search(r"(?i)\bbetween\s+$", text[max(0, a.start - 12):a.start])
    start = a.start - len(m.group(0)) if m else a.start
    low = a.value
    if _scale_of(a) == 1 and a.value < _scale_of(b):
        low = a.value * _scale_of(b)  # "$1-2 million", "between 1 and 2 million": one scale for both ends
    return Amount(text[start:b.end], start, b.end, a.start, b.end, None, low, b.value, "range",
                  currency=a.currency or b.currency)


def _scale_of(a: Amount) -> float:
    """The multiplier a scale word gave an amount written with digits ("2 million" -> 1e6), else 1."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", a.text)
    base = float(digits.group(0).replace(",", "")) if digits else 0.0
    return round(a.value / base) if base and a.value else 1.0


def _year_like(a: Amount) -> bool:
    return (a.currency is None and re.fullmatch(r"\d{4}", a.text) is not None
            and 1000 <= (a.value or 0) <= 2100)


def _hedge(a: Amount, text: str, p: _Patterns, v: _Vocab) -> None:
    """Attach a hedge before ("more than") or after ("or more") and set low/high per ANNOTATION.md."""
    if a.approx == "range":
        return
    m = p.hedge_before.search(text[max(0, a.start - _LOOKBACK):a.start])
    if m and _CLIMB_UP.search(text, max(0, a.start - _LOOKBACK), a.start - len(m.group(0)) + 2):
        m = None  # "the toll has gone up to 67": the count rose to 67, "up to" is no hedge
    after = p.hedge_after.search(text[a.end:a.end + 12])
    if m:
        approx = v.hedges[m.group(1).lower()]
        a.start -= len(m.group(0))
    elif after and not a.vague:
        approx = v.hedges_after[after.group(1).lower()]
        a.end += after.end()
    else:
        return
    a.text = text[a.start:a.end]
    _set_bounds(a, approx)


def _set_bounds(a: Amount, approx: str) -> None:
    """low/high for a hedged amount: more_than/at_least bound below, less_than/at_most above."""
    plural = a.vague and not re.match(r"(?i)(a|one|half|two|three|four)\s", a.text[a.num_start - a.start:])
    if plural and approx not in ("more_than", "at_least"):
        return  # "some dozens" stays vague; "about a dozen" is about 12
    a.approx = approx
    a.low = a.value if approx in ("more_than", "at_least", "exact") else None
    a.high = a.value if approx in ("less_than", "at_most", "exact") else None


def _flag(a: Amount, text: str, p: _Patterns, v: _Vocab) -> None:
    """Mark amounts that measure or label rather than count."""
    after = text[a.end:a.end + 24]
    nxt = p.next_word.match(after)
    word = nxt.group(1).lower() if nxt else ""
    prev = p.prev_word.search(text[max(0, a.start - 16):a.start])
    before = prev.group(1).lower() if prev and (not prev.group(2) or prev.group(1).lower() == "no") else ""
    hyphen = re.match(r"-(?!strong\b)[A-Za-z]", after) is not None  # "a 5,000-strong crowd" counts
    unit = word in v.units or word.rstrip(".") in v.units or word.startswith("%")
    a.measure = (hyphen or (unit and a.currency is None) or after.lstrip().startswith("%")
                 or before in v.labels or before in v.months or word.rstrip(".") in v.months
                 or re.match(r"\s*:\d", after) is not None or _age(text, a, after) or _list_number(text, a, after))
    a.year_like = a.approx != "range" and _year_like(a)


def _age(text: str, a: Amount, after: str) -> bool:
    """ "Omar Diallo, 29, a survivor": a number between commas after a name; "the age of five"."""
    before = text[max(0, a.start - 40):a.start]
    if re.search(r"(?i)\bage[sd]?\s+(?:of\s+)?$", before):
        return True
    name = re.search(r"([^\W\d_][\w'’.-]*),\s*$", before)
    return name is not None and name.group(1)[0].isupper() and re.match(r"\s*,", after) is not None


def _list_number(text: str, a: Amount, after: str) -> bool:
    """ "1. Tonga counts votes": the number of a list item at the start of a line."""
    return re.match(r"[.)]\s", after) is not None and (a.start == 0 or text[a.start - 1] == "\n")
