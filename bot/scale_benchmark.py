"""``make bench-scale``: the product's speed at two store sizes, measured in one run.

What it does, in a fresh work directory (``data/bench-scale`` unless ``--work`` says otherwise):

1. **Seed corpus** (``corpus/seed``, ~150 articles, ~5k sentences): the repository's real
   articles (``corpus/`` and ``tests/eval/fresh/corpus``) verbatim, plus articles made from their
   sentences, recombined deterministically (each made article takes ~34 real sentences in a
   seeded random order under a real title). Real text, real lengths, so the embedding work is
   that of news.
2. **Ingest vs raw encode**: in one process, with the model loaded once, the raw
   ``SentenceTransformer.encode`` of exactly the texts an ingest embeds (the library's own
   length-sorted batches of one call over all of them), half of its batches just before and
   half just after ``sync_articles`` of the seed corpus into an empty store (read, chunk,
   embed, write to Chroma and the keyword cache). ``ingest_vs_encode`` is the ingest time over
   the two halves' sum (see :func:`ingest_vs_encode`).
3. **Small store**: a fresh process opens the engine (``open_s``: after the model load) and runs
   ``make bench``'s interleaved answer-vs-floor measurement on ``tests/eval/dev_qa.jsonl``; then
   ``python -m ingest`` with nothing changed, and ``python -m ingest --rebuild-keywords``, are
   timed as whole processes.
4. **Filler** (``corpus/filler``, up to ~100k sentences in all): articles whose sentences are
   drawn word by word from the seed corpus's word frequencies (so common and rare words occur
   as often as in news), ingested through the same ``sync_articles`` path but embedded by
   :class:`HashedEmbedder`, a cheap stand-in (a signed hashed bag of words, 384 dimensions,
   normalised), so that the build takes minutes rather than hours. The seed articles keep
   their real vectors; the questions are embedded by the real model.
5. **Large store**: step 3 again.

The last line printed is one JSON object with every figure (see ``FIGURES``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import shutil
import subprocess
import sys
import time
import zlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.benchmark import benchmark_figures, cores, run_benchmark
from ingest.chunking import prepare_article, split_sentences
from ingest.lock import writer_lock
from ingest.models import Article
from ingest.reading import iter_article_files, read_articles
from ingest.settings import IngestSettings

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
REAL_CORPORA = (ROOT / "corpus", ROOT / "tests" / "eval" / "fresh" / "corpus")
QUESTIONS = ROOT / "tests" / "eval" / "dev_qa.jsonl"
#: Keys of the last line's JSON object that the issue asks for (more are printed).
FIGURES = (
    "ingest_vs_encode",
    "small_sentences",
    "large_sentences",
    "p50_ratio_small",
    "p95_ratio_small",
    "p50_ratio_large",
    "p95_ratio_large",
    "open_s_large",
    "noop_reingest_s_large",
    "rss_mb_large",
    "cores",
)
_SENTENCES_PER_ARTICLE = 34
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+")


class HashedEmbedder(Embeddings):
    """The filler's stand-in embedder: each word adds ±1 to a coordinate picked by a stable hash
    (CRC-32), and the vector is normalised. Microseconds per text, 384 dimensions like MiniLM,
    and texts sharing words are close; it is never used for questions."""

    def __init__(self, dim: int = 384, model_name: str | None = None) -> None:
        self.dim = dim
        #: Chroma records the model in the collections' config; the filler keeps the real name.
        self.model_name = model_name

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        for word in _WORD.findall(text.lower()):
            h = zlib.crc32(word.encode())
            vector[h % self.dim] += 1.0 if h & 0x80000000 else -1.0
        norm = float(np.linalg.norm(vector))
        if norm == 0.0:
            vector[0] = 1.0
            return vector
        return vector / norm

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t).tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text).tolist()


def real_articles() -> list[Article]:
    articles: dict[str, Article] = {}
    for corpus in REAL_CORPORA:
        for path in iter_article_files([corpus]):
            for a in read_articles(path, corpus, 2_000_000):
                articles.setdefault(a.article_id, a)
    return list(articles.values())


def write_seed_corpus(folder: Path, count: int) -> None:
    """The real article files, then made articles of recombined real sentences, ``count`` in
    all (see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    real = real_articles()
    for corpus in REAL_CORPORA:
        for path in iter_article_files([corpus]):
            shutil.copy(path, folder / path.name)
    sentences = [s.text for a in real for s in split_sentences(a.body)]
    titles = [a.title for a in real]
    for n in range(count - len(real)):
        rng = random.Random(n)
        body = " ".join(rng.sample(sentences, min(_SENTENCES_PER_ARTICLE, len(sentences))))
        title = f"{rng.choice(titles)}: part {n + 1}"
        (folder / f"made-{n:04}.txt").write_text(f"{title}\n{body}\n", encoding="utf-8")


def write_filler(folder: Path, seed: Path, articles: int) -> None:
    """Articles of sentences drawn word by word from the seed corpus's word frequencies."""
    folder.mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter()
    for path in sorted(seed.glob("*.txt")):
        counts.update(w.lower() for w in _WORD.findall(path.read_text(encoding="utf-8")))
    words = list(counts)
    cumulative = list(np.cumsum([counts[w] for w in words]))
    rng = random.Random(2024)

    def sentence(low: int, high: int) -> str:
        drawn = rng.choices(words, cum_weights=cumulative, k=rng.randint(low, high))
        return " ".join(drawn).capitalize()

    for n in range(articles):
        body = " ".join(f"{sentence(8, 28)}." for _ in range(_SENTENCES_PER_ARTICLE - 1))
        text = f"{sentence(6, 10)} {n}\n{body}\n"
        (folder / f"filler-{n:05}.txt").write_text(text, encoding="utf-8")


def _release_chroma() -> None:
    """Stop this process's embedded Chroma clients before another process opens the store."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def _environment(settings: IngestSettings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env.update(
        NEWSBOT_DATA_DIR=str(settings.data_dir),
        NEWSBOT_CORPUS_DIR=str(settings.corpus_dir),
        PYTHONPATH=str(ROOT),
    )
    return env


def measure_size(settings: IngestSettings, rounds: int) -> dict[str, Any]:
    """Answer-vs-floor, engine open and RSS in a fresh process, then a no-op ingest timed as a
    whole process."""
    probe = subprocess.run(
        [sys.executable, "-m", "bot.scale_benchmark", "probe", "--rounds", str(rounds)],
        env=_environment(settings),
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, Any] = json.loads(probe.stdout.strip().splitlines()[-1])
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ingest", "--json"],
        env=_environment(settings),
        capture_output=True,
        text=True,
        check=True,
    )
    figures["noop_reingest_s"] = round(time.perf_counter() - start, 2)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ingest", "--rebuild-keywords", "--json"],
        env=_environment(settings),
        capture_output=True,
        text=True,
        check=True,
    )
    figures["rebuild_keywords_s"] = round(time.perf_counter() - start, 2)
    return figures


def probe(rounds: int) -> int:
    """``python -m bot.scale_benchmark probe``: the figures of the store the environment
    names, as one JSON line."""
    from bot.engine import Engine
    from bot.settings import BotSettings
    from ingest.embedding import SentenceTransformerEmbedder
    from ingest.store import ArticleStore

    settings = BotSettings()
    embedder = SentenceTransformerEmbedder(settings.embedding_model)
    start = time.perf_counter()
    embedder.load()
    embedder.embed_query("warm up")
    model_s = time.perf_counter() - start
    # What Engine.open does after the model load, in two timed halves.
    start = time.perf_counter()
    store = ArticleStore.open(settings, embedder)
    store_s = time.perf_counter() - start
    start = time.perf_counter()
    engine = Engine(settings, store, embedder)
    engine_s = time.perf_counter() - start
    questions = [json.loads(line)["q"] for line in QUESTIONS.read_text().splitlines() if line]
    figures = benchmark_figures(run_benchmark(engine, questions, rounds))
    timings = {
        "open_s": round(store_s + engine_s, 3),
        "store_open_s": round(store_s, 3),
        "model_s": round(model_s, 2),
    }
    print(json.dumps({**figures, **timings}))
    return 0


def ingest_vs_encode(settings: IngestSettings, seed: Path) -> tuple[float, float, float, float]:
    """(ratio, ingest seconds, encode seconds, ratio in CPU time) for the seed corpus into an
    empty store; the CPU-time ratio is the one that other work on the machine disturbs less.

    The raw encode is one ``encode`` call's work over exactly the texts the ingest embeds, done
    once, in two halves that bracket the ingest: the texts sorted longest first and cut into the
    library's batches, as one call over all of them would, the even batches encoded just before
    the ingest and the odd ones just after. Together the halves pad and compute exactly what one
    call does, and a machine that slows down during the run slows both sides alike.
    """
    from ingest.embedding import SentenceTransformerEmbedder
    from ingest.store import ArticleStore
    from ingest.sync import read_corpus, sync_articles

    embedder = SentenceTransformerEmbedder(settings.embedding_model)
    embedder.load()
    articles, _, _ = read_corpus([seed], settings.corpus_dir, settings.max_file_bytes)
    texts = [t for a in articles for t in prepare_article(a).texts]
    model = embedder._model
    model.encode(texts[:64], batch_size=embedder.batch_size)  # warm-up
    ordered = sorted(texts, key=len, reverse=True)
    size = embedder.batch_size
    batches = [ordered[i : i + size] for i in range(0, len(ordered), size)]
    halves = ([t for b in batches[0::2] for t in b], [t for b in batches[1::2] for t in b])

    def encode(half: list[str]) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.process_time()
        model.encode(
            half,
            batch_size=size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return time.perf_counter() - start, time.process_time() - cpu

    before = encode(halves[0])
    print(f"raw encode, first half of {len(texts)} texts: {before[0]:.1f} s", flush=True)
    with writer_lock(settings.lock_path):
        store = ArticleStore.open(settings, embedder)
        start, cpu = time.perf_counter(), time.process_time()
        report = sync_articles(
            store,
            [seed],
            settings.corpus_dir,
            settings.max_file_bytes,
            manifest_path=settings.file_manifest_path,
        )
        ingest_s, ingest_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"ingest of {len(report.added)} articles: {ingest_s:.1f} s ({ingest_cpu:.1f} s CPU)")
    after = encode(halves[1])
    encode_s, encode_cpu = before[0] + after[0], before[1] + after[1]
    print(f"raw encode, second half: {after[0]:.1f} s; in all {encode_s:.1f} s", flush=True)
    print(f"ingest / encode in CPU time: {ingest_cpu / encode_cpu:.2f}x", flush=True)
    store.keywords.close()
    _release_chroma()
    return ingest_s / encode_s, ingest_s, encode_s, ingest_cpu / encode_cpu


def grow(settings: IngestSettings, filler: Path) -> float:
    """Ingest the filler through the project's write path with the stand-in embedder."""
    from ingest.embedding import bundled_model_path
    from ingest.store import ArticleStore
    from ingest.sync import sync_articles

    embedder = HashedEmbedder(model_name=settings.embedding_model or bundled_model_path())
    start = time.perf_counter()
    with writer_lock(settings.lock_path):
        store = ArticleStore.open(settings, embedder)
        sync_articles(
            store,
            [filler],
            settings.corpus_dir,
            settings.max_file_bytes,
            manifest_path=settings.file_manifest_path,
        )
    store.keywords.close()
    _release_chroma()
    return time.perf_counter() - start


def run(work: Path, seed_articles: int, sentences: int, rounds: int) -> dict[str, Any]:
    if work.exists():
        shutil.rmtree(work)
    corpus = work / "corpus"
    settings = IngestSettings(data_dir=work / "data", corpus_dir=corpus)
    seed = corpus / "seed"
    write_seed_corpus(seed, seed_articles)
    ratio, ingest_s, encode_s, cpu_ratio = ingest_vs_encode(settings, seed)
    small = measure_size(settings, rounds)
    print(f"small store: {json.dumps(small)}", flush=True)
    filler_articles = max(0, -(-(sentences - small["sentences"]) // _SENTENCES_PER_ARTICLE))
    write_filler(corpus / "filler", seed, filler_articles)
    grow_s = grow(settings, corpus / "filler")
    print(f"filler: {filler_articles} articles in {grow_s:.0f} s", flush=True)
    large = measure_size(settings, rounds)
    print(f"large store: {json.dumps(large)}", flush=True)
    return {
        "ingest_vs_encode": round(ratio, 3),
        "ingest_vs_encode_cpu": round(cpu_ratio, 3),
        "ingest_s": round(ingest_s, 1),
        "encode_s": round(encode_s, 1),
        "small_sentences": small["sentences"],
        "large_sentences": large["sentences"],
        "p50_ratio_small": small["p50_ratio"],
        "p95_ratio_small": small["p95_ratio"],
        "p50_ratio_large": large["p50_ratio"],
        "p95_ratio_large": large["p95_ratio"],
        "floor_p50_ms_small": small["floor_p50_ms"],
        "floor_p50_ms_large": large["floor_p50_ms"],
        "open_s_small": small["open_s"],
        "open_s_large": large["open_s"],
        "store_open_s_small": small["store_open_s"],
        "store_open_s_large": large["store_open_s"],
        "noop_reingest_s_small": small["noop_reingest_s"],
        "noop_reingest_s_large": large["noop_reingest_s"],
        "rss_mb_small": small["rss_mb"],
        "rss_mb_large": large["rss_mb"],
        "rebuild_keywords_s_small": small["rebuild_keywords_s"],
        "rebuild_keywords_s_large": large["rebuild_keywords_s"],
        "cores": cores(),
    }


def format_figures(f: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"ingest {f['ingest_s']} s / raw encode {f['encode_s']} s = "
            f"{f['ingest_vs_encode']:.2f}x (target <= 1.15x; in CPU time "
            f"{f['ingest_vs_encode_cpu']:.2f}x)",
            f"{'':24}{'small':>10}{'large':>10}",
            f"{'sentences':24}{f['small_sentences']:>10}{f['large_sentences']:>10}",
            f"{'answer/floor p50':24}{f['p50_ratio_small']:>9.2f}x{f['p50_ratio_large']:>9.2f}x"
            "   (target <= 1.5x)",
            f"{'answer/floor p95':24}{f['p95_ratio_small']:>9.2f}x{f['p95_ratio_large']:>9.2f}x"
            "   (target <= 2x)",
            f"{'floor p50 ms':24}{f['floor_p50_ms_small']:>10}{f['floor_p50_ms_large']:>10}",
            f"{'engine open s':24}{f['open_s_small']:>10}{f['open_s_large']:>10}"
            "   (after the model; target <= 1 s)",
            f"{'  of which store open s':24}{f['store_open_s_small']:>10}"
            f"{f['store_open_s_large']:>10}",
            f"{'no-op re-ingest s':24}{f['noop_reingest_s_small']:>10}"
            f"{f['noop_reingest_s_large']:>10}   (whole process; target <= 2 s)",
            f"{'RSS MB':24}{f['rss_mb_small']:>10}{f['rss_mb_large']:>10}",
            f"{'keyword cache rebuild s':24}{f['rebuild_keywords_s_small']:>10}"
            f"{f['rebuild_keywords_s_large']:>10}   (whole process)",
            f"{f['cores']} cores",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.scale_benchmark", description=__doc__)
    parser.add_argument("command", nargs="?", choices=["run", "probe"], default="run")
    parser.add_argument("--work", type=Path, default=Path("data/bench-scale"))
    parser.add_argument("--seed-articles", type=int, default=150)
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    if args.command == "probe":
        return probe(args.rounds)
    figures = run(args.work, args.seed_articles, args.sentences, args.rounds)
    print(format_figures(figures))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
