#!/usr/bin/env python3
"""Sanity-check kinds_qa.jsonl against the corpus (this folder's corpus/ plus the first corpus page).

Checks: every line parses; required fields are present and typed; ids are unique; every `any`/`all`
variant of an answerable item occurs (case-insensitive, white space folded) in at least one corpus
file. For kind "when" the date variants deliberately cover several formats, so there only one variant
per list/group must occur (the others are reported as notes). Prints counts per kind; exit 1 on errors.
"""

import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = sorted((HERE / "corpus").glob("*")) + [
    pathlib.Path("/work/shared/corpus/daily8-related-articles.txt")
]
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
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}


def norm(text: str) -> str:
    text = text.lower()
    for curly, straight in QUOTES.items():
        text = text.replace(curly, straight)
    return re.sub(r"[\s\u00a0]+", " ", text).strip()


def main() -> int:
    import html

    texts = {
        p.name: norm(html.unescape(p.read_text(encoding="utf-8"))) for p in CORPUS if p.is_file()
    }
    errors, notes, kinds, ids = [], [], Counter(), set()
    lines = (HERE / "kinds_qa.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON: {exc}")
            continue
        for field, typ in REQUIRED.items():
            if not isinstance(item.get(field), typ):
                errors.append(f"line {n}: field {field!r} missing or not {typ.__name__}")
        iid = item.get("id")
        if iid in ids:
            errors.append(f"line {n}: duplicate id {iid}")
        ids.add(iid)
        if item.get("kind") not in KINDS:
            errors.append(f"{iid}: unknown kind {item.get('kind')!r}")
        kinds[item.get("kind")] += 1
        if not item.get("answerable"):
            if item.get("any") or item.get("articles"):
                errors.append(f"{iid}: unanswerable item with any/articles")
            continue
        groups = [item.get("any") or []] + list(item.get("all") or [])
        for group in groups:
            if not group:
                continue
            found = [v for v in group if any(norm(v) in t for t in texts.values())]
            missing = [v for v in group if v not in found]
            if item.get("kind") == "when":
                if not found:
                    errors.append(f"{iid}: no variant of {group} occurs in the corpus")
                elif missing:
                    notes.append(f"{iid}: date-format variants not verbatim in corpus: {missing}")
            elif missing:
                errors.append(f"{iid}: variants not in any corpus file: {missing}")
    for note in notes:
        print("note:", note)
    for err in errors:
        print("ERROR:", err)
    print(f"{sum(kinds.values())} items")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind:<10} {count}")
    print(
        f"conversations: {len({json.loads(l).get('conversation') for l in lines if l.strip()} - {None})}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
