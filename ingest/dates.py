"""Publication dates as comparable values: ISO 8601 (``YYYY-MM-DD``) whatever the source wrote.

Sources write dates every way: ``2025-05-14`` in front matter, ``2025-08-07T12:00:00Z`` in a
``<time datetime>``, "Oct 21, 2025" in a byline, "Published: 12 August 2025" under a headline.
python-dateutil reads them; this module only decides which text is meant as a date and insists
that a year, a month and a day were all written: a date with a part filled in by the parser
("March 3" with no year) or a relative age ("30 minutes ago", with no anchor on the page) stays
unknown and is never presented as a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from dateutil import parser as dateutil_parser

_RELATIVE = re.compile(
    r"\b(?:ago|just now|yesterday|today|tomorrow|last|next|this)\b", re.IGNORECASE
)
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE
)
_NUMERIC = re.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\b")
#: Leading lines of a body that may carry the date: bylines and "Published ..." lines, and
#: datelines ("SHENZHEN, March 3 (Reuters) -", "BEIJING, Nov 5, 2025 -") in capitals.
_BYLINE = re.compile(r"^\W*(?:published|posted|updated|first published|date|dated|by)\b", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,|^.{0,40}\(\w+\)\s*[-–—]")
_SENTINELS = (datetime(1900, 1, 1), datetime(1904, 2, 2))


def iso_date(value: str | None, fuzzy: bool = False) -> str | None:
    """``value`` as ``YYYY-MM-DD`` when it states a whole date, else None."""
    text = (value or "").strip()
    if not text or len(text) > 120 or _RELATIVE.search(text):
        return None
    if not (_MONTH.search(text) or _NUMERIC.search(text) or re.fullmatch(r"[\d\-:T.+Z ]+", text)):
        return None
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    parsed = []
    for default in _SENTINELS:
        try:
            parsed.append(dateutil_parser.parse(text, default=default, fuzzy=fuzzy))
        except (ValueError, OverflowError, TypeError):
            return None
    first, second = parsed
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # some part of the date came from the defaults, not the text
    return first.date().isoformat()


def parse_date(value: str | None) -> date | None:
    """A stored ``published`` value as a date (ISO 8601 as written at ingest)."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        found = iso_date(text)
        return date.fromisoformat(found) if found else None


def date_in_lines(lines: Sequence[str], first: int = 3) -> str | None:
    """The date a byline or dateline among the first lines of a body states, if any.

    Only the dateline itself (before its dash) or a short byline is read: a sentence of the
    story may name other dates, or numbers that a lenient parser would take for a year.
    """
    for line in lines[:first]:
        line = line.strip()
        if not line or len(line) > 400:
            continue
        head = re.split(r"\s[-–—]\s|\s[-–—](?=\w)", line, maxsplit=1)[0]
        if _DATELINE.match(line) and head != line:
            candidate = head
        elif _BYLINE.match(line) or len(line.split()) <= 6:
            candidate = line
        else:
            continue
        found = iso_date(candidate[:120], fuzzy=True)
        if found:
            return found
    return None
