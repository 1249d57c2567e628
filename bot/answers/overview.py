"""A topic overview: every article about the topic, newest first, each as its headline and the
sentence that best says what it reports about the topic."""

from __future__ import annotations

import re

from bot.answers.citing import LONG_LIMIT, Citations, cut, headline
from bot.compose import refusal
from bot.library import Library, newest_first
from bot.models import Answer
from bot.question import Question

#: Articles shown in full; the rest are counted.
SHOWN = 5
#: Added to a story's first sentence when choosing what it reports about a topic: an overview's
#: question is vague ("what's new in space launches"), and a news lead says what happened.
LEAD_BONUS = 0.15


def answer_overview(question: Question, library: Library) -> Answer:
    matches = []
    seen: set[str] = set()
    for subject in re.split(r"\s+(?:or|and|&)\s+|,\s*", question.subject):
        for match in library.about(subject):
            if match.article.article_id not in seen:
                seen.add(match.article.article_id)
                matches.append(match)
    if not matches:
        closest = [m.article for m in library.rank(question.subject, limit=3)]
        return refusal(question.asked, closest, f"I found no articles about {question.subject}.")
    articles = newest_first([m.article for m in matches])
    shown, hidden = articles[:SHOWN], articles[SHOWN:]
    citations = Citations()
    tail = f"\n…and {len(hidden)} more — try /search {question.subject}" if hidden else ""
    room = (LONG_LIMIT - len(tail)) // len(shown) - 8
    lines = []
    topic = question.subject or question.text
    vector = library.vector(topic)
    for article in shown:
        best = library.best_sentences(article, topic, vector=vector, lead=LEAD_BONUS)
        head = headline(article, 90)
        quote = cut(best[0].text, max(room - len(head) - 6, 60)) if best else ""
        n = citations.cite(article, quote)
        lines.append(f"{head}: {quote} [{n}]" if quote else f"{head} [{n}]")
    text = "\n".join(lines) + tail
    return citations.answer(question, text)
