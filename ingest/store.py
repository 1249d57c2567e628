"""The Chroma store: chunks, sentences and one record per article, plus the keyword cache.

Writes are ordered so that a process killed at any point (even ``kill -9``) leaves every article
that was stored before it intact and lets the next run finish the job:

1. the article's new chunks and sentences are upserted under ids that include its content hash
   (re-running writes the same ids, so no duplicates), together with those of the other
   articles written with it;
2. chunks and sentences of the article's other versions are deleted;
3. the article record, carrying the content hash, is written last (in one upsert with the
   records of the other articles written with it): it is the commit marker that makes the next
   run see the article as unchanged.

The keyword cache is written after the commit marker. It holds the sentences of committed article
versions and records each article's content hash, so it is brought in step article by article:
an article whose record's hash (or sentence count) differs from the cache's is fetched again,
one the cache holds but Chroma does not is dropped. Each record also carries a ``generation``
(one more than the newest before it), so that re-reading the article list after another
process wrote costs a list of ids plus the records that changed.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import chromadb
import httpx
import numpy as np
from chromadb.config import Settings as ChromaSettings
from langchain_core.embeddings import Embeddings

from ingest.chunking import PreparedArticle
from ingest.embedding import ChromaEmbedding
from ingest.errors import StoreUnavailable
from ingest.keywords import KeywordIndex, SentenceRow
from ingest.models import Article, Passage, StoredArticle
from ingest.settings import IngestSettings

log = logging.getLogger(__name__)

_PAGE = 2000

#: What a Chroma server that went away (or hangs) raises; every store call maps it to
#: :class:`StoreUnavailable`, so callers see one named error whatever the transport.
_UNREACHABLE: tuple[type[Exception], ...] = (httpx.TransportError, ConnectionError, TimeoutError)
#: Chroma's HTTP client waits forever by default; a lost server must fail a call instead.
_HTTP_TIMEOUT = httpx.Timeout(120.0, connect=5.0)


class _Guarded:
    """A Chroma collection whose calls raise :class:`StoreUnavailable` when the server is lost."""

    def __init__(self, collection: Any) -> None:
        self._collection = collection

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._collection, name)
        if not callable(attribute):
            return attribute

        @functools.wraps(attribute)
        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return attribute(*args, **kwargs)
            except _UNREACHABLE as exc:
                raise StoreUnavailable(
                    f"the Chroma store cannot be reached ({exc.__class__.__name__}: {exc})"
                ) from exc

        return call


def open_client(settings: IngestSettings) -> Any:
    """An embedded ``PersistentClient`` under the data dir, or an ``HttpClient`` given a host."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_host:
            client = chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
            session = getattr(getattr(client, "_server", None), "_session", None)
            if isinstance(session, httpx.Client):
                session.timeout = _HTTP_TIMEOUT
            return client
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


#: Articles whose sentences are fetched from Chroma in one request when the cache is resynced.
_ARTICLES_PER_FETCH = 50


@dataclass(frozen=True)
class _Record:
    """An article record as the store caches it: the article, its write generation, and how
    many sentences it stored (None for records written before that was recorded)."""

    article: StoredArticle
    generation: int
    sentences: int | None


