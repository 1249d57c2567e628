#!/usr/bin/env python3
"""Validate kinds_bf/kinds_qa.jsonl against its corpus (standalone; only the standard library;
adapted from kinds_ax/check.py).

usage: python3 check.py [QA.jsonl]

Checks JSON, fields and types, unique sequential ids bf001-bf120, max_chars by kind, exact counts per kind,
conversations (ids cbf1-cbf6, consecutive, each a factoid followed by exactly two followup turns),
every `articles` fragment matching exactly one headline of the 14 articles, at least 24 lowercase
factoids about the 10 new articles, unanswerable items carrying no any/all/articles, list items being
exhaustive (every article whose visible text holds the term, or whose date falls in the month, is listed,
and no other), the `when` items for the oldest, newest and earlier story naming the right article, the
nine decoy near-miss questions covering the three hidden paragraphs and six sidebar headlines, and the
corpus shape (10 articles of 650-850 words: 2 .md with front matter holding title, publisher and published,
3 .html of which 1 dated by <time datetime>, 1 by JSON-LD only (no <time>, no date in the visible byline)
and 1 by a visible byline only (no <time>, no date in JSON-LD), 5 .txt, each with a headline, a "By"
byline and a dateline, of which 3 are dated by a wire dateline (one each from Reuters, AFP and AP) and
2 by a "Published: Weekday D Month YYYY" line with a "CITY —" dateline; weekdays matching the dates;
dates between 2025-01 and 2026-11, two of them in the same month; the two stories of each pair at least
one year apart; the two publishers named only in front matter absent from all visible text; each HTML
page with nav, footer, scripts including JSON-LD, a cookie banner, exactly one display:none paragraph
inside <article>, a "Most read" sidebar of three headlines and a "Related stories" box outside <article>,
the box's numbers absent from the article), the page decoys (hidden paragraphs and sidebar headlines)
being present in the raw HTML but absent from every article's visible text, and every `any`/`all`
variant occurring in the visible text of one of the item's articles (HTML: <h1> and <article> without
scripts or hidden elements; Markdown: the body after the front matter; a `when` variant may instead
render the article's publication date). Prints counts per kind and each article's parsed date, word
count and date source, then OK or the problems.
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
PREFIX, CONV_PREFIX = "bf", "cbf"
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
# Facts that appear only in a hidden paragraph ("hidden") or a "Most read" headline ("sidebar").
DECOYS = {
    "havran-tabor-brewhouse-fire.html": {
        "hidden": ["arrested a 34-year-old former employee"],
        "sidebar": [
            "move brewing to poland",
            "tap water unsafe",
            "cost 20% more in czech pubs",
        ],
    },
    "seoul-subway-fare-rise.html": {
        "hidden": ["scrap free rides for over-65s"],
        "sidebar": [
            "union to strike from july 15",
            "run 24 hours on weekends",
            "taxi base fare jumps to 6,000 won",
        ],
    },
    "cappadocia-balloon-flights-suspended.html": {
        "hidden": ["took off without permission"],
        "sidebar": [
            "double in price from march",
            "shut by snow until february",
            "cap cappadocia balloons at 100 a day",
        ],
    },
}
# The near-miss questions that can only be "answered" from a decoy: question id -> decoy phrase.
DECOY_QUESTIONS = {
    "bf096": "arrested a 34-year-old former employee",
    "bf097": "move brewing to poland",
    "bf098": "tap water unsafe",
    "bf099": "scrap free rides for over-65s",
    "bf100": "union to strike from july 15",
    "bf101": "run 24 hours on weekends",
    "bf102": "took off without permission",
    "bf103": "double in price from march",
    "bf104": "cap cappadocia balloons at 100 a day",
}
# Exhaustive lists: question id -> terms searched in every visible text, or a "YYYY-MM" month.
LISTS = {
    "bf063": ["alibaba"],
    "bf064": ["huawei"],
    "bf065": ["microsoft"],
    "bf066": ["joe rogan"],
    "bf067": ["cadillac", "formula one"],
    "bf068": ["reuters"],
    "bf069": "2026-03",
}
# `when` items about the order of stories: question id -> "oldest", "newest" or "earlier".
ORDER = {"bf093": "oldest", "bf094": "newest", "bf095": "earlier"}
# The two stories of each pair, at least one year apart.
PAIRS = [
    ("waterford-all-ireland-hurling-final.md", "power-retires-cruciate-injury.txt"),
    ("havran-brewery-record-exports.txt", "havran-tabor-brewhouse-fire.html"),
]
# Publishers named only in front matter: they must not occur in any visible article text.
FRONT_ONLY_PUBLISHERS = ["the long puckout", "hebrides energy digest"]
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
WIRES = {"Reuters", "AFP", "AP"}
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
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
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
        self.weekday = None
        self.wire = None


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


def strip_hidden(raw):
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
    hidden = r"<(\w+)\b[^>]*display\s*:\s*none[^>]*>.*?</\1>"
    return re.sub(hidden, " ", raw, flags=re.S | re.I)


def visible_html(raw):
    raw = strip_hidden(raw)
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
    art_weekday = None
    if date is None:
        date = re.search(r"((\w+day), \w+ \d{1,2}, \d{4})", text)
        source = "html visible byline" if date else None
        art_weekday = date and date.group(2).lower()
    title = html.unescape(title)
    art = Article(path.name, title, text, parse_date(date and date.group(1)), source)
    art.weekday = art_weekday
    art.raw = raw
    return art


def load_md(path):
    raw = path.read_text(encoding="utf-8")
    front = re.match(r"---\n(.*?)\n---\n", raw, flags=re.S)
    if front:
        meta = dict(re.findall(r"^(\w+):\s*(.*)$", front.group(1), flags=re.M))
        title = meta["title"].strip().strip('"')
        body = raw[front.end() :]
        art = Article(path.name, title, body, parse_date(meta.get("published")), "md front matter")
        art.meta = set(meta)
        art.front = norm(front.group(1))
        return art
    title = re.search(r"^# (.+)$", raw, flags=re.M).group(1)
    return Article(path.name, title, raw, None, None)


def load_txt(path):
    raw = path.read_text(encoding="utf-8")
    title = raw.splitlines()[0]
    date = re.search(r"^Published: ((\w+day) \d{1,2} \w+ \d{4})$", raw, flags=re.M)
    source = "txt published line" if date else None
    weekday = date and date.group(2).lower()
    wire_name = None
    if date is None:
        wire = (
            r"^[A-Z][A-Z ]+,(?: [A-Z][A-Za-z ]+,)? (\w+\.? \d{1,2}, \d{4}) \((Reuters|AFP|AP)\) -"
        )
        date = re.search(wire, raw, flags=re.M)
        source = "txt wire dateline" if date else None
        wire_name = date and date.group(2)
    art = Article(path.name, title, raw, parse_date(date and date.group(1)), source)
    art.weekday = weekday
    art.wire = wire_name
    art.byline = bool(re.search(r"^By [A-Z]", raw, flags=re.M))
    art.dateline = bool(
        re.search(
            r"^[A-Z][A-Z ]+(?:, [A-Z][A-Za-z ]+)?(?:, \w+\.? \d{1,2}, \d{4} \(\w+\))? [-\u2014] ",
            raw,
            flags=re.M,
        )
    )
    art.city_dash = bool(re.search(r"^[A-Z][A-Z ]+ \u2014 ", raw, flags=re.M))
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


def check_html(art, problems):
    raw = art.raw
    low = raw.lower()
    article = re.search(r"<article\b.*?</article>", raw, flags=re.S | re.I)
    article = article.group(0) if article else ""
    box = re.search(r"<aside\b.*?related stories(.*?)</aside>", raw, flags=re.S | re.I)
    if not box:
        problems.append(f"corpus {art.name}: no 'Related stories' box in an <aside>")
    else:
        text = html.unescape(re.sub(r"<[^>]+>", " ", box.group(1)))
        numbers = re.findall(r"\d[\d,.]*\d|\d", text)
        if not numbers:
            problems.append(f"corpus {art.name}: the 'Related stories' box holds no numbers")
        for num in numbers:
            if re.search(rf"(?<![\d,.]){re.escape(num)}(?![\d]|[,.]\d)", art.text):
                problems.append(f"corpus {art.name}: related-box number {num} is in the article")
    hidden = re.findall(r"display\s*:\s*none", raw, flags=re.I)
    if len(hidden) != 1:
        problems.append(f"corpus {art.name}: {len(hidden)} hidden elements, expected 1")
    if not re.search(r"<p\b[^>]*display\s*:\s*none[^>]*>", article, flags=re.I):
        problems.append(f"corpus {art.name}: no hidden display:none paragraph inside <article>")
    most = re.search(r"<aside\b.*?most read(.*?)</aside>", raw, flags=re.S | re.I)
    if not most:
        problems.append(f"corpus {art.name}: no 'Most read' sidebar in an <aside>")
    else:
        heads = re.findall(r"<li\b", most.group(1).split("Related stories")[0], flags=re.I)
        if len(heads) != 3:
            problems.append(
                f"corpus {art.name}: 'Most read' holds {len(heads)} headlines, expected 3"
            )
    if "most read" in art.text or re.search(r"<aside", article, re.I):
        problems.append(f"corpus {art.name}: the sidebar sits inside <article>")
    for tag in ("<nav", "<footer", "<script", "cookie", "application/ld+json"):
        if tag not in low:
            problems.append(f"corpus {art.name}: no {tag}")
    jsonld = re.search(r"application/ld\+json\">(.*?)</script>", raw, flags=re.S)
    jsonld_date = bool(jsonld and re.search(r"date(Published|Modified|Created)", jsonld.group(1)))
    byline = re.search(r"<p class=\"byline\">(.*?)</p>", raw, flags=re.S)
    byline_date = bool(
        byline and (re.search(r"\d{4}", byline.group(1)) or "<time" in byline.group(1))
    )
    if art.source == "html json-ld" and (byline_date or "<time" in low):
        problems.append(
            f"corpus {art.name}: JSON-LD-dated page also shows a date in <time> or the byline"
        )
    if art.source == "html visible byline" and (jsonld_date or "<time" in low):
        problems.append(f"corpus {art.name}: byline-dated page has a date in JSON-LD or a <time>")
    if not byline:
        problems.append(f"corpus {art.name}: no visible byline")


def check_corpus(mine, problems):
    if len(mine) != 10:
        problems.append(f"corpus: {len(mine)} articles, expected 10")
    formats = Counter(Path(a.name).suffix for a in mine)
    if formats != Counter(FORMATS):
        problems.append(f"corpus formats {dict(formats)}, expected {FORMATS}")
    sources = Counter(a.source for a in mine)
    if sources != Counter(DATE_SOURCES):
        problems.append(f"corpus date sources {dict(sources)}, expected {DATE_SOURCES}")
    wires = sorted(a.wire for a in mine if a.wire)
    if sorted(wires) != sorted(WIRES):
        problems.append(f"corpus wire datelines {wires}, expected one each of {sorted(WIRES)}")
    for art in mine:
        words = len(art.text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"corpus {art.name}: {words} words")
        if art.date is None:
            problems.append(f"corpus {art.name}: no publication date found")
        elif not FIRST_DAY <= art.date <= LAST_DAY:
            problems.append(f"corpus {art.name}: date {art.date} out of range")
        if art.weekday and art.date and DAYS[art.date.weekday()] != art.weekday:
            problems.append(f"corpus {art.name}: {art.weekday} does not match {art.date}")
        if art.name.endswith(".md") and not getattr(art, "meta", set()) >= FRONT_KEYS:
            problems.append(f"corpus {art.name}: front matter lacks one of {sorted(FRONT_KEYS)}")
        if art.name.endswith(".txt"):
            if not (art.byline and art.dateline):
                problems.append(f"corpus {art.name}: no 'By' byline line or no dateline")
            if art.source == "txt published line" and not art.city_dash:
                problems.append(
                    f"corpus {art.name}: 'Published:' story without a 'CITY —' dateline"
                )
        if art.name.endswith(".html"):
            check_html(art, problems)
    by_name = {a.name: a for a in mine}
    for one, two in PAIRS:
        a, b = by_name.get(one), by_name.get(two)
        if not (a and b and a.date and b.date):
            problems.append(f"pair {one} / {two}: missing article or date")
            continue
        early, late = sorted([a.date, b.date])
        try:
            year_on = early.replace(year=early.year + 1)
        except ValueError:
            year_on = early + datetime.timedelta(days=365)
        if late < year_on:
            problems.append(f"pair {one} / {two}: {early} and {late} are less than a year apart")


def check_decoys(first, mine, problems):
    for name, groups in DECOYS.items():
        path = CORPUS / name
        if not path.exists():
            problems.append(f"decoy page {name} missing")
            continue
        raw = path.read_text(encoding="utf-8")
        page = norm(html.unescape(raw))
        hidden = " ".join(
            re.findall(r"<p\b[^>]*display\s*:\s*none[^>]*>(.*?)</p>", raw, flags=re.S | re.I)
        )
        most = re.search(r"most read(.*?)related stories", raw, flags=re.S | re.I)
        places = {
            "hidden": norm(html.unescape(hidden)),
            "sidebar": norm(html.unescape(most.group(1) if most else "")),
        }
        for where, phrases in groups.items():
            for phrase in phrases:
                if norm(phrase) not in page:
                    problems.append(f"decoy {name}: {phrase!r} missing from the raw page")
                elif norm(phrase) not in places[where]:
                    problems.append(f"decoy {name}: {phrase!r} is not in the {where} part")
                if any(norm(phrase) in art.text for art in first + mine):
                    problems.append(f"decoy {name}: {phrase!r} is visible article text")


def check_extra(first, mine, problems):
    """Front-matter-only publishers, the front matter naming them, and two stories in one month."""
    for publisher in FRONT_ONLY_PUBLISHERS:
        fronts = [a.name for a in mine if publisher in getattr(a, "front", "")]
        if len(fronts) != 1:
            problems.append(f"publisher {publisher!r}: in {len(fronts)} front matters, expected 1")
        if any(publisher in art.text or publisher in art.title for art in first + mine):
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
    if not isinstance(item["q"], str) or not item["q"].strip():
        problems.append(f"{iid}: empty question")
    if not isinstance(item["answerable"], bool):
        problems.append(f"{iid}: answerable must be true or false")
    if item["kind"] not in EXACT:
        problems.append(f"{iid}: unknown kind {item['kind']}")
    want = 1200 if item["kind"] in LONG else 600
    if item["max_chars"] != want:
        problems.append(f"{iid}: max_chars {item['max_chars']}, expected {want}")
    if not isinstance(item["any"], list) or not isinstance(item["articles"], list):
        problems.append(f"{iid}: any/articles must be lists")
    if "all" in item and not (
        isinstance(item["all"], list) and all(isinstance(g, list) and g for g in item["all"])
    ):
        problems.append(f"{iid}: all must be a list of non-empty lists")
    if item["kind"] in {"compare", "multi"} and len(item.get("all", [])) < 2:
        problems.append(f"{iid}: {item['kind']} item needs at least two `all` groups")
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


def articles_of(item, by_title):
    return [a for frag in item["articles"] for t, a in by_title.items() if frag in t]


def check_variants(item, by_title, problems):
    arts = articles_of(item, by_title)
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


def check_lists(items, first, mine, by_title, problems):
    by_id = {i["id"]: i for i in items}
    for iid, terms in LISTS.items():
        item = by_id.get(iid)
        if not item or item["kind"] != "list":
            problems.append(f"{iid}: expected a list item")
            continue
        listed = {a.name for a in articles_of(item, by_title)}
        if isinstance(terms, str):
            year, month = map(int, terms.split("-"))
            want = {a.name for a in mine if a.date and (a.date.year, a.date.month) == (year, month)}
        else:
            want = {a.name for a in first + mine if any(norm(t) in a.text for t in terms)}
        if listed != want:
            problems.append(
                f"{iid}: list not exhaustive: missing {sorted(want - listed)}, extra {sorted(listed - want)}"
            )
    listed_ids = {i["id"] for i in items if i["kind"] == "list"}
    if listed_ids != set(LISTS):
        problems.append(f"list items {sorted(listed_ids)} differ from the checked {sorted(LISTS)}")


def check_order(items, mine, by_title, problems):
    by_id = {i["id"]: i for i in items}
    dated = [a for a in mine if a.date]
    for iid, what in ORDER.items():
        item = by_id.get(iid)
        if not item or item["kind"] != "when":
            problems.append(f"{iid}: expected a when item")
            continue
        arts = articles_of(item, by_title)
        if what == "oldest":
            ok = len(arts) == 1 and arts[0].date == min(a.date for a in dated)
        elif what == "newest":
            ok = len(arts) == 1 and arts[0].date == max(a.date for a in dated)
        else:
            ok = len(arts) == 2 and arts[0].date and arts[1].date and arts[0].date < arts[1].date
            if ok:
                ok = all(norm(v) not in arts[1].text for v in item["any"][:1])
        if not ok:
            problems.append(f"{iid}: the {what} article is not the one listed (first)")


def check_decoy_questions(items, problems):
    by_id = {i["id"]: i for i in items}
    where = {p: w for groups in DECOYS.values() for w, ps in groups.items() for p in ps}
    used = Counter(where.get(p) for p in DECOY_QUESTIONS.values())
    if used != Counter({"hidden": 3, "sidebar": 6}):
        problems.append(f"decoy questions cover {dict(used)}, expected 3 hidden and 6 sidebar")
    if len(set(DECOY_QUESTIONS.values())) != len(DECOY_QUESTIONS):
        problems.append("two decoy questions share one decoy")
    for iid in DECOY_QUESTIONS:
        if by_id.get(iid, {}).get("kind") != "near_miss":
            problems.append(f"{iid}: decoy question is not a near_miss item")


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
            if conv != f"{CONV_PREFIX}{len(seen) + 1}":
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
    check_extra(first, mine, problems)
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
        if item.get("id") != f"{PREFIX}{n:03d}":
            problems.append(f"line {n}: id {item.get('id')!r}, expected {PREFIX}{n:03d}")
        check_item(item, list(by_title), problems)
        if item.get("answerable") and "articles" in item:
            check_variants(item, by_title, problems)
    good = [i for i in items if set(i) >= FIELDS]
    convs = check_conversations(good, problems)
    check_lists(good, first, mine, by_title, problems)
    check_order(good, mine, by_title, problems)
    check_decoy_questions(good, problems)
    for a, b in itertools.pairwise(items):
        if a.get("q") == b.get("q"):
            problems.append(f"{b.get('id')}: repeats the previous question")
    dupes = [q for q, n in Counter(i.get("q") for i in items).items() if n > 1]
    if dupes:
        problems.append(f"repeated questions: {dupes}")
    counts = Counter(i.get("kind") for i in items)
    for kind, exact in EXACT.items():
        if counts[kind] != exact:
            problems.append(f"kind {kind}: {counts[kind]} items, expected {exact}")
    if len(items) != 120:
        problems.append(f"{len(items)} items, expected 120")
    casual = sum(1 for i in good if i["kind"] == "factoid" and i["q"] == i["q"].lower())
    new_titles = {a.title for a in mine}
    new_casual = sum(
        1
        for i in good
        if i["kind"] == "factoid"
        and i["q"] == i["q"].lower()
        and i["articles"]
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
            f"  {art.name:<42} {art.date!s:<10} {words:>4}w  {art.source or '-':<20} {art.title[:50]}"
        )
    for problem in problems:
        print("PROBLEM", problem)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
