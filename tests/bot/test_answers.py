"""The engine on the real corpus, real model and real Chroma store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.evaluation import evaluate, format_report
from bot.models import Turn

pytestmark = pytest.mark.model
EVAL = Path(__file__).resolve().parents[1] / "eval"


def assert_well_cited(engine: Engine, answer_text: str, citations: tuple) -> None:  # type: ignore[type-arg]
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer_text)}
    assert markers, answer_text
    assert markers == {c.n for c in citations}
    for c in citations:
        body = " ".join(p.text for p in engine.passages(c.article_id))
        for part in c.quote.split(" … "):
            assert part in body or part == c.title


def test_dev_set_is_right_but_for_one_borderline_question(corpus_engine: Engine) -> None:
    """The refusal model is fitted on six larger sets, not on these 15; under it the one
    question whose asked words the article never uses ("what coffee chain", answered only by
    the name "Starbucks") sits just below the threshold. Every other one must stay right."""
    lines = (EVAL / "dev_qa.jsonl").read_text(encoding="utf-8").splitlines()
    report = evaluate(corpus_engine, [json.loads(line) for line in lines if line])
    wrong = [o.id for o in report.outcomes if not o.right]
    assert set(wrong) <= {"d10"}, format_report(report)


def test_answer_quotes_its_sources_verbatim(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("How many jobs did Microsoft cut last week?")
    assert not answer.refused
    assert "9,000" in answer.text
    assert answer.citations[0].title.startswith("Microsoft boss")
    assert answer.citations[0].publisher == "Daily Mail"
    assert len(answer.text) <= 600
    assert_well_cited(corpus_engine, answer.text, answer.citations)


@pytest.mark.parametrize(
    ("question", "expected", "title_word"),
    [
        ("Where did Huawei open-source Pangu Pro MoE?", "GitCode", "Huawei"),
        ("What did the AIP Advances paper say about the universe?", "ultimate computer", "Rogan"),
        ("When could F1 go back to V8 engines?", "2029", "F1"),
        ("xbox guy advice to fired workers", "advice", "Microsoft"),
    ],
)
def test_rare_words_numbers_and_titles_are_found(
    corpus_engine: Engine, question: str, expected: str, title_word: str
) -> None:
    answer = corpus_engine.answer(question)
    assert not answer.refused, question
    assert expected.lower() in answer.text.lower()
    assert title_word in answer.citations[0].title


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of Australia?",
        "What is the weather forecast for London tomorrow?",
        "How do I bake sourdough bread?",
    ],
)
def test_questions_the_articles_never_touch_are_refused(
    corpus_engine: Engine, question: str
) -> None:
    answer = corpus_engine.answer(question)
    assert answer.refused
    assert answer.text.startswith("I couldn't find that in the indexed articles")
    assert all(c.quote == "" for c in answer.citations)


def test_refusal_offers_the_closest_articles(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("Who founded Huawei?")
    assert answer.refused
    assert any("Huawei" in c.title for c in answer.citations)


def test_follow_up_uses_the_earlier_turn(corpus_engine: Engine) -> None:
    about_qwen = [Turn("Tell me about Qwen 2.5-14B")]
    about_rogan = [Turn("What did Joe Rogan discuss on his podcast with Yampolskiy?")]
    qwen = corpus_engine.answer("When was it released?", about_qwen)
    rogan = corpus_engine.answer("When was it released?", about_rogan)
    assert "May 2024" in qwen.text and "Qwen" in qwen.text
    assert "July 3" in rogan.text and "Rogan" in rogan.citations[0].title


def test_a_chain_of_follow_ups_keeps_its_subject(corpus_engine: Engine) -> None:
    chain = [Turn("Tell me about Qwen 2.5-14B"), Turn("Which devices can it be deployed on?")]
    answer = corpus_engine.answer("When was it released?", chain)
    assert "May 2024" in answer.text


def test_a_short_question_naming_a_new_subject_is_not_a_follow_up(corpus_engine: Engine) -> None:
    about_pangu = [Turn("what is the pangu model accused of")]
    fresh = corpus_engine.answer("who did rogan interview", about_pangu)
    alone = corpus_engine.answer("who did rogan interview")
    assert not fresh.refused, fresh.text
    assert fresh.text == alone.text
    assert "Yampolskiy" in fresh.text


def test_refusal_threshold_is_a_setting(corpus_engine: Engine) -> None:
    strict = Engine(
        replace_settings(corpus_engine, min_support=0.999),
        corpus_engine.store,
        corpus_engine.retriever.embedder,
    )
    assert strict.answer("How many jobs did Microsoft cut last week?").refused


def replace_settings(engine: Engine, **changes: object):  # type: ignore[no-untyped-def]
    return engine.settings.model_copy(update=changes)


def test_search_returns_passages_of_the_right_article(corpus_engine: Engine) -> None:
    passages = corpus_engine.search("Cadillac eleventh team", k=3)
    assert passages
    assert passages[0].title.startswith("F1 could return")
    assert "Cadillac" in " ".join(p.text for p in passages)


def test_mentions_in_questions_do_not_break_answers(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("@everyone who is the FIA president?")
    assert "Ben Sulayem" in answer.text


def test_status_reports_articles_and_last_ingest(corpus_engine: Engine) -> None:
    status = corpus_engine.status()
    assert status.articles == 4
    assert status.newest is not None and status.newest.ingested is not None
    assert status.last_ingest is not None
