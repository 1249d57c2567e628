"""What the bot remembers across restarts, in one SQLite file under the data dir.

* every answer it posted (question, text, citations, and the thread it went to): the Sources and
  feedback buttons carry only an answer id in their custom id, and a thread's earlier turns can be
  rebuilt from here after a restart;
* the 👍 / 👎 votes, one per user and answer (a second click changes the vote), each stored with
  the question, the answer text and the cited article ids, so the table reads on its own.

No Discord types here: the bot passes plain ids.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from bot.models import Answer, Citation, Turn

log = logging.getLogger(__name__)

FILE_NAME = "feedback.sqlite3"
Vote = Literal["up", "down"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    refused INTEGER NOT NULL,
    citations TEXT NOT NULL,
    user_id INTEGER,
    channel_id INTEGER,
    thread_id INTEGER,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_thread ON answers (thread_id, id);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id INTEGER NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    article_ids TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    user_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (answer_id, user_id)
);
"""


@dataclass(frozen=True)
class StoredAnswer:
    answer_id: int
    answer: Answer
    user_id: int | None
    channel_id: int | None
    thread_id: int | None
    created_at: str


@dataclass(frozen=True)
class FeedbackRow:
    answer_id: int
    question: str
    answer: str
    article_ids: tuple[str, ...]
    vote: Vote
    user_id: int
    created_at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def cited_ids(answer: Answer) -> tuple[str, ...]:
    """The distinct article ids an answer cites (none for a refusal, whose citations are hints)."""
    if answer.refused:
        return ()
    return tuple(dict.fromkeys(c.article_id for c in answer.citations))


class FeedbackStore:
    """Thread-safe: one connection, serialised by a lock (every statement is tiny)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
        self._lock = threading.Lock()
        with self._tx() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)

    @classmethod
    def open(cls, data_dir: Path) -> FeedbackStore:
        return cls(data_dir / FILE_NAME)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._db:
            yield self._db

    def record_answer(
        self,
        answer: Answer,
        *,
        user_id: int | None = None,
        channel_id: int | None = None,
        thread_id: int | None = None,
    ) -> int:
        """Store a posted answer; returns the id its buttons carry."""
        citations = json.dumps([asdict(c) for c in answer.citations])
        with self._tx() as db:
            cursor = db.execute(
                "INSERT INTO answers (question, answer, refused, citations, user_id, channel_id,"
                " thread_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    answer.question,
                    answer.text,
                    int(answer.refused),
                    citations,
                    user_id,
                    channel_id,
                    thread_id,
                    _now(),
                ),
            )
            answer_id = cursor.lastrowid
        assert answer_id is not None
        return answer_id

    def answer(self, answer_id: int) -> StoredAnswer | None:
        with self._tx() as db:
            row = db.execute(
                "SELECT id, question, answer, refused, citations, user_id, channel_id, thread_id,"
                " created_at FROM answers WHERE id = ?",
                (answer_id,),
            ).fetchone()
        if row is None:
            return None
        citations = tuple(Citation(**c) for c in json.loads(row[4]))
        answer = Answer(question=row[1], text=row[2], refused=bool(row[3]), citations=citations)
        return StoredAnswer(row[0], answer, row[5], row[6], row[7], row[8])

    def thread_turns(self, thread_id: int, limit: int = 10) -> list[Turn]:
        """The last ``limit`` exchanges answered in a thread (or DM channel), oldest first."""
        with self._tx() as db:
            rows = db.execute(
                "SELECT question, answer, refused, citations FROM answers WHERE thread_id = ? "
                "ORDER BY id DESC LIMIT ?",
                (thread_id, limit),
            ).fetchall()
        return [
            Turn(
                question=q,
                answer=a,
                articles=()
                if refused
                else tuple(dict.fromkeys(c["article_id"] for c in json.loads(cited))),
            )
            for q, a, refused, cited in reversed(rows)
        ]

    def has_thread(self, thread_id: int) -> bool:
        with self._tx() as db:
            row = db.execute(
                "SELECT 1 FROM answers WHERE thread_id = ? LIMIT 1", (thread_id,)
            ).fetchone()
        return row is not None

    def vote(self, answer_id: int, user_id: int, vote: Vote) -> FeedbackRow | None:
        """Record (or change) a user's vote on an answer; None when the answer is unknown."""
        stored = self.answer(answer_id)
        if stored is None:
            return None
        answer = stored.answer
        ids = cited_ids(answer)
        now = _now()
        with self._tx() as db:
            db.execute(
                "INSERT INTO feedback (answer_id, question, answer, article_ids, vote, user_id,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote,"
                " created_at = excluded.created_at",
                (answer_id, answer.question, answer.text, json.dumps(ids), vote, user_id, now),
            )
        log.info("feedback %s on answer %d", vote, answer_id)
        return FeedbackRow(answer_id, answer.question, answer.text, ids, vote, user_id, now)

    def feedback(self) -> list[FeedbackRow]:
        with self._tx() as db:
            rows = db.execute(
                "SELECT answer_id, question, answer, article_ids, vote, user_id, created_at"
                " FROM feedback ORDER BY id"
            ).fetchall()
        return [
            FeedbackRow(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4], r[5], r[6]) for r in rows
        ]
