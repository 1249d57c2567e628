"""A Chroma server that goes away mid-run and comes back: every store call raises the named
``StoreUnavailable`` meanwhile (not an httpx error), and works again once the server is back."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ingest.errors import StoreUnavailable
from ingest.settings import IngestSettings
from ingest.store import ArticleStore
from ingest.sync import sync_articles
from tests.chroma_server import HOST, ChromaServer
from tests.conftest import SettingsFactory
from tests.fakes import FakeEmbedder
from tests.ingest.helpers import FIXTURES

pytestmark = [pytest.mark.server, pytest.mark.slow]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "server-data")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_store_calls_raise_store_unavailable_while_the_server_is_gone(
    server: ChromaServer,
    settings_factory: SettingsFactory,
    open_store: Callable[[IngestSettings], ArticleStore],
    fake_embedder: FakeEmbedder,
) -> None:
    settings = settings_factory(chroma_host=HOST, chroma_port=server.port)
    shutil.copy(FIXTURES / "plain.txt", settings.corpus_dir / "plain.txt")
    store = open_store(settings)
    sync_articles(store, [settings.corpus_dir], settings.corpus_dir, settings.max_file_bytes)
    [article] = store.articles()
    vector = fake_embedder.embed_query(article.title)
    calls: dict[str, Callable[[], Any]] = {
        "articles": store.articles,
        "article": lambda: store.article(article.article_id),
        "chunk_count": store.chunk_count,
        "article_passages": lambda: store.article_passages(article.article_id),
        "query_chunks": lambda: store.query_chunks(vector, 3),
        "query_sentences": lambda: store.query_sentences(vector, 3),
        "nearest_chunks": lambda: store.nearest_chunks(vector, 3),
        "reconcile_keywords": store.reconcile_keywords,
    }

    server.stop()
    for name, call in calls.items():
        with pytest.raises(StoreUnavailable, match="cannot be reached"):
            call()
        assert name  # every call was tried

    server.start()
    assert [a.article_id for a in store.articles()] == [article.article_id]
    assert store.query_chunks(vector, 1)[0].article_id == article.article_id
