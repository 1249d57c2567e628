"""Whether the store is usable: a fast reachability probe, and the operator's health report.

Nothing here loads the embedding model, and nothing writes to the store.
"""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import NewsbotError, StoreUnavailable
from ingest.settings import IngestSettings

log = logging.getLogger(__name__)

#: Seconds to wait for a Chroma server to accept a connection before giving up.
PROBE_SECONDS = 3.0


def store_location(settings: IngestSettings) -> str:
    if settings.chroma_host:
        return f"Chroma server {settings.chroma_host}:{settings.chroma_port}"
    return f"embedded store {settings.chroma_dir}"


def probe_server(settings: IngestSettings, timeout: float = PROBE_SECONDS) -> None:
    """In server mode, fail fast (before any model load) when nothing answers at host:port."""
    if not settings.chroma_host:
        return
    try:
        with socket.create_connection((settings.chroma_host, settings.chroma_port), timeout):
            pass
    except OSError as exc:
        reason = "timed out" if isinstance(exc, TimeoutError) else (exc.strerror or str(exc))
        raise StoreUnavailable(
            f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} "
            f"({reason}): start it ('make chroma') or check NEWSBOT_CHROMA_HOST and "
            "NEWSBOT_CHROMA_PORT"
        ) from exc


def model_name(settings: IngestSettings) -> tuple[str, str | None]:
    """How to name the configured embedding model, and the folder it must be in (bundled)."""
    if settings.embedding_model:
        return settings.embedding_model, None
    from ingest.embedding import bundled_model_path

    path = bundled_model_path()
    return f"all-MiniLM-L6-v2 (bundled, {path})", path


@dataclass(frozen=True)
class Health:
    """What ``python -m bot status`` reports; healthy when ``problems`` is empty."""

    store: str
    reachable: bool
    model: str
    articles: int = 0
    chunks: int = 0
    sentences: int = 0
    keyword_sentences: int = 0
    last_ingest: str | None = None
    problems: tuple[str, ...] = field(default=())

    @property
    def healthy(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, object]:
        return {
            "healthy": self.healthy,
            "store": self.store,
            "reachable": self.reachable,
            "articles": self.articles,
            "chunks": self.chunks,
            "sentences": self.sentences,
            "keyword_sentences": self.keyword_sentences,
            "keywords_in_step": self.sentences == self.keyword_sentences,
            "model": self.model,
            "last_ingest": self.last_ingest,
            "problems": list(self.problems),
        }


def check_health(settings: IngestSettings) -> Health:
    """Open the store without loading the model and compare it with the keyword cache."""
    from ingest.embedding import SentenceTransformerEmbedder
    from ingest.keywords import KeywordIndex
    from ingest.store import ArticleStore, open_client

    where = store_location(settings)
    problems: list[str] = []
    model, folder = model_name(settings)
    if folder is not None and not Path(folder).is_dir():
        problems.append(f"the bundled embedding model is missing at {folder}")
    try:
        probe_server(settings)
        if not settings.chroma_host and not settings.chroma_dir.exists():
            raise StoreUnavailable(f"no store at {settings.chroma_dir}: run 'python -m ingest'")
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        keywords = KeywordIndex(settings.keyword_index_path)
        try:
            # Built directly, not with ArticleStore.open, which would resync the keyword cache.
            store = ArticleStore(
                open_client(settings),
                SentenceTransformerEmbedder(settings.embedding_model),
                settings.collection,
                keywords,
            )
            articles = store.articles()
            chunks = store.chunk_count()
            sentences = int(store._sentences.count())
            keyword_sentences = keywords.count()
        finally:
            keywords.close()
    except NewsbotError as exc:
        return Health(where, False, model, problems=(*problems, str(exc)))
    if not articles:
        problems.append("no articles are stored: run 'python -m ingest'")
    if sentences != keyword_sentences:
        problems.append(
            f"the keyword index holds {keyword_sentences} sentences, the store {sentences}: "
            "it resyncs at the next start or ingest"
        )
    ingested = [a.ingested for a in articles if a.ingested]
    return Health(
        store=where,
        reachable=True,
        model=model,
        articles=len(articles),
        chunks=chunks,
        sentences=sentences,
        keyword_sentences=keyword_sentences,
        last_ingest=max(ingested, default=None),
        problems=tuple(problems),
    )
