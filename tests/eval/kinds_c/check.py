#!/usr/bin/env python3
"""Validate kinds_qa.jsonl against the kinds_c corpus (standalone; reads no project code).

usage: python3 check.py [QA.jsonl]

Checks: every line is JSON with the required fields and types; ids unique; kinds known and
at least their minimum count; max_chars by kind; unanswerable items have no variants or
articles; conversation turns are consecutive and open with a non-followup turn; every
`articles` fragment matches exactly one headline of the 13 articles (the 4 of the first
corpus page and the 9 in corpus/); every `any`/`all` variant occurs in the visible text of
one of the item's articles (for `when` items a variant may instead be a rendering of that
article's publication date). Prints problems, counts per kind, and exits 1 on any problem.
"""

import datetime as dt
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = Path("/work/shared/corpus/daily8-related-articles.txt")
FIRST_HEADS = [
    "Huawei's AI lab denies",
    "Microsoft boss offers callous advice",
    "Joe Rogan flips the God debate",
    "F1 could return to V8 engines",
]
MINIMUM = {
    "factoid": 18,
    "overview": 6,
    "summary": 6,
    "list": 6,
    "multi": 4,
    "compare": 4,
    "when": 6,
    "followup": 10,
    "near_miss": 12,
    "off_topic": 3,
    "greeting": 3,
    "injection": 2,
}
LONG = {"overview", "summary", "list", "multi", "compare"}
UNANSWERABLE = {"near_miss", "off_topic", "greeting", "injection"}
REQUIRED = {
    "id": str,
    "q": str,
    "kind": str,
    "answerable": bool,
    "any": list,
    "articles": list,
    "max_chars": int,
}
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