class ArticleStore:
    """Reads and writes articles in three Chroma collections and the keyword cache."""

    def __init__(self, client: Any, embedder: Embeddings, prefix: str, keywords: KeywordIndex):
        self.embedder = embedder
        self.keywords = keywords
        function = ChromaEmbedding(embedder)
        space = {"hnsw:space": "cosine"}

        def collection(name: str) -> Any:
            return _Guarded(
                client.get_or_create_collection(
                    f"{prefix}_{name}", metadata=space, embedding_function=function
                )
            )

        try:
            self._chunks = collection("chunks")
            self._sentences = collection("sentences")
            self._articles = collection("articles")
        except Exception as exc:
            raise StoreUnavailable(f"cannot open the Chroma collections: {exc}") from exc
        self._records_lock = threading.Lock()
        self._records: dict[str, _Record] | None = None
        self._generation = 0

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
        """Every stored article, newest first; re-reads only the records that changed."""
        records = [r.article for r in self._current_records().values()]
        return sorted(records, key=lambda a: (a.published or "", a.title), reverse=True)

    def _current_records(self) -> dict[str, _Record]:
        """The article records, brought up to date with a list of ids (for removals) and the
        records of a newer generation than any seen (additions and updates, by this process or
        another). They start from the copy saved with the keyword cache (read in full from
        Chroma when there is none), and the changes are saved back."""
        with self._records_lock:
            if self._records is None:
                saved = self.keywords.saved_records()
                if saved:
                    self._records = {i: _record(i, m) for i, m in saved.items()}
                    self._generation = max(r.generation for r in self._records.values())
            removed: list[str] = []
            if self._records is None:
                changed = dict(self._iter_metadata(self._articles))
                records = {i: _record(i, m) for i, m in changed.items()}
            else:
                ids = set(self._articles.get(include=[])["ids"])
                removed = [i for i in self._records if i not in ids]
                records = {i: r for i, r in self._records.items() if i in ids}
                found = self._articles.get(
                    where={"generation": {"$gt": self._generation}}, include=["metadatas"]
                )
                changed = dict(zip(found["ids"], found["metadatas"], strict=True))
                unknown = [i for i in ids if i not in records and i not in changed]
                if unknown:
                    found = self._articles.get(ids=unknown, include=["metadatas"])
                    changed.update(zip(found["ids"], found["metadatas"], strict=True))
                records.update((i, _record(i, m)) for i, m in changed.items())
            if changed or removed:
                self.keywords.save_records(changed, removed)
            self._records = records
            self._generation = max(
                (r.generation for r in records.values()), default=self._generation
            )
            return records

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
        """Chroma returns fewer than ``k`` when it holds fewer, so ``k`` needs no clamping (a
        ``count()`` per question would cost time that grows with the store)."""
        if k <= 0:
            return []
        found = collection.query(
            query_embeddings=[list(vector)], n_results=k, include=["distances"]
        )
        return [
            (i, 1.0 - dist) for i, dist in zip(found["ids"][0], found["distances"][0], strict=True)
        ]

    # ----- writing -----------------------------------------------------------------------

    def write_articles(self, prepared: Sequence[PreparedArticle], vectors: np.ndarray) -> None:
        """Store (or replace) prepared articles; ``vectors`` are those of their texts, in order.

        The write order of the module docstring holds for the articles together: their chunks
        and sentences go to Chroma in one upsert per collection, their other versions in one
        delete, then their records (the commit markers) in one upsert, then the keyword cache
        in one transaction. A Chroma call costs ~10 ms whatever it carries, and each record
        written alone cost as much as the article's texts.
        """
        if len(vectors) != sum(len(p.chunks) + len(p.units) for p in prepared):
            raise ValueError(f"{len(vectors)} vectors for the wrong texts")
        if not prepared:
            return
        log.info("writing %s", ", ".join(p.article.article_id for p in prepared))
        chunk_rows: list[int] = []
        unit_rows: list[int] = []
        offset = 0
        for p in prepared:
            chunk_rows += range(offset, offset + len(p.chunks))
            offset += len(p.chunks)
            unit_rows += range(offset, offset + len(p.units))
            offset += len(p.units)
        bases = [_base(p.article) for p in prepared]
        if chunk_rows:
            self._chunks.upsert(
                ids=[c.chunk_id for p in prepared for c in p.chunks],
                embeddings=vectors[chunk_rows],
                documents=[c.text for p in prepared for c in p.chunks],
                metadatas=[
                    _clean_metadata(
                        {**base, "chunk_index": c.index, "start": c.start, "end": c.end}
                    )
                    for p, base in zip(prepared, bases, strict=True)
                    for c in p.chunks
                ],
            )
        if unit_rows:
            self._sentences.upsert(
                ids=[u.sentence_id for p in prepared for u in p.units],
                embeddings=vectors[unit_rows],
                documents=[u.text for p in prepared for u in p.units],
                metadatas=[
                    {
                        "article_id": base["article_id"],
                        "content_hash": base["content_hash"],
                        "chunk_index": u.chunk_index,
                        "sentence_index": u.sentence_index,
                        "start": u.start,
                        "end": u.end,
                    }
                    for p, base in zip(prepared, bases, strict=True)
                    for u in p.units
                ],
            )
        stale: list[dict[str, Any]] = [
            {
                "$and": [
                    {"article_id": base["article_id"]},
                    {"content_hash": {"$ne": base["content_hash"]}},
                ]
            }
            for base in bases
        ]
        where = stale[0] if len(stale) == 1 else {"$or": stale}
        self._chunks.delete(where=where)
        self._sentences.delete(where=where)
        self._commit(prepared, bases, vectors[unit_rows])

    def _commit(
        self,
        prepared: Sequence[PreparedArticle],
        bases: Sequence[dict[str, Any]],
        unit_vectors: np.ndarray,
    ) -> None:
        """Write the articles' records (the commit markers), then their keyword cache rows.

        Each record gets a generation of its own, one more than the article's before it, as
        when they were written one at a time.
        """
        ingested = datetime.now(UTC).isoformat(timespec="seconds")
        first = self._generation
        ids = [p.article.article_id for p in prepared]
        metadatas: list[dict[str, Any]] = []
        titles: list[int] = []
        start = 0
        for n, (p, base) in enumerate(zip(prepared, bases, strict=True), start=1):
            metadatas.append(
                _clean_metadata(
                    {
                        **base,
                        "chunk_count": len(p.chunks),
                        "sentence_count": len(p.units),
                        "generation": first + n,
                        "ingested": ingested,
                    }
                )
            )
            titles.append(start)
            start += len(p.units)
        self._articles.upsert(
            ids=ids,
            embeddings=unit_vectors[titles],
            documents=[p.article.title for p in prepared],
            metadatas=metadatas,
        )
        records = dict(zip(ids, metadatas, strict=True))
        with self._records_lock:
            if self._records is not None:
                self._records.update((i, _record(i, m)) for i, m in records.items())
            self._generation = max(self._generation, first + len(prepared))
            self.keywords.save_records(records, [])
        rows = []
        for p, base, start in zip(prepared, bases, titles, strict=True):
            vectors = unit_vectors[start : start + len(p.units)]
            rows.append((p.article.article_id, str(base["content_hash"]), _unit_rows(p, vectors)))
        self.keywords.replace_articles(rows)

    def remove_article(self, article_id: str) -> None:
        """Delete an article's chunks and sentences, then its record (the commit marker)."""
        self._chunks.delete(where={"article_id": article_id})
        self._sentences.delete(where={"article_id": article_id})
        self._articles.delete(ids=[article_id])
        with self._records_lock:
            if self._records is not None:
                self._records.pop(article_id, None)
            self.keywords.save_records({}, [article_id])
        self.keywords.remove_articles([article_id])

    # ----- the keyword cache -------------------------------------------------------------

    def reconcile_keywords(self) -> None:
        """Bring the keyword cache in step with the committed articles, article by article.

        Costs a look at the article records and the cache's own list of articles, plus a fetch
        of each article that differs; a cache whose counts do not add up is rebuilt in full.
        """
        records = self._current_records()
        held = self.keywords.versions()
        gone = [i for i in held if i not in records]
        differ = [
            i
            for i, r in records.items()
            if i not in held
            or held[i][0] != r.article.content_hash
            or (r.sentences is not None and held[i][1] != r.sentences)
        ]
        if gone:
            log.info("keyword cache: dropping %d articles", len(gone))
            self.keywords.remove_articles(gone)
        if differ:
            log.info("keyword cache: fetching %d articles from Chroma", len(differ))
            self._refill(differ, records)
        if not self.keywords.in_step():
            log.warning("keyword cache out of step with its article list: rebuilding it")
            self.rebuild_keywords()

    def rebuild_keywords(self) -> int:
        """Rebuild the keyword cache (and the saved article records) from Chroma in full;
        returns the sentences it holds."""
        self.keywords.clear()
        with self._records_lock:
            self._records = None
        records = self._current_records()
        self._refill(list(records), records)
        return self.keywords.count()

    def _refill(self, article_ids: Sequence[str], records: dict[str, _Record]) -> None:
        """Replace the cached sentences of these articles with their committed versions."""
        for start in range(0, len(article_ids), _ARTICLES_PER_FETCH):
            batch = list(article_ids[start : start + _ARTICLES_PER_FETCH])
            got = self._sentences.get(
                where={"article_id": {"$in": batch}},
                include=["metadatas", "documents", "embeddings"],
            )
            rows: dict[str, list[SentenceRow]] = {i: [] for i in batch}
            for i, d, m, e in zip(
                got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True
            ):
                article_id = str(m["article_id"])
                if m.get("content_hash") == records[article_id].article.content_hash:
                    rows[article_id].append(_sentence_row(i, d, m, e))
            for article_id, found in rows.items():
                hash_ = records[article_id].article.content_hash
                self.keywords.replace_article(article_id, hash_, found)

    @staticmethod
    def _iter_metadata(collection: Any) -> Iterator[tuple[str, dict[str, Any]]]:
        offset = 0
        while True:
            got = collection.get(include=["metadatas"], limit=_PAGE, offset=offset)
            yield from zip(got["ids"], got["metadatas"], strict=True)
            if len(got["ids"]) < _PAGE:
                return
            offset += _PAGE


def _base(article: Article) -> dict[str, Any]:
    """The metadata an article's chunks and its record share."""
    return {
        "article_id": article.article_id,
        "title": article.title,
        "publisher": article.publisher,
        "published": article.published,
        "url": article.url,
        "content_hash": article.content_hash,
        "source": article.source,
    }


def _unit_rows(prepared: PreparedArticle, vectors: np.ndarray) -> list[SentenceRow]:
    article_id = prepared.article.article_id
    return [
        SentenceRow(
            u.sentence_id, article_id, u.chunk_index, u.sentence_index, u.start, u.end, u.text, v
        )
        for u, v in zip(prepared.units, vectors, strict=True)
    ]


def _record(article_id: str, m: dict[str, Any]) -> _Record:
    sentences = m.get("sentence_count")
    return _Record(
        _stored_article(article_id, m),
        int(m.get("generation", 0)),
        int(sentences) if sentences is not None else None,
    )


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
