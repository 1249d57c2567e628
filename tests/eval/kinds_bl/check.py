#!/usr/bin/env python3
"""Validate kinds_bl/kinds_qa.jsonl against its corpus (standalone; only the standard library;
adapted from kinds_ax/check.py).

usage: python3 check.py [QA.jsonl]

Checks JSON, fields and types, unique sequential ids bl001-bl120, max_chars by kind, exact counts per kind,
conversations (ids cbl1-cbl6, consecutive, each a factoid followed by exactly two followup turns, cbl4's
last turn citing a different article from its first), every `articles` fragment matching exactly one
headline of the 14 articles, at least 24 lowercase factoids about the 10 new articles, at least 3 factoids
about the first corpus and 2 "why" factoids, unanswerable items carrying no any/all/articles, list items
being exhaustive (every article whose visible text holds the term, or whose date is in the month, and no
other), the corpus shape (10 articles of 650-850 words: 2 .md with front matter holding title, publisher and
published, 3 .html of which 1 dated by <time datetime>, 1 by JSON-LD only (no <time>, no date in the
visible text) and 1 by a visible byline only (no <time>, no date in its JSON-LD), 5 .txt, each with a
headline, a "By" byline and a dateline, of which 3 are dated by a wire dateline (one each of Reuters, AFP
and AP) and 2 by a "Published:" line; dates between 2025-01 and 2026-11, two of them in the same month;
the two stories of each pair at least a year apart and sharing their names; the first-corpus names each
mentioned by a new article; the two publishers named only in front matter absent from all visible text;
each HTML page with nav, footer, scripts including JSON-LD, a cookie banner, exactly one display:none
paragraph inside <article>, a "Most read" sidebar of 3 headlines and a "Related stories" box outside
<article>, the box's numbers absent from the article), the page decoys (hidden paragraphs and sidebar
headlines) being present in the raw HTML but absent from every article's visible text, each decoy
near_miss question pointing at one decoy, and every `any`/`all` variant occurring in the visible text of
one of the item's articles (HTML: <h1> and <article> without scripts or hidden elements; Markdown: the
body after the front matter; a `when` variant may instead render the article's publication date).
Prints counts per kind and each article's parsed date, word count and date source, then OK or the problems.
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
PREFIX, CONV = "bl", "cbl"
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
FIRST_FACTOIDS = 3
WHY_FACTOIDS = 2
# Facts that appear only in a hidden paragraph (first phrase) or a "Most read" headline of a page.
DECOYS = {
    "sonnstock-funicular-haul-cable-closure.html": [
        "gondola lift costing 22 million francs",
        "sold to qatari investment fund",
        "cable checks on every swiss funicular",
        "gersau ferry pier to close for rebuilding",
    ],
    "seville-triana-flamenco-festival-record.html": [
        "rosalía will headline the 2027 closing night",
        "publish her memoirs with planeta",
        "cuts festival funding by half",
        "teatro lope de vega to close for two-year renovation",
    ],
    "ikaria-honey-cooperative-heatwave-harvest.html": [
        "fined 85,000 euros",
        "bans beekeepers from other islands",
        "sold in lidl stores across germany",
        "kalogeridis to stand for regional governor",
    ],
}
# near_miss questions that can only be "answered" from a decoy: id -> decoy phrase.
DECOY_QUESTIONS = {
    "bl096": "gondola lift costing 22 million francs",
    "bl097": "sold to qatari investment fund",
    "bl098": "cable checks on every swiss funicular",
    "bl099": "rosalía will headline the 2027 closing night",
    "bl100": "publish her memoirs with planeta",
    "bl101": "cuts festival funding by half",
    "bl102": "fined 85,000 euros",
    "bl103": "bans beekeepers from other islands",
    "bl104": "sold in lidl stores across germany",
}
# Publishers named only in front matter: they must not occur in any visible article text.
FRONT_ONLY_PUBLISHERS = ["chai market weekly", "clyde business weekly"]
# The two stories of each pair, at least a year apart, and names both must carry.
PAIRS = [
    (
        "sonnstock-funicular-haul-cable-closure.html",
        "sonnstock-funicular-record-riders.txt",
        [
            "sonnstockbahn",
            "gersau",
            "urs bachmann",
            "marlies camenzind",
            "beat inderbitzin",
            "seilwerk arbon",
            "hotel sonnstock kulm",
            "schwyz",
            "federal office of transport",
        ],
    ),
    (
        "mombasa-purple-tea-record-price.md",
        "kenya-tea-pickers-strike-auction.txt",
        [
            "kapkoros",
            "grace chepkemoi",
            "joseph tanui",
            "ahmed bakari",
            "tsavo tea brokers",
            "east african tea trade association",
            "nandi hills",
            "kericho",
            "14 shillings",
        ],
    ),
]
# First-corpus names that new articles must mention in passing (any of each group).
FIRST_NAMES = [
    ["huawei"],
    ["alibaba"],
    ["microsoft"],
    ["joe rogan"],
    ["formula one", "cadillac"],
    ["reuters"],
]
# list items: id -> terms (an article belongs when its visible text holds any of them) or "month:YYYY-MM".
LIST_TERMS = {
    "bl063": ["alibaba"],
    "bl064": ["huawei"],
    "bl065": ["microsoft"],
    "bl066": ["joe rogan"],
    "bl067": ["cadillac", "formula one"],
    "bl068": ["reuters"],
    "bl069": "month:2026-09",
}
WIRES = {"Reuters": 1, "AFP": 1, "AP": 1}
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
UNANSWERABLE = {"near_miss", "off_topic", "greeting", "injection"}
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
VISIBLE_DATE = r"(\w+day, \w+ \d{1,2}, \d{4})"


def norm(text):
    text = str(text or "").lower()
    for curly, straight in _QUOTES.items():
        text = text.replace(curly, straight)
    return _SPACES.sub(" ", text).strip()


class Article:
    def __init__(self, name, title, text, date, source=None):
        self.name, self.title, self.text, self.date = name, norm(title), norm(text), date
        self.source = source
        self.raw_visible = text


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


def json_ld(raw):
    blocks = re.findall(
        r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", raw, flags=re.S | re.I
    )
    out = []
    for block in blocks:
        try:
            out.append(json.loads(block))
        except json.JSONDecodeError:
            out.append(None)
    return out


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
        date = re.search(VISIBLE_DATE, text)
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


WIRE = r"^[A-Z][A-Z ]+,(?: [A-Z][A-Za-z ]+,)? (\w+\.? \d{1,2}, \d{4}) \((Reuters|AFP|AP)\) -"


def load_txt(path):
    raw = path.read_text(encoding="utf-8")
    title = raw.splitlines()[0]
    date = re.search(r"^Published: (.+)$", raw, flags=re.M)
    source = "txt published line" if date else None
    agency = None
    if date is None:
        date = re.search(WIRE, raw, flags=re.M)
        source = "txt wire dateline" if date else None
        agency = date and date.group(2)
    art = Article(path.name, title, raw, parse_date(date and date.group(1)), source)
    art.agency = agency
    art.byline = bool(re.search(r"^By [A-Z]", raw, flags=re.M))
    art.dateline = bool(
        re.search(
            r"^[A-Z][A-Z ]+(?:, [A-Z][A-Za-z ]+)?(?:, \w+\.? \d{1,2}, \d{4} \(\w+\))? [-\u2014] ",
            raw,
            flags=re.M,
        )
    )
    if source == "txt published line":
        weekday = re.match(r"(\w+day) ", date.group(1))
        if art.date and (not weekday or weekday.group(1) != art.date.strftime("%A")):
            art.bad_weekday = True
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
    raw = (CORPUS / art.name).read_text(encoding="utf-8")
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
    inside = re.search(r"<article\b.*?</article>", raw, flags=re.S | re.I)
    if not inside or not re.search(r"<p\b[^>]*display\s*:\s*none[^>]*>", inside.group(0), re.I):
        problems.append(
            f"corpus {art.name}: the hidden element is not a paragraph inside <article>"
        )
    most = re.search(r"<aside\b.*?most read(.*?)</(?:div|section)>", raw, flags=re.S | re.I)
    if not most:
        problems.append(f"corpus {art.name}: no 'Most read' sidebar in an <aside>")
    elif len(re.findall(r"<li\b", most.group(1))) != 3:
        problems.append(f"corpus {art.name}: the 'Most read' list does not hold 3 headlines")
    if "most read" in art.text or re.search(
        r"<article\b(?:(?!</article>).)*<aside", raw, re.S | re.I
    ):
        problems.append(f"corpus {art.name}: the sidebar sits inside <article>")
    for tag in ("<nav", "<footer", "<script", "cookie", "application/ld+json"):
        if tag not in raw.lower():
            problems.append(f"corpus {art.name}: no {tag}")
    has_time = "<time" in raw.lower()
    ld_dates = [key for block in json_ld(raw) for key in (block or {}) if "date" in key.lower()]
    visible_date = re.search(VISIBLE_DATE, art.raw_visible)
    if art.source == "html json-ld" and (has_time or visible_date):
        problems.append(f"corpus {art.name}: JSON-LD-dated page also has <time> or a visible date")
    if art.source == "html visible byline" and (has_time or ld_dates):
        problems.append(f"corpus {art.name}: byline-dated page also has <time> or a JSON-LD date")
    if art.source == "html visible byline" and not re.search(
        r"class=\"byline\"[^>]*>[^<]*" + VISIBLE_DATE, raw
    ):
        problems.append(f"corpus {art.name}: the visible date is not in the byline")


def check_corpus(mine, problems):
    if len(mine) != 10:
        problems.append(f"corpus: {len(mine)} articles, expected 10")
    formats = Counter(Path(a.name).suffix for a in mine)
    if formats != Counter(FORMATS):
        problems.append(f"corpus formats {dict(formats)}, expected {FORMATS}")
    sources = Counter(a.source for a in mine)
    if sources != Counter(DATE_SOURCES):
        problems.append(f"corpus date sources {dict(sources)}, expected {DATE_SOURCES}")
    agencies = Counter(getattr(a, "agency", None) for a in mine if a.source == "txt wire dateline")
    if agencies != Counter(WIRES):
        problems.append(f"corpus wire agencies {dict(agencies)}, expected {WIRES}")
    for art in mine:
        words = len(art.text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"corpus {art.name}: {words} words")
        if art.date is None:
            problems.append(f"corpus {art.name}: no publication date found")
        elif not FIRST_DAY <= art.date <= LAST_DAY:
            problems.append(f"corpus {art.name}: date {art.date} out of range")
        if getattr(art, "bad_weekday", False):
            problems.append(f"corpus {art.name}: 'Published:' weekday does not match {art.date}")
        if art.name.endswith(".md") and not getattr(art, "meta", set()) >= FRONT_KEYS:
            problems.append(f"corpus {art.name}: front matter lacks one of {sorted(FRONT_KEYS)}")
        if art.name.endswith(".txt") and not (art.byline and art.dateline):
            problems.append(f"corpus {art.name}: no 'By' byline line or no dateline")
        if art.name.endswith(".html"):
            check_html(art, problems)


def check_decoys(first, mine, items, problems):
    for name, phrases in DECOYS.items():
        raw = norm(html.unescape((CORPUS / name).read_text(encoding="utf-8")))
        for phrase in phrases:
            if norm(phrase) not in raw:
                problems.append(f"decoy {name}: {phrase!r} missing from the raw page")
            if any(norm(phrase) in art.text for art in first + mine):
                problems.append(f"decoy {name}: {phrase!r} is visible article text")
    by_id = {i.get("id"): i for i in items}
    hidden = {phrases[0] for phrases in DECOYS.values()}
    used = set(DECOY_QUESTIONS.values())
    if not hidden <= used or len(used) != 9 or len(used - hidden) != 6:
        problems.append("decoy questions: expected the 3 hidden paragraphs and 6 sidebar headlines")
    for iid, phrase in DECOY_QUESTIONS.items():
        if phrase not in {p for ps in DECOYS.values() for p in ps}:
            problems.append(f"{iid}: {phrase!r} is not a decoy")
        if by_id.get(iid, {}).get("kind") != "near_miss":
            problems.append(f"{iid}: decoy question is not a near_miss item")
    if sum(1 for i in items if i.get("kind") == "near_miss") - len(DECOY_QUESTIONS) != 6:
        problems.append("near_miss: expected 6 questions that are not about decoys")


def check_extra(first, mine, problems):
    """Front-matter-only publishers, pairs, first-corpus names and two stories in one month."""
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
    by_name = {a.name: a for a in mine}
    for one, two, names in PAIRS:
        a, b = by_name.get(one), by_name.get(two)
        if not a or not b or not a.date or not b.date:
            problems.append(f"pair {one} / {two}: missing article or date")
            continue
        early, late = sorted([a.date, b.date])
        try:
            year_on = early.replace(year=early.year + 1)
        except ValueError:
            year_on = early.replace(year=early.year + 1, day=28)
        if late < year_on:
            problems.append(f"pair {one} / {two}: {early} and {late} less than a year apart")
        for name in names:
            if name not in a.text or name not in b.text:
                problems.append(f"pair {one} / {two}: {name!r} not in both stories")
    for group in FIRST_NAMES:
        if not any(term in art.text for art in mine for term in group):
            problems.append(f"first-corpus name {group} in no new article")


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
    if not isinstance(item["q"], str) or not item["q"].strip():
        problems.append(f"{iid}: empty question")
    if not isinstance(item["answerable"], bool):
        problems.append(f"{iid}: answerable must be true or false")
    if item["kind"] in UNANSWERABLE and item["answerable"]:
        problems.append(f"{iid}: {item['kind']} item marked answerable")
    if item["kind"] not in UNANSWERABLE and not item["answerable"]:
        problems.append(f"{iid}: {item['kind']} item marked unanswerable")
    if "all" in item and not (
        isinstance(item["all"], list) and all(isinstance(g, list) and g for g in item["all"])
    ):
        problems.append(f"{iid}: all must be a list of non-empty lists")
    if item["kind"] == "compare" and len(item.get("all", [])) < 2:
        problems.append(f"{iid}: compare item needs both figures in `all` groups")
    if item["kind"] == "multi" and len(item.get("all", [])) < 2:
        problems.append(f"{iid}: multi item needs one `all` group per part")
    if not item["answerable"]:
        if item["any"] or item["articles"] or item.get("all"):
            problems.append(f"{iid}: unanswerable item with any/all/articles")
        return
    if not item["articles"]:
        problems.append(f"{iid}: answerable item without articles")
    if not (item["any"] or item.get("all")):
        problems.append(f"{iid}: answerable item with no any/all check")
    for frag in item["articles"]:
        hits = [t for t in titles if frag in t]
        if frag != frag.lower() or len(hits) != 1:
            problems.append(f"{iid}: fragment {frag!r} matches {len(hits)} headlines")


def arts_of(item, by_title):
    return [a for frag in item["articles"] for t, a in by_title.items() if frag in t]


def check_variants(item, by_title, problems):
    arts = arts_of(item, by_title)
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
    lists = [i for i in items if i.get("kind") == "list"]
    if {i.get("id") for i in lists} != set(LIST_TERMS):
        problems.append(f"list items {sorted(i.get('id') for i in lists)} != {sorted(LIST_TERMS)}")
    for item in lists:
        terms = LIST_TERMS.get(item["id"])
        if terms is None:
            continue
        if isinstance(terms, str):
            year, month = map(int, terms.split(":")[1].split("-"))
            want = {a.name for a in mine if a.date and (a.date.year, a.date.month) == (year, month)}
        else:
            want = {a.name for a in first + mine if any(t in a.text for t in terms)}
            if not any(t in norm(item["q"]) for t in terms):
                problems.append(f"{item['id']}: list question does not name {terms}")
        got = {a.name for a in arts_of(item, by_title)}
        if got != want:
            problems.append(
                f"{item['id']}: list not exhaustive: missing {sorted(want - got)}, extra {sorted(got - want)}"
            )
        if len(item.get("all", [])) != len(item["articles"]):
            problems.append(f"{item['id']}: list needs one `all` group per article")
        for frag, group in zip(item["articles"], item.get("all", [])):
            art = [a for t, a in by_title.items() if frag in t]
            if art and not any(norm(v) in art[0].text for v in group):
                problems.append(f"{item['id']}: `all` group {group} not in the {frag!r} article")


def check_conversations(items, by_title, problems):
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
            if conv != f"{CONV}{len(seen) + 1}":
                problems.append(f"{item['id']}: conversation id {conv!r}")
            seen.add(conv)
        previous = conv
    for conv in sorted(seen):
        turns = [i for i in items if i.get("conversation") == conv]
        if [i["kind"] for i in turns] != ["factoid", "followup", "followup"]:
            problems.append(
                f"conversation {conv}: turns {[i['kind'] for i in turns]}, expected factoid then two followups"
            )
            continue
        same = turns[0]["articles"] == turns[2]["articles"]
        if conv == f"{CONV}4" and same:
            problems.append(f"conversation {conv}: third turn should move to another article")
        if conv != f"{CONV}4" and (same is False or turns[1]["articles"] != turns[0]["articles"]):
            problems.append(f"conversation {conv}: turns cite different articles")
    if len(seen) != 6:
        problems.append(f"{len(seen)} conversations, expected 6")
    return len(seen)


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else HERE / "kinds_qa.jsonl"
    problems = []
    first, mine = load_corpus()
    check_corpus(mine, problems)
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
    check_decoys(first, mine, items, problems)
    check_lists(items, first, mine, by_title, problems)
    convs = check_conversations(items, by_title, problems)
    for a, b in itertools.pairwise(items):
        if a.get("q") == b.get("q"):
            problems.append(f"{b.get('id')}: repeats the previous question")
    dupes = [q for q, n in Counter(norm(i.get("q")) for i in items).items() if n > 1]
    if dupes:
        problems.append(f"repeated questions: {dupes}")
    counts = Counter(i.get("kind") for i in items)
    for kind, exact in EXACT.items():
        if counts[kind] != exact:
            problems.append(f"kind {kind}: {counts[kind]} items, expected {exact}")
    if len(items) != 120:
        problems.append(f"{len(items)} items, expected 120")
    factoids = [i for i in items if i.get("kind") == "factoid"]
    casual = sum(1 for i in factoids if i["q"] == i["q"].lower())
    new_titles = {a.title for a in mine}
    first_titles = {a.title for a in first}
    new_casual = sum(
        1
        for i in factoids
        if i["q"] == i["q"].lower()
        and i.get("articles")
        and all(any(f in t for t in new_titles) for f in i["articles"])
    )
    on_first = sum(
        1
        for i in factoids
        if i.get("articles") and all(any(f in t for t in first_titles) for f in i["articles"])
    )
    why = sum(1 for i in factoids if re.match(r"why\b", norm(i["q"])))
    if new_casual < NEW_CASUAL:
        problems.append(f"{new_casual} lowercase factoids about new articles, {NEW_CASUAL} needed")
    if on_first < FIRST_FACTOIDS:
        problems.append(f"{on_first} factoids about the first corpus, {FIRST_FACTOIDS} needed")
    if why < WHY_FACTOIDS:
        problems.append(f"{why} 'why' factoids, {WHY_FACTOIDS} needed")
    for kind in EXACT:
        print(f"{kind:<10} {counts[kind]}")
    print(
        f"{'total':<10} {len(items)}  ({convs} conversations, {casual} lowercase factoids, "
        f"{new_casual} on new articles, {on_first} on the first corpus, {why} 'why')"
    )
    for art in first + mine:
        words = len(art.text.split())
        print(
            f"  {art.name:<46} {art.date!s:<10} {words:>4}w  {art.source or '-':<20} {art.title[:50]}"
        )
    for problem in problems:
        print("PROBLEM", problem)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
