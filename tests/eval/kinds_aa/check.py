#!/usr/bin/env python3
"""Validate kinds_qa.jsonl against the corpus (standalone; only the standard library).

usage: python3 check.py [QA.jsonl]

Checks JSON, fields and types, unique sequential ids aa001-aa120, max_chars by kind, exact counts per kind,
conversations (ids caa1-caa6, consecutive, each a factoid followed by exactly two followup turns),
every `articles` fragment matching exactly one headline of the 14 articles, at least 24 lowercase
factoids about the 10 new articles, unanswerable items carrying no any/all/articles, the corpus shape
(10 articles of 450-900 words: 4 .md of which 2 with front matter and 2 with a byline line, 3 .html
of which 1 dated by <time datetime>, 1 by JSON-LD only and 1 by a visible byline only, 3 .txt of which
2 with a Reuters dateline and 1 with a "Published:" line; dates between 2025-01 and 2026-11; each HTML
page with nav, footer, scripts including JSON-LD, a cookie banner, exactly one display:none paragraph
and a "Most read" sidebar outside <article>), each new article's expected file name, headline fragment,
publication date and date source, the page decoys (hidden paragraphs, "Most read" and "Related stories"
headlines) being present in the raw HTML but absent from every article's visible text, every `any`/`all`
variant occurring in the visible text of one of the item's articles (HTML: <h1> and <article> without
scripts or hidden elements; a `when` variant may instead render the article's publication date), and
every `list` item naming exactly the articles whose visible text holds one of its terms (or whose
publication date falls in its month). Prints counts per kind and each article's parsed date.
"""

import datetime
import html
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
FIRST = Path("/work/shared/corpus/daily8-related-articles.txt")
FIELDS = {"id", "q", "kind", "answerable", "any", "articles", "max_chars"}
OPTIONAL = {"all", "conversation"}
EXACT = {
    "factoid": 35,
    "overview": 8,
    "summary": 7,
    "list": 7,
    "multi": 9,
    "compare": 8,
    "when": 9,
    "followup": 12,
    "near_miss": 15,
    "off_topic": 4,
    "greeting": 3,
    "injection": 3,
}
NEW_CASUAL = 24
# Facts that appear only in a hidden paragraph or a "Most read" headline of a page.
DECOYS = {
    "renault-douai-electric-clio.html": [
        "dacia spring from wuhan",
        "douai in 2029",
        "recalls 87,000",
        "charging fault",
        "four-day week",
        "up for sale at 900 million euros",
        "pass 140,000",
        "3,100 euros",
    ],
    "ashen-meridian-launch.html": [
        "acquired by sony",
        "for about $1.5 billion",
        "netflix orders",
        "animated series",
        "ashen meridian 2",
        "$599",
        "41 million subscribers",
        "42 million users",
    ],
    "ice-hockey-worlds-final-zurich.html": [
        "step down as switzerland coach",
        "eight-year extension",
        "retire from international hockey",
        "broken finger",
        "1.9 million",
        "$13.5 million",
    ],
}
# Each new article: publication date and a headline fragment (the checks above find the date).
EXPECTED = {
    "ashen-meridian-launch.html": ("2026-03-24", "html visible byline", "ashen meridian"),
    "electric-ireland-price-rise.md": ("2025-11-19", "md front matter", "electric ireland"),
    "ice-hockey-worlds-final-zurich.html": ("2026-05-31", "html <time>", "ice hockey"),
    "lpa-heart-drug-trial.md": ("2026-08-30", "md front matter", "lp(a)"),
    "macintyre-masters-augusta.md": ("2026-04-13", "md byline", "augusta"),
    "macintyre-scottish-open-win.txt": ("2026-07-13", "txt published line", "scottish open"),
    "maersk-suez-canal-return.md": ("2026-02-05", "md byline", "suez"),
    "renault-douai-electric-clio.html": ("2026-03-04", "html json-ld", "douai"),
    "renault-third-quarter-revenue.txt": ("2026-10-16", "txt reuters dateline", "margin forecast"),
    "smic-second-quarter-results.txt": ("2026-08-06", "txt reuters dateline", "smic"),
}
# Exhaustive list items: the articles named must be exactly those whose visible text holds a term
# ("date:YYYY-MM" selects articles published in that month).
LIST_TERMS = {
    "aa045": ["huawei"],
    "aa046": ["alibaba"],
    "aa047": ["microsoft"],
    "aa048": ["joe rogan"],
    "aa049": ["formula one", "f1 "],
    "aa050": ["schauffele"],
    "aa051": ["date:2026-03"],
}
FORMATS = {".md": 4, ".html": 3, ".txt": 3}
DATE_SOURCES = {
    "md front matter": 2,
    "md byline": 2,
    "html <time>": 1,
    "html json-ld": 1,
    "html visible byline": 1,
    "txt reuters dateline": 2,
    "txt published line": 1,
}
FIRST_DAY, LAST_DAY = datetime.date(2025, 1, 1), datetime.date(2026, 11, 30)
LONG = {"overview", "summary", "list", "multi", "compare"}
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
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f]+")


