"""Date questions about articles: when one was published, which is newest, which came first.

Publication dates were made comparable at ingest (ISO 8601); an article whose page gave no date
(a saved page's "30 minutes ago") has none, and the answer says so rather than guessing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from bot.answers.citing import SHORT_LIMIT, Citations, Fact, cut, headline
from bot.answers.summary import resolve_article
from bot.compose import refusal
from bot.library import Library, describe_date, newest_first, published_date
from bot.models import Answer
from bot.question import Question
from ingest.models import StoredArticle


def answer_when(
    question: Question,
    library: Library,
    fact: Fact,
    previous: Sequence[StoredArticle] = (),
) -> Answer:
    if len(question.parts) >= 2:
        return _which_first(question, library)
    if question.order:
        return _newest(question, library)
    article, ranked = resolve_article(question.subject, library, previous)
    piece = bool(_PIECE.search(question.text))
    if article is None or not (piece or not ranked or ranked[0].title >= 0.5):
        return fact(question.text)
    if published_date(article) is None and not piece:
        stated = fact(question.text)
        if not stated.refused:
            return stated
    if published_date(article) is None:
        dateline = library.dateline(article)
        if dateline:
            opening = dateline[0].text
            citations = Citations()
            n = citations.cite(article, opening)
            text = (
                f"{headline(article, 200)} gives no full publication date; it opens: "
                f"“{cut(opening, 200)}” [{n}]"
            )
            return _answer(question, text, citations)
        return refusal(question.asked, [article], f"“{article.title}” carries no publication date.")
    citations = Citations()
    n = citations.cite(article)
    text = f"{headline(article, 200, dated=False)} was published on {describe_date(article)} [{n}]."
    return _answer(question, text, citations)


_PIECE = re.compile(
    r"\b(?:article|story|piece|report|news|review|column|write-?up|interview|profile|feature)s?\b",
    re.IGNORECASE,
)


def _newest(question: Question, library: Library) -> Answer:
    pool = (
        [m.article for m in library.about(question.subject)] if question.subject else library.all()
    )
    dated = [a for a in newest_first(pool) if published_date(a) is not None]
    if not dated:
        topic = f" about {question.subject}" if question.subject else ""
        return refusal(
            question.asked, pool[:3], f"None of the articles{topic} carries a publication date."
        )
    chosen = dated[0] if question.order == "newest" else dated[-1]
    word = "most recent" if question.order == "newest" else "earliest"
    topic = f" about {question.subject}" if question.subject else ""
    citations = Citations()
    n = citations.cite(chosen)
    text = (
        f"The {word} article{topic} is {headline(chosen, 100, dated=False)}, published on "
        f"{describe_date(chosen)} [{n}]."
    )
    others = [a for a in dated if a is not chosen][:1]
    for other in others:
        m = citations.cite(other)
        text += f"\n{headline(other, 90, dated=False)}: {describe_date(other)} [{m}]."
    return _answer(question, text, citations)


def _which_first(question: Question, library: Library) -> Answer:
    """Which of the named articles came out first (or is the most recent), with every date."""
    sides: list[StoredArticle] = []
    for part in question.parts:
        article, _ = resolve_article(part, library)
        if article is not None and article not in sides:
            sides.append(article)
    if len(sides) < 2:
        return _newest(question, library)
    dated = [a for a in sides if published_date(a) is not None]
    citations = Citations()
    lines = []
    for article in sides:
        n = citations.cite(article)
        when = describe_date(article) or "no publication date given"
        lines.append(f"{headline(article, 90, dated=False)}: {when} [{n}].")
    if len(dated) >= 2:
        ordered = sorted(dated, key=lambda a: published_date(a) or date.max)
        if question.order == "gap":
            lines.insert(0, _gap(ordered[0], ordered[-1]))
        elif question.order == "newest":
            lines.insert(0, f"“{ordered[-1].title}” is the most recent.")
        else:
            lines.insert(0, f"“{ordered[0].title}” came out first.")
    return _answer(question, "\n".join(lines), citations)


def _gap(earlier: StoredArticle, later: StoredArticle) -> str:
    """How long after the one the other came out, in days, or months for more than two."""
    days = ((published_date(later) or date.max) - (published_date(earlier) or date.min)).days
    months = round(days / 30.44)
    span = f"{days} days" if days <= 60 else f"about {months} months ({days} days)"
    return f"“{later.title}” came out {span} after “{earlier.title}”."


def _answer(question: Question, text: str, citations: Citations) -> Answer:
    return citations.answer(question, text, SHORT_LIMIT)
