"""The records that flow from files to the store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

#: Bump when parsing or chunking changes, so that every article is re-embedded once.
PIPELINE_VERSION = "4"


@dataclass(frozen=True)
class Article:
    """One news article, parsed from a file (a saved page may hold several)."""

    article_id: str
    title: str
    body: str
    source: str
    publisher: str | None = None
    published: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        parts = (
            PIPELINE_VERSION,
            self.title,
            self.body,
            self.publisher or "",
            self.published or "",
            self.url or "",
        )
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article body, or its title (``index == -1``), with body offsets."""

    text: str
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences sized for the embedding model, with overlap to its neighbours."""

    article: Article
    index: int
    text: str
    start: int
    end: int
    sentences: tuple[Sentence, ...] = field(default=())

    @property
    def chunk_id(self) -> str:
        return f"{self.article.article_id}:{self.article.content_hash}:{self.index}"


@dataclass(frozen=True)
class StoredArticle:
    """What the store knows of an article: enough for a citation or a source card."""

    article_id: str
    title: str
    publisher: str | None
    published: str | None
    url: str | None
    source: str
    content_hash: str
    chunk_count: int
    ingested: str | None = None


@dataclass(frozen=True)
class FailedFile:
    path: str
    reason: str


@dataclass(frozen=True)
class SyncReport:
    """What one ingest run did; counts are articles, ``chunks`` the store's total afterwards."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    failed: tuple[FailedFile, ...] = ()
    articles: int = 0
    chunks: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "removed": len(self.removed),
            "failed": [{"path": f.path, "reason": f.reason} for f in self.failed],
            "articles": self.articles,
            "chunks": self.chunks,
        }


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk of an article, with what a source card needs."""

    chunk_id: str
    article_id: str
    title: str
    publisher: str | None
    published: str | None
    url: str | None
    chunk_index: int
    text: str
    start: int
    end: int
    score: float = 0.0
