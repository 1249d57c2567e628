"""What one stored article looks like in Chroma and in the keyword index."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.chunking import chunk_article
from ingest.models import Article
from ingest.reading import read_articles
from ingest.settings import IngestSettings
from ingest.store import ArticleStore
from ingest.sync import sync_articles
from tests.fakes import FakeEmbedder
from tests.ingest.helpers import FIXTURES, assert_consistent, snapshot

OpenStore = Callable[[IngestSettings], ArticleStore]
SCALARS = (str, int, float, bool)


@pytest.fixture
def stored(settings: IngestSettings, open_store: OpenStore) -> tuple[ArticleStore, list[Article]]:
    """The fixture corpus (saved page, .txt, .md, .html) ingested with the fake embedder."""
    for name in ("saved_page.txt", "plain.txt", "front_matter.md", "heading.md", "article.html"):
        shutil.copy(FIXTURES / name, settings.corpus_dir / name)
    store = open_store(settings)
    report = sync_articles(store, [settings.corpus_dir], settings.corpus_dir, 2_000_000)
    assert report.failed == ()
    articles = [
        a
        for path in sorted(settings.corpus_dir.iterdir())
        for a in read_articles(path, settings.corpus_dir, 2_000_000)
    ]
    return store, articles


def test_chunk_metadata_carries_article_fields_offsets_and_hash(
    settings: IngestSettings, stored: tuple[ArticleStore, list[Article]]
) -> None:
    _, articles = stored
    hedgehogs = next(a for a in articles if a.source == "front_matter.md")
    snap = snapshot(settings)
    chunks = sorted(snap.chunks_of(hedgehogs.article_id).items(), key=lambda c: c[1]["chunk_index"])
    expected = chunk_article(hedgehogs)

    assert len(chunks) == len(expected)
    for (chunk_id, meta), chunk in zip(chunks, expected, strict=True):
        assert meta == {
            "article_id": hedgehogs.article_id,
            "title": "Volunteers count 212 hedgehogs in first town-wide survey",
            "publisher": "Millbrook Gazette",
            "published": "2025-06-14",
            "url": "https://example.org/news/hedgehog-survey",
            "source": "front_matter.md",
            "chunk_index": chunk.index,
            "start": chunk.start,
            "end": chunk.end,
            "content_hash": hedgehogs.content_hash,
        }
        assert snap.chunk_documents[chunk_id] == hedgehogs.body[meta["start"] : meta["end"]]
    record = snap.articles[hedgehogs.article_id]
    assert record["content_hash"] == hedgehogs.content_hash
    assert record["chunk_count"] == len(expected)


def test_metadata_is_scalar_only_and_missing_fields_are_left_out(
    settings: IngestSettings, stored: tuple[ArticleStore, list[Article]]
) -> None:
    store, articles = stored
    snap = snapshot(settings)

    for collection in (snap.articles, snap.chunks, snap.sentences):
        for meta in collection.values():
            assert all(isinstance(v, SCALARS) for v in meta.values()), meta
    lead = next(a for a in articles if a.publisher is None and a.source == "saved_page.txt")
    for meta in snap.chunks_of(lead.article_id).values():
        assert "publisher" not in meta and "url" not in meta and "published" not in meta
    [passage, *_] = store.article_passages(lead.article_id)
    assert (passage.publisher, passage.url, passage.published) == (None, None, None)
    assert_consistent(snap)


def test_collections_use_cosine_space(
    settings: IngestSettings,
    stored: tuple[ArticleStore, list[Article]],
    fake_embedder: FakeEmbedder,
) -> None:
    store, articles = stored
    snap = snapshot(settings)
    assert snap.collection_metadata.get("hnsw:space") == "cosine"
    assert snap.collection_config["hnsw"]["space"] == "cosine"

    # Behaviourally: a chunk's own vector scaled up is still a perfect match (not so under L2).
    plain = next(a for a in articles if a.source == "plain.txt")
    first = chunk_article(plain)[0]
    vector = fake_embedder.embed_query(f"{plain.title}\n{first.text}")
    [top] = store.query_chunks([10 * v for v in vector], 1)
    assert top.chunk_id == first.chunk_id
    assert top.score == pytest.approx(1.0, abs=1e-4)


def test_query_chunks_returns_passages_best_first(
    stored: tuple[ArticleStore, list[Article]], fake_embedder: FakeEmbedder
) -> None:
    store, articles = stored
    bakery = next(a for a in articles if a.source == "article.html")
    query = fake_embedder.embed_query("refugees pastry chefs bakery course on Mill Lane")

    passages = store.query_chunks(query, 5)

    assert passages[0].article_id == bakery.article_id
    assert passages[0].title == "Bakery trains refugees as pastry chefs"
    assert passages[0].publisher == "Riverside Post"
    assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)
    assert bakery.body[passages[0].start : passages[0].end] == passages[0].text
    assert store.query_chunks(query, 10_000)  # k larger than the store is fine


def test_article_title_is_searchable_by_keyword_and_by_vector(
    stored: tuple[ArticleStore, list[Article]], fake_embedder: FakeEmbedder
) -> None:
    store, articles = stored
    library = next(a for a in articles if a.title.startswith("Library lends"))
    assert "stargazing" not in library.body.lower()  # a word only the title has

    [(row, score)] = store.keywords.search("stargazing", 5)
    assert (row.article_id, row.sentence_index, row.text) == (library.article_id, -1, library.title)
    assert score > 0

    [(nearest, similarity)] = store.query_sentences(fake_embedder.embed_query(library.title), 1)
    assert (nearest.article_id, nearest.sentence_index) == (library.article_id, -1)
    assert similarity == pytest.approx(1.0, abs=1e-4)


def test_keyword_index_holds_each_sentence_with_offsets(
    stored: tuple[ArticleStore, list[Article]],
) -> None:
    store, articles = stored
    plain = next(a for a in articles if a.source == "plain.txt")

    rows = store.keywords.article_rows(plain.article_id)
    assert rows[0].sentence_index == -1 and rows[0].text == plain.title
    for row in rows[1:]:
        assert plain.body[row.start : row.end] == row.text
        assert row.vector.shape == (64,)
    hits = store.keywords.search("shift workers hospital midnight", 3)
    assert hits[0][0].article_id == plain.article_id


def test_reopening_rebuilds_a_lost_keyword_index_without_embedding(
    settings: IngestSettings,
    stored: tuple[ArticleStore, list[Article]],
    fake_embedder: FakeEmbedder,
    open_store: OpenStore,
) -> None:
    store, _ = stored
    before = store.keywords.ids()
    store.keywords.close()
    settings.keyword_index_path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{settings.keyword_index_path}{suffix}").unlink(missing_ok=True)
    fake_embedder.reset()

    reopened = open_store(settings)

    assert reopened.keywords.ids() == before
    assert fake_embedder.texts_embedded == 0
    assert reopened.keywords.search("hedgehogs", 1)
