"""``make bench``: the full answer path against its floor, measured side by side in one run.

``python -m bot bench --json`` prints the same figures as one JSON object; ``make bench-scale``
(:mod:`bot.scale_benchmark`) takes them at two store sizes.

The floor is the least any retrieval-augmented answer costs: one query embedding and one Chroma
top-k query. The two are interleaved question by question so that machine noise hits both alike.
"""

from __future__ import annotations

import os
import resource
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine import Engine


@dataclass(frozen=True)
class Benchmark:
    questions: int
    answer_ms: list[float]
    floor_ms: list[float]
    #: Sentences in the store, and the process's resident memory after the answers.
    sentences: int = 0
    rss_mb: float = 0.0

    @staticmethod
    def percentile(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_benchmark(engine: Engine, questions: Sequence[str], rounds: int) -> Benchmark:
    embedder = engine.retriever.embedder
    engine.answer(questions[0])
    answer_ms: list[float] = []
    floor_ms: list[float] = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter()
            engine.store.query_chunks(embedder.embed_query(question), 10)
            floor_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            engine.answer(question)
            answer_ms.append((time.perf_counter() - start) * 1000)
    return Benchmark(
        len(questions), answer_ms, floor_ms, engine.store.keywords.count(), resident_mb()
    )


#: Questions answered across articles (overview, list, summary, comparison), timed apart from
#: the facts: they read several articles, and the target for them is 3× the floor, not 1.5×.
ARTICLE_QUESTIONS = (
    "what articles do you have",
    "which articles mention AI?",
    "anything on formula one?",
    "what's the news on Microsoft?",
    "summarize the Huawei article",
    "which stories are from the Daily Mail?",
)


def resident_mb() -> float:
    """This process's resident memory now (Linux), else its peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def benchmark_figures(b: Benchmark) -> dict[str, float | int]:
    """The figures as one JSON-ready object (``python -m bot bench --json``)."""
    p50a, p95a = b.percentile(b.answer_ms, 0.5), b.percentile(b.answer_ms, 0.95)
    p50f, p95f = b.percentile(b.floor_ms, 0.5), b.percentile(b.floor_ms, 0.95)
    return {
        "sentences": b.sentences,
        "runs": len(b.answer_ms),
        "answer_p50_ms": round(p50a, 2),
        "answer_p95_ms": round(p95a, 2),
        "floor_p50_ms": round(p50f, 2),
        "floor_p95_ms": round(p95f, 2),
        "p50_ratio": round(p50a / p50f, 3),
        "p95_ratio": round(p95a / p95f, 3),
        # Each answer less the floor measured just before it: the answer path's own cost,
        # which noise from other work on the machine disturbs less than a ratio of percentiles.
        "beyond_floor_p50_ms": round(
            statistics.median(a - f for a, f in zip(b.answer_ms, b.floor_ms, strict=True)), 2
        ),
        "rss_mb": round(b.rss_mb, 1),
        "cores": cores(),
    }


def article_figures(b: Benchmark) -> dict[str, float]:
    """The article-level questions' figures, keyed for the JSON object of ``bench --json``."""
    p50a, p95a = b.percentile(b.answer_ms, 0.5), b.percentile(b.answer_ms, 0.95)
    p50f, p95f = b.percentile(b.floor_ms, 0.5), b.percentile(b.floor_ms, 0.95)
    return {
        "articles_answer_p50_ms": round(p50a, 2),
        "articles_p50_ratio": round(p50a / p50f, 3),
        "articles_p95_ratio": round(p95a / p95f, 3),
    }


def format_benchmark(b: Benchmark) -> str:
    p50a, p95a = b.percentile(b.answer_ms, 0.5), b.percentile(b.answer_ms, 0.95)
    p50f, p95f = b.percentile(b.floor_ms, 0.5), b.percentile(b.floor_ms, 0.95)
    return "\n".join(
        [
            f"{len(b.answer_ms)} runs ({b.questions} questions), interleaved",
            f"full answer path   p50 {p50a:7.1f} ms   p95 {p95a:7.1f} ms",
            f"floor (embed+knn)  p50 {p50f:7.1f} ms   p95 {p95f:7.1f} ms",
            f"ratio              p50 {p50a / p50f:7.2f}x     p95 {p95a / p95f:7.2f}x",
            f"mean ratio {statistics.mean(b.answer_ms) / statistics.mean(b.floor_ms):.2f}x",
            f"{b.sentences} sentences, RSS {b.rss_mb:.0f} MB, {cores()} cores",
        ]
    )
