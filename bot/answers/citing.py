"""What every composer shares: numbered citations, article bylines, quotes cut to fit."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.library import published_date
from bot.models import Answer, Citation
from bot.question import Question
from ingest.models import StoredArticle

#: ``fact(question, earlier_turns=(), quoted=())``: the answer to one factual question (the
#: engine's retrieval and extractive composer), which the kinds that need facts build on;
#: ``quoted`` are sentences an earlier part of the same answer already quotes.
Fact = Callable[..., Answer]

#: Answer text limits: a fact or a refusal, and the kinds that span articles.
SHORT_LIMIT = 600
LONG_LIMIT = 1200


class Citations:
    """Numbers articles in the order they are first cited and collects their quotes.

    An article may be given as a stored article or as a citation of another answer (a part of
    a multi-part question), which carries the same fields.
    """

    def __init__(self) -> None:
        self._articles: dict[str, StoredArticle | Citation] = {}
        self._quotes: dict[str, list[str]] = {}

    def cite(self, article: StoredArticle | Citation, quote: str = "") -> int:
        self._articles.setdefault(article.article_id, article)
        quotes = self._quotes.setdefault(article.article_id, [])
        if quote and quote not in quotes:
            quotes.append(quote)
        return list(self._articles).index(article.article_id) + 1

    def __len__(self) -> int:
        return len(self._articles)

    def answer(self, question: Question, text: str, limit: int = LONG_LIMIT) -> Answer:
        """An answer citing what was cited, its text within ``limit`` (its kind is set by
        :func:`bot.answers.compose`)."""
        return Answer(
            question.asked, text[:limit], refused=False, citations=self.build(), support=1.0
        )

    def build(self) -> tuple[Citation, ...]:
        return tuple(
            Citation(
                n=n,
                article_id=article_id,
                title=a.title,
                publisher=a.publisher,
                published=a.published,
                url=a.url,
                quote=" … ".join(self._quotes[article_id]),
            )
            for n, (article_id, a) in enumerate(self._articles.items(), start=1)
        )


def byline(article: StoredArticle, dated: bool = True) -> str:
    """ "Daily Mail, 14 May 2025" from what is known of the article ("" when nothing is)."""
    day = published_date(article) if dated else None
    when = f"{day.day} {day.strftime('%B %Y')}" if day else ""
    return ", ".join(part for part in (article.publisher or "", when) if part)


def headline(article: StoredArticle, limit: int = 110, dated: bool = True) -> str:
    meta = byline(article, dated)
    return f"**{cut(article.title, limit)}**" + (f" ({meta})" if meta else "")


def cut(text: str, limit: int) -> str:
    """The text, or its start up to a word boundary with an ellipsis, within ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = max(limit - 1, 1)
    head = text[:room].rsplit(" ", 1)[0] if " " in text[:room] else text[:room]
    return head.rstrip(",;:") + "…"


def sentence(text: str) -> str:
    text = text.strip()
    return text if re.search(r"[.!?…'\"’”)]$", text) else f"{text}."
