#!/usr/bin/env python3
"""Check fresh_qa.jsonl against the articles in corpus/."""

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
FIELDS = {"id", "q", "any", "article", "answerable"}


def title_and_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        title = html.unescape(re.search(r"<title>(.*?)</title>", raw, re.S).group(1)).strip()
        text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    elif path.suffix == ".md" and raw.startswith("---"):
        fm = raw.split("---", 2)[1]
        title = re.search(r'^title:\s*"?(.*?)"?\s*$', fm, re.M).group(1)
        for key in ("publisher", "published", "url"):
            assert re.search(rf"^{key}:", fm, re.M), f"{path.name}: front matter lacks {key}"
        assert re.search(r"^published:\s*\d{4}-\d{2}-\d{2}\s*$", fm, re.M), f"{path.name}: bad date"
        text = raw
    elif path.suffix == ".md":
        first = raw.splitlines()[0]
        assert first.startswith("# "), f"{path.name}: should start with '# '"
        title, text = first[2:].strip(), raw
    else:
        title, text = raw.splitlines()[0].strip(), raw
    return title, re.sub(r"\s+", " ", text)


articles = {p.name: title_and_text(p) for p in sorted(CORPUS.iterdir())}
errors = []
rows = []
for n, line in enumerate((HERE / "fresh_qa.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: bad JSON: {e}")
        continue
    rows.append(r)
    if set(r) != FIELDS:
        errors.append(f"line {n}: fields {sorted(r)}")
        continue
    rid = r["id"]
    if not re.fullmatch(r"f\d\d", rid):
        errors.append(f"{rid}: bad id")
    if not isinstance(r["q"], str) or not r["q"].strip():
        errors.append(f"{rid}: empty q")
    if r["answerable"] is True:
        if not (isinstance(r["any"], list) and 1 <= len(r["any"]) <= 3):
            errors.append(f"{rid}: any must hold 1-3 strings")
            continue
        word = r["article"]
        hits = [
            name
            for name, (title, _) in articles.items()
            if isinstance(word, str) and re.search(rf"\b{re.escape(word)}\b", title, re.I)
        ]
        if len(hits) != 1:
            errors.append(f"{rid}: article word {word!r} matches titles {hits}")
            continue
        text = articles[hits[0]][1].lower()
        for s in r["any"]:
            if not isinstance(s, str) or s.lower() not in text:
                errors.append(f"{rid}: {s!r} not in {hits[0]}")
    elif r["answerable"] is False:
        if r["any"] != [] or r["article"] is not None:
            errors.append(f"{rid}: unanswerable needs any=[] and article=null")
    else:
        errors.append(f"{rid}: answerable must be a boolean")

ids = [r.get("id") for r in rows]
dups = [i for i, c in Counter(ids).items() if c > 1]
if dups:
    errors.append(f"duplicate ids {dups}")

for name, (title, text) in articles.items():
    body = re.sub(r"<[^>]+>", " ", text)
    print(f"{name:22} {len(body.split()):4} words  title: {title}")
per = Counter(r["article"] for r in rows if r.get("answerable") is True)
print("answerable per article word:", dict(per))
print("unanswerable:", sum(1 for r in rows if r.get("answerable") is False), "total:", len(rows))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
