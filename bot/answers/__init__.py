"""One small composer per kind of question, all extractive: every sentence they state is a
verbatim quote of an article (or its headline) carrying its ``[n]``.

:func:`compose` is the one entry: it takes an understood :class:`~bot.question.Question` and the
tools that look things up, and picks the composer for its kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.answers.catalogue import answer_catalogue
from bot.answers.citing import Fact
from bot.answers.comparison import answer_at_moment, answer_compare, answer_multi
from bot.answers.dates import answer_when
from bot.answers.greeting import greet
from bot.answers.overview import answer_overview
from bot.answers.summary import answer_summary
from bot.compose import refusal
from bot.library import Library
from bot.models import Answer
from bot.question import Kind, Question, is_calculation
from ingest.models import StoredArticle

INSTRUCTION_REFUSAL = (
    "That reads like an instruction to me, not a question about the articles. I only answer "
    "questions about the indexed news articles, with sources."
)

CALCULATION_REFUSAL = (
    "I can't work that out for you: I only answer questions about the indexed news articles, "
    "with sources."
)


def compose(
    question: Question,
    library: Library,
    fact: Fact,
    previous: Sequence[StoredArticle] = (),
) -> Answer:
    """The answer to ``question``; ``fact`` answers one factual question (the default path),
    ``previous`` are the articles the conversation's last answer cited."""
    answer = _compose(question, library, fact, previous)
    return replace(answer, kind=question.kind.value)


def _compose(
    question: Question, library: Library, fact: Fact, previous: Sequence[StoredArticle]
) -> Answer:
    if question.kind is Kind.INSTRUCTION:
        return refusal(question.asked, (), INSTRUCTION_REFUSAL)
    if is_calculation(question.asked):
        return refusal(question.asked, (), CALCULATION_REFUSAL)
    if question.kind is Kind.GREETING:
        return greet(question, library.all())
    if question.kind is Kind.OVERVIEW:
        return answer_overview(question, library)
    if question.kind is Kind.SUMMARY:
        return answer_summary(question, library, previous)
    if question.kind is Kind.CATALOGUE:
        return answer_catalogue(question, library)
    if question.kind is Kind.WHEN:
        return answer_when(question, library, fact, previous)
    if question.kind is Kind.MULTI:
        return answer_multi(question, library, fact)
    if question.kind is Kind.COMPARE:
        return answer_compare(question, library, fact)
    return answer_at_moment(question.text, library, fact)
