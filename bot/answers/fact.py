"""A single fact: the extractive composer of ``bot.compose``, and what a near miss is told.

A near miss names something the articles mention but asks a fact they never state ("How old is
Matt Turnbull?"). The refusal then says which article mentions the name, so the reader knows the
question was understood and where to look.
"""

from __future__ import annotations

from dataclasses import replace

from bot.compose import REFUSAL, compose_answer
from bot.models import Answer
from bot.retrieval import Retrieval, entity_terms, stems, term_matches


def answer_fact(question: str, retrieval: Retrieval, min_support: float) -> Answer:
    answer = compose_answer(question, retrieval, min_support)
    if not answer.refused or not retrieval.evidence:
        return answer
    return near_miss(answer, question, retrieval)


def near_miss(answer: Answer, question: str, retrieval: Retrieval) -> Answer:
    """The refusal, saying which article mentions what the question names (when one does)."""
    article = retrieval.evidence[0].article
    named = entity_terms(question, list(retrieval.terms)) or [
        t for t in retrieval.terms if len(t) > 3
    ]
    words = stems(article.title) | frozenset(
        w
        for e in retrieval.evidence
        if e.article.article_id == article.article_id
        for w in stems(e.sentence.text)
    )
    found = [t for t in named if term_matches(t, words)]
    if not found:
        return answer
    names = ", ".join(f"“{t}”" for t in found[:3])
    text = (
        f"{REFUSAL} {names} {'is' if len(found) == 1 else 'are'} mentioned in "
        f"“{article.title}” [1], but it doesn't say that."
    )
    hints = [c for c in answer.citations if c.article_id == article.article_id]
    rest = [c for c in answer.citations if c.article_id != article.article_id]
    citations = tuple(replace(c, n=i) for i, c in enumerate([*hints, *rest], start=1))
    if not hints:
        return answer
    return replace(answer, text=text[:600], citations=citations)
