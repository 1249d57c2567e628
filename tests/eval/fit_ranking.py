"""Fit the candidate score (``bot.retrieval.WEIGHTS``) on question sets, each set left out in turn.

    python tests/eval/fit_ranking.py STORE:SET.jsonl ...

Each STORE is a data dir that holds the articles of its SET (``make eval-kinds`` builds them).
The engine answers every question of a set in order (conversations keep their turns); for each
answerable fact or follow-up answered by one retrieval, every candidate sentence is labelled by
whether it holds one of the item's expected strings in one of its expected articles. A listwise
logistic model (softmax over a question's candidates) is fitted on all sets but one and scored
on the one left out: how often the sentences ``bot.compose.select_sentences`` picks hold the
answer, under the shipped weights, the fitted ones, and halfway between the fit and the
earlier hand-set weights (what ships: see ``bot.retrieval.WEIGHTS``). Then it fits on every set
and prints both, scaled to the spread of the shipped scores (the margins of ``bot.compose`` are
in that unit). A development tool: the product never fits anything at run time.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.compose import select_sentences
from bot.engine import Engine
from bot.models import Conversation
from bot.retrieval import FOCUS_BONUS, WEIGHTS, Evidence, Retrieval, asked_kind
from bot.settings import BotSettings

FEATURES = (
    "dense",
    "context",
    "coverage",
    "title",
    "predicate",
    "kind",
    "missing",
    "lead",
    "position",
    "stripped",
    "focus",
)


#: The weights chosen by hand before the fit (grid search on the first corpus and ``fresh``).
HAND_SET = {
    "dense": 0.6,
    "context": 0.6,
    "coverage": 0.5,
    "title": 0.25,
    "predicate": 0.4,
    "kind": 0.15,
    "missing": -0.2,
    "lead": -0.1,
    "focus": 0.2,
}


@dataclass
class Candidates:
    evidence: list[Evidence]
    x: np.ndarray
    labels: np.ndarray


def vector(e: Evidence, retrieval: Retrieval, asked: bool) -> list[float]:
    values = {
        **{name: getattr(e, name) for name in FEATURES if hasattr(e, name)},
        "kind": e.kind if asked else 0.0,
        "focus": 1.0 if e.article.article_id in retrieval.focus else 0.0,
    }
    return [values[name] for name in FEATURES]


def collect(spec: str) -> list[Candidates]:
    store, path = spec.split(":", 1)
    engine = Engine.open(BotSettings(_env_file=None, data_dir=Path(store)))  # type: ignore[call-arg]
    seen: list[tuple[str, Retrieval]] = []
    retrieve = engine.retriever.retrieve

    def spy(question: str, history=(), **options):  # type: ignore[no-untyped-def]
        retrieval = retrieve(question, history, **options)
        seen.append((question, retrieval))
        return retrieval

    engine.retriever.retrieve = spy  # type: ignore[method-assign]
    conversations: dict[object, Conversation] = {}
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        conversation = conversations.setdefault(
            item.get("conversation") or id(item), Conversation()
        )
        seen.clear()
        conversation.add(engine.answer(item["q"], conversation.turns))
        if item.get("kind", "factoid") not in ("factoid", "followup") or len(seen) != 1:
            continue
        question, retrieval = seen[0]
        if not retrieval.evidence or not item.get("answerable", True):
            continue
        variants = [v.lower() for v in item.get("any") or []]
        variants += [v.lower() for group in item.get("all") or [] for v in group]
        wanted = [w.lower() for w in item.get("articles") or [item.get("article") or ""] if w]
        asked = asked_kind(question, retrieval.query) is not None
        labels = [
            bool(variants)
            and (not wanted or any(w in e.article.title.lower() for w in wanted))
            and any(v in " ".join(e.sentence.text.lower().split()) for v in variants)
            for e in retrieval.evidence
        ]
        out.append(
            Candidates(
                list(retrieval.evidence),
                np.array([vector(e, retrieval, asked) for e in retrieval.evidence]),
                np.array(labels, dtype=float),
            )
        )
    return out


def cached(spec: str, folder: Path | None) -> list[Candidates]:
    """:func:`collect`, kept in ``folder`` so that a refit need not answer every set again."""
    if folder is None:
        return collect(spec)
    path = folder / (re.sub(r"[^\w.-]+", "_", spec).strip("_") + ".pickle")
    if path.exists():
        with path.open("rb") as f:
            return pickle.load(f)
    data = collect(spec)
    folder.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(data, f)
    return data


def shipped() -> np.ndarray:
    return np.array([FOCUS_BONUS if n == "focus" else WEIGHTS.get(n, 0.0) for n in FEATURES])


def halfway(w: np.ndarray) -> np.ndarray:
    return (w + np.array([HAND_SET.get(n, 0.0) for n in FEATURES])) / 2


def fit(data: list[Candidates], l2: float = 0.003, steps: int = 800) -> np.ndarray:
    useful = [c for c in data if 0 < c.labels.sum() < len(c.labels)]
    sizes = [len(c.labels) for c in useful]
    x = np.concatenate([c.x for c in useful])
    target = np.concatenate([c.labels / c.labels.sum() for c in useful])
    starts = np.cumsum([0, *sizes[:-1]])
    question = np.repeat(np.arange(len(useful)), sizes)
    w = np.zeros(len(FEATURES))
    for _ in range(steps):
        # the softmax over each question's candidates, all questions at once
        s = x @ w
        p = np.exp(s - np.maximum.reduceat(s, starts)[question])
        p /= np.add.reduceat(p, starts)[question]
        w -= x.T @ (p - target) / len(useful) + l2 * w
    return w * spread(data, shipped()) / spread(data, w)


def spread(data: list[Candidates], w: np.ndarray) -> float:
    return float(np.concatenate([c.x @ w for c in data]).std()) or 1.0


def held(data: list[Candidates], w: np.ndarray) -> tuple[int, int]:
    """Questions whose chosen sentences hold the answer, of those whose candidates do."""
    right = total = 0
    for c in data:
        if not c.labels.any():
            continue
        total += 1
        scores = c.x @ w
        order = np.argsort(-scores, kind="stable")
        ranked = [replace(c.evidence[i], score=float(scores[i])) for i in order]
        chosen = {e.sentence.sentence_id for e in select_sentences(ranked)}
        right += any(c.labels[i] for i in order if c.evidence[i].sentence.sentence_id in chosen)
    return right, total


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+", help="STORE:SET.jsonl")
    ap.add_argument(
        "--cache",
        type=Path,
        help="keep each set's candidates in this folder and reuse them (delete it after code "
        "changes); sets can be collected in parallel runs, then fitted together",
    )
    args = ap.parse_args()
    data = {spec: cached(spec, args.cache) for spec in args.sets}
    totals = np.zeros(4, dtype=int)
    for spec, rows in data.items():
        others = [c for s, cs in data.items() if s != spec for c in cs]
        w = fit(others)
        now, total = held(rows, shipped())
        counts = (now, held(rows, w)[0], held(rows, halfway(w))[0], total)
        totals += counts
        print(
            f"{spec}: shipped {now}, fitted without it {counts[1]}, halfway {counts[2]} / {total}"
        )
    print(
        f"all (each set left out of its fit): shipped {totals[0]}, fitted {totals[1]}, "
        f"halfway {totals[2]} / {totals[3]}"
    )
    w = fit([c for cs in data.values() for c in cs])
    for label, weights in (("fitted", w), ("halfway", halfway(w))):
        print(f"{label}:")
        for name, value in zip(FEATURES, weights, strict=True):
            print(f'    "{name}": {value:.3f},')
    return 0


if __name__ == "__main__":
    sys.exit(main())
