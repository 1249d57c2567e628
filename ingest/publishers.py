"""The publisher an article's own text states, for files that carry no metadata.

Plain-text and markdown files rarely have a ``publisher`` field, but the text usually says who
published it: a wire dateline ("AIGLE, Aug 6, 2026 (Reuters) -"), a byline naming the outlet
("By Jonas Brenner, Paddock Signal", "By Marco Bellini | Pit Lane Post"), or a sign-off at the
end ("Reporting by Priyanka Desai for Signal Desk.", a lone "*Peloton Post*"). Readers ask "what
has Reuters published?", so the name is worth keeping. Only these places are read; a name in
the story itself is never taken for its publisher.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.dates import iso_date

_NAME = r"(?:The )?[A-Z][\w&'.-]*(?: (?:of |and |& )?[A-Z][\w&'.-]*){0,4}"
_DATELINE = re.compile(rf"^[A-Z][A-Z .'-]+,[^()]{{0,40}}\(({_NAME})\)\s*[-–—]")
_BYLINE = re.compile(r"^\W*By [^,|]+?\s*[,|]\s*([^,|]+?)\s*(?:[,|].*)?$")
_SIGN_OFF = re.compile(
    rf"\b(?:[Rr]eporting|[Rr]eported|[Ww]ritten|[Ee]dited) by .+? for (?:the )?({_NAME})\W*$"
)
#: A byline's second part that names the writer's job or place, not the outlet.
_ROLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|columnist|contributor|analyst|staff|"
    r"journalist|producer|chief|senior|in)\b",
    re.IGNORECASE,
)


def publisher_in_lines(lines: Sequence[str], first: int = 3) -> str | None:
    """The publisher a dateline or byline among the first lines, or a sign-off in the last
    two, names; else None."""
    lines = [line.strip() for line in lines if line.strip()]
    for line in lines[:first]:
        dateline = _DATELINE.match(line)
        if dateline:
            return dateline.group(1)
        byline = _BYLINE.match(line)
        if byline and len(line) <= 120:
            name = byline.group(1).strip(" *_.")
            if _is_outlet(name) and len(name.split()) >= 2:
                return name
    for line in lines[-2:]:
        sign_off = _SIGN_OFF.search(line)
        if sign_off:
            return sign_off.group(1).rstrip(".")
    return None


def publisher_in_sign_off(line: str) -> str | None:
    """A closing line that is only a title-case name set apart in italics: "*Peloton Post*"."""
    match = re.fullmatch(rf"\s*[*_]({_NAME})[*_]\s*", line)
    return match.group(1) if match and _is_outlet(match.group(1)) else None


def _is_outlet(name: str) -> bool:
    return (
        bool(re.fullmatch(_NAME, name))
        and not _ROLE.search(name)
        and iso_date(name, fuzzy=True) is None
        and not any(ch.isdigit() for ch in name)
    )
