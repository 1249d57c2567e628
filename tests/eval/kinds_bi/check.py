#!/usr/bin/env python3
"""Validate kinds_bi/kinds_qa.jsonl against its corpus (standalone; only the standard library;
adapted from kinds_ax/check.py).

usage: python3 check.py [QA.jsonl]

Checks:
- JSON, fields and types, unique sequential ids bi001-bi120, max_chars by kind (1200 for overview,
  summary, list, multi and compare, else 600), exact counts per kind, no question repeating the previous
  one, unanswerable kinds carrying no any/all/articles;
- conversations: ids cbi1-cbi6, consecutive and in order, each a factoid followed by exactly two followup
  turns, the third turn of cbi4 switching to another article;
- every `articles` fragment lowercase and matching exactly one headline of the 14 articles (the 10 new
  ones and the 4 of the first corpus);
- every `any`/`all` variant occurring in the visible text of one of the item's articles (HTML: <h1> and
  <article> without scripts or hidden elements; Markdown: the body after the front matter; a `when`
  variant may instead render the article's publication date);
- list items exhaustive: the articles whose visible text contains the list's term (or whose date falls
  in the list's month) are exactly the item's articles;
- multi: three items span the two stories of a pair; compare: at least two `all` groups each;
- when: an ISO variant equal to the date of one of the item's articles, single-article items covering
  every date source, "oldest"/"newest"/"came first" items pointing at the right article;
- factoids: at least 24 lowercase factoids about the new articles, at least two asking "why", exactly
  three about first-corpus articles; summaries naming both front-matter-only publishers;
- near_miss: nine items tied to the page decoys (the 3 hidden paragraphs and 6 distinct "Most read"
  headlines, two per page);
- the corpus: 10 articles of 650-850 words; 2 .md with front matter holding title, publisher and
  published; 3 .html dated by <time datetime>, JSON-LD only and a visible byline only; 5 .txt, each with a
  headline, a "By" byline and a dateline, 3 dated by Reuters, AFP and AP wire datelines and 2 by a
  "Published: Weekday D Month YYYY" line with a "CITY -" dateline; weekdays consistent with dates;
  dates between 2025-01 and 2026-11 with two stories in one month; the two stories of each pair at least
  a year apart; the front-matter-only publishers absent from all visible text; each HTML page with nav,
  footer, scripts including JSON-LD, a cookie banner, exactly one display:none paragraph inside
  <article>, a "Most read" list of three headlines and a "Related stories" box in an <aside> outside
  <article>, the box's numbers absent from the article; every decoy present in the raw page but absent
  from every article's visible text.

Prints counts per kind and each article's date, word count and date source, then OK or the problems.
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
PREFIX, CONV_PREFIX = "bi", "cbi"
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
PAIR_MULTI = 3
TOPIC_SWITCH = "cbi4"
# Facts that appear only in a hidden paragraph ("hidden") or a "Most read" headline ("sidebar").
DECOYS = {
    "ledgemere-stonington-plant-closure.html": {
        "hidden": "sell its wharf to a boston property developer for $9 million",
        "sidebar": [
            "haixin fresh sues ledgemere for $12 million",
            "stonington votes to ban short-term rentals",
            "lobster season to open two weeks late",
        ],
    },
    "kerman-vase-carpet-auction-record.html": {
        "hidden": "identified as the louvre abu dhabi",
        "sidebar": [
            "harcourt & lyle fined £2 million over iranian sanctions breach",
            "ashworth heirs to sell a second kerman carpet in march",
            "british museum launches appeal to keep vase carpet",
        ],
    },
    "teatro-ardenghi-reopening-season.html": {
        "hidden": "music director of the metropolitan opera in new york",
        "sidebar": [
            "mantua to add tourist tax to opera tickets",
            "teatro ardenghi ceiling cracks again during dress rehearsal",
            "davide sgarzi withdraws from",
        ],
    },
}
# near_miss items that could only be "answered" from a decoy: id -> decoy phrase.
DECOY_QUESTIONS = {
    "bi096": "sell its wharf to a boston property developer for $9 million",
    "bi097": "identified as the louvre abu dhabi",
    "bi098": "music director of the metropolitan opera in new york",
    "bi099": "haixin fresh sues ledgemere for $12 million",
    "bi100": "stonington votes to ban short-term rentals",
    "bi101": "harcourt & lyle fined £2 million over iranian sanctions breach",
    "bi102": "ashworth heirs to sell a second kerman carpet in march",
    "bi103": "mantua to add tourist tax to opera tickets",
    "bi104": "teatro ardenghi ceiling cracks again during dress rehearsal",
}
# Exhaustive list items: id -> terms (any of them in the visible text) or a (year, month) tuple.
LIST_TERMS = {
    "bi063": ["alibaba"],
    "bi064": ["huawei"],
    "bi065": ["microsoft"],
    "bi066": ["rogan"],
    "bi067": ["reuters"],
    "bi068": ["cadillac", "formula one"],
    "bi069": (2026, 4),
}
# Publishers named only in front matter: they must not occur in any visible article text.
FRONT_ONLY_PUBLISHERS = ["loggia arts review", "atlas trade notes"]
PAIRS = [
    ("ledgemere-lobster-record-boat-price.txt", "ledgemere-stonington-plant-closure.html"),
    ("teatro-ardenghi-restoration-delay.md", "teatro-ardenghi-reopening-season.html"),
]
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
WIRES = {"Reuters": 1, "AFP": 1, "AP": 1}
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
        self.weekday = None  # a weekday written next to the date, when there is one
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
    weekday = None
    if date is None:
        date = re.search(r"((\w+day), \w+ \d{1,2}, \d{4})", text)
        source = "html visible byline" if date else None
        weekday = date and date.group(2).lower()
    art = Article(path.name, html.unescape(title), text, parse_date(date and date.group(1)), source)
    art.weekday = weekday
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
    art = Article(path.name, title, raw, None, None)
    art.meta, art.front = set(), ""
    return art


def load_txt(path):
    raw = path.read_text(encoding="utf-8")
    title = raw.splitlines()[0]
    art_weekday, wire = None, None
    date = re.search(r"^Published: ((\w+day) \d{1,2} \w+ \d{4})$", raw, flags=re.M)
    source = "txt published line" if date else None
    if date:
        art_weekday = date.group(2).lower()
    else:
        pattern = (
            r"^[A-Z][A-Z ]+,(?: [A-Z][A-Za-z ]+,)? (\w+\.? \d{1,2}, \d{4}) \((Reuters|AFP|AP)\) -"
        )
        date = re.search(pattern, raw, flags=re.M)
        source = "txt wire dateline" if date else None
        wire = date and date.group(2)
    art = Article(path.name, title, raw, parse_date(date and date.group(1)), source)
    art.weekday, art.wire = art_weekday, wire
    art.byline = bool(re.search(r"^By [A-Z]", raw, flags=re.M))
    art.dateline = bool(
        re.search(
            r"^[A-Z][A-Z ]+(?:, [A-Z][A-Za-z ]+)?(?:, \w+\.? \d{1,2}, \d{4} \(\w+\))? [-\u2014] ",
            raw,
            flags=re.M,
        )
    )
    if source == "txt published line":
        art.dateline = bool(re.search(r"^[A-Z][A-Z ]+ \u2014 ", raw, flags=re.M))
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


def check_html_page(art, problems):
    raw = art.raw
    low = raw.lower()
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
    body = re.search(r"<article\b.*?</article>", raw, flags=re.S | re.I)
    if not body or not re.search(r"<p\b[^>]*display\s*:\s*none[^>]*>", body.group(0), re.I):
        problems.append(f"corpus {art.name}: the hidden paragraph is not a <p> inside <article>")
    most = re.search(r"<aside\b.*?most read(.*?)</aside>", raw, flags=re.S | re.I)
    if not most:
        problems.append(f"corpus {art.name}: no 'Most read' sidebar in an <aside>")
    else:
        ol = re.search(r"<ol\b.*?</ol>", most.group(1), flags=re.S | re.I)
        n = len(re.findall(r"<li\b", ol.group(0))) if ol else 0
        if n != 3:
            problems.append(f"corpus {art.name}: 'Most read' holds {n} headlines, expected 3")
    if "most read" in art.text or re.search(
        r"<article\b(?:(?!</article>).)*<aside", raw, re.S | re.I
    ):
        problems.append(f"corpus {art.name}: the sidebar sits inside <article>")
    for tag in ("<nav", "<footer", "<script", "cookie", "application/ld+json"):
        if tag not in low:
            problems.append(f"corpus {art.name}: no {tag}")
    if art.source == "html json-ld" and "<time" in low:
        problems.append(f"corpus {art.name}: JSON-LD-dated page has a <time> element")
    if art.source == "html visible byline" and ("<time" in low or "datepublished" in low):
        problems.append(f"corpus {art.name}: byline-dated page has <time> or datePublished")
    if art.source == "html json-ld":
        byline = re.search(r"<p class=\"byline\">(.*?)</p>", raw, flags=re.S)
        if not byline or parse_date(html.unescape(byline.group(1))):
            problems.append(f"corpus {art.name}: JSON-LD-dated page needs a byline without a date")


def check_corpus(mine, problems):
    if len(mine) != 10:
        problems.append(f"corpus: {len(mine)} articles, expected 10")
    formats = Counter(Path(a.name).suffix for a in mine)
    if formats != Counter(FORMATS):
        problems.append(f"corpus formats {dict(formats)}, expected {FORMATS}")
    sources = Counter(a.source for a in mine)
    if sources != Counter(DATE_SOURCES):
        problems.append(f"corpus date sources {dict(sources)}, expected {DATE_SOURCES}")
    wires = Counter(a.wire for a in mine if a.wire)
    if wires != Counter(WIRES):
        problems.append(f"corpus wire datelines {dict(wires)}, expected {WIRES}")
    for art in mine:
        words = len(art.text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"corpus {art.name}: {words} words")
        if art.date is None:
            problems.append(f"corpus {art.name}: no publication date found")
            continue
        if not FIRST_DAY <= art.date <= LAST_DAY:
            problems.append(f"corpus {art.name}: date {art.date} out of range")
        if art.weekday and DAYS[art.date.weekday()] != art.weekday:
            problems.append(f"corpus {art.name}: {art.weekday} does not match {art.date}")
        if art.name.endswith(".md") and not getattr(art, "meta", set()) >= FRONT_KEYS:
            problems.append(f"corpus {art.name}: front matter lacks one of {sorted(FRONT_KEYS)}")
        if art.name.endswith(".txt") and not (art.byline and art.dateline):
            problems.append(f"corpus {art.name}: no 'By' byline line or no dateline")
        if art.name.endswith(".html"):
            check_html_page(art, problems)
    months = Counter((a.date.year, a.date.month) for a in mine if a.date)
    if not any(n >= 2 for n in months.values()):
        problems.append("corpus: no two stories published in the same month")
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
            problems.append(f"pair {one} / {two}: {early} and {late} less than a year apart")


def check_decoys(first, mine, problems):
    texts = [a.text for a in first + mine]
    for name, decoys in DECOYS.items():
        raw = (CORPUS / name).read_text(encoding="utf-8")
        hidden = re.search(r"<p\b[^>]*display\s*:\s*none[^>]*>(.*?)</p>", raw, flags=re.S | re.I)
        hidden = norm(html.unescape(hidden.group(1))) if hidden else ""
        most = re.search(r"most read(.*?)</ol>", raw, flags=re.S | re.I)
        most = norm(html.unescape(most.group(1))) if most else ""
        for phrase, where, place in [(decoys["hidden"], hidden, "hidden paragraph")] + [
            (p, most, "'Most read' list") for p in decoys["sidebar"]
        ]:
            if norm(phrase) not in where:
                problems.append(f"decoy {name}: {phrase!r} missing from the {place}")
            if any(norm(phrase) in t for t in texts):
                problems.append(f"decoy {name}: {phrase!r} is visible article text")


def check_publishers(first, mine, problems):
    for publisher in FRONT_ONLY_PUBLISHERS:
        fronts = [a.name for a in mine if publisher in getattr(a, "front", "")]
        if len(fronts) != 1:
            problems.append(f"publisher {publisher!r}: in {len(fronts)} front matters, expected 1")
        if any(publisher in art.text for art in first + mine):
            problems.append(f"publisher {publisher!r}: occurs in visible article text")


def check_item(item, titles, problems):
    iid = item.get("id", "?")
    keys = set(item)
    if not keys >= FIELDS or keys - FIELDS - OPTIONAL:
        problems.append(f"{iid}: fields {sorted(keys)}")
        return False
    if item["kind"] not in EXACT:
        problems.append(f"{iid}: unknown kind {item['kind']}")
    if not isinstance(item["q"], str) or not item["q"].strip():
        problems.append(f"{iid}: empty question")
    if not isinstance(item["answerable"], bool):
        problems.append(f"{iid}: answerable must be a boolean")
    want = 1200 if item["kind"] in LONG else 600
    if item["max_chars"] != want:
        problems.append(f"{iid}: max_chars {item['max_chars']}, expected {want}")
    if not isinstance(item["any"], list) or not isinstance(item["articles"], list):
        problems.append(f"{iid}: any/articles must be lists")
        return False
    if "all" in item and not (
        isinstance(item["all"], list)
        and all(
            isinstance(g, list) and g and all(isinstance(v, str) for v in g) for g in item["all"]
        )
    ):
        problems.append(f"{iid}: all must be a list of non-empty lists of strings")
        return False
    if item["kind"] in UNANSWERABLE and item["answerable"]:
        problems.append(f"{iid}: {item['kind']} item marked answerable")
    if item["kind"] not in UNANSWERABLE and not item["answerable"]:
        problems.append(f"{iid}: {item['kind']} item marked unanswerable")
    if not item["answerable"]:
        if item["any"] or item["articles"] or item.get("all"):
            problems.append(f"{iid}: unanswerable item with any/all/articles")
        return True
    if not item["articles"]:
        problems.append(f"{iid}: answerable item without articles")
    if not (item["any"] or item.get("all")):
        problems.append(f"{iid}: answerable item with no any/all check")
    for frag in item["articles"]:
        hits = [t for t in titles if frag in t]
        if frag != frag.lower() or len(hits) != 1:
            problems.append(f"{iid}: fragment {frag!r} matches {len(hits)} headlines")
    return True


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
    by_id = {i["id"]: i for i in items}
    for iid, terms in LIST_TERMS.items():
        item = by_id.get(iid)
        if not item or item["kind"] != "list":
            problems.append(f"{iid}: expected a list item")
            continue
        if isinstance(terms, tuple):
            want = {a.name for a in mine if a.date and (a.date.year, a.date.month) == terms}
            month = MONTHS[terms[1] - 1]
            if month not in item["q"].lower() or str(terms[0]) not in item["q"]:
                problems.append(f"{iid}: month list question does not name {month} {terms[0]}")
        else:
            want = {a.name for a in first + mine if any(t in a.text for t in terms)}
            if not any(t in item["q"].lower() for t in terms):
                problems.append(f"{iid}: list question does not name {terms}")
        got = {a.name for a in arts_of(item, by_title)}
        if got != want:
            problems.append(
                f"{iid}: list not exhaustive: missing {sorted(want - got)}, extra {sorted(got - want)}"
            )
        if len(item.get("all", [])) != len(item["articles"]):
            problems.append(f"{iid}: list needs one `all` group per article")
    lists = {i["id"] for i in items if i["kind"] == "list"}
    if lists - set(LIST_TERMS):
        problems.append(f"list items without a checked term: {sorted(lists - set(LIST_TERMS))}")


def check_kinds(items, first, mine, by_title, problems):
    by_name = {a.name: a for a in mine}
    first_names = {a.name for a in first}
    pair_sets = [set(p) for p in PAIRS]
    pair_multi = 0
    for item in items:
        names = {a.name for a in arts_of(item, by_title)}
        kind = item["kind"]
        if kind == "multi" and any(names == p for p in pair_sets):
            pair_multi += 1
        if kind in {"multi", "compare"} and len(item.get("all", [])) < 2:
            problems.append(f"{item['id']}: {kind} needs at least two `all` groups")
    if pair_multi != PAIR_MULTI:
        problems.append(f"{pair_multi} multi items span a pair, expected {PAIR_MULTI}")
    facts = [i for i in items if i["kind"] == "factoid"]
    on_first = sum(1 for i in facts if {a.name for a in arts_of(i, by_title)} <= first_names)
    if on_first != FIRST_FACTOIDS:
        problems.append(
            f"{on_first} factoids about first-corpus articles, expected {FIRST_FACTOIDS}"
        )
    why = sum(1 for i in facts if re.search(r"\bwhy\b", i["q"].lower()))
    if why < WHY_FACTOIDS:
        problems.append(f"{why} factoids ask why, expected at least {WHY_FACTOIDS}")
    summaries = " ".join(i["q"].lower() for i in items if i["kind"] == "summary")
    for publisher in FRONT_ONLY_PUBLISHERS:
        if publisher not in summaries:
            problems.append(f"no summary names the front-matter-only publisher {publisher!r}")
    # when items
    dated = sorted((a for a in mine if a.date), key=lambda a: a.date)
    covered = set()
    for item in (i for i in items if i["kind"] == "when"):
        arts = arts_of(item, by_title)
        isos = {v for v in item["any"] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)}
        written = [v for v in item["any"] if re.search(r"[a-z]+ \d", v.lower())]
        if len(isos) != 1 or not written:
            problems.append(f"{item['id']}: when needs one ISO date and a written date")
            continue
        iso = isos.pop()
        q = item["q"].lower()
        if "oldest" in q:
            target = dated[0]
        elif "newest" in q or "latest" in q:
            target = dated[-1]
        elif "first" in q:
            target = min(arts, key=lambda a: a.date)
        else:
            target = arts[0] if len(arts) == 1 else None
            if target is not None:
                covered.add(target.source)
        if target is None or target.date.isoformat() != iso or target not in arts:
            problems.append(f"{item['id']}: when answer {iso} does not fit its question")
    missing = set(DATE_SOURCES) - covered
    if missing:
        problems.append(f"when items miss date sources {sorted(missing)}")
    # decoy near misses
    by_id = {i["id"]: i for i in items}
    hidden = {d["hidden"] for d in DECOYS.values()}
    sidebar = Counter()
    for iid, phrase in DECOY_QUESTIONS.items():
        item = by_id.get(iid)
        if not item or item["kind"] != "near_miss":
            problems.append(f"{iid}: expected a near_miss item for decoy {phrase!r}")
        for name, decoys in DECOYS.items():
            if phrase in decoys["sidebar"]:
                sidebar[name] += 1
    if hidden - set(DECOY_QUESTIONS.values()):
        problems.append("not every hidden paragraph has a near_miss item")
    if len(set(DECOY_QUESTIONS.values())) != 9 or any(sidebar[n] != 2 for n in DECOYS):
        problems.append(
            f"decoy near misses: need 3 hidden + 2 sidebar per page, got {dict(sidebar)}"
        )
    return by_name


def check_conversations(items, by_title, problems):
    seen, previous = [], None
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
            seen.append(conv)
        previous = conv
    for conv in seen:
        turns = [i for i in items if i.get("conversation") == conv]
        if [i["kind"] for i in turns] != ["factoid", "followup", "followup"]:
            problems.append(f"conversation {conv}: expected a factoid then two followups")
            continue
        first = {a.name for a in arts_of(turns[0], by_title)}
        last = {a.name for a in arts_of(turns[2], by_title)}
        if conv == TOPIC_SWITCH and first & last:
            problems.append(f"conversation {conv}: third turn should switch to another article")
        if conv != TOPIC_SWITCH and first != last:
            problems.append(f"conversation {conv}: turns should stay on one article")
    if len(seen) != 6:
        problems.append(f"{len(seen)} conversations, expected 6")
    return len(seen)


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else HERE / "kinds_qa.jsonl"
    problems = []
    first, mine = load_corpus()
    check_corpus(mine, problems)
    check_decoys(first, mine, problems)
    check_publishers(first, mine, problems)
    by_title = {a.title: a for a in first + mine}
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: {exc}")
    good = []
    for n, item in enumerate(items, 1):
        if item.get("id") != f"{PREFIX}{n:03d}":
            problems.append(f"line {n}: id {item.get('id')!r}, expected {PREFIX}{n:03d}")
        if check_item(item, list(by_title), problems):
            good.append(item)
            if item["answerable"]:
                check_variants(item, by_title, problems)
    if len(good) == len(items):
        check_lists(items, first, mine, by_title, problems)
        check_kinds(items, first, mine, by_title, problems)
    convs = check_conversations(good, by_title, problems)
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
        f"{'total':<10} {len(items)}  ({convs} conversations, {casual} lowercase factoids, "
        f"{new_casual} on new articles)"
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
