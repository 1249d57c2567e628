"""The Chroma store: chunks, sentences and one record per article, plus the keyword cache.

Writes are ordered so that a process killed at any point (even ``kill -9``) leaves every article
that was stored before it intact and lets the next run finish the job:

1. the article's new chunks and sentences are upserted under ids that include its content hash
   (re-running writes the same ids, so no duplicates);
2. chunks and sentences of the article's other versions are deleted;
3. the article record, carrying the content hash, is written last: it is the commit marker that
   makes the next run see the article as unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from langchain_core.embeddings import Embeddings

from ingest.chunking import chunk_article, title_sentence
from ingest.embedding import ChromaEmbedding, ProgressCallback, embed_texts
from ingest.errors import StoreUnavailable
from ingest.keywords import KeywordIndex, SentenceRow
from ingest.models import Article, Chunk, Passage, StoredArticle
from ingest.settings import IngestSettings

log = logging.getLogger(__name__)

_PAGE = 2000


def open_client(settings: IngestSettings) -> Any:
    """An embedded ``PersistentClient`` under the data dir, or an ``HttpClient`` given a host."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
        settings.chroma_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
    except Exception as exc:
        where = (
            f"{settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else str(settings.chroma_dir)
        )
        raise StoreUnavailable(f"cannot open the Chroma store at {where}: {exc}") from exc


def _clean_metadata(values: dict[str, Any]) -> dict[str, Any]:
    """Chroma metadata values are scalars and never None."""
    return {k: v for k, v in values.items() if v is not None}


def units_of(chunks: Sequence[Chunk]) -> list[tuple[str, int, int, int, int, str]]:
    """The sentences to store for an article: its title, then each body sentence once.

    Returns ``(id, chunk_index, sentence_index, start, end, text)``; a sentence repeated by chunk
    overlap is kept with the first chunk that holds it.
    """
    article = chunks[0].article
    title = title_sentence(article)
    prefix = f"{article.article_id}:{article.content_hash}"
    units = [(f"{prefix}:t", 0, title.index, 0, 0, title.text)]
    seen: set[int] = set()
    for chunk in chunks:
        for s in chunk.sentences:
            if s.index not in seen:
                seen.add(s.index)
                units.append((f"{prefix}:s{s.index}", chunk.index, s.index, s.start, s.end, s.text))
    return units


