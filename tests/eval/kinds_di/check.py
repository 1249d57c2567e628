#!/usr/bin/env python3
"""Validate kinds_di/kinds_qa.jsonl against its corpus (standalone; only the standard library;
adapted from kinds_cx/check.py).

usage: python3 check.py [QA.jsonl]

Checks JSON, fields and types, unique sequential ids di001-di120, max_chars by kind, exact counts per
kind, conversations (ids cdi1-cdi6, consecutive, each a factoid followed by exactly two followup turns;
the third turn of cdi4 moving to another article), every `articles` fragment matching exactly one
headline of the 14 articles, at least 24 lowercase factoids about the 10 new articles, exactly 3
factoids about first-corpus articles, unanswerable items carrying no any/all/articles, and every
`any`/`all` variant occurring in the visible text of one of the item's articles (HTML: <h1> and
<article> without scripts or hidden elements; a `when` variant may instead render the article's
publication date). Lists must be exhaustive (their `articles` name exactly the articles whose visible
text holds the term, or for the month item the articles dated in that month); at least 3 multi items
span a pair's two stories; every compare item has at least two `all` groups.

The corpus shape: 10 articles of 650-850 words; 2 .md with front matter holding title, publisher and
published; 3 .html, 1 dated by <time datetime>, 1 by JSON-LD only (no date in its visible text) and 1 by
a visible byline only (no date in its JSON-LD); 5 .txt, each with a headline, a "By" byline and a
dateline, 3 dated by a wire dateline (one each from Reuters, AFP and AP) and 2 by a "Published: Weekday
D Month YYYY" line whose weekday is right; dates between 2025-01 and 2026-11, two in the same month, the
two stories of each pair at least one year apart; the two publishers named only in front matter absent
from all visible text; each HTML page with nav, footer, scripts including JSON-LD, a cookie banner,
exactly one display:none paragraph, a "Most read" list of 3 headlines and a "Related stories" box in an
<aside> outside <article>, the box's numbers absent from the article; the page decoys (hidden paragraphs
and sidebar headlines) present in the raw HTML but absent from every article's visible text.

Prints counts per kind and each article's parsed date, word count and date source, then OK or the
problems.
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
FIRST_FACTOIDS = 3
PREFIX, CONV = "di", "cdi"
# The conversation whose third turn changes topic (cites another article than its first turn).
TOPIC_SWITCH = "4"
# Facts that appear only in a hidden paragraph or a "Most read" headline of a page.
DECOYS = {
    "elgorrieta-fronton-reopens.html": [
        "small pelota museum",
        "tolosa fronton to host a women's professional league",
        "gipuzkoa bans fireworks at village fiestas",
        "azpeitia glove maker closes",
    ],
    "marvao-castle-walls-restored.html": [
        "zip line from the castle keep",
        "marvão chestnut festival moves inside the castle",
        "portalegre tapestry museum lends works to the louvre",
        "spanish border crossing near marvão to close at night",
    ],
    "hoogerwaal-pump-track-noise.html": [
        "second pump track next to the railway station",
        "hoogerwaal bans e-bikes from the saturday market",
        "storks nest on the hoogerwaal church tower",
        "gelderland trains free for pensioners",
    ],
}
# Publishers named only in front matter: they must not occur in any visible article text.
FRONT_ONLY_PUBLISHERS = ["northern pitch", "cornish harbours chronicle"]
# The two stories of each pair: same people, places and organisations, at least a year apart.
PAIRS = [
    ("elgorrieta-fronton-roof-collapse.txt", "elgorrieta-fronton-reopens.html"),
    ("ruadhan-shinty-pitch-flooded.txt", "ruadhan-shinty-camanachd-cup-run.md"),
]
PAIR_MULTI = 3
# list items: the term (a regex over visible text) or ("month", year, month) they enumerate.
# Each list question matches exactly one (question pattern, what it enumerates) pair below.
LIST_TERMS = [
    (r"alibaba", r"alibaba"),
    (r"huawei", r"huawei"),
    (r"rogan", r"joe rogan"),
    (r"cadillac|formula ?(?:one|1)|\bf1\b", r"cadillac|formula one"),
    (r"reuters", r"reuters"),
    (r"microsoft", r"microsoft"),
    (r"july 2025|jul 2025", ("month", 2025, 7)),
]
WIRES = {"Reuters", "AFP", "AP"}
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
    art = Article(path.name, title, text, parse_date(date and date.group(1)), source)
    art.date_text = date.group(1) if date else None
    art.jsonld = " ".join(
        re.findall(r"<script[^>]*ld\+json[^>]*>(.*?)</script>", raw, flags=re.S | re.I)
    )
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
    agency = None
    if date is None:
        wire = (
            r"^[A-Z][A-Z ]+,(?: [A-Z][A-Za-z ]+,)? (\w+\.? \d{1,2}, \d{4}) \((?:Reuters|AFP|AP)\) -"
        )
        date = re.search(wire, raw, flags=re.M)
        source = "txt wire dateline" if date else None
        if date:
            agency = re.search(r"\((Reuters|AFP|AP)\) -", date.group(0)).group(1)
    art = Article(path.name, title, raw, parse_date(date and date.group(1)), source)
    art.agency = agency
    art.date_text = date.group(1) if date else None
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


WEEKDAY_FORMS = {
    "txt published line": (r"([A-Z][a-z]+day) (\d{1,2}) ([A-Z][a-z]+) (\d{4})$", "%A"),
    "html visible byline": (r"([A-Z][a-z]+day), ([A-Z][a-z]+) (\d{1,2}), (\d{4})$", "%A"),
}


def check_shape(mine, problems):
    """Wire agencies, weekday names, JSON-LD/byline date sources, sidebars, pairs a year apart."""
    agencies = Counter(getattr(a, "agency", None) for a in mine if a.source == "txt wire dateline")
    if set(agencies) != WIRES or any(n != 1 for n in agencies.values()):
        problems.append(
            f"corpus: wire datelines from {dict(agencies)}, expected one each of {WIRES}"
        )
    for art in mine:
        form = WEEKDAY_FORMS.get(art.source)
        if form and art.date:
            match = re.match(form[0], art.date_text.strip())
            if not match:
                problems.append(f"corpus {art.name}: date line {art.date_text!r} badly formed")
            elif match.group(1) != art.date.strftime(form[1]):
                problems.append(f"corpus {art.name}: {match.group(1)} is not {art.date}'s weekday")
        dated = re.search(r"\w+day, \w+ \d{1,2}, \d{4}|\b20\d\d-\d\d-\d\d\b", art.text)
        if art.source == "html json-ld" and dated:
            problems.append(f"corpus {art.name}: JSON-LD-dated page shows a date in its text")
        if art.source == "html visible byline" and re.search(r"date", art.jsonld, flags=re.I):
            problems.append(f"corpus {art.name}: byline-dated page has a date in its JSON-LD")
        if art.name.endswith(".html"):
            raw = (CORPUS / art.name).read_text(encoding="utf-8")
            box = re.search(r"most read</h\d>(.*?)</(?:ul|ol)>", raw, flags=re.S | re.I)
            if not box or len(re.findall(r"<li\b", box.group(1))) != 3:
                problems.append(f"corpus {art.name}: the 'Most read' list should hold 3 headlines")
    by_name = {a.name: a for a in mine}
    for one, two in PAIRS:
        a, b = by_name.get(one), by_name.get(two)
        if not (a and b and a.date and b.date):
            problems.append(f"pair {one} / {two}: missing article or date")
            continue
        early, late = sorted([a.date, b.date])
        try:
            year_on = early.replace(year=early.year + 1)
        except ValueError:  # 29 February
            year_on = early + datetime.timedelta(days=365)
        if late < year_on:
            problems.append(f"pair {one} / {two}: {early} and {late} are less than a year apart")


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


def check_kinds(items, first, mine, by_title, problems):
    """Exhaustive lists, pair-spanning multis, two-figure compares, first-corpus factoids."""
    every = first + mine
    used = Counter()
    for item in items:
        if item.get("kind") != "list" or not item.get("answerable"):
            continue
        q = norm(item["q"])
        terms = [(qp, what) for qp, what in LIST_TERMS if re.search(qp, q)]
        if len(terms) != 1:
            problems.append(f"{item['id']}: list question matches {len(terms)} LIST_TERMS entries")
            continue
        used[terms[0][0]] += 1
        what = terms[0][1]
        if isinstance(what, tuple):
            want = {a.title for a in mine if a.date and (a.date.year, a.date.month) == what[1:]}
        else:
            want = {a.title for a in every if re.search(what, a.text + " " + a.title)}
        got = {t for frag in item["articles"] for t in by_title if frag in t}
        if got != want:
            missing = sorted(t[:40] for t in want - got)
            extra = sorted(t[:40] for t in got - want)
            problems.append(f"{item['id']}: list not exhaustive, missing {missing}, extra {extra}")
    for qp, _ in LIST_TERMS:
        if used[qp] != 1:
            problems.append(f"LIST_TERMS {qp!r}: used by {used[qp]} list items, expected 1")
    pair_titles = []
    for one, two in PAIRS:
        names = {a.name: a.title for a in mine}
        pair_titles.append({names.get(one), names.get(two)})
    spans = 0
    for item in items:
        if item.get("kind") == "multi":
            got = {t for frag in item["articles"] for t in by_title if frag in t}
            spans += any(got == pair for pair in pair_titles)
        if item.get("kind") == "compare" and len(item.get("all", [])) < 2:
            problems.append(f"{item['id']}: compare item needs both figures as `all` groups")
    if spans < PAIR_MULTI:
        problems.append(f"{spans} multi items span a pair's two stories, {PAIR_MULTI} needed")
    first_titles = {a.title for a in first}
    on_first = sum(
        1
        for i in items
        if i.get("kind") == "factoid"
        and i.get("articles")
        and all(any(f in t for t in first_titles) for f in i["articles"])
    )
    if on_first != FIRST_FACTOIDS:
        problems.append(
            f"{on_first} factoids about first-corpus articles, expected {FIRST_FACTOIDS}"
        )
    turns = [i for i in items if i.get("conversation") == f"{CONV}{TOPIC_SWITCH}"]
    if len(turns) == 3 and set(turns[2]["articles"]) & set(turns[0]["articles"]):
        problems.append(
            f"conversation {CONV}{TOPIC_SWITCH}: the third turn should move to another article"
        )


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
            if conv != f"{CONV}{len(seen) + 1}":
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
    check_shape(mine, problems)
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
    convs = check_conversations(items, problems)
    check_kinds(items, first, mine, by_title, problems)
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
