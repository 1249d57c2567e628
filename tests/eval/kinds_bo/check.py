#!/usr/bin/env python3
"""Validate kinds_bo/kinds_qa.jsonl against its corpus (standalone; only the standard library;
adapted from kinds_ax/check.py).

usage: python3 check.py [QA.jsonl]

Checks JSON, fields and types, unique sequential ids bo001-bo120, max_chars by kind, exact counts per kind,
conversations (ids cbo1-cbo6, consecutive, each a factoid followed by exactly two followup turns, the
third turn of cbo4 moving to another article), every `articles` fragment matching exactly one headline of
the 14 articles (10 new + 4 in the first corpus), every `any`/`all` variant occurring in the visible text
of one of the item's articles (HTML: <h1> and <article> without scripts or hidden elements; Markdown: the
body after the front matter; a `when` variant may instead render the article's publication date), list
items being exhaustive (every article whose visible text holds the listed term, or whose date falls in the
listed month, and no other), unanswerable items carrying no any/all/articles, at least 24 lowercase
factoids about the new articles, 3 factoids about first-corpus articles and 2 "why" factoids, and the 9
decoy near_miss items each aimed at a different decoy (3 hidden paragraphs, 6 "Most read" headlines).

Corpus shape: 10 articles of 650-850 words: 2 .md with front matter holding title, publisher and published;
3 .html dated by <time datetime> (1), by JSON-LD datePublished only with an undated visible byline (1) and
by a visible byline only with JSON-LD carrying no date (1); 5 .txt, each with a headline, a "By" byline and
a dateline, 3 dated by a wire dateline (one Reuters, one AFP, one AP) and 2 by a "Published:" line; dates
between 2025-01 and 2026-11 with two stories in one month; the two stories of each pair at least a year
apart and sharing their people, places and organisations; the two publishers named only in front matter
absent from all visible text; each HTML page with nav, footer, scripts including JSON-LD, a cookie banner,
exactly one display:none paragraph inside <article>, a "Most read" list of 3 headlines and a "Related
stories" box in an <aside> outside <article>, the box's numbers absent from the article; every decoy phrase
present in the raw page but absent from all visible article text.

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
FIELDS = {"id", "q", "kind", "answerable", "any", "articles", "max_chars"}
OPTIONAL = {"all", "conversation"}
PREFIX = "bo"
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
HUSKY_HTML = "kittila-husky-record-winter.html"
FEZ_HTML = "fez-tannery-reopens.html"
ICE_HTML = "quebec-ice-hotel-build.html"
# Facts that appear only in a hidden paragraph or a "Most read" headline of a page.
DECOYS = {
    HUSKY_HTML: [
        "nordvik adventures",
        "8.5 million euros",
        "levi cancels world cup slalom",
        "orders checks on all lapland husky kennels",
        "wins finnmarksløpet",
    ],
    FEZ_HTML: [
        "bought the tannery's five viewing terraces",
        "20 million dirhams",
        "rooftop restaurant",
        "strike over ban on chromium dyes",
        "chouara tannery to close",
        "bans export of raw goatskins",
    ],
    ICE_HTML: [
        "close for good after this season",
        "roof collapse injures four guests",
        "to move to the saguenay",
        "900 dollars a night",
    ],
}
# The near_miss items aimed at decoys: id -> (page, decoy phrase the question leans on).
NEAR_MISS_DECOYS = {
    "bo096": (HUSKY_HTML, "nordvik adventures"),
    "bo097": (HUSKY_HTML, "levi cancels world cup slalom"),
    "bo098": (HUSKY_HTML, "orders checks on all lapland husky kennels"),
    "bo099": (FEZ_HTML, "bought the tannery's five viewing terraces"),
    "bo100": (FEZ_HTML, "strike over ban on chromium dyes"),
    "bo101": (FEZ_HTML, "bans export of raw goatskins"),
    "bo102": (ICE_HTML, "close for good after this season"),
    "bo103": (ICE_HTML, "roof collapse injures four guests"),
    "bo104": (ICE_HTML, "to move to the saguenay"),
}
# List items: id -> terms (an article belongs when its visible text holds any of them) or ("month", y, m).
LIST_TERMS = {
    "bo063": ["alibaba"],
    "bo064": ["huawei"],
    "bo065": ["microsoft"],
    "bo066": ["rogan"],
    "bo067": ["cadillac", "formula one"],
    "bo068": ["reuters"],
    "bo069": ("month", 2026, 3),
}
# The two stories of each pair and the names both must mention.
PAIRS = {
    ("kamiita-indigo-flood-vats.txt", "kamiita-indigo-paris-order.txt"): [
        "aonami",
        "haruko ishizaki",
        "kenji moriyama",
        "aya tanimoto",
        "takeshi okabe",
        "kamiita",
        "yoshino river",
        "tmall global",
    ],
    ("kittila-husky-kennel-outbreak.txt", HUSKY_HTML): [
        "kaamos huskies",
        "sanna kivelä",
        "jouni aikio",
        "levi",
        "kittilä",
        "finnish food authority",
    ],
}
# Publishers named only in front matter: they must not occur in any visible article text.
FRONT_ONLY_PUBLISHERS = ["hop & cask monthly", "shoreline dispatch"]
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


def norm(text):
    text = str(text or "").lower()
    for curly, straight in _QUOTES.items():
        text = text.replace(curly, straight)
    return _SPACES.sub(" ", text).strip()


class Article:
    def __init__(self, name, title, text, date, source=None):
        self.name, self.title, self.text, self.date = name, norm(title), norm(text), date
        self.source = source
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


def strip_scripts(raw):
    return re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)


def visible_html(raw):
    raw = strip_scripts(raw)
    hidden = r"<(\w+)\b[^>]*display\s*:\s*none[^>]*>.*?</\1>"
    raw = re.sub(hidden, " ", raw, flags=re.S | re.I)
    parts = re.findall(r"<h1\b.*?</h1>|<article\b.*?</article>", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", " ".join(parts)))


def tag_text(fragment):
    return norm(html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


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
    return Article(path.name, title, raw, None, None)


def load_txt(path):
    raw = path.read_text(encoding="utf-8")
    title = raw.splitlines()[0]
    date = re.search(r"^Published: (\w+day \d{1,2} \w+ \d{4})$", raw, flags=re.M)
    source = "txt published line" if date else None
    wire = None
    if date is None:
        pattern = (
            r"^[A-Z][A-Z ]+,(?: [A-Z][A-Za-z ]+,)? (\w+\.? \d{1,2}, \d{4}) \((Reuters|AFP|AP)\) -"
        )
        date = re.search(pattern, raw, flags=re.M)
        source = "txt wire dateline" if date else None
        wire = date and date.group(2)
    art = Article(path.name, title, raw, parse_date(date and date.group(1)), source)
    art.wire = wire
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


def check_html_page(art, problems):
    raw = (CORPUS / art.name).read_text(encoding="utf-8")
    low = raw.lower()
    for tag in ("<nav", "<footer", "<script", "cookie", "application/ld+json"):
        if tag not in low:
            problems.append(f"corpus {art.name}: no {tag}")
    article = re.search(r"<article\b.*?</article>", raw, flags=re.S | re.I)
    hidden = re.findall(r"display\s*:\s*none", raw, flags=re.I)
    if len(hidden) != 1:
        problems.append(f"corpus {art.name}: {len(hidden)} hidden elements, expected 1")
    if not article or not re.search(
        r"<p\b[^>]*display\s*:\s*none[^>]*>", article.group(0), flags=re.I
    ):
        problems.append(f"corpus {art.name}: the hidden paragraph is not a <p> inside <article>")
    if article and "<aside" in article.group(0).lower():
        problems.append(f"corpus {art.name}: an <aside> sits inside <article>")
    asides = re.findall(r"<aside\b.*?</aside>", raw, flags=re.S | re.I)
    most = re.search(r"most read(.*?)</(?:ol|ul)>", " ".join(asides), flags=re.S | re.I)
    if not most:
        problems.append(f"corpus {art.name}: no 'Most read' list in an <aside>")
    else:
        heads = re.findall(r"<li\b.*?</li>", most.group(1), flags=re.S | re.I)
        if len(heads) != 3:
            problems.append(f"corpus {art.name}: 'Most read' holds {len(heads)} headlines, not 3")
    if "most read" in art.text:
        problems.append(f"corpus {art.name}: 'Most read' appears in visible article text")
    box = re.search(r"related stories(.*?)</(?:ul|ol)>", " ".join(asides), flags=re.S | re.I)
    if not box:
        problems.append(f"corpus {art.name}: no 'Related stories' box in an <aside>")
    else:
        numbers = re.findall(r"\d[\d,.]*\d|\d", tag_text(box.group(1)))
        if not numbers:
            problems.append(f"corpus {art.name}: the 'Related stories' box holds no numbers")
        for num in numbers:
            if re.search(rf"(?<![\d,.]){re.escape(num)}(?![\d]|[,.]\d)", art.text):
                problems.append(f"corpus {art.name}: related-box number {num} is in the article")
    ld = " ".join(re.findall(r"<script[^>]*ld\+json[^>]*>(.*?)</script>", raw, flags=re.S))
    if art.source == "html <time>" and len(re.findall(r"<time\b", raw)) != 1:
        problems.append(f"corpus {art.name}: expected exactly one <time>")
    if art.source == "html json-ld":
        byline = re.search(r"<p class=\"byline\">(.*?)</p>", raw, flags=re.S)
        if (
            not byline
            or parse_date(tag_text(byline.group(1)))
            or re.search(r"\d{4}", byline.group(1))
        ):
            problems.append(
                f"corpus {art.name}: the JSON-LD page needs a visible byline without a date"
            )
        if any(r in art.text for r in renderings(art.date) if len(r) > 8):
            problems.append(f"corpus {art.name}: the JSON-LD date is also visible")
    if art.source == "html visible byline" and re.search(r"\"date\w*\"", ld):
        problems.append(f"corpus {art.name}: the byline-dated page's JSON-LD carries a date")


def check_corpus(mine, problems):
    if len(mine) != 10:
        problems.append(f"corpus: {len(mine)} articles, expected 10")
    formats = Counter(Path(a.name).suffix for a in mine)
    if formats != Counter(FORMATS):
        problems.append(f"corpus formats {dict(formats)}, expected {FORMATS}")
    sources = Counter(a.source for a in mine)
    if sources != Counter(DATE_SOURCES):
        problems.append(f"corpus date sources {dict(sources)}, expected {DATE_SOURCES}")
    wires = {a.wire for a in mine if a.wire}
    if wires != WIRES:
        problems.append(f"corpus wire datelines {sorted(wires)}, expected {sorted(WIRES)}")
    titles = Counter(a.title for a in mine)
    if any(n > 1 for n in titles.values()):
        problems.append("corpus: two articles share a headline")
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
            check_html_page(art, problems)


def check_pairs(mine, problems):
    by_name = {a.name: a for a in mine}
    for (one, two), names in PAIRS.items():
        if one not in by_name or two not in by_name:
            problems.append(f"pair {one} / {two}: missing")
            continue
        a, b = sorted((by_name[one], by_name[two]), key=lambda x: x.date or FIRST_DAY)
        if a.date and b.date:
            try:
                year_later = a.date.replace(year=a.date.year + 1)
            except ValueError:
                year_later = a.date + datetime.timedelta(days=365)
            if b.date < year_later:
                problems.append(f"pair {one} / {two}: {a.date} and {b.date} less than a year apart")
        for name in names:
            for art in (a, b):
                if norm(name) not in art.text:
                    problems.append(f"pair {one} / {two}: {name!r} missing from {art.name}")


def check_decoys(first, mine, problems):
    for name, phrases in DECOYS.items():
        raw = norm(html.unescape((CORPUS / name).read_text(encoding="utf-8")))
        for phrase in phrases:
            if norm(phrase) not in raw:
                problems.append(f"decoy {name}: {phrase!r} missing from the raw page")
            if any(norm(phrase) in art.text for art in first + mine):
                problems.append(f"decoy {name}: {phrase!r} is visible article text")


def decoy_place(page, phrase):
    """'hidden' or 'most read:<n>' for where a decoy phrase sits on its page; None elsewhere."""
    raw = (CORPUS / page).read_text(encoding="utf-8")
    hidden = re.search(r"<p\b[^>]*display\s*:\s*none[^>]*>(.*?)</p>", raw, flags=re.S | re.I)
    if hidden and norm(phrase) in tag_text(hidden.group(1)):
        return "hidden"
    asides = " ".join(re.findall(r"<aside\b.*?</aside>", raw, flags=re.S | re.I))
    most = re.search(r"most read(.*?)</(?:ol|ul)>", asides, flags=re.S | re.I)
    if most:
        for n, head in enumerate(re.findall(r"<li\b.*?</li>", most.group(1), flags=re.S | re.I)):
            if norm(phrase) in tag_text(head):
                return f"most read:{n}"
    return None


def check_decoy_questions(items, problems):
    by_id = {i.get("id"): i for i in items}
    places = Counter()
    seen = set()
    for iid, (page, phrase) in NEAR_MISS_DECOYS.items():
        item = by_id.get(iid)
        if not item or item.get("kind") != "near_miss":
            problems.append(f"{iid}: expected a near_miss item aimed at {phrase!r}")
            continue
        place = decoy_place(page, phrase)
        if place is None:
            problems.append(f"{iid}: decoy {phrase!r} is neither hidden nor a 'Most read' headline")
            continue
        if (page, place) in seen:
            problems.append(f"{iid}: a second question on the same decoy ({page} {place})")
        seen.add((page, place))
        places[place.split(":")[0]] += 1
    if places != Counter({"hidden": 3, "most read": 6}):
        problems.append(
            f"decoy near_miss items by place {dict(places)}, expected 3 hidden + 6 most read"
        )
    hidden_pages = {p for p, pl in seen if pl == "hidden"}
    if len(hidden_pages) != 3:
        problems.append("decoy near_miss items must cover the hidden paragraph of each HTML page")


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
        return
    if "all" in item and not (
        isinstance(item["all"], list) and all(isinstance(g, list) and g for g in item["all"])
    ):
        problems.append(f"{iid}: all must be a list of non-empty lists")
        return
    if item["kind"] in UNANSWERABLE and item["answerable"]:
        problems.append(f"{iid}: {item['kind']} item marked answerable")
    if item["kind"] not in UNANSWERABLE and not item["answerable"]:
        problems.append(f"{iid}: {item['kind']} item marked unanswerable")
    if not item["answerable"]:
        if item["any"] or item["articles"] or item.get("all"):
            problems.append(f"{iid}: unanswerable item with any/all/articles")
        return
    if not item["articles"]:
        problems.append(f"{iid}: answerable item without articles")
    if not (item["any"] or item.get("all")):
        problems.append(f"{iid}: answerable item with no any/all check")
    if item["kind"] in {"multi", "compare"} and len(item.get("all", [])) < 2:
        problems.append(f"{iid}: {item['kind']} item needs at least two `all` groups")
    for frag in item["articles"]:
        hits = [t for t in titles if frag in t]
        if frag != frag.lower() or len(hits) != 1:
            problems.append(f"{iid}: fragment {frag!r} matches {len(hits)} headlines")


def item_articles(item, by_title):
    return [a for frag in item["articles"] for t, a in by_title.items() if frag in t]


def check_variants(item, by_title, problems):
    arts = item_articles(item, by_title)
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
    for item in lists:
        spec = LIST_TERMS.get(item["id"])
        if spec is None:
            problems.append(f"{item['id']}: list item without a term in LIST_TERMS")
            continue
        if isinstance(spec, tuple):
            _, year, month = spec
            want = {a.name for a in mine if a.date and (a.date.year, a.date.month) == (year, month)}
        else:
            want = {a.name for a in first + mine if any(norm(t) in a.text for t in spec)}
        got = {a.name for a in item_articles(item, by_title)}
        if got != want:
            problems.append(
                f"{item['id']}: list not exhaustive: missing {sorted(want - got)}, extra {sorted(got - want)}"
            )
    if len({i["id"] for i in lists} & set(LIST_TERMS)) != len(LIST_TERMS):
        problems.append("LIST_TERMS names an id that is not a list item")
    if not any(isinstance(s, tuple) for s in LIST_TERMS.values()):
        problems.append("no list item by publication month")


def check_conversations(items, by_title, problems):
    seen, previous = [], None
    for item in items:
        conv = item.get("conversation")
        if item["kind"] == "followup" and not conv:
            problems.append(f"{item['id']}: followup without conversation")
        if conv and conv != previous:
            if item["kind"] == "followup":
                problems.append(f"{item['id']}: conversation {conv} opens with a followup")
            if conv in seen:
                problems.append(f"{item['id']}: conversation {conv} is not consecutive")
            elif conv != f"c{PREFIX}{len(seen) + 1}":
                problems.append(f"{item['id']}: conversation id {conv!r}")
            if conv not in seen:
                seen.append(conv)
        previous = conv
    for conv in seen:
        turns = [i for i in items if i.get("conversation") == conv]
        kinds = [i["kind"] for i in turns]
        if kinds != ["factoid", "followup", "followup"]:
            problems.append(
                f"conversation {conv}: turns {kinds}, expected factoid then two followups"
            )
            continue
        if conv == f"c{PREFIX}4":
            opening = {a.name for a in item_articles(turns[0], by_title)}
            last = {a.name for a in item_articles(turns[2], by_title)}
            if not last or last & opening:
                problems.append(f"conversation {conv}: the third turn must move to another article")
    if len(seen) != 6:
        problems.append(f"{len(seen)} conversations, expected 6")
    return len(seen)


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else HERE / "kinds_qa.jsonl"
    problems = []
    first, mine = load_corpus()
    check_corpus(mine, problems)
    check_pairs(mine, problems)
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
        if item.get("answerable") and isinstance(item.get("articles"), list):
            check_variants(item, by_title, problems)
    items = [i for i in items if isinstance(i, dict) and set(i) >= FIELDS]
    check_lists(items, first, mine, by_title, problems)
    check_decoy_questions(items, problems)
    convs = check_conversations(items, by_title, problems)
    for a, b in itertools.pairwise(items):
        if a.get("q") == b.get("q"):
            problems.append(f"{b.get('id')}: repeats the previous question")
    dupes = [q for q, n in Counter(i["q"] for i in items).items() if n > 1]
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
    on_new = [
        i
        for i in factoids
        if i["articles"] and all(any(f in t for t in new_titles) for f in i["articles"])
    ]
    new_casual = sum(1 for i in on_new if i["q"] == i["q"].lower())
    if new_casual < NEW_CASUAL:
        problems.append(f"{new_casual} lowercase factoids about new articles, {NEW_CASUAL} needed")
    on_first = sum(
        1
        for i in factoids
        if i["articles"] and all(any(f in t for t in first_titles) for f in i["articles"])
    )
    if on_first != FIRST_FACTOIDS:
        problems.append(
            f"{on_first} factoids about first-corpus articles, expected {FIRST_FACTOIDS}"
        )
    why = sum(1 for i in factoids if re.match(r"why\b", i["q"].lower()))
    if why < WHY_FACTOIDS:
        problems.append(f"{why} 'why' factoids, expected at least {WHY_FACTOIDS}")
    for kind in EXACT:
        print(f"{kind:<10} {counts[kind]}")
    print(
        f"{'total':<10} {len(items)}  ({convs} conversations, {casual} lowercase factoids, "
        f"{new_casual} on new articles, {on_first} on the first corpus, {why} 'why')"
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
