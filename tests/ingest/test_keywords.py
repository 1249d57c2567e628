"""The keyword cache: bounded search, incremental bookkeeping, and full rebuilds."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ingest.keywords import KeywordIndex, SentenceRow, content_terms
from ingest.settings import IngestSettings
from ingest.store import ArticleStore
from ingest.sync import forget_article, sync_articles
from tests.fakes import FakeEmbedder
from tests.ingest.conftest import CliRunner
from tests.ingest.helpers import numbered_article, one_json, write

OpenStore = Callable[[IngestSettings], ArticleStore]

# ----- bounded search ---------------------------------------------------------------------------

#: Words with how often a sentence of the fixed store holds each: the first few are common,
#: the last rare, so that a small cap leaves the common ones out of the match.
_WORDS = {
    "market": 0.5,
    "council": 0.35,
    "weather": 0.3,
    "harbour": 0.08,
    "festival": 0.06,
    "lighthouse": 0.04,
    "zeppelin": 0.03,
    "saffron": 0.025,
}
_FILLER = "the a new old town people said year day week report local".split()  # noqa: SIM905


@pytest.fixture
def fixed_index(tmp_path: Path) -> KeywordIndex:
    """800 sentences of 40 articles, drawn from a fixed seed."""
    rng = random.Random(7)
    index = KeywordIndex(tmp_path / "keywords.sqlite3")
    for a in range(40):
        rows = []
        for s in range(20):
            words = rng.choices(_FILLER, k=rng.randint(4, 14))
            words += [
                w for w, p in _WORDS.items() if rng.random() < p for _ in range(rng.randint(1, 2))
            ]
            rng.shuffle(words)
            rows.append(
                SentenceRow(
                    f"a{a}:h:s{s}",
                    f"a{a}",
                    0,
                    s,
                    0,
                    0,
                    " ".join(words).capitalize() + ".",
                    np.zeros(4, dtype=np.float32),
                )
            )
        index.replace_article(f"a{a}", "h", rows)
    return index


QUERIES = (
    "zeppelin market council",
    "saffron harbour weather market",
    "Where did the lighthouse festival take the council?",
    "zeppelin saffron lighthouse market council weather",
)


@pytest.mark.parametrize("query", QUERIES)
def test_bounded_search_returns_the_top_candidates_of_the_unbounded_one(
    fixed_index: KeywordIndex, query: str
) -> None:
    terms = content_terms(query)
    frequency = fixed_index.document_frequency(terms)
    cap = 100
    assert sum(frequency.values()) > cap, "the cap must leave some terms out of the match"

    unbounded = fixed_index.search(query, 10, cap=10**9)
    bounded = fixed_index.search(query, 10, cap=cap)

    assert [r.sentence_id for r, _ in bounded] == [r.sentence_id for r, _ in unbounded]
    assert [s for _, s in bounded] == pytest.approx([s for _, s in unbounded], rel=1e-6)


def test_bounded_search_ranks_with_the_terms_it_left_out(fixed_index: KeywordIndex) -> None:
    """With only "zeppelin" matched, "market" still orders the candidates: the ranking is the
    unbounded one, not that of the rare word alone."""
    rare_only = [r.sentence_id for r, _ in fixed_index.search("zeppelin", 10)]
    bounded = [r.sentence_id for r, _ in fixed_index.search("zeppelin market", 10, cap=40)]
    unbounded = [r.sentence_id for r, _ in fixed_index.search("zeppelin market", 10, cap=10**9)]
    assert bounded == unbounded != rare_only


def test_document_frequency_is_exact_below_the_cap_and_estimated_above(
    fixed_index: KeywordIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    exact = fixed_index.document_frequency(["market", "zeppelin"])
    assert exact["market"] == sum(
        "market" in r.text.lower() for a in range(40) for r in fixed_index.article_rows(f"a{a}")
    )
    monkeypatch.setattr("ingest.keywords.DF_CAP", 100)
    fixed_index.replace_article("a0", "h2", fixed_index.article_rows("a0"))  # forgets the cache
    estimated = fixed_index.document_frequency(["market", "zeppelin"])
    assert estimated["zeppelin"] == exact["zeppelin"]
    assert estimated["market"] == pytest.approx(exact["market"], rel=0.25)
    assert estimated["market"] > 100


def test_count_is_maintained_through_writes_and_removals(fixed_index: KeywordIndex) -> None:
    assert fixed_index.count() == 800 == len(fixed_index.ids())
    fixed_index.replace_article("a1", "h2", fixed_index.article_rows("a1")[:5])
    fixed_index.remove_articles(["a2", "a3"])
    assert fixed_index.count() == 800 - 15 - 40 == len(fixed_index.ids())
    assert fixed_index.in_step()


# ----- incremental bookkeeping ------------------------------------------------------------------


def cache_state(store: ArticleStore) -> dict[str, Any]:
    """Everything the keyword cache holds, after FTS5 checked its index against the rows."""
    db: sqlite3.Connection = store.keywords._db
    with store.keywords._lock, db:
        db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
        rows = sorted(
            db.execute(
                'SELECT sentence_id, article_id, chunk_index, sentence_index, start, "end", '
                "text, vector FROM sentences"
            ).fetchall()
        )
        articles = sorted(db.execute("SELECT * FROM articles").fetchall())
    return {
        "rows": [r[:7] for r in rows],
        "vectors": np.stack([np.frombuffer(r[7], dtype=np.float32) for r in rows]),
        "articles": articles,
        "count": store.keywords.count(),
    }


def assert_same_cache(rebuilt: dict[str, Any], incremental: dict[str, Any]) -> None:
    """Equal, except that vectors as Chroma returns them differ from those written in the last
    float bit (Chroma normalises for cosine space)."""
    np.testing.assert_allclose(rebuilt.pop("vectors"), incremental.pop("vectors"), atol=1e-6)
    assert rebuilt == incremental


class Interrupted(Exception):
    """Stands in for a kill at a chosen point of a write."""


class FailingOn:
    """Delegates to an object, but its ``method`` raises on the ``n``-th call."""

    def __init__(self, target: Any, method: str, n: int) -> None:
        self._target, self._method, self._n, self._calls = target, method, n, 0

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if name != self._method:
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            self._calls += 1
            if self._calls == self._n:
                raise Interrupted(name)
            return attribute(*args, **kwargs)

        return call


def test_incremental_cache_equals_a_full_rebuild_through_ingests_updates_forgets_and_kills(
    settings: IngestSettings, open_store: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = settings.corpus_dir

    def sync(store: ArticleStore) -> None:
        sync_articles(store, [corpus], corpus, settings.max_file_bytes)

    def check(store: ArticleStore) -> None:
        incremental = cache_state(store)
        store.rebuild_keywords()
        assert_same_cache(cache_state(store), incremental)

    for n in range(6):
        write(corpus / f"a{n}.txt", numbered_article(n))
    sync(open_store(settings))
    check(open_store(settings))

    for n in (1, 2):  # updates
        write(corpus / f"a{n}.txt", numbered_article(n, sentences=9, extra=" Updated."))
    for n in (6, 7):
        write(corpus / f"a{n}.txt", numbered_article(n))
    sync(open_store(settings))
    check(open_store(settings))

    store = open_store(settings)
    [forgotten] = [a.article_id for a in store.articles() if a.source == "a3.txt"]
    forget_article(store, forgotten, corpus)
    check(open_store(settings))

    # Killed before the third new article's record (its commit marker) was written, each
    # article written in a window of its own.
    for n in (8, 9, 10):
        write(corpus / f"a{n}.txt", numbered_article(n))
    store = open_store(settings)
    store._articles = FailingOn(store._articles, "upsert", 3)
    with monkeypatch.context() as one_by_one, pytest.raises(Interrupted):
        one_by_one.setattr("ingest.sync.WINDOW_TEXTS", 1)
        sync(store)
    sources = {a.source for a in open_store(settings).articles()}
    assert len(sources & {"a8.txt", "a9.txt", "a10.txt"}) == 2
    check(open_store(settings))

    # Killed after an update's record was written, before the cache heard of it.
    write(corpus / "a4.txt", numbered_article(4, extra=" Changed again."))
    store = open_store(settings)
    store.keywords = FailingOn(store.keywords, "replace_articles", 1)  # type: ignore[assignment]
    with pytest.raises(Interrupted):
        sync(store)
    check(open_store(settings))

    # Killed mid-update (old sentences deleted, new record not yet written): the next run
    # finishes the job.
    write(corpus / "a5.txt", numbered_article(5, sentences=4))
    store = open_store(settings)
    store._articles = FailingOn(store._articles, "upsert", 1)
    with pytest.raises(Interrupted):
        sync(store)
    store = open_store(settings)
    sync(store)
    check(store)
    assert {a.source for a in store.articles()} == {f"a{n}.txt" for n in range(11)} - {"a3.txt"}


class CountingGets:
    def __init__(self, collection: Any) -> None:
        self._collection = collection
        self.gets = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._collection, name)

    def get(self, *args: Any, **kwargs: Any) -> Any:
        self.gets += 1
        return self._collection.get(*args, **kwargs)


def test_resync_fetches_only_the_articles_that_changed(
    settings: IngestSettings, open_store: OpenStore, fake_embedder: FakeEmbedder
) -> None:
    corpus = settings.corpus_dir
    for n in range(60):
        write(corpus / f"a{n:02}.txt", numbered_article(n))
    writer = open_store(settings)
    sync_articles(writer, [corpus], corpus, settings.max_file_bytes)
    reader = open_store(settings)  # another process's view: its own cache file
    reader.keywords = KeywordIndex(settings.data_dir / "reader.sqlite3")
    reader.reconcile_keywords()
    assert reader.keywords.count() == writer.keywords.count()
    sentences = CountingGets(reader._sentences)
    reader._sentences = sentences

    reader.reconcile_keywords()
    assert sentences.gets == 0  # nothing changed: nothing fetched

    write(corpus / "a07.txt", numbered_article(7, extra=" A late correction."))
    sync_articles(writer, [corpus], corpus, settings.max_file_bytes)
    reader.reconcile_keywords()

    assert sentences.gets == 1  # one article changed: one fetch
    assert reader.keywords.versions() == writer.keywords.versions()
    assert reader.keywords.count() == writer.keywords.count()


def test_article_list_follows_another_writer(
    settings: IngestSettings, open_store: OpenStore
) -> None:
    corpus = settings.corpus_dir
    for n in range(3):
        write(corpus / f"a{n}.txt", numbered_article(n))
    writer = open_store(settings)
    reader = open_store(settings)
    assert reader.articles() == []
    sync_articles(writer, [corpus], corpus, settings.max_file_bytes)
    assert {a.source for a in reader.articles()} == {"a0.txt", "a1.txt", "a2.txt"}

    write(corpus / "a1.txt", numbered_article(1, extra=" Corrected."))
    (corpus / "a2.txt").unlink()
    sync_articles(writer, [corpus], corpus, settings.max_file_bytes, prune=True)

    assert {(a.article_id, a.content_hash) for a in reader.articles()} == {
        (a.article_id, a.content_hash) for a in writer.articles()
    }
    assert {a.source for a in reader.articles()} == {"a0.txt", "a1.txt"}


def test_a_cache_with_strays_is_rebuilt_on_open(
    settings: IngestSettings, open_store: OpenStore
) -> None:
    for n in range(3):
        write(settings.corpus_dir / f"a{n}.txt", numbered_article(n))
    store = open_store(settings)
    sync_articles(store, [settings.corpus_dir], settings.corpus_dir, settings.max_file_bytes)
    expected = cache_state(store)
    with store.keywords._lock, store.keywords._db as db:
        db.execute(
            "INSERT INTO sentences (sentence_id, article_id, chunk_index, sentence_index, "
            "start, \"end\", text, vector) VALUES ('x:y:s0', 'x', 0, 0, 0, 0, 'stray', x'')"
        )
    assert not store.keywords.in_step()

    assert_same_cache(cache_state(open_store(settings)), expected)


def test_rebuild_keywords_command(settings: IngestSettings, run_cli: CliRunner) -> None:
    for n in range(3):
        write(settings.corpus_dir / f"a{n}.txt", numbered_article(n))
    assert run_cli(["--json"], settings).code == 0
    with sqlite3.connect(settings.keyword_index_path) as db:
        (held,) = db.execute("SELECT count(*) FROM sentences").fetchone()
        db.execute("DELETE FROM sentences WHERE sentence_index > 0")

    result = run_cli(["--rebuild-keywords", "--json"], settings)

    assert result.code == 0, result.err
    assert one_json(result.out) == {"articles": 3, "sentences": held}
    with sqlite3.connect(settings.keyword_index_path) as db:
        assert db.execute("SELECT count(*) FROM sentences").fetchone() == (held,)
    assert run_cli(["--rebuild-keywords", "extra.txt"], settings).code == 2


def test_terms_are_read_without_accents_as_the_index_reads_them() -> None:
    """A reader types "san mames" for "San Mamés"; the FTS index drops the accent too."""
    assert content_terms("the crowd at San Mamés, in Bilbao") == content_terms(
        "the crowd at san mames, in bilbao"
    )


def test_initials_with_dots_are_the_word_typed_without_them() -> None:
    """A reader types "us tariffs" for what the article writes "U.S. tariffs"."""
    assert content_terms("U.S. tariffs hit the U.K. and the E.U.") == content_terms(
        "us tariffs hit the uk and the eu"
    )


def test_a_mention_in_a_dateline_gives_way_to_one_in_the_text(tmp_path: Path) -> None:
    index = KeywordIndex(tmp_path / "keywords.sqlite3")
    texts = {
        "wire": [
            "Grocer lifts profit",
            "DUBLIN, May 6, 2025 (Reuters) - The grocer reported a 14% rise in profit.",
            "Its shares, listed on Euronext Dublin since 2017, rose 5%.",
        ],
        "only": ["Strike at depot", "DUBLIN — Warehouse staff walked out on Thursday."],
        "body": ["Robots raise money", "Retailers from Dublin to Shanghai buy robots."],
    }
    for article_id, sentences in texts.items():
        rows = [
            SentenceRow(
                f"{article_id}:h:s{i}", article_id, 0, i - 1, 0, 0, text, np.zeros(4, np.float32)
            )
            for i, text in enumerate(sentences)
        ]
        index.replace_article(article_id, "h", rows)
    found = {a: row.text for a, row in index.articles_matching([["dublin"]]).items()}
    assert found["wire"].startswith("Its shares, listed on Euronext Dublin")
    assert found["only"].startswith("DUBLIN — Warehouse staff")  # no other mention to quote
    assert found["body"].startswith("Retailers from Dublin")
