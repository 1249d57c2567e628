#!/usr/bin/env python3
"""Validate kinds_bz/kinds_qa.jsonl against its corpus (standalone; only the standard library;
adapted from kinds_bt/check.py).

usage: python3 check.py [QA.jsonl]

Checks JSON, fields and types, unique sequential ids bz001-bz120, max_chars by kind, exact counts per kind,
conversations (ids cbz1-cbz6, consecutive, each a factoid followed by exactly two followup turns; cbz4's
third turn moves to another article), every `articles` fragment matching exactly one headline of the 14
articles, at least 24 lowercase factoids about the 10 new articles, 3 factoids about the first corpus, two
"why" factoids, three multi items spanning the two stories of a pair, compare items with two `all` groups,
when items covering every date source, unanswerable items carrying no any/all/articles, list items being
exhaustive (every article whose visible text holds the term, or whose date is in the month, and no other),
no question copied from kinds_bt, the corpus shape (10 articles of 650-850 words: 2 .md with front matter
holding title, publisher and published, 3 .html of which 1 dated by <time datetime>, 1 by JSON-LD only (no
<time>, no date in the visible text) and 1 by a visible byline only (JSON-LD without any date), 5 .txt, each
with a headline, a "By" byline and a dateline, of which 3 are dated by a wire dateline (one each of Reuters,
AFP and AP) and 2 by a "Published: Weekday D Month YYYY" line whose weekday is right; dates between 2025-01
and 2026-11, two of them in the same month; the two stories of each pair at least one year apart and sharing
their people and places; the two publishers named only in front matter absent from all visible text; each
HTML page with nav, footer, scripts including JSON-LD, a cookie banner, exactly one display:none paragraph
inside <article>, a "Most read" sidebar of 3 headlines and a "Related stories" box outside <article>, the
box's numbers absent from the article), the page decoys (hidden paragraphs and sidebar headlines) being
present in the raw HTML but absent from every article's visible text, and every `any`/`all` variant
occurring in the visible text of one of the item's articles (HTML: <h1> and <article> without scripts or
hidden elements; Markdown: the body after the front matter; a `when` variant may instead render the
article's publication date). Prints counts per kind and each article's parsed date, word count and date
source, then OK or the problems.
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
    "cuenca-panama-hat-milan-contract.html": [
        "second shop in cuenca's historic centre",
        "buys toquilla palm plantations",
        "bans export of unfinished",
        "knight of the italian republic",
    ],
    "seceda-meadow-turnstile-fee.html": [
        "buy the seceda meadows from the farmers for 12 million euros",
        "cap passengers at 3,000 a day",
        "bans drones",
        "double seceda turnstile fee",
    ],
    "banff-wildlife-overpass-elk-collisions.html": [
        "70 km/h",
        "daily fee to enter the townsite",
        "ya ha tinda",
        "grizzly named the boss",
    ],
}
# Publishers named only in front matter: they must not occur in any visible article text.
FRONT_ONLY_PUBLISHERS = ["powder line japan", "tagus transit news"]
# The two pairs: stories at least a year apart that share people, places and organisations.
PAIRS = {
    ("cuenca-panama-hat-weavers-floods.txt", "cuenca-panama-hat-milan-contract.html"): [
        "azuay toquilla weavers' cooperative",
        "rosa quizhpi",
        "mayra guamán",
        "julio pincay",
        "esteban sarmiento",
        "pile",
        "manabí",
        "sígsig",
        "paute",
        "unesco",
    ],
    ("hokkaido-ski-resort-chairlift-accident.md", "hokkaido-ski-resort-record-season.txt"): [
        "shiroiwa kogen",
        "takeshi hanada",
        "yumiko sato",
        "josh whitfield",
        "rankoshi",
        "niseko",
        "tower 7",
        "kita",
        "melbourne",
    ],
}
# List questions: the articles must be exactly those whose visible text holds one of the terms
# (or, for a month, whose publication date falls in it).
LISTS = {
    "bz063": ("text", ["alibaba"]),
    "bz064": ("text", ["huawei"]),
    "bz065": ("text", ["microsoft"]),
    "bz066": ("text", ["rogan"]),
    "bz067": ("text", ["cadillac", "formula one"]),
    "bz068": ("text", ["reuters"]),
    "bz069": ("month", (2026, 5)),
}
WIRES = {"reuters", "afp", "ap"}
FIRST_FACTOIDS = 3
WHY_FACTOIDS = 2
PAIR_MULTIS = 3
MIN_WORDS, MAX_WORDS = 650, 850
FORMATS = {".md": 2, ".html": 3, ".txt": 5}
DATE_SOURCES = {
    "md front matter": 2,
    "html <time>": 1,
    "html json-ld": 1,
    "html visible byline": 1,
    "txt wire dateline": 3,
    "txt published line": 2,
}
FRONT_KEYS = {"title", "publisher", "published"}
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
        art = Article(path.name, title, body, parse_date(meta.get("published")), "md front matter")
        art.meta = set(meta)
        return art
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
        wire = (
            r"^[A-Z][A-Z ]+,(?: [A-Z][A-Za-z ]+,)? (\w+\.? \d{1,2}, \d{4}) \((Reuters|AFP|AP)\) -"
        )
        date = re.search(wire, raw, flags=re.M)
        source = "txt wire dateline" if date else None
    art = Article(path.name, title, raw, parse_date(date and date.group(1)), source)
    art.published = date.group(1) if source == "txt published line" else None
    art.wire = date.group(2).lower() if source == "txt wire dateline" else None
    art.byline = bool(re.search(r"^By [A-Z]", raw, flags=re.M))
    art.dateline = bool(
        re.search(
            r"^[A-Z][A-Z ]+(?:, [A-Z][A-Za-z ]+)?(?:, \w+\.? \d{1,2}, \d{4} \(\w+\))? [-\u2014] ",
            raw,
            flags=re.M,
        )
    )
    return art


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
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"corpus {art.name}: {words} words")
        if art.date is None:
            problems.append(f"corpus {art.name}: no publication date found")
        elif not FIRST_DAY <= art.date <= LAST_DAY:
            problems.append(f"corpus {art.name}: date {art.date} out of range")
        if art.name.endswith(".md") and not getattr(art, "meta", set()) >= FRONT_KEYS:
            problems.append(f"corpus {art.name}: front matter lacks one of {sorted(FRONT_KEYS)}")
        if art.name.endswith(".txt") and not (art.byline and art.dateline):
            problems.append(f"corpus {art.name}: no 'By' byline line or no dateline")
        if art.name.endswith(".html"):
            raw = (CORPUS / art.name).read_text(encoding="utf-8")
            box = re.search(r"<aside\b.*?related stories(.*?)</aside>", raw, flags=re.S | re.I)
            if not box:
                problems.append(f"corpus {art.name}: no 'Related stories' box in an <aside>")
            else:
                text = html.unescape(re.sub(r"<[^>]+>", " ", box.group(1)))
                numbers = re.findall(r"\d[\d,.]*\d|\d", text)
                if not numbers:
                    problems.append(
                        f"corpus {art.name}: the 'Related stories' box holds no numbers"
                    )
                for num in numbers:
                    if re.search(rf"(?<![\d,.]){re.escape(num)}(?![\d]|[,.]\d)", art.text):
                        problems.append(
                            f"corpus {art.name}: related-box number {num} is in the article"
                        )
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


def check_extra(first, mine, problems):
    """Front-matter-only publishers, the front matter naming them, and two stories in one month."""
    for publisher in FRONT_ONLY_PUBLISHERS:
        fronts = [
            a.name
            for a in mine
            if a.name.endswith(".md")
            and publisher in norm((CORPUS / a.name).read_text(encoding="utf-8").split("---")[1])
        ]
        if len(fronts) != 1:
            problems.append(f"publisher {publisher!r}: in {len(fronts)} front matters, expected 1")
        if any(publisher in art.text for art in first + mine):
            problems.append(f"publisher {publisher!r}: occurs in visible article text")
    months = Counter((a.date.year, a.date.month) for a in mine if a.date)
    if not any(n >= 2 for n in months.values()):
        problems.append("corpus: no two stories published in the same month")


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


def check_shape_extra(mine, problems):
    """Date-source details, wire agencies, hidden paragraph placement, sidebar size and the pairs."""
    wires = Counter(getattr(a, "wire", None) for a in mine if a.source == "txt wire dateline")
    if set(wires) != WIRES or any(n != 1 for n in wires.values()):
        problems.append(
            f"corpus: wire agencies {dict(wires)}, expected one each of {sorted(WIRES)}"
        )
    for art in mine:
        if not art.name.endswith(".html"):
            continue
        raw = (CORPUS / art.name).read_text(encoding="utf-8")
        ld = " ".join(
            re.findall(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", raw, flags=re.S)
        )
        visible_date = re.search(
            r"\w+day, \w+ \d{1,2}, \d{4}|\d{1,2} (?:%s) \d{4}|(?:%s) \d{1,2}, \d{4}"
            % ("|".join(MONTHS), "|".join(MONTHS)),
            art.text,
        )
        if art.source == "html json-ld":
            if "<time" in raw.lower() or visible_date:
                problems.append(
                    f"corpus {art.name}: JSON-LD-dated page shows a <time> or a visible date"
                )
            if not re.search(r'<p class="byline">By ', raw):
                problems.append(f"corpus {art.name}: no visible byline")
        if art.source == "html visible byline" and re.search(r'"date\w*"', ld):
            problems.append(f"corpus {art.name}: byline-dated page has a date in its JSON-LD")
        if art.source == "html <time>" and not re.search(r'<p class="byline">By [^<]*<time', raw):
            problems.append(f"corpus {art.name}: the <time> is not in the byline")
        body = re.search(r"<article\b.*?</article>", raw, flags=re.S | re.I)
        if not body or not re.search(r"<p\b[^>]*display\s*:\s*none", body.group(0), flags=re.I):
            problems.append(f"corpus {art.name}: the hidden paragraph is not inside <article>")
        most = re.search(r"most read.*?<ol>(.*?)</ol>", raw, flags=re.S | re.I)
        if not most or len(re.findall(r"<li>", most.group(1))) != 3:
            problems.append(f"corpus {art.name}: the 'Most read' list does not hold 3 headlines")
    for art in mine:
        line = getattr(art, "published", None)
        if line is None:
            continue
        weekday = re.match(r"(\w+day) \d{1,2} \w+ \d{4}$", line.strip())
        if not weekday or art.date is None:
            problems.append(
                f"corpus {art.name}: 'Published:' line {line!r} is not 'Weekday D Month YYYY'"
            )
        elif weekday.group(1) != art.date.strftime("%A"):
            problems.append(
                f"corpus {art.name}: {art.date} is a {art.date.strftime('%A')}, not a {weekday.group(1)}"
            )
    by_name = {a.name: a for a in mine}
    for (old, new), shared in PAIRS.items():
        a, b = by_name.get(old), by_name.get(new)
        if not a or not b or not a.date or not b.date:
            problems.append(f"pair {old} / {new}: missing article or date")
            continue
        early, late = sorted([a.date, b.date])
        try:
            anniversary = early.replace(year=early.year + 1)
        except ValueError:
            anniversary = early.replace(year=early.year + 1, day=28)
        if late < anniversary:
            problems.append(f"pair {old} / {new}: {early} and {late} are less than a year apart")
        for name in shared:
            if name not in a.text or name not in b.text:
                problems.append(f"pair {old} / {new}: {name!r} not in both stories")


def check_lists(items, first, mine, problems):
    """Every list item names exactly the articles holding its term (or dated in its month)."""
    arts = first + mine
    for iid, (how, what) in LISTS.items():
        item = next((i for i in items if i.get("id") == iid), None)
        if item is None or item.get("kind") != "list":
            problems.append(f"{iid}: expected a list item")
            continue
        if how == "text":
            want = {a.title for a in arts if any(term in a.text for term in what)}
        else:
            want = {a.title for a in arts if a.date and (a.date.year, a.date.month) == what}
        got = {t for f in item["articles"] for t in (a.title for a in arts) if f in t}
        if want != got:
            problems.append(
                f"{iid}: articles {sorted(x[:30] for x in got)}, expected {sorted(x[:30] for x in want)}"
            )
        if len(item.get("all", [])) != len(want):
            problems.append(
                f"{iid}: {len(item.get('all', []))} 'all' groups for {len(want)} articles"
            )
    others = [i["id"] for i in items if i.get("kind") == "list" and i["id"] not in LISTS]
    if others:
        problems.append(f"list items without an exhaustiveness rule: {others}")


def check_kinds(items, first, mine, problems):
    """Per-kind requirements beyond the counts."""
    first_titles = {a.title for a in first}
    new = {a.title: a for a in mine}

    def titles(item):
        return {t for f in item["articles"] for t in list(first_titles) + list(new) if f in t}

    factoids = [i for i in items if i["kind"] == "factoid"]
    on_first = [i for i in factoids if i["articles"] and titles(i) <= first_titles]
    if len(on_first) != FIRST_FACTOIDS:
        problems.append(f"{len(on_first)} factoids on the first corpus, expected {FIRST_FACTOIDS}")
    why = [i for i in factoids if i["q"].lower().startswith("why")]
    if len(why) != WHY_FACTOIDS:
        problems.append(f"{len(why)} 'why' factoids, expected {WHY_FACTOIDS}")
    pair_sets = [set(p) for p in PAIRS]
    span = [
        i
        for i in items
        if i["kind"] == "multi" and {new[t].name for t in titles(i) if t in new} in pair_sets
    ]
    if len(span) < PAIR_MULTIS:
        problems.append(f"{len(span)} multi items span a pair, at least {PAIR_MULTIS} needed")
    for item in items:
        if item["kind"] in {"multi", "compare"} and len(item.get("all", [])) < 2:
            problems.append(f"{item['id']}: {item['kind']} item needs two 'all' groups")
    sources = {
        new[t].source
        for i in items
        if i["kind"] == "when" and len(i["articles"]) == 1
        for t in titles(i)
        if t in new
    }
    missing = set(DATE_SOURCES) - sources
    if missing:
        problems.append(f"when items miss date sources {sorted(missing)}")
    dated = sorted((a.date, a.title) for a in mine if a.date)
    qs = {i["q"].lower(): i for i in items if i["kind"] == "when"}
    oldest = [i for q, i in qs.items() if "oldest" in q]
    newest = [i for q, i in qs.items() if "recent" in q or "newest" in q]
    first_q = [i for q, i in qs.items() if "came first" in q]
    if not oldest or titles(oldest[0]) != {dated[0][1]}:
        problems.append("no 'oldest' when item naming the oldest article")
    if not newest or titles(newest[0]) != {dated[-1][1]}:
        problems.append("no 'newest' when item naming the newest article")
    if not first_q or len(first_q[0]["articles"]) != 2:
        problems.append("no 'which came first' when item over two articles")
    conv4 = [i for i in items if i.get("conversation") == "cbz4"]
    if len(conv4) == 3 and titles(conv4[2]) & titles(conv4[0]):
        problems.append("cbz4: the third turn does not move to another article")


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
            if conv != f"cbz{len(seen) + 1}":
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


def check_not_copied(items, problems):
    """No question may repeat a question of the model set kinds_bt word for word."""
    model = HERE.parent / "kinds_bt" / "kinds_qa.jsonl"
    if not model.exists():
        return
    theirs = set()
    for line in model.read_text(encoding="utf-8").splitlines():
        if line.strip():
            theirs.add(re.sub(r"[^a-z0-9]+", " ", norm(json.loads(line).get("q"))).strip())
    for item in items:
        if re.sub(r"[^a-z0-9]+", " ", norm(item.get("q"))).strip() in theirs:
            problems.append(f"{item.get('id')}: question copied from kinds_bt")


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else HERE / "kinds_qa.jsonl"
    problems = []
    first, mine = load_corpus()
    check_corpus(mine, problems)
    check_decoys(first, mine, problems)
    check_extra(first, mine, problems)
    check_shape_extra(mine, problems)
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
        if item.get("id") != f"bz{n:03d}":
            problems.append(f"line {n}: id {item.get('id')!r}, expected bz{n:03d}")
        check_item(item, list(by_title), problems)
        if item.get("answerable") and "articles" in item:
            check_variants(item, by_title, problems)
    convs = check_conversations(items, problems)
    check_not_copied(items, problems)
    check_lists(items, first, mine, problems)
    check_kinds(items, first, mine, problems)
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
