"""A topic overview: every article about the topic, newest first, each as its headline and the
sentence that best says what it reports about the topic."""

from __future__ import annotations

import re

from bot.answers.citing import LONG_LIMIT, Citations, cut, headline, sentence
from bot.compose import refusal
from bot.library import Library, newest_first
from bot.models import Answer
from bot.question import Question

#: Articles shown in full; the rest are counted.
SHOWN = 5
#: Added to a story's first sentence when choosing what it reports about a topic: an overview's
#: question is vague ("what's new in space launches"), and a news lead says what happened.
LEAD_BONUS = 0.15
#: Fewer words than this make a kicker ("Formula 1 · Race report"), not a sentence that says
#: what a story reports.
LEAD_WORDS = 8
#: An overview asked of prices: "getting pricier?", "how expensive is coffee getting".
_PRICE_ASKED = re.compile(
    r"\b(?:pricier|pricey|expensive|cheaper|dearer|prices?|costs?|costlier|fees?|fares?|"
    r"tix|tickets?)\b"
)
#: The room of an overview that finds one story (a fact's length).
ONE_STORY_LIMIT = 590


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
    # one story is told as briefly as a fact: its lead and what it says of the topic
    room = (LONG_LIMIT - len(tail)) // len(shown) - 8 if len(shown) > 1 else ONE_STORY_LIMIT
    lines = []
    topic = question.subject or question.text
    vector = library.vector(topic)
    # "are boat rides in italy getting pricier?": each story's sentence giving a price
    query = f"how much does {topic} cost" if _PRICE_ASKED.search(question.text.lower()) else topic
    for article in shown:
        best = library.best_sentences(article, query, limit=3, vector=vector, lead=LEAD_BONUS)
        best = ([r for r in best if len(r.text.split()) >= LEAD_WORDS] or best)[:2]
        head = headline(article, 90)
        space = max(room - len(head) - 6, 60)
        quote = said = cut(best[0].text, space) if best else ""
        # with room to spare, the lead (what the story reports) and the next best join it
        # (one story alone: the sentence after the lead too, which gives its numbers)
        opening = library.lead(article, 2 * space)[: 2 if len(shown) == 1 else 1]
        lead = [r for r in opening if len(r.text.split()) >= LEAD_WORDS]
        chosen = best[:1] if len(shown) > 1 or not lead else lead[:1]
        for row in [*lead, *best]:
            taken = {r.sentence_id for r in chosen}
            if (
                row.sentence_id not in taken
                and sum(len(r.text) + 3 for r in [*chosen, row]) <= space
            ):
                chosen.append(row)
        if len(chosen) > 1:
            ordered = [
                " ".join(r.text.split()) for r in sorted(chosen, key=lambda r: r.sentence_index)
            ]
            quote, said = " … ".join(ordered), " ".join(sentence(t) for t in ordered)
        n = citations.cite(article, quote)
        lines.append(f"{head}: {said} [{n}]" if said else f"{head} [{n}]")
    text = "\n".join(lines) + tail
    return citations.answer(question, text)
