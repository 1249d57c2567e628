#!/usr/bin/env python3
"""Validate kinds_qa.jsonl against the corpus it is asked over (standalone; no project code).

usage: python3 check.py [QA.jsonl]

Checks: every line parses; required fields are present and typed; ids unique; conversation turns are
consecutive; unanswerable items have empty "any"/"articles"; every "any"/"all" variant of an answerable
item occurs (case-insensitive, white space folded) in the visible text of at least one corpus article
(date variants of "when" items may be in any date format, e.g. "14 may 2025" for 2025-05-14); every
"articles" fragment is a substring of exactly one article headline. Also warns when a variant is not in
any of the item's own articles. Prints counts per kind; exit status 1 on any error.

Corpus: kinds_a/corpus/* + fresh/corpus/* + /work/shared/corpus/daily8-related-articles.txt (4 articles).
"""

import html
import json
import re
import sys
from collections import Counter, OrderedDict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_DIRS = [HERE / "corpus", HERE.parent / "fresh" / "corpus"]
DAILY8 = Path("/work/shared/corpus/daily8-related-articles.txt")
REQUIRED = {
    "id": str,
    "q": str,
    "kind": str,
    "answerable": bool,
    "any": list,
    "articles": list,
    "max_chars": int,
}
KINDS = {
    "factoid",
    "overview",
    "summary",
    "list",
    "multi",
    "compare",
    "when",
    "followup",
    "near_miss",
    "off_topic",
    "greeting",
    "injection",
}
LONG = {"overview", "summary", "list", "multi", "compare"}
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}


def norm(text):
    text = str(text or "").lower()
    for a, b in _QUOTES.items():
        text = text.replace(a, b)
    return re.sub(r"[\s\u00a0\u2007\u2009\u202f]+", " ", text).strip()


def visible_html(raw):
    """Text a reader sees: no scripts, styles, head, or display:none blocks; entities decoded."""
    t = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
    t = re.sub(
        r'(?is)<(div|p|span|section)\b[^>]*style="[^"]*display:\s*none[^"]*"[^>]*>.*?</\1>', " ", t
    )
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return html.unescape(t)


def html_title(raw):
    m = re.search(r"(?is)<h1[^>]*>(.*?)</h1>", raw) or re.search(
        r'(?is)property="og:title"\s+content="([^"]*)"', raw
    )
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()


def load_articles():
    """[(name, title, visible_text, raw_text)]"""
    arts = []
    for d in CORPUS_DIRS:
        for p in sorted(d.iterdir()):
            raw = p.read_text(encoding="utf-8")
            if p.suffix == ".html":
                arts.append((p.name, html_title(raw), visible_html(raw), raw))
                continue
            lines = raw.splitlines()
            if p.suffix == ".md" and lines and lines[0].strip() == "---":
                end = lines.index("---", 1)
                fm = "\n".join(lines[1:end])
                m = re.search(r'^title:\s*"?(.*?)"?\s*$', fm, re.M)
                title = m.group(1)
            elif p.suffix == ".md":
                title = next(l for l in lines if l.startswith("# "))[2:].strip()
            else:
                title = next(l for l in lines if l.strip()).strip()
            arts.append((p.name, title, raw, raw))
    # the first corpus: one page, 4 articles; a headline is its first line or the line after "- Publisher"
    lines = DAILY8.read_text(encoding="utf-8").splitlines()
    starts = [next(i for i, l in enumerate(lines) if l.strip())]
    starts += [i + 1 for i, l in enumerate(lines) if l.startswith("- ") and i + 1 < len(lines)]
    for n, s in enumerate(starts):
        e = starts[n + 1] - 3 if n + 1 < len(starts) else len(lines)
        body = "\n".join(lines[s:e])
        arts.append((f"daily8#{n + 1}", lines[s].strip(), body, body))
    return arts


MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def as_date(variant):
    """A date for a date-looking variant (year optional), else None."""
    v = norm(variant).replace(",", "")
    for fmt in ("%Y-%m-%d", "%B %d %Y", "%d %B %Y", "%b %d %Y", "%d %b %Y"):
        try:
            return datetime.strptime(v, fmt).date(), True
        except ValueError:
            pass
    for fmt in ("%B %d", "%d %B", "%b %d", "%d %b"):
        try:
            d = datetime.strptime(v + " 2000", fmt + " %Y").date()
            return d, False
        except ValueError:
            pass
    return None


def date_forms(d, with_year):
    mon, mo3 = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    if with_year:
        return [
            d.isoformat(),
            f"{d.day} {mon} {d.year}",
            f"{mon} {d.day}, {d.year}",
            f"{mo3} {d.day}, {d.year}",
        ]
    return [f"{d.day} {mon}", f"{mon} {d.day}", f"{mo3} {d.day},", f"-{d.month:02d}-{d.day:02d}"]


def main():
    qa = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "kinds_qa.jsonl"
    arts = load_articles()
    titles = [norm(t) for _, t, _, _ in arts]
    vis = [norm(v) for _, _, v, _ in arts]
    raw = [norm(html.unescape(r)) for _, _, _, r in arts]
    errors, warnings, items = [], [], []
    for n, line in enumerate(qa.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON: {exc}")
    ids = Counter(i.get("id") for i in items)
    errors += [f"duplicate id {k}" for k, c in ids.items() if c > 1]
    seen_conv, last_conv = set(), None
    for it in items:
        iid = it.get("id", "?")
        for f, typ in REQUIRED.items():
            if not isinstance(it.get(f), typ):
                errors.append(f"{iid}: field {f!r} missing or not {typ.__name__}")
        if it.get("kind") not in KINDS:
            errors.append(f"{iid}: unknown kind {it.get('kind')!r}")
        want = 1200 if it.get("kind") in LONG else 600
        if it.get("max_chars") != want:
            errors.append(f"{iid}: max_chars {it.get('max_chars')} (expected {want})")
        conv = it.get("conversation")
        if conv and conv != last_conv and conv in seen_conv:
            errors.append(f"{iid}: conversation {conv} turns are not consecutive")
        if conv:
            seen_conv.add(conv)
        last_conv = conv
        if not it.get("answerable"):
            if it.get("any") or it.get("all") or it.get("articles"):
                errors.append(f"{iid}: unanswerable item has any/all/articles")
            continue
        own = []
        for frag in it.get("articles", []):
            hits = [k for k, t in enumerate(titles) if norm(frag) in t]
            if len(hits) != 1:
                errors.append(f"{iid}: article fragment {frag!r} matches {len(hits)} headlines")
            own += hits
        groups = ([it["any"]] if it.get("any") else []) + list(it.get("all") or [])
        for group in groups:
            for v in group:
                nv = norm(v)
                if nv in " ".join(vis):
                    where = [k for k, t in enumerate(vis) if nv in t]
                else:
                    dt = as_date(v) if it["kind"] == "when" else None
                    forms = [norm(f) for f in date_forms(*dt)] if dt else []
                    where = [k for k, t in enumerate(raw) if any(f in t for f in forms)]
                    if not where:
                        errors.append(f"{iid}: variant {v!r} not in any corpus article")
                        continue
                if own and not set(where) & set(own):
                    warnings.append(
                        f"{iid}: variant {v!r} not in its own articles {it['articles']}"
                    )
    if any(t for t in titles if "interest rates" in t):
        warnings.append("a headline contains 'interest rates'")
    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("WARN ", w)
    counts = OrderedDict(sorted(Counter(i.get("kind") for i in items).items()))
    print(
        f"{len(arts)} articles, {len(items)} questions, "
        f"{len({i['conversation'] for i in items if i.get('conversation')})} conversations"
    )
    for k, c in counts.items():
        print(f"  {k:<10} {c}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
