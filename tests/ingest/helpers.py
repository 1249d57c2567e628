"""Helpers for the ingest tests: fixture files, article writers, and store inspection."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.settings import IngestSettings
from ingest.store import open_client

FIXTURES = Path(__file__).parent / "fixtures"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
REAL_CORPUS = PROJECT_ROOT / "corpus" / "daily8-related-articles.txt"

#: The lines of the saved Daily8 page that are page furniture, never article text.
DAILY8_CHROME = (
    "Try Our AI Features",
    "Explore what Daily8 AI can do for you:",
    "Comments",
    "No comments yet...",
    "Related Articles",
)


def chroma_clients() -> set[str]:
    """Identifiers of the Chroma systems this process caches (a path for an embedded store)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    return set(SharedSystemClient._identifier_to_system)


def forget_chroma(identifiers: Iterable[str]) -> None:
    """Stop and drop cached Chroma systems, so that the next client for them reads the files anew.

    Chroma keeps one system per path for the whole process; other suites' long-lived fixtures
    may hold some, so only the named ones are touched.
    """
    from chromadb.api.shared_system_client import SharedSystemClient

    for identifier in identifiers:
        system = SharedSystemClient._identifier_to_system.pop(identifier, None)
        SharedSystemClient._identifier_to_refcount.pop(identifier, None)
        if system is not None:
            with contextlib.suppress(Exception):  # one that cannot stop is forgotten all the same
                system.stop()


_TOPICS = (
    "river",
    "orchard",
    "bridge",
    "choir",
    "harbour",
    "library",
    "market",
    "tram",
    "garden",
    "museum",
    "bakery",
    "stadium",
    "ferry",
    "clinic",
    "theatre",
    "canal",
    "forest",
    "school",
    "airport",
    "castle",
)


def numbered_article(n: int, sentences: int = 6, extra: str = "") -> str:
    """A small original plain-text article (title line, then one paragraph), different per ``n``."""
    topic = _TOPICS[n % len(_TOPICS)]
    body = [
        f"Residents of town number {n} gathered on Saturday to open the new {topic}.",
        f"The project took {n + 3} years and cost {n * 7 + 11} thousand pounds.",
    ]
    body += [
        f"Speaker {k} from the {topic} committee thanked {k + n} volunteers for their work."
        for k in range(max(sentences - 3, 0))
    ]
    body.append(f"The {topic} will be open every day except Tuesday.{extra}")
    return f"Town {n} opens a new {topic} after years of planning\n{' '.join(body)}\n"


def one_json(out: str) -> object:
    """The one JSON document a ``--json`` run prints: nothing else may be on stdout."""
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected exactly one JSON line on stdout, got: {out!r}"
    return json.loads(lines[0])


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@dataclass
class StoreSnapshot:
    """Everything Chroma and the keyword index hold, read through fresh clients."""

    articles: dict[str, dict[str, Any]]
    chunks: dict[str, dict[str, Any]]
    chunk_documents: dict[str, str]
    sentences: dict[str, dict[str, Any]]
    sentence_documents: dict[str, str]
    keyword_ids: set[str]
    collection_metadata: dict[str, Any] = field(default_factory=dict)
    collection_config: dict[str, Any] = field(default_factory=dict)

    def chunks_of(self, article_id: str) -> dict[str, dict[str, Any]]:
        return {i: m for i, m in self.chunks.items() if m["article_id"] == article_id}

    def sentences_of(self, article_id: str) -> dict[str, dict[str, Any]]:
        return {i: m for i, m in self.sentences.items() if m["article_id"] == article_id}

    def article_view(self, article_id: str) -> tuple[Any, ...]:
        """One article as stored: its record, chunks and sentences (to compare before/after)."""
        chunks = self.chunks_of(article_id)
        sentences = self.sentences_of(article_id)
        return (
            self.articles[article_id],
            sorted((i, self.chunk_documents[i], sorted(m.items())) for i, m in chunks.items()),
            sorted((i, self.sentence_documents[i]) for i in sentences),
        )


def snapshot(settings: IngestSettings) -> StoreSnapshot:
    client = open_client(settings)
    prefix = settings.collection

    def read(name: str) -> tuple[dict[str, dict[str, Any]], dict[str, str], Any]:
        collection = client.get_collection(f"{prefix}_{name}")
        got = collection.get(include=["metadatas", "documents"])
        metadatas = {i: dict(m) for i, m in zip(got["ids"], got["metadatas"], strict=True)}
        documents = dict(zip(got["ids"], got["documents"], strict=True))
        return metadatas, documents, collection

    articles, _, _ = read("articles")
    chunks, chunk_docs, chunk_collection = read("chunks")
    sentences, sentence_docs, _ = read("sentences")
    with sqlite3.connect(settings.keyword_index_path) as db:
        keyword_ids = {row[0] for row in db.execute("SELECT sentence_id FROM sentences")}
    config = getattr(chunk_collection, "configuration_json", None) or {}
    return StoreSnapshot(
        articles=articles,
        chunks=chunks,
        chunk_documents=chunk_docs,
        sentences=sentences,
        sentence_documents=sentence_docs,
        keyword_ids=keyword_ids,
        collection_metadata=dict(chunk_collection.metadata or {}),
        collection_config=config,
    )


def assert_consistent(snap: StoreSnapshot) -> None:
    """The store's invariants: every chunk and sentence belongs to the stored version of a stored
    article, chunk counts add up, no chunk is stored twice, and the keyword index mirrors Chroma."""
    for chunk_id, m in snap.chunks.items():
        record = snap.articles.get(m["article_id"])
        assert record is not None, f"orphan chunk {chunk_id}: no article record"
        assert m["content_hash"] == record["content_hash"], f"stale chunk {chunk_id}"
    for sentence_id, m in snap.sentences.items():
        record = snap.articles.get(m["article_id"])
        assert record is not None, f"orphan sentence {sentence_id}: no article record"
        assert m["content_hash"] == record["content_hash"], f"stale sentence {sentence_id}"
    assert len(snap.chunks) == sum(int(a["chunk_count"]) for a in snap.articles.values())
    positions = Counter((m["article_id"], m["chunk_index"]) for m in snap.chunks.values())
    duplicates = [p for p, n in positions.items() if n > 1]
    assert not duplicates, f"chunks stored twice: {duplicates}"
    for article_id, record in snap.articles.items():
        indexes = sorted(m["chunk_index"] for m in snap.chunks_of(article_id).values())
        assert indexes == list(range(int(record["chunk_count"]))), article_id
    assert snap.keyword_ids == set(snap.sentences), "keyword index differs from Chroma"
