"""A summary of one article: which article is meant, then its key sentences in article order.

News is written lead first, so the opening sentences are the summary a reporter wrote; they are
quoted in order within the length limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answers.citing import LONG_LIMIT, Citations, headline, sentence
from bot.compose import refusal
from bot.library import GENERIC, ArticleMatch, Library
from bot.models import Answer
from bot.question import Question, subject_groups
from bot.retrieval import forms_in, stems
from ingest.keywords import unaccented
from ingest.models import StoredArticle

#: How well a phrase must match an article's text or title to name it.
MIN_MATCH = 0.3
#: "the wire report", "the agency story": one a news agency filed.
_WIRE_ASKED = re.compile(r"\b(?:wire|newswire|agency|news agency)\b")
_WIRE_PUBLISHER = re.compile(
    r"\b(?:reuters|afp|ap|associated press|bloomberg|dpa|efe|ansa)\b", re.I
)
#: How far below the best match the only article holding every word of the phrase may be.
WHOLE_MARGIN = 0.1


def _headline_holds(subject: str, article: StoredArticle) -> bool:
    """Whether a headline holds a word of the phrase as typed, not one sharing its first
    letters: "Teresa Bringué" is named by no headline that "brings"."""
    words = stems(article.title)
    groups = [g for g in subject_groups(subject) if g[0] not in GENERIC]
    return any(forms_in(g, words, strict=True) for g in groups)


def _names_in_full(subject: str, article: StoredArticle, library: Library) -> bool:
    """Whether the article writes the phrase as a name, every word capitalised ("Eleni
    Marinou")."""
    row = library.mentioning(subject).get(article.article_id)
    name = r"\s+".join(rf"{re.escape(w[:1].upper())}{re.escape(w[1:])}" for w in subject.split())
    return row is not None and re.search(rf"\b{name}\b", unaccented(row.text)) is not None


#: A story asked for by who wrote it: "by gennaro vollaro", "written by ...".
_AUTHOR_ASKED = re.compile(r"^(?:written )?by ((?:[^\W\d_][\w'-]* ){1,2}[^\W\d_][\w'-]*)$")


def resolve_article(
    subject: str, library: Library, previous: Sequence[StoredArticle] = ()
) -> tuple[StoredArticle | None, list[ArticleMatch]]:
    """The article a phrase names ("the chess story"); with no phrase, the one discussed."""
    if not subject.strip() or subject.strip() in {"it", "that", "this", "them", "one"}:
        return (previous[0] if previous else None), []
    wire = _WIRE_ASKED.search(subject)
    if wire:
        # "the wire report on the aveiro blast": the one a news agency filed
        subject = " ".join(_WIRE_ASKED.sub(" ", subject).split())
    author = _AUTHOR_ASKED.match(subject.strip())
    if author:
        # "the article by gennaro vollaro": the one whose byline names him
        written = library.written_by(author.group(1))
        if len(written) == 1:
            return written[0], []
    # "datelined rovinj": the place, ranked as a place
    ranked = library.rank(re.sub(r"^datelined\s+", "", subject.strip()), limit=5)
    if not ranked or ranked[0].score < MIN_MATCH:
        return None, ranked
    filed = [m for m in ranked if _WIRE_PUBLISHER.search(m.article.publisher or "")]
    if wire and filed and filed[0].score >= ranked[0].score - WHOLE_MARGIN:
        return filed[0].article, ranked
    place = re.match(r"^(?:out|from|datelined)\s+(.+)$", subject.strip())
    if place:
        # "the piece out of sydney": the story filed from there, by its dateline
        filed = [m for m in ranked if library.datelined(m.article, place.group(1))]
        if len(filed) == 1:
            return filed[0].article, ranked
    whole = [m for m in ranked if m.body == 1.0]
    if (
        len(subject.split()) > 1
        and ranked[0].body < 1.0
        and not any(m.title and _headline_holds(subject, m.article) for m in ranked)
        and len(whole) == 1
        and (
            whole[0].score >= ranked[0].score - WHOLE_MARGIN
            # "the article where eleni marinou gets quoted": a name written out in one story,
            # over a headline sharing only its first letters ("Azores marina")
            or _names_in_full(subject, whole[0].article, library)
        )
    ):
        # "the article where luca bianchetti is quoted": the one article holding every word
        # of a name no headline has beats one nearer in meaning that holds only "luca"
        return whole[0].article, ranked
    return ranked[0].article, ranked


def answer_summary(
    question: Question, library: Library, previous: Sequence[StoredArticle] = ()
) -> Answer:
    article, ranked = resolve_article(question.subject, library, previous)
    if article is None:
        closest = [m.article for m in ranked[:3]]
        message = "I couldn't tell which article you mean. Try a word from its headline."
        return refusal(question.asked, closest, message)
    citations = Citations()
    head = headline(article)
    lead = library.lead(article, LONG_LIMIT - len(head) - 20)
    n = citations.cite(article, " ".join(r.text for r in lead))
    body = " ".join(sentence(r.text) for r in lead)
    text = f"{head} [{n}]\n{body} [{n}]"
    return citations.answer(question, text)