def norm(text):
    text = str(text or "").lower()
    for curly, straight in _QUOTES.items():
        text = text.replace(curly, straight)
    return _SPACES.sub(" ", text).strip()


class Article:
    def __init__(self, name, title, text, date, source=None):
        self.name, self.title, self.text, self.date = name, norm(title), norm(text), date
        self.source = source


def parse_date(raw):
    """A date from ISO, 'D Month YYYY' or 'Mon D, YYYY' text; None when absent."""
    if not raw:
        return None
    iso = re.search(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if iso:
        return datetime.date(*map(int, iso.groups()))
    low = raw.lower()
    dmy = re.search(r"(\d{1,2}) ([a-z]+) (\d{4})", low)
    mdy = re.search(r"([a-z]+)\.? (\d{1,2}), (\d{4})", low)
    for day, month, year in ([dmy.groups()] if dmy else []) + (
        [(mdy.group(2), mdy.group(1), mdy.group(3))] if mdy else []
    ):
        found = [n for n, m in enumerate(MONTHS, 1) if m.startswith(month[:3])]
        if found:
            return datetime.date(int(year), found[0], int(day))
    return None


def renderings(date):
    """Ways a publication date may be written in an answer."""
    if date is None:
        return set()
    month = MONTHS[date.month - 1]
    shorts = {month[:3], month[:4]}
    out = {
        date.isoformat(),
        f"{month} {date.day}, {date.year}",
        f"{date.day} {month} {date.year}",
        f"{month} {date.day}",
        f"{date.day} {month}",
    }
    for short in shorts:
        out |= {f"{short} {date.day}, {date.year}", f"{date.day} {short} {date.year}"}
    return out


def visible_html(raw):
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
    hidden = r"<(\w+)\b[^>]*display\s*:\s*none[^>]*>.*?</\1>"
    raw = re.sub(hidden, " ", raw, flags=re.S | re.I)
    parts = re.findall(r"<h1\b.*?</h1>|<article\b.*?</article>", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", " ".join(parts)))


def load_html(path):
    raw = path.read_text(encoding="utf-8")
    title = re.search(r"<h1\b[^>]*>(.*?)</h1>", raw, flags=re.S).group(1)
    date = re.search(r"<time[^>]*datetime=\"([^\"]+)\"", raw)
    source = "html <time>" if date else None
    if date is None:
        date = re.search(r"\"datePublished\":\s*\"([^\"]+)\"", raw)
        source = "html json-ld" if date else None
    text = visible_html(raw)
    if date is None:
        date = re.search(r"(\w+day, \w+ \d{1,2}, \d{4})", text)
        source = "html visible byline" if date else None
    title = html.unescape(title)
    return Article(path.name, title, text, parse_date(date and date.group(1)), source)


def load_md(path):
    raw = path.read_text(encoding="utf-8")
    front = re.match(r"---\n(.*?)\n---\n", raw, flags=re.S)
    if front:
        meta = dict(re.findall(r"^(\w+):\s*(.*)$", front.group(1), flags=re.M))
        title = meta["title"].strip().strip('"')
        body = raw[front.end() :]
        return Article(path.name, title, body, parse_date(meta.get("published")), "md front matter")
    title = re.search(r"^# (.+)$", raw, flags=re.M).group(1)
    byline = re.search(r"^\*By [^,]+, (.+?)\*$", raw, flags=re.M)
    source = "md byline" if byline else None
    return Article(path.name, title, raw, parse_date(byline and byline.group(1)), source)


def load_txt(path):
    raw = path.read_text(encoding="utf-8")
    title = raw.splitlines()[0]
    date = re.search(r"^Published: (.+)$", raw, flags=re.M)
    source = "txt published line" if date else None
    if date is None:
        date = re.search(r"^[A-Z ]+, (\w+ \d{1,2}, \d{4}) \(Reuters\) -", raw, flags=re.M)
        source = "txt reuters dateline" if date else None
    return Article(path.name, title, raw, parse_date(date and date.group(1)), source)


def load_first():
    """The first corpus page: four articles, each headline after a '- Publisher' line."""
    lines = [ln.strip() for ln in FIRST.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln]
    starts = [0] + [n + 1 for n, ln in enumerate(lines[:-1]) if ln.startswith("- ")]
    ends = [*starts[1:], len(lines)]
    return [
        Article(f"first#{n}", lines[a], " ".join(lines[a:b]), None)
        for n, (a, b) in enumerate(zip(starts, ends, strict=True))
    ]


def load_corpus():
    loaders = {".html": load_html, ".md": load_md, ".txt": load_txt}
    mine = [loaders[p.suffix](p) for p in sorted(CORPUS.iterdir()) if p.suffix in loaders]
    return load_first(), mine


def check_corpus(mine, problems):
    if len(mine) != 10:
        problems.append(f"corpus: {len(mine)} articles, expected 10")
    formats = Counter(Path(a.name).suffix for a in mine)
    if formats != Counter(FORMATS):
        problems.append(f"corpus formats {dict(formats)}, expected {FORMATS}")
    sources = Counter(a.source for a in mine)
    if sources != Counter(DATE_SOURCES):
        problems.append(f"corpus date sources {dict(sources)}, expected {DATE_SOURCES}")
    for art in mine:
        words = len(art.text.split())
        if not 450 <= words <= 900:
            problems.append(f"corpus {art.name}: {words} words")
        if art.date is None:
            problems.append(f"corpus {art.name}: no publication date found")
        elif not FIRST_DAY <= art.date <= LAST_DAY:
            problems.append(f"corpus {art.name}: date {art.date} out of range")
        if art.name.endswith(".html"):
            raw = (CORPUS / art.name).read_text(encoding="utf-8")
            hidden = re.findall(r"display\s*:\s*none", raw, flags=re.I)
            if len(hidden) != 1:
                problems.append(f"corpus {art.name}: {len(hidden)} hidden paragraphs, expected 1")
            if not re.search(r"<aside\b.*?most read.*?</aside>", raw, flags=re.S | re.I):
                problems.append(f"corpus {art.name}: no 'Most read' sidebar")
            if "most read" in art.text or re.search(
                r"<article\b(?:(?!</article>).)*<aside", raw, re.S | re.I
            ):
                problems.append(f"corpus {art.name}: the 'Most read' sidebar sits inside <article>")
            if not re.search(r"<p\b[^>]*display\s*:\s*none[^>]*>", raw, flags=re.I):
                problems.append(f"corpus {art.name}: the hidden element is not a paragraph")
            for tag in ("<nav", "<footer", "<script", "cookie", "application/ld+json"):
                if tag not in raw.lower():
                    problems.append(f"corpus {art.name}: no {tag}")


def check_decoys(first, mine, problems):
    for name, phrases in DECOYS.items():
        raw = norm(html.unescape((CORPUS / name).read_text(encoding="utf-8")))
        for phrase in phrases:
            if norm(phrase) not in raw:
                problems.append(f"decoy {name}: {phrase!r} missing from the raw page")
            if any(norm(phrase) in art.text for art in first + mine):
                problems.append(f"decoy {name}: {phrase!r} is visible article text")


def check_expected(first, mine, problems):
    by_name = {a.name: a for a in mine}
    if set(by_name) != set(EXPECTED):
        problems.append(f"corpus files {sorted(by_name)}, expected {sorted(EXPECTED)}")
    titles = [a.title for a in first + mine]
    for name, (day, source, frag) in EXPECTED.items():
        art = by_name.get(name)
        if art is None:
            continue
        if art.date is None or art.date.isoformat() != day:
            problems.append(f"corpus {name}: date {art.date}, expected {day}")
        if art.source != source:
            problems.append(f"corpus {name}: date source {art.source!r}, expected {source!r}")
        if frag not in art.title or sum(frag in t for t in titles) != 1:
            problems.append(f"corpus {name}: headline fragment {frag!r} is not unique to it")


def check_lists(items, first, mine, problems):
    by_id = {i.get("id"): i for i in items}
    for iid, terms in LIST_TERMS.items():
        item = by_id.get(iid)
        if item is None or item.get("kind") != "list":
            problems.append(f"{iid}: expected a list item")
            continue
        want = set()
        for art in first + mine:
            for term in terms:
                if term.startswith("date:"):
                    if art.date and art.date.isoformat().startswith(term[5:]):
                        want.add(art.title)
                elif norm(term) in art.text + " ":
                    want.add(art.title)
        got = {t for frag in item["articles"] for t in (a.title for a in first + mine) if frag in t}
        if want != got:
            problems.append(
                f"{iid}: list names {sorted(t[:30] for t in got)}, "
                f"the corpus has {sorted(t[:30] for t in want)}"
            )
    listed = {i["id"] for i in items if i.get("kind") == "list"}
    if listed != set(LIST_TERMS):
        problems.append(f"list items {sorted(listed)}, expected {sorted(LIST_TERMS)}")


def check_item(item, titles, problems):
    iid = item.get("id", "?")
    keys = set(item)
    if not keys >= FIELDS or keys - FIELDS - OPTIONAL:
        problems.append(f"{iid}: fields {sorted(keys)}")
        return
    if item["kind"] not in EXACT:
        problems.append(f"{iid}: unknown kind {item['kind']}")
    want = 1200 if item["kind"] in LONG else 600
    if item["max_chars"] != want:
        problems.append(f"{iid}: max_chars {item['max_chars']}, expected {want}")
    if not isinstance(item["any"], list) or not isinstance(item["articles"], list):
        problems.append(f"{iid}: any/articles must be lists")
    if item["kind"] in {"near_miss", "off_topic", "greeting", "injection"} and item["answerable"]:
        problems.append(f"{iid}: {item['kind']} item marked answerable")
    if not item["answerable"]:
        if item["any"] or item["articles"] or item.get("all"):
            problems.append(f"{iid}: unanswerable item with any/all/articles")
        return
    if not item["articles"]:
        problems.append(f"{iid}: answerable item without articles")
    if not (item["any"] or item.get("all")) and item["kind"] != "list":
        problems.append(f"{iid}: answerable item with no any/all check")
    for frag in item["articles"]:
        hits = [t for t in titles if frag in t]
        if frag != frag.lower() or len(hits) != 1:
            problems.append(f"{iid}: fragment {frag!r} matches {len(hits)} headlines")


def check_variants(item, by_title, problems):
    arts = [a for frag in item["articles"] for t, a in by_title.items() if frag in t]
    texts = [a.text for a in arts]
    dates = set()
    if item["kind"] == "when":
        for art in arts:
            dates |= renderings(art.date)
    groups = [item["any"], *item.get("all", [])]
    for variant in itertools.chain.from_iterable(groups):
        v = norm(variant)
        if not any(v in t for t in texts) and v not in dates:
            problems.append(f"{item['id']}: variant {variant!r} not in its articles' text")


def check_conversations(items, problems):
    seen, previous = set(), None
    for item in items:
        conv = item.get("conversation")
        if item["kind"] == "followup" and not conv:
            problems.append(f"{item['id']}: followup without conversation")
        if conv and conv != previous:
            if conv in seen:
                problems.append(f"{item['id']}: conversation {conv} is not consecutive")
            if item["kind"] == "followup":
                problems.append(f"{item['id']}: conversation {conv} opens with a followup")
            if conv != f"caa{len(seen) + 1}":
                problems.append(f"{item['id']}: conversation id {conv!r}")
            seen.add(conv)
        previous = conv
    for conv in sorted(seen):
        turns = [i["kind"] for i in items if i.get("conversation") == conv]
        if turns != ["factoid", "followup", "followup"]:
            problems.append(
                f"conversation {conv}: turns {turns}, expected factoid then two followups"
            )
    if len(seen) != 6:
        problems.append(f"{len(seen)} conversations, expected 6")
    return len(seen)


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else HERE / "kinds_qa.jsonl"
    problems = []
    first, mine = load_corpus()
    check_corpus(mine, problems)
    check_decoys(first, mine, problems)
    check_expected(first, mine, problems)
    by_title = {a.title: a for a in first + mine}
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: {exc}")
    for n, item in enumerate(items, 1):
        if item.get("id") != f"aa{n:03d}":
            problems.append(f"line {n}: id {item.get('id')!r}, expected aa{n:03d}")
        check_item(item, list(by_title), problems)
        if item.get("answerable") and "articles" in item:
            check_variants(item, by_title, problems)
    convs = check_conversations(items, problems)
    check_lists(items, first, mine, problems)
    for a, b in itertools.pairwise(items):
        if a.get("q") == b.get("q"):
            problems.append(f"{b.get('id')}: repeats the previous question")
    counts = Counter(i.get("kind") for i in items)
    for kind, exact in EXACT.items():
        if counts[kind] != exact:
            problems.append(f"kind {kind}: {counts[kind]} items, expected {exact}")
    if len(items) != 120:
        problems.append(f"{len(items)} items, expected 120")
    casual = sum(1 for i in items if i.get("kind") == "factoid" and i["q"] == i["q"].lower())
    new_titles = {a.title for a in mine}
    new_casual = sum(
        1
        for i in items
        if i.get("kind") == "factoid"
        and i["q"] == i["q"].lower()
        and i.get("articles")
        and all(any(f in t for t in new_titles) for f in i["articles"])
    )
    if new_casual < NEW_CASUAL:
        problems.append(f"{new_casual} lowercase factoids about new articles, {NEW_CASUAL} needed")
    for kind in EXACT:
        print(f"{kind:<10} {counts[kind]}")
    print(
        f"{'total':<10} {len(items)}  ({convs} conversations, {casual} lowercase factoids, {new_casual} on new articles)"
    )
    for art in first + mine:
        words = len(art.text.split())
        print(
            f"  {art.name:<40} {art.date!s:<10} {words:>4}w  {art.source or '-':<20} {art.title[:50]}"
        )
    for problem in problems:
        print("PROBLEM", problem)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
