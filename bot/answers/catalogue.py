"""Lists of articles: all of them, those that mention a term, those from a publisher or a month.

A list is exhaustive: it comes from a keyword or metadata filter over every article, never from
the top of a ranking. When it is longer than one message, the message says how many there are
and points to /sources; the citations still carry every article (up to Discord's field limit).
"""

from __future__ import annotations

import re

from bot.answers.citing import LONG_LIMIT, Citations, byline, cut
from bot.compose import refusal
from bot.library import Library, newest_first
from bot.models import Answer
from bot.question import Question, month_of
from ingest.keywords import STOPWORDS, SentenceRow
from ingest.models import StoredArticle

#: Articles cited at most (one Discord embed field each).
MAX_CITED = 25
_MENTION_VERB = re.compile(
    r"\b(mention|mentions|mentioning|mentioned|name|names|refer|reference|brings? up|bringing up|"
    r"touch(?:es|ing)? on|comes? up|came up|appears?|appeared|shows? up|quotes?|quoting|quoted|"
    r"cites?|citing|cited)"
)


def answer_catalogue(question: Question, library: Library) -> Answer:
    subject = question.subject
    quotes: dict[str, str] = {}
    if not subject:
        articles = library.all()
        intro = f"I have {len(articles)} article{'s' if len(articles) != 1 else ''}:"
    elif month_of(subject) or re.fullmatch(r"(19|20)\d\d", subject):
        articles = library.published_in(subject)
        intro = f"{len(articles)} article{'s' if len(articles) != 1 else ''} from {subject}:"
    else:
        mention = bool(_MENTION_VERB.search(question.text))
        by_publisher = library.published_by(subject)
        if by_publisher and not mention:
            articles = by_publisher
            intro = f"{len(articles)} article{'s' if len(articles) != 1 else ''} from {subject}:"
        else:
            # "which articles mention Reuters": its own stories and the others that cite it
            # "alibaba or qwen": either one
            mentions: dict[str, SentenceRow] = {}
            for alternative in re.split(r"\s+or\s+|\s*/\s*", subject):
                for article_id, row in library.mentioning(alternative).items():
                    held = mentions.get(article_id)
                    if held is None or held.sentence_index < 0 <= row.sentence_index:
                        mentions[article_id] = row
            found = set(mentions) | {a.article_id for a in by_publisher}
            if not mention:
                found |= {m.article.article_id for m in library.about(subject)}
            known = {a.article_id: a for a in library.all()}
            articles = newest_first([known[a] for a in found if a in known])
            # only the cited articles' sentences are read again for the telling mention
            cited = [a.article_id for a in articles[:MAX_CITED] if a.article_id in mentions]
            quotes = {
                a: library.telling_mention(mentions[a], subject).text
                for a in cited
                if mentions[a].sentence_index >= 0
            }
            one = len(articles) == 1
            if mention:
                verb = "mentions" if one else "mention"
            else:
                verb = "is about" if one else "are about"
            intro = f"{len(articles)} article{'' if one else 's'} {verb} {subject}:"
    if not articles:
        return refusal(question.asked, (), f"I found no articles matching {subject or 'that'}.")
    return _listing(question, intro, articles, quotes)


def _listing(
    question: Question, intro: str, articles: list[StoredArticle], quotes: dict[str, str]
) -> Answer:
    citations = Citations()
    lines = [intro]
    used = len(intro)
    cited = articles[:MAX_CITED]
    said = [" ".join(quotes.get(a.article_id, "").split()) for a in cited]
    for title_room in (90, 60):
        # the intro, the "[n] " marks and a "…and N more" line come first; what is left is
        # shared among the quotes, a short one leaving its rest to the longer ones; headlines
        # are cut shorter when the quotes would show too little of the mentions
        entries = []
        for article in cited:
            meta = byline(article)
            entries.append(cut(article.title, title_room) + (f" ({meta})" if meta else ""))
        marks = sum(len(e) + 8 + (6 if q else 0) for e, q in zip(entries, said, strict=True))
        fixed = len(intro) + 60 + marks
        rooms = _shares(LONG_LIMIT - fixed, [len(q) for q in said])
        if all(r >= _ENOUGH_QUOTE or r == len(q) for r, q in zip(rooms, said, strict=True)):
            break
    shown = 0
    for article, entry, quote, room in zip(cited, entries, said, rooms, strict=True):
        n = citations.cite(article, quote)
        if quote and room >= _MIN_QUOTE:
            entry += f": “{_around(quote, question.subject, room)}”"
        line = f"[{n}] {entry}"
        if used + len(line) + 60 > LONG_LIMIT:
            continue
        lines.append(line)
        used += len(line) + 1
        shown += 1
    if shown < len(articles):
        lines.append(f"…and {len(articles) - shown} more: /sources lists every article.")
    return citations.answer(question, "\n".join(lines))


#: A quote cut shorter than this shows too little of the mention to be worth its room.
_MIN_QUOTE = 40
#: Room enough for a mention and some of what is said of it.
_ENOUGH_QUOTE = 70


def _shares(room: int, wants: list[int]) -> list[int]:
    """``room`` shared among the wants: each as much as it wants, up to an equal share of what
    the smaller ones leave."""
    given = [0] * len(wants)
    waiting = sorted((w, i) for i, w in enumerate(wants) if w)
    while waiting and room > 0:
        share = room // len(waiting)
        want, i = waiting[0]
        if want > share:
            for _, j in waiting:
                given[j] = share
            break
        given[i] = want
        room -= want
        waiting.pop(0)
    return given


def _around(quote: str, subject: str, room: int) -> str:
    """The quote, or the part of it around the first word of ``subject`` it holds when it is too
    long for its line: a mention cut off before the name would show nothing of it. A cut from
    the start that shows no name but the subject's moves on to one that does ("…former
    Microsoft employees … calling Turnbull's comments insensitive"): names say which story it
    is."""
    quote = " ".join(quote.split())
    if len(quote) <= room or room < 40:
        return quote
    words = re.findall(r"[\w'-]{3,}", subject.lower())
    found = [
        (m.start(), m.end())
        for word in words
        if (m := re.search(rf"\b{re.escape(word)}", quote.lower())) is not None
    ]
    at, end = min(found, default=(0, 0))
    names = [
        m.start()
        for m in re.finditer(r"\b[A-Z][\w'’-]*", quote)
        if m.group(0).lower().removesuffix("'s") not in words
        and m.group(0).lower() not in STOPWORDS
    ]

    def shown(start: int) -> tuple[int, int]:
        return (sum(start <= n <= start + room - 12 for n in names), -start)

    if at + len(subject) < room - 10:
        if shown(0)[0]:
            return cut(quote, room)
        starts = [m.end() for m in re.finditer(r" ", quote[:at])]
        best = max((s for s in starts if end <= s + room - 2), key=shown, default=0)
        if not best or not shown(best)[0]:
            return cut(quote, room)
        return "…" + cut(quote[best:], room - 1)
    start = quote.rfind(" ", 0, max(at - room // 3, 0)) + 1
    # "…Hema, the Chinese supermarket chain controlled by Alibaba": the window holding the
    # mention that shows the most names, nearest the one a third of the way before it
    fits = [s for s in (m.end() for m in re.finditer(r" ", quote[:at])) if end <= s + room - 2]
    if fits:
        start = max(fits, key=lambda s: (shown(s)[0], -abs(s - start)))
    return "…" + cut(quote[start:], room - 1)
