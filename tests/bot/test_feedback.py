"""The SQLite store behind the answer buttons and thread history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.feedback import FILE_NAME, FeedbackStore
from bot.models import Answer, Citation, Turn


def answer(question: str = "Who?", refused: bool = False) -> Answer:
    return Answer(
        question=question,
        text="Someone. [1] [2]",
        refused=refused,
        citations=(
            Citation(1, "a", "A", "Pub", "2025", "https://x.test/a", "quote a"),
            Citation(2, "b", "B", None, None, None, "quote b"),
            Citation(3, "a", "A", "Pub", "2025", "https://x.test/a", "another quote of a"),
        ),
    )


def test_answers_round_trip_and_survive_reopening(tmp_path: Path) -> None:
    store = FeedbackStore.open(tmp_path)
    answer_id = store.record_answer(answer(), user_id=7, channel_id=8, thread_id=9)
    store.close()
    reopened = FeedbackStore.open(tmp_path)
    stored = reopened.answer(answer_id)
    assert stored is not None
    assert stored.answer.question == "Who?"
    assert stored.answer.citations == answer().citations
    assert (stored.user_id, stored.channel_id, stored.thread_id) == (7, 8, 9)
    assert reopened.answer(answer_id + 100) is None


def test_votes_store_question_answer_and_cited_ids_one_per_user(tmp_path: Path) -> None:
    store = FeedbackStore.open(tmp_path)
    answer_id = store.record_answer(answer())
    row = store.vote(answer_id, 42, "up")
    assert row is not None and row.article_ids == ("a", "b")
    store.vote(answer_id, 42, "down")
    store.vote(answer_id, 43, "up")
    rows = store.feedback()
    assert [(r.user_id, r.vote) for r in rows] == [(42, "down"), (43, "up")]
    assert rows[0].question == "Who?" and rows[0].answer == "Someone. [1] [2]"
    assert store.vote(answer_id + 1, 42, "up") is None
    # the table reads on its own
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        cols = [r[1] for r in db.execute("PRAGMA table_info(feedback)")]
    assert {"question", "answer", "article_ids", "vote", "user_id", "created_at"} <= set(cols)


def test_refusals_cite_no_articles(tmp_path: Path) -> None:
    store = FeedbackStore.open(tmp_path)
    row = store.vote(store.record_answer(answer(refused=True)), 1, "down")
    assert row is not None and row.article_ids == ()


def test_thread_turns_in_order_and_limited(tmp_path: Path) -> None:
    store = FeedbackStore.open(tmp_path)
    for i in range(12):
        store.record_answer(answer(f"q{i}"), thread_id=5)
    store.record_answer(answer("other"), thread_id=6)
    turns = store.thread_turns(5, limit=3)
    # after a restart a thread still knows which articles each answer cited ("it" = them)
    assert turns == [Turn(f"q{i}", "Someone. [1] [2]", ("a", "b")) for i in (9, 10, 11)]
    assert store.has_thread(6) and not store.has_thread(7)
