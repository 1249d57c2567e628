"""A keyword (BM25) index of sentences in SQLite FTS5, kept as a cache derived from Chroma.

Chroma holds the truth; this file is rebuilt from it by :meth:`KeywordIndex.reconcile`, so a killed
ingest or a deleted file costs a resync, never a wrong answer. It also keeps each sentence's vector,
so that question time needs one query embedding and no re-embedding of passages.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours out over own same
    she should so some such than that the their theirs them then there these they this those through
    to too under until up very was we were what when where which while who whom why will with would
    you your yours also said says say tell told according did does whats what's who's s t don
    """.split()  # noqa: SIM905
)
_WORD = re.compile(r"[\w][\w'’.-]*[\w]|[\w]", re.UNICODE)


def content_terms(text: str) -> list[str]:
    """The words of a query worth matching: lower-case, no stopwords, possessives dropped."""
    terms: list[str] = []
    for raw in _WORD.findall(text.lower()):
        word = re.sub(r"['’]s$", "", raw).strip(".'’-")
        if word and word not in STOPWORDS and word not in terms:
            terms.append(word)
    return terms


@dataclass(frozen=True)
class SentenceRow:
    """A stored sentence (``sentence_index == -1`` is the article title)."""

    sentence_id: str
    article_id: str
    chunk_index: int
    sentence_index: int
    start: int
    end: int
    text: str
    vector: np.ndarray


Fetch = Callable[[Sequence[str]], Iterable[SentenceRow]]


class KeywordIndex:
    """SQLite FTS5 over sentences with their vectors; safe to share between threads."""

    def __init__(self, path: Path | str) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.executescript(
            """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS sentences (
                rowid INTEGER PRIMARY KEY, sentence_id TEXT UNIQUE NOT NULL,
                article_id TEXT NOT NULL, chunk_index INTEGER NOT NULL,
                sentence_index INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                text TEXT NOT NULL, vector BLOB NOT NULL);
            CREATE INDEX IF NOT EXISTS sentences_article ON sentences(article_id);
            CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
                text, content='sentences', content_rowid='rowid',
                tokenize='porter unicode61 remove_diacritics 2');
            CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
                INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text); END;
            CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
                INSERT INTO sentences_fts(sentences_fts, rowid, text)
                VALUES ('delete', old.rowid, old.text); END;
            """
        )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM sentences").fetchone()[0])

    def ids(self) -> set[str]:
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT sentence_id FROM sentences")}

    def reconcile(self, truth: set[str], fetch: Fetch) -> None:
        """Make the index hold exactly the sentence ids in ``truth``, fetching the missing ones."""
        present = self.ids()
        stale = present - truth
        missing = sorted(truth - present)
        rows = list(fetch(missing)) if missing else []
        with self._lock, self._db:
            self._db.executemany(
                "DELETE FROM sentences WHERE sentence_id = ?", [(i,) for i in stale]
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO sentences (sentence_id, article_id, chunk_index, "
                'sentence_index, start, "end", text, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                [
                    (
                        r.sentence_id,
                        r.article_id,
                        r.chunk_index,
                        r.sentence_index,
                        r.start,
                        r.end,
                        r.text,
                        np.asarray(r.vector, dtype=np.float32).tobytes(),
                    )
                    for r in rows
                ],
            )

    def search(self, query: str, k: int) -> list[tuple[SentenceRow, float]]:
        """Sentences matching any content term of ``query``, best BM25 first (score > 0)."""
        terms = content_terms(query)
        if not terms:
            return []
        match = " OR ".join('"' + t.replace('"', "") + '"' for t in terms)
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS}, -bm25(sentences_fts) FROM sentences_fts "
                "JOIN sentences ON sentences.rowid = sentences_fts.rowid "
                "WHERE sentences_fts MATCH ? ORDER BY bm25(sentences_fts) LIMIT ?",
                (match, k),
            ).fetchall()
        return [(_row(r), float(r[-1])) for r in rows]

    def document_frequency(self, terms: Sequence[str]) -> dict[str, int]:
        """How many sentences hold each term or a word sharing its stem's prefix ("denial" also
        counts "denies"), for weighting rare words and spotting words the articles never use."""
        result: dict[str, int] = {}
        with self._lock:
            for term in terms:
                clean = term.replace('"', "")
                query = f'"{clean}"'
                if len(clean) >= 6 and re.fullmatch(r"[a-z]+", clean):
                    query += f" OR {clean[: max(4, len(clean) - 3)]}*"
                (n,) = self._db.execute(
                    "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", (query,)
                ).fetchone()
                result[term] = int(n)
        return result

    def rows(self, sentence_ids: Sequence[str]) -> list[SentenceRow]:
        if not sentence_ids:
            return []
        marks = ",".join("?" * len(sentence_ids))
        with self._lock:
            found = self._db.execute(
                f"SELECT {_COLUMNS} FROM sentences WHERE sentence_id IN ({marks})",
                list(sentence_ids),
            ).fetchall()
        return [_row(r) for r in found]

    def sentence_at(self, article_id: str, sentence_index: int) -> SentenceRow | None:
        with self._lock:
            found = self._db.execute(
                f"SELECT {_COLUMNS} FROM sentences WHERE article_id = ? AND sentence_index = ?",
                (article_id, sentence_index),
            ).fetchone()
        return _row(found) if found else None

    def article_rows(self, article_id: str) -> list[SentenceRow]:
        with self._lock:
            found = self._db.execute(
                f"SELECT {_COLUMNS} FROM sentences WHERE article_id = ? ORDER BY sentence_index",
                (article_id,),
            ).fetchall()
        return [_row(r) for r in found]


_COLUMNS = (
    "sentences.sentence_id, sentences.article_id, sentences.chunk_index, "
    'sentences.sentence_index, sentences.start, sentences."end", sentences.text, sentences.vector'
)


def _row(r: Sequence[Any]) -> SentenceRow:
    return SentenceRow(
        sentence_id=str(r[0]),
        article_id=str(r[1]),
        chunk_index=int(r[2]),
        sentence_index=int(r[3]),
        start=int(r[4]),
        end=int(r[5]),
        text=str(r[6]),
        vector=np.frombuffer(r[7], dtype=np.float32),
    )
