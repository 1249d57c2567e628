"""Fit the refusal model (``bot.compose.SUPPORT_WEIGHTS``) on question sets, and check it on
sets and articles the fit never saw.

    python tests/eval/fit_support.py --fit STORE:SET.jsonl ... --test STORE:SET.jsonl ...

Each STORE is a data dir that holds the articles of its SET (``make eval-kinds`` builds them).
Only the questions the engine answers as facts count (factoid, near miss, follow-up, off topic):
an answerable one is a positive when the extractive answer, before the refusal check, is right;
an unanswerable one is a negative unless the engine refuses it at any support (the quoted
sentences lack what it asks); an answerable one answered wrongly is left out (refusing it or
not, it is wrong). Prints the weights as Python, and accuracy on every set at the chosen
threshold. A development tool: the product never fits anything at run time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.compose import compose_answer, select_sentences, support_features
from bot.engine import Engine
from bot.models import Conversation
from bot.question import Kind, understand
from bot.settings import BotSettings


def right(item: dict, text: str, titles: list[str]) -> bool:
    text = " ".join(text.lower().split())
    if item.get("any") and not any(v.lower() in text for v in item["any"]):
        return False
    for group in item.get("all") or []:
        if not any(v.lower() in text for v in group):
            return False
    wanted = item.get("articles") or ([item["article"].lower()] if item.get("article") else [])
    return all(any(w in t.lower() for t in titles) for w in wanted)


def samples(spec: str, engine_cache: dict[str, Engine]) -> list[tuple[dict, int]]:
    store, path = spec.split(":", 1)
    engine = engine_cache.get(store)
    if engine is None:
        engine = Engine.open(BotSettings(_env_file=None, data_dir=Path(store)))  # type: ignore[call-arg]
        engine_cache[store] = engine
    conversations: dict[str, Conversation] = {}
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        conversation = conversations.setdefault(
            item.get("conversation") or id(item), Conversation()
        )
        question = understand(item["q"], engine.speller)
        if question.kind is not Kind.FACT or item.get("kind") == "greeting":
            conversation.add(engine.answer(item["q"], conversation.turns))
            continue
        retrieval = engine.retriever.retrieve(question.text, conversation.turns)
        if not retrieval.evidence:
            continue
        answer = compose_answer(question.text, retrieval, 0.0)
        conversation.add(answer)
        features = support_features(retrieval, select_sentences(retrieval.evidence))
        if item.get("answerable", True):
            if right(item, answer.text, [c.title for c in answer.citations]):
                out.append((features, 1))
        elif not answer.refused:
            # an unanswerable question refused whatever its support (it lacks what is asked)
            # says nothing of where the threshold should lie
            out.append((features, 0))
    return out


def cached(spec: str, engines: dict[str, Engine], folder: Path | None) -> list[tuple[dict, int]]:
    """:func:`samples`, kept in ``folder`` so that a refit need not answer every set again."""
    if folder is None:
        return samples(spec, engines)
    path = folder / (re.sub(r"[^\w.-]+", "_", spec).strip("_") + ".json")
    if path.exists():
        return [(f, y) for f, y in json.loads(path.read_text(encoding="utf-8"))]
    data = samples(spec, engines)
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return data


def fit(data: list[tuple[dict, int]], names: list[str], l2: float = 0.002) -> np.ndarray:
    x = np.array([[f[n] for n in names] for f, _ in data])
    y = np.array([label for _, label in data], dtype=float)
    w = np.zeros(len(names))
    for _ in range(20000):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]]
        w -= 0.5 * grad
    return w


def accuracy(data: list[tuple[dict, int]], names: list[str], w: np.ndarray, t: float) -> str:
    if not data:
        return "-"
    x = np.array([[f[n] for n in names] for f, _ in data])
    p = 1 / (1 + np.exp(-x @ w))
    pos = [pp >= t for pp, (_, y) in zip(p, data, strict=True) if y == 1]
    neg = [pp < t for pp, (_, y) in zip(p, data, strict=True) if y == 0]
    return f"answers kept {sum(pos)}/{len(pos)}, refusals {sum(neg)}/{len(neg)}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fit", nargs="+", required=True)
    ap.add_argument("--test", nargs="*", default=[])
    ap.add_argument(
        "--threshold", type=float, nargs="*", default=[], help="also report these thresholds"
    )
    ap.add_argument(
        "--cache",
        type=Path,
        help="keep each set's samples in this folder and reuse them (delete it after code changes)",
    )
    args = ap.parse_args()
    engines: dict[str, Engine] = {}
    fitted = {s: cached(s, engines, args.cache) for s in args.fit}
    tested = {s: cached(s, engines, args.cache) for s in args.test}
    data = [d for ds in fitted.values() for d in ds]
    names = list(data[0][0])
    w = fit(data, names)
    best_t = max(
        np.arange(0.2, 0.8, 0.02),
        key=lambda t: sum(
            (1 / (1 + np.exp(-np.dot([f[n] for n in names], w))) >= t) == bool(y) for f, y in data
        ),
    )
    print("SUPPORT_WEIGHTS = {")
    for n, v in zip(names, w, strict=True):
        print(f'    "{n}": {v:.2f},')
    print("}")
    print(f"threshold {best_t:.2f}")
    for t in [best_t, *args.threshold]:
        print(f"at {t:.2f}:")
        for label, sets in (("fitted", fitted), ("held out", tested)):
            for spec, ds in sets.items():
                print(f"{label:9} {spec}: {accuracy(ds, names, w, t)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
