"""Greetings, thanks and "what can you do": a short friendly reply, never a refusal."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.models import Answer
from bot.question import Question
from ingest.keywords import STOPWORDS
from ingest.models import StoredArticle

_THANKS = re.compile(r"\b(thanks?|thank you|ty|thx|cheers|appreciate)\b")
_BYE = re.compile(
    r"\b(bye|goodbye|see you|cya|that'?s (?:all|it|everything)|nothing else|no more questions)\b"
)
#: "Scottish teachers walk out": a people's adjective, no topic to ask "the news on".
_DEMONYM = re.compile(r"(?:ish|ese|ian|ean)$")


def topic_word(title: str) -> str | None:
    """A name a title is about: its first capitalised word that is not a common word."""
    for words in re.findall(r"[A-Z][\w-]+(?:\s+(?:of\s+|de\s+)?[A-Z][\w-]+)*", title):
        bare = re.sub(r"['’]s$", "", words)
        if bare.lower() not in STOPWORDS and len(bare) > 1 and not _DEMONYM.search(bare):
            return bare
    return None


def greet(question: Question, articles: Sequence[StoredArticle]) -> Answer:
    """Say what newsbot knows (how many articles, on what) and give example questions drawn
    from the corpus."""
    text = question.text.lower()
    if _THANKS.search(text):
        opening = "You're welcome!"
    elif _BYE.search(text):
        opening = "Bye for now!"
    elif re.search(r"\b(help|what can|what do you|who are you|what are you|how do)\b", text):
        opening = "I answer questions about the news articles I have indexed, with sources."
    else:
        opening = "Hi! I answer questions about the news articles I have indexed, with sources."
    if not articles:
        body = "No articles are indexed yet, so there is nothing to ask about for now."
        return Answer(question.asked, f"{opening} {body}", refused=False, kind="greeting")
    topics = []
    for article in articles:
        word = topic_word(article.title)
        if word and word not in topics:
            topics.append(word)
    count = len(articles)
    about = f" on topics like {', '.join(topics[:4])}" if topics else ""
    examples = []
    if topics:
        examples.append(f"“What's the news on {topics[0]}?”")
    if len(topics) > 1:
        examples.append(f"“Summarize the {topics[1]} article”")
    examples.append("“Which articles do you have?”")
    lines = [
        f"{opening} I know {count} article{'s' if count != 1 else ''}{about}.",
        "Ask me a question (/ask, or mention me): facts, topic overviews, summaries, lists, "
        "comparisons and dates all work, and follow-ups in a thread keep the context.",
        "Try " + ", ".join(examples) + ". /help shows more.",
    ]
    return Answer(question.asked, "\n".join(lines), refused=False, kind="greeting")
