"""A single fact: the extractive composer of ``bot.compose``, and what a near miss is told.

A near miss names something the articles mention but asks a fact they never state ("How old is
Matt Turnbull?"). The refusal then says which article mentions the name, so the reader knows the
question was understood and where to look.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from bot.compose import MAX_ANSWER_CHARS, REFUSAL, compose_answer
from bot.models import Answer
from bot.retrieval import (
    REPORTED_NOW,
    Retrieval,
    entity_terms,
    question_kind,
    stems,
    term_matches,
)
from ingest.dates import parse_date


def answer_fact(question: str, retrieval: Retrieval, min_support: float) -> Answer:
    answer = compose_answer(question, retrieval, min_support)
    if not answer.refused:
        return dated(answer, question)
    if not retrieval.evidence:
        return answer
    return near_miss(answer, question, retrieval)


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ON_WEEKDAY = re.compile(rf"\b(?:on|last|this) ({'|'.join(_WEEKDAYS)})\b", re.IGNORECASE)
#: A quote that says its own time ("in 2020", "in April"), which no date is added to.
_WHEN_SAID = re.compile(
    r"\b(?:in|since|from|by) (?:(?:early|late|mid)[- ])?(?:(?:19|20)\d\d|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
#: "When is it supposed to start", "when can people see it": a time ahead, which no weekday
#: of the story's past gives.
_AHEAD = re.compile(
    r"(?i)^\s*(?:and |so )?(?:when|wen)"
    r"(?:'s|s| is| are| will| can| could| should| would| does| do)\b"
)
_DATE_SAID = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
    r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


def dated(answer: Answer, question: str) -> Answer:
    """A "when" answer whose quote says only a weekday ("won ... on Sunday") gets the date
    that weekday was, counted back from the article's own date: news tells the day of the
    week, readers ask for the date. One that reports the deed as just done ("has won") and
    says no time gets the story's date."""
    if question_kind(question) != "when" or not answer.citations or _AHEAD.match(question):
        return answer
    first = answer.citations[0]
    parts = first.quote.split(" … ")
    # a headline quoted first says no day: the sentence after it may ("... on Thursday")
    quote = next((p for p in parts[:2] if _ON_WEEKDAY.search(p)), parts[0])
    weekday = _ON_WEEKDAY.search(quote)
    published = parse_date(first.published)
    if published is None or _DATE_SAID.search(quote):
        return answer
    if weekday is None and REPORTED_NOW.search(quote) and not _WHEN_SAID.search(quote):
        # "Kerbrat has won the Prix Goncourt": done by the time the story was dated
        note = f" The story reporting it is dated {published.day} {published:%B %Y} [{first.n}]."
        fits = len(answer.text) + len(note) <= MAX_ANSWER_CHARS
        return replace(answer, text=answer.text + note) if fits else answer
    if weekday is None:
        return answer
    wanted = _WEEKDAYS.index(weekday.group(1).lower())
    day = published - timedelta(days=(published.weekday() - wanted) % 7)
    note = (
        f" That {weekday.group(1).capitalize()} was {day.day} {day:%B %Y}, counting back "
        f"from the article's date ({published.day} {published:%B %Y}) [{first.n}]."
    )
    text = answer.text
    if len(text) + len(note) > MAX_ANSWER_CHARS:
        # the date asked matters more than a second quote: the first is kept, with the date
        marker = f"[{first.n}]"
        text = text[: text.index(marker) + len(marker)] if marker in text else text
        if len(text) + len(note) > MAX_ANSWER_CHARS or quote not in text:
            return answer
    return replace(answer, text=text + note)


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