def norm(text):
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def html_article(raw):
    """Headline and visible article text of an HTML page: <h1> plus the <article> element."""
    head = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S)
    body = re.search(r"<article[^>]*>(.*?)</article>", raw, re.S)
    text = body.group(1) if body else ""
    text = re.sub(r"<(script|style|noscript)[^>]*>.*?</\1>", " ", text, flags=re.S)
    hidden = r'<(\w+)[^>]*style="[^"]*display:\s*none[^"]*"[^>]*>.*?</\1>'
    text = re.sub(hidden, " ", text, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    title = html.unescape(re.sub(r"<[^>]+>", "", head.group(1))).strip() if head else ""
    return title, text


def pub_date(raw):
    """The publication date found in a file, or None."""
    pats = [
        r'article:published_time" content="(\d{4})-(\d\d)-(\d\d)',
        r'<time datetime="(\d{4})-(\d\d)-(\d\d)',
        r"^published:\s*(\d{4})-(\d\d)-(\d\d)",
    ]
    for pat in pats:
        m = re.search(pat, raw, re.M)
        if m:
            return dt.date(*map(int, m.groups()))
    abbr = [m[:3] for m in MONTHS]
    mon = "|".join(abbr)
    m = re.search(r"(?:Published:|\*By [^,*]+,)\s*(\d{1,2}) (%s)\w* (\d{4})" % mon, raw, re.I)
    if m:
        return dt.date(int(m.group(3)), abbr.index(m.group(2).lower()) + 1, int(m.group(1)))
    m = re.search(r"^[A-Z ]+, (%s)\w* (\d{1,2}), (\d{4}) \(" % mon, raw, re.M | re.I)
    if m:
        return dt.date(int(m.group(3)), abbr.index(m.group(1).lower()) + 1, int(m.group(2)))
    return None


def renderings(day):
    if day is None:
        return set()
    full, short = MONTHS[day.month - 1], MONTHS[day.month - 1][:3]
    d, y = day.day, day.year
    out = {day.isoformat()}
    for mon in (full, short):
        out |= {f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{mon} {d}", f"{d} {mon}"}
    return out


def load_articles():
    """{headline (lowercase): (visible text lowercased, publication date or None)}."""
    arts = {}
    first = FIRST.read_text(encoding="utf-8")
    starts = sorted(first.index(h) for h in FIRST_HEADS) + [len(first)]
    for a, b in zip(starts, starts[1:]):
        seg = first[a:b]
        arts[norm(seg.splitlines()[0])] = (norm(seg), None)
    for path in sorted((HERE / "corpus").iterdir()):
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            title, text = html_article(raw)
        elif raw.startswith("---"):
            fm, _, body = raw[3:].partition("\n---")
            title = re.search(r'^title:\s*"?(.*?)"?\s*$', fm, re.M).group(1)
            text = title + "\n" + body
        elif path.suffix == ".md":
            title = re.search(r"^# (.+)$", raw, re.M).group(1)
            text = raw
        else:
            title = raw.strip().splitlines()[0]
            text = raw
        text = text.replace("**", "").replace("*", "").replace("# ", "")
        arts[norm(title)] = (norm(html.unescape(text)), pub_date(raw))
    return arts


def main():
    qa = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "kinds_qa.jsonl"
    arts = load_articles()
    problems, kinds, ids, seen_convs = [], Counter(), set(), set()
    prev_conv = None
    lines = qa.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            it = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: bad JSON: {exc}")
            continue
        tag = f"line {n} ({it.get('id')})"
        bad = [k for k, t in REQUIRED.items() if not isinstance(it.get(k), t)]
        if bad:
            problems.append(f"{tag}: missing or mistyped {bad}")
            continue
        kind = it["kind"]
        kinds[kind] += 1
        if it["id"] in ids:
            problems.append(f"{tag}: duplicate id")
        ids.add(it["id"])
        if kind not in MINIMUM:
            problems.append(f"{tag}: unknown kind {kind}")
        if it["max_chars"] != (1200 if kind in LONG else 600):
            problems.append(f"{tag}: max_chars {it['max_chars']} for {kind}")
        groups = it.get("all") or []
        if not isinstance(groups, list) or not all(isinstance(g, list) and g for g in groups):
            problems.append(f"{tag}: 'all' must be a list of non-empty lists")
            groups = []
        if kind in UNANSWERABLE:
            if it["answerable"] or it["any"] or groups or it["articles"]:
                problems.append(f"{tag}: {kind} must be unanswerable with no variants/articles")
        elif not it["answerable"]:
            problems.append(f"{tag}: {kind} should be answerable")
        elif not it["articles"]:
            problems.append(f"{tag}: answerable item without articles")
        if kind in ("multi", "compare") and len(groups) < 2:
            problems.append(f"{tag}: {kind} needs an 'all' group per part")
        conv = it.get("conversation")
        if conv:
            if conv != prev_conv:
                if conv in seen_convs:
                    problems.append(f"{tag}: conversation {conv} is not consecutive")
                if kind == "followup":
                    problems.append(f"{tag}: conversation {conv} opens with a followup")
                seen_convs.add(conv)
        elif kind == "followup":
            problems.append(f"{tag}: followup without a conversation")
        prev_conv = conv
        texts, dates = [], set()
        for frag in it["articles"]:
            hits = [h for h in arts if frag in h]
            if frag != frag.lower() or len(hits) != 1:
                problems.append(f"{tag}: fragment {frag!r} matches {len(hits)} headlines")
                continue
            text, day = arts[hits[0]]
            texts.append(text)
            dates |= renderings(day)
        for v in it["any"] + [v for g in groups for v in g]:
            if any(norm(v) in t for t in texts):
                continue
            if kind == "when" and norm(v) in dates:
                continue
            problems.append(f"{tag}: variant {v!r} not in its articles' text")
    for kind, least in MINIMUM.items():
        if kinds[kind] < least:
            problems.append(f"kind {kind}: {kinds[kind]} < minimum {least}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{sum(kinds.values())} questions, {len(seen_convs)} conversations, {len(arts)} articles")
    for kind in MINIMUM:
        print(f"  {kind:<10} {kinds[kind]:>3} (min {MINIMUM[kind]})")
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