class ArticleStore:
    """Reads and writes articles in three Chroma collections and the keyword cache."""

    def __init__(self, client: Any, embedder: Embeddings, prefix: str, keywords: KeywordIndex):
        self.embedder = embedder
        self.keywords = keywords
        function = ChromaEmbedding(embedder)
        space = {"hnsw:space": "cosine"}

        def collection(name: str) -> Any:
            return client.get_or_create_collection(
                f"{prefix}_{name}", metadata=space, embedding_function=function
            )

        try:
            self._chunks = collection("chunks")
            self._sentences = collection("sentences")
            self._articles = collection("articles")
        except Exception as exc:
            raise StoreUnavailable(f"cannot open the Chroma collections: {exc}") from exc

    @classmethod
    def open(cls, settings: IngestSettings, embedder: Embeddings) -> ArticleStore:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        store = cls(
            open_client(settings),
            embedder,
            settings.collection,
            KeywordIndex(settings.keyword_index_path),
        )
        store.reconcile_keywords()
        return store

    # ----- reading -----------------------------------------------------------------------

    def articles(self) -> list[StoredArticle]:
        records = [_stored_article(i, m) for i, m in self._iter_metadata(self._articles)]
        return sorted(records, key=lambda a: (a.published or "", a.title), reverse=True)

    def article(self, article_id: str) -> StoredArticle | None:
        got = self._articles.get(ids=[article_id], include=["metadatas"])
        if not got["ids"]:
            return None
        return _stored_article(got["ids"][0], got["metadatas"][0])

    def chunk_count(self) -> int:
        return int(self._chunks.count())

    def article_passages(self, article_id: str) -> list[Passage]:
        got = self._chunks.get(where={"article_id": article_id}, include=["metadatas", "documents"])
        passages = [
            _passage(i, d, m, 1.0)
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        return sorted(passages, key=lambda p: p.chunk_index)

    def query_chunks(self, vector: Sequence[float], k: int) -> list[Passage]:
        """Nearest chunks; ``score`` is cosine similarity."""
        k = min(k, self._chunks.count())
        if k <= 0:
            return []
        found = self._chunks.query(
            query_embeddings=[list(vector)],
            n_results=k,
            include=["metadatas", "documents", "distances"],
        )
        return [
            _passage(i, d, m, 1.0 - dist)
            for i, d, m, dist in zip(
                found["ids"][0],
                found["documents"][0],
                found["metadatas"][0],
                found["distances"][0],
                strict=True,
            )
        ]

    def query_sentences(self, vector: Sequence[float], k: int) -> list[tuple[SentenceRow, float]]:
        """Nearest sentences (titles included), with cosine similarity.

        Chroma returns ids and distances only; texts and vectors come from the keyword cache,
        which is several times cheaper than shipping embeddings back from Chroma.
        """
        found = self._nearest(self._sentences, vector, k)
        rows = {r.sentence_id: r for r in self.keywords.rows([i for i, _ in found])}
        return [(rows[i], score) for i, score in found if i in rows]

    def nearest_chunks(self, vector: Sequence[float], k: int) -> dict[tuple[str, int], float]:
        """Cosine similarity of the nearest chunks, keyed by ``(article_id, chunk_index)``."""
        nearest: dict[tuple[str, int], float] = {}
        for chunk_id, score in self._nearest(self._chunks, vector, k):
            article_id, _, index = chunk_id.rsplit(":", 2)
            nearest[(article_id, int(index))] = score
        return nearest

    @staticmethod
    def _nearest(collection: Any, vector: Sequence[float], k: int) -> list[tuple[str, float]]:
        k = min(k, collection.count())
        if k <= 0:
            return []
        found = collection.query(
            query_embeddings=[list(vector)], n_results=k, include=["distances"]
        )
        return [
            (i, 1.0 - dist) for i, dist in zip(found["ids"][0], found["distances"][0], strict=True)
        ]

    # ----- writing -----------------------------------------------------------------------

    def write_article(self, article: Article, progress: ProgressCallback | None = None) -> int:
        """Store (or replace) one article; returns its chunk count. See the module docstring."""
        chunks = chunk_article(article)
        units = units_of(chunks)
        texts = [f"{article.title}\n{c.text}" for c in chunks] + [u[5] for u in units]
        vectors = embed_texts(self.embedder, texts, progress)
        chunk_vectors, unit_vectors = vectors[: len(chunks)], vectors[len(chunks) :]
        base = {
            "article_id": article.article_id,
            "title": article.title,
            "publisher": article.publisher,
            "published": article.published,
            "url": article.url,
            "content_hash": article.content_hash,
            "source": article.source,
        }
        self._chunks.upsert(
            ids=[c.chunk_id for c in chunks],
            embeddings=chunk_vectors,
            documents=[c.text for c in chunks],
            metadatas=[
                _clean_metadata({**base, "chunk_index": c.index, "start": c.start, "end": c.end})
                for c in chunks
            ],
        )
        self._sentences.upsert(
            ids=[u[0] for u in units],
            embeddings=unit_vectors,
            documents=[u[5] for u in units],
            metadatas=[
                {
                    "article_id": article.article_id,
                    "content_hash": article.content_hash,
                    "chunk_index": u[1],
                    "sentence_index": u[2],
                    "start": u[3],
                    "end": u[4],
                }
                for u in units
            ],
        )
        stale = {
            "$and": [
                {"article_id": article.article_id},
                {"content_hash": {"$ne": article.content_hash}},
            ]
        }
        self._chunks.delete(where=stale)
        self._sentences.delete(where=stale)
        self._articles.upsert(
            ids=[article.article_id],
            embeddings=[unit_vectors[0]],
            documents=[article.title],
            metadatas=[
                _clean_metadata(
                    {
                        **base,
                        "chunk_count": len(chunks),
                        "ingested": datetime.now(UTC).isoformat(timespec="seconds"),
                    }
                )
            ],
        )
        return len(chunks)

    def remove_article(self, article_id: str) -> None:
        """Delete an article's chunks and sentences, then its record (the commit marker)."""
        self._chunks.delete(where={"article_id": article_id})
        self._sentences.delete(where={"article_id": article_id})
        self._articles.delete(ids=[article_id])

    def reconcile_keywords(self) -> None:
        """Bring the keyword cache in line with the sentences stored in Chroma."""
        truth = {i for i, _ in self._iter_metadata(self._sentences)}
        self.keywords.reconcile(truth, self._fetch_sentences)

    def _fetch_sentences(self, ids: Sequence[str]) -> Iterator[SentenceRow]:
        for start in range(0, len(ids), _PAGE):
            got = self._sentences.get(
                ids=list(ids[start : start + _PAGE]),
                include=["metadatas", "documents", "embeddings"],
            )
            for i, d, m, e in zip(
                got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True
            ):
                yield _sentence_row(i, d, m, e)

    @staticmethod
    def _iter_metadata(collection: Any) -> Iterator[tuple[str, dict[str, Any]]]:
        offset = 0
        while True:
            got = collection.get(include=["metadatas"], limit=_PAGE, offset=offset)
            yield from zip(got["ids"], got["metadatas"], strict=True)
            if len(got["ids"]) < _PAGE:
                return
            offset += _PAGE


def _stored_article(article_id: str, m: dict[str, Any]) -> StoredArticle:
    return StoredArticle(
        article_id=article_id,
        title=str(m.get("title", article_id)),
        publisher=m.get("publisher"),
        published=m.get("published"),
        url=m.get("url"),
        source=str(m.get("source", "")),
        content_hash=str(m.get("content_hash", "")),
        chunk_count=int(m.get("chunk_count", 0)),
        ingested=m.get("ingested"),
    )


def _passage(chunk_id: str, text: str, m: dict[str, Any], score: float) -> Passage:
    return Passage(
        chunk_id=chunk_id,
        article_id=str(m["article_id"]),
        title=str(m.get("title", "")),
        publisher=m.get("publisher"),
        published=m.get("published"),
        url=m.get("url"),
        chunk_index=int(m.get("chunk_index", 0)),
        text=text,
        start=int(m.get("start", 0)),
        end=int(m.get("end", 0)),
        score=score,
    )


def _sentence_row(sentence_id: str, text: str, m: dict[str, Any], vector: Any) -> SentenceRow:
    return SentenceRow(
        sentence_id=sentence_id,
        article_id=str(m["article_id"]),
        chunk_index=int(m.get("chunk_index", 0)),
        sentence_index=int(m.get("sentence_index", 0)),
        start=int(m.get("start", 0)),
        end=int(m.get("end", 0)),
        text=text,
        vector=np.asarray(vector, dtype=np.float32),
    )
