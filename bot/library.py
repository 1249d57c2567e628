"""Article-level lookups for the answer kinds that are about articles, not one sentence.

A topic overview, a summary, a list, a comparison and a date question all start by asking which
articles a phrase refers to ("the chess story", "formula one", "the Daily Mail"). The answer is a
ranking of articles from three kinds of evidence, each bounded by an index lookup:

* dense: the nearest chunks to the phrase (Chroma), best chunk per article;
* keyword: an exhaustive FTS5 filter for the phrase's words, in titles and in bodies;
* metadata: publisher and publication month.

Nothing here scans every stored sentence: per-article work touches only candidate articles.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.question import expand_abbreviations, month_named, month_of, subject_groups
from bot.retrieval import (
    GENERIC_TITLE_WORDS,
    forms_in,
    is_byline,
    kind_match,
    question_kind,
    stems,
    synonym_matches,
)
from ingest.dates import parse_date
from ingest.keywords import (
    STOPWORDS,
    SentenceRow,
    dateline_of,
    in_dateline_only,
    index_term,
    unaccented,
)
from ingest.models import StoredArticle
from ingest.store import ArticleStore

#: Chunks asked of Chroma when ranking articles for a phrase.
ARTICLE_CHUNKS = 24
#: How many of a story's first rows may hold its byline (a "Published:" line may come first).
BYLINE_ROWS = 3
#: An article is "about" a phrase when its best chunk is this similar to the phrase, or this
#: close to the best article's (and the keyword evidence agrees).
ABOUT_DENSE = 0.42
ABOUT_MARGIN = 0.12
#: When no article passes those tests, those that read this close to the phrase and stand this
#: far above all the rest are still about it: "any hoops news?" with one basketball story among
#: football and finance (0.36 against 0.13). Off-topic phrases stay below 0.25 on every corpus
#: measured.
STANDOUT_DENSE = 0.3
#: The share of a topic's words a story on the same name as one about it must hold to be too.
SIBLING_BODY = 0.8
STANDOUT_GAP = 0.04
#: How much a phrase's words found in an article's opening (title and first two sentences), and
#: anywhere in its text, count towards its rank: a word said in passing ("earnings" once in a
#: layoffs story) counts less than one that opens the story.
LEAD_WEIGHT = 0.15
BODY_WEIGHT = 0.2
#: How much a headline holding each of the phrase's words, however common, counts: "the
#: lampedusa new ferry story" is the one "under a new operator", not the other story of the pair,
#: though "new" weighs next to nothing.
HEADLINE_WORDS_WEIGHT = 0.1
#: How a bare topic is read when nothing is about it as typed.
#: How much less a list's quote is worth per sentence further into its story (up to 20).
MENTION_POSITION = 0.02
NEWS_ABOUT = "news about "
#: How far ahead of the next story the one holding every word of a topic must rank to be the
#: story about it when none reads close to the topic.
LEXICAL_LEAD = 2.0
#: Words that name articles in general, not a topic.
GENERIC = frozenset(
    [
        "article",
        "articles",
        "story",
        "stories",
        "piece",
        "pieces",
        "report",
        "reports",
        "news",
        "item",
        "items",
        "post",
        "posts",
        "source",
        "sources",
        "coverage",
        "one",
        "ones",
        "thing",
        "things",
        "latest",
        "recent",
        "newest",
        "new",
        # "pro cycling", "professional tennis": the sport, which its stories rarely call so
        "pro",
        "professional",
    ]
)


#: The event a headline's subject came through: "*Fire-*hit", "*Flood-*hit", "*Drought-*stricken".
_AFTERMATH = re.compile(
    r"\b\w+-(?=(?:hit|stricken|ravaged|struck|battered|damaged|scarred|affected)\b)|"
    # "A year after the fire, Chios replants ...": what came after it
    r"(?<=\bafter the )\w+(?=,)",
    re.IGNORECASE,
)


#: A natural disaster's word made of where it happens and what it is: "wildfire" is a fire,
#: "snowstorm" a storm.
_COMPOUNDS = re.compile(
    r"\b(?:wild|bush|forest|brush|snow|rain|hail|sand|dust|ice)(fires?|storms?)\b"
)
#: "the new cliff path": a "clifftop path" headline; the word before a common ending.
_COMPOUND_HEAD = re.compile(
    r"\b([a-z]{4,}?)(?:top|tops|side|sides|front|line|lines|land|lands|walk|walks|path|paths|"
    r"house|houses|yard|yards|field|fields|board|boat|boats)\b"
)


@dataclass(frozen=True)
class ArticleMatch:
    """An article and how well it matches a phrase: ``dense`` (best chunk similarity),
    ``title`` and ``body`` (shares of the phrase's words found there), ``publisher`` (the
    phrase names its publisher) and ``score`` (their combination)."""

    article: StoredArticle
    dense: float
    title: float
    body: float
    publisher: float
    score: float
    mention: SentenceRow | None = None


#: How near the best a story on the same name must read to join it though it holds fewer of
#: the words ("that canadian game studio": the studio's job cuts story, filed from Montreal).
SIBLING_MARGIN = 0.15
#: The share of a topic's words a story must hold to join an overview by a name its headline
#: shares with a chosen story's.
SIBLING_NAMED_BODY = 0.5
SIBLING_NAMED_DENSE = 0.25


def title_names(title: str) -> set[str]:
    """The names a headline gives ("Gruyères", "Hebridean", "Dawn"): its lead name and the
    capitalised words after its first."""
    lead = lead_name(title)
    return {
        w.lower().removesuffix("'s")
        for w in re.findall(r"(?<=\s)[A-Z][\w&.'-]+", title)
        if w.lower().removesuffix("'s") not in STOPWORDS and len(w) >= 3
    } | ({lead.lower()} if lead else set())


def lead_name(title: str) -> str | None:
    """The name a headline leads with ("Gobbl", "Argentina"), if it leads with one."""
    first = re.match(r"([A-Z][\w&.-]+)(?:'s)?\b", title)
    if first is None or first.group(1).lower() in STOPWORDS:
        return None
    return first.group(1)


#: A day a dateline names: "Aug 29", "12 March".
_MONTH_DAY = re.compile(
    r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
    r"\b\d{1,2} (?P<named>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


def published_date(article: StoredArticle) -> date | None:
    return parse_date(article.published)


def describe_date(article: StoredArticle) -> str:
    """ "14 May 2025 (2025-05-14)", or "" when the article has no known date."""
    day = published_date(article)
    if day is None:
        return ""
    return f"{day.day} {day.strftime('%B %Y')} ({day.isoformat()})"


def newest_first(articles: Sequence[StoredArticle]) -> list[StoredArticle]:
    """Dated articles newest first, then undated ones in their given order."""
    dated = [a for a in articles if published_date(a) is not None]
    undated = [a for a in articles if published_date(a) is None]
    dated.sort(key=lambda a: published_date(a) or date.min, reverse=True)
    return dated + undated


class Library:
    """Ranks articles for a phrase and finds the sentences of one article that answer a query."""

    def __init__(
        self,
        store: ArticleStore,
        embedder: Embeddings,
        articles: Callable[[], Mapping[str, StoredArticle]],
        article_words: Callable[[StoredArticle], frozenset[str]],
        article_about: Callable[[StoredArticle], frozenset[str]],
    ) -> None:
        self._store = store
        self._embedder = embedder
        self._articles = articles
        self._article_words = article_words
        self._article_about = article_about

    def article(self, article_id: str) -> StoredArticle | None:
        return self._articles().get(article_id)

    def words(self, article: StoredArticle) -> frozenset[str]:
        """Every stem of the article's text."""
        return self._article_words(article)

    def all(self) -> list[StoredArticle]:
        return newest_first(sorted(self._articles().values(), key=lambda a: a.title.lower()))

    def rank(self, phrase: str, limit: int = 12) -> list[ArticleMatch]:
        # "Fire-hit Harris Tweed mill books record orders" is not the fire story: the event in a
        # "-hit" headline is what its subject came through, and the story is about what came
        # after
        """Articles best matching ``phrase``, best first."""
        articles = self._articles()
        asked = subject_groups(phrase)
        groups = [g for g in asked if g[0] not in GENERIC]
        # (a headline saying "new" does tell which story of a pair is meant)
        worded = [g for g in asked if g[0] not in GENERIC or g[0] == "new"]
        vector = self.vector(expand_abbreviations(phrase))
        dense: dict[str, float] = {}
        for (article_id, _), sim in self._store.nearest_chunks(
            vector.tolist(), ARTICLE_CHUNKS
        ).items():
            dense[article_id] = max(dense.get(article_id, -1.0), sim)
        for row, _ in self._store.query_sentences(vector.tolist(), ARTICLE_CHUNKS):
            if row.sentence_index < 0:
                dense[row.article_id] = max(dense.get(row.article_id, -1.0), _dot(vector, row))
        keyword = self._store.keywords.articles_matching(groups[:1]) if groups else {}
        # an article only the words found was not among the nearest: it is at most as near as
        # the farthest of those
        floor = min(dense.values(), default=0.0)
        candidates = set(dense) | set(keyword)
        candidates |= {a for a, art in articles.items() if self._names_publisher(phrase, art)}
        weights = self._weights([g[0] for g in groups])
        total = sum(weights.values()) or 1.0
        matches = []
        for article_id in candidates:
            article = articles.get(article_id)
            if article is None:
                continue
            title_words = stems(_AFTERMATH.sub("", article.title))
            lowered = article.title.lower()
            compounds = _COMPOUNDS.findall(lowered) + _COMPOUND_HEAD.findall(lowered)
            words = self._article_words(article)
            # "the overpass sales one": a headline saying "sells" names it
            title = (
                sum(
                    weights[g[0]]
                    for g in groups
                    if forms_in(g, title_words)
                    or synonym_matches(g[0], title_words)
                    # "the fire": a "Wildfire" headline
                    or g[0] in compounds
                )
                / total
            )
            body = sum(weights[g[0]] for g in groups if forms_in(g, words)) / total
            opening = self._article_about(article)
            # ("the ferry breakdown story": a lead telling of "a failure in its cooling system")
            lead = (
                sum(
                    weights[g[0]]
                    for g in groups
                    if forms_in(g, opening) or synonym_matches(g[0], opening)
                )
                / total
            )
            publisher = 1.0 if self._names_publisher(phrase, article) else 0.0
            # (whole words: "iberia" is no "Iberdrola")
            held = sum(
                1 for g in worded if forms_in(g, title_words, strict=True) or g[0] in compounds
            ) / (len(worded) or 1)
            d = dense.get(article_id, floor)
            score = (
                d
                + 0.45 * title
                + LEAD_WEIGHT * lead
                + BODY_WEIGHT * body
                + 0.6 * publisher
                + HEADLINE_WORDS_WEIGHT * held
            )
            matches.append(
                ArticleMatch(article, d, title, body, publisher, score, keyword.get(article_id))
            )
        matches.sort(key=lambda m: m.score, reverse=True)
        return matches[:limit]

    def about(self, phrase: str) -> list[ArticleMatch]:
        """Every article that is about ``phrase`` (not only the best), best first.

        An article is about a phrase when its title holds it, when its text holds it more than
        in passing (twice or more), when its text holds it and reads close to it, or when it
        reads very close to it (other wording: "interest rates" for "cuts its policy rate").
        Failing those, the articles that stand out from all the rest by their meaning are.
        """
        ranked = self.rank(phrase, limit=40)
        if not ranked:
            return []
        groups = [g for g in subject_groups(phrase) if g[0] not in GENERIC]
        best = ranked[0].score
        chosen = []
        for m in ranked:
            lexical = m.title >= 0.5 or (m.body >= 0.99 and m.dense >= ABOUT_DENSE - 0.1)
            semantic = m.dense >= ABOUT_DENSE and m.score >= best - ABOUT_MARGIN - 0.25
            general = not groups and m.dense >= ABOUT_DENSE
            if (
                m.publisher
                or lexical
                or semantic
                or general
                or (m.body >= 0.99 and self._mentions(m.article, groups) >= 2)
            ):
                chosen.append(m)
        if not chosen:
            close = [m for m in ranked if m.dense >= STANDOUT_DENSE]
            rest = max((m.dense for m in ranked if m.dense < STANDOUT_DENSE), default=0.0)
            if close and min(m.dense for m in close) - rest >= STANDOUT_GAP:
                chosen = close
        if not chosen and ranked[0].body >= 0.99 and not phrase.startswith(NEWS_ABOUT):
            # "any big video game launches": the one story whose text holds every word, far
            # ahead of the rest, though its wording reads far from the phrase to the model
            runner_up = ranked[1].score if len(ranked) > 1 else 0.0
            if ranked[0].score >= LEXICAL_LEAD * runner_up:
                chosen = [ranked[0]]
        if chosen:
            # "what's going on with food delivery apps": the other story on the same company
            # (its headline leads with the same name) that holds most of the words is too
            leads = {lead_name(m.article.title) for m in chosen} - {None}
            named = set().union(*(title_names(m.article.title) for m in chosen))
            paired = self._pair_words(chosen)
            chosen += [
                m
                for m in ranked
                if m not in chosen
                and (
                    (
                        (m.body >= SIBLING_BODY or m.score >= best - SIBLING_MARGIN)
                        and lead_name(m.article.title) in leads
                    )
                    # "swiss cheese drama": the listeria recall at the dairy whose record wheel
                    # was chosen, named in both headlines
                    or (
                        m.dense >= SIBLING_NAMED_DENSE
                        and m.body >= SIBLING_NAMED_BODY
                        and bool(title_names(m.article.title) & named)
                    )
                    # "the old wine boats in porto": the regatta of the "rabelos" whose builders
                    # were chosen, a word only that pair of headlines uses
                    or (m.dense >= ABOUT_DENSE and bool(stems(m.article.title) & paired))
                )
            ]
        if not chosen and not phrase.startswith(NEWS_ABOUT):
            # a bare topic ("clean energy") reads far from every story to the model; asked as
            # what it is, news about it, it reads near the stories that are
            chosen = self.about(NEWS_ABOUT + phrase)
            located = _LOCATED.match(phrase)
            if not chosen and located:
                # "that swiss mountain railway by the lake": what is located, which the stories
                # name; where it stands only pointed at it
                chosen = self.about(located.group(1))
        return chosen

    def _pair_words(self, chosen: Sequence[ArticleMatch]) -> frozenset[str]:
        """The words of the chosen stories' headlines that only one other headline shares."""
        own = frozenset().union(*(stems(m.article.title) for m in chosen)) - GENERIC_TITLE_WORDS
        uses = Counter(w for a in self._articles().values() for w in stems(a.title) & own)
        return frozenset(w for w, n in uses.items() if n == 2 and len(w) >= 4)

    def _mentions(self, article: StoredArticle, groups: Sequence[Sequence[str]]) -> int:
        """How many of an article's sentences hold every group of a phrase's words."""
        rows = self._store.keywords.article_rows(article.article_id)
        return sum(all(forms_in(g, stems(r.text)) for g in groups) for r in rows)

    def mentioning(self, phrase: str) -> dict[str, SentenceRow]:
        """Every article whose text or title mentions the phrase's words (all of them; an
        abbreviation or its long form)."""
        groups = [g for g in subject_groups(phrase) if g[0] not in GENERIC]
        if not groups:
            return {}
        return self._store.keywords.articles_matching(groups)

    def telling_mention(self, first: SentenceRow, phrase: str) -> SentenceRow:
        """Of the sentences of ``first``'s article that mention ``phrase``, the one that tells
        most which story it is: the most of the names the story keeps using and the rest of
        the corpus rarely does ("Turnbull" in the story on his post about Microsoft's layoffs),
        not merely the first mention. A list quotes it beside the headline."""
        groups = [g for g in subject_groups(phrase) if g[0] not in GENERIC]
        rows = [
            r
            for r in self._store.keywords.article_rows(first.article_id)
            if r.sentence_index >= 0 and not is_byline(r.text)
        ]
        phrases = [p.lower() for g in groups for p in g]
        mentions = [
            i
            for i, r in enumerate(rows)
            if all(forms_in(g, stems(r.text)) for g in groups) and not in_dateline_only(r, phrases)
        ]
        if not groups or not mentions:
            return first
        names = [_names_in(r.text) for r in rows]
        lower = {index_term(w) for r in rows for w in re.findall(r"\b[a-z][\w'-]*", r.text)}
        recurring = Counter(t for found in names for t in found if t not in lower)
        asked = {index_term(w) for p in phrases for w in p.split()}
        vocabulary = self._store.keywords.vocabulary()
        n = max(self._store.keywords.count(), 1)

        def tells(i: int) -> float:
            told = sum(
                # how often the story names it, times its rarity; a name counts when at least
                # half the corpus's uses are this story's ("AI" names no one story)
                (recurring[t] - 1) * math.log(1 + n / (vocabulary.get(t, 0) + 1))
                for t in names[i] - asked
                if vocabulary.get(t, 0) <= 2 * recurring[t]
            )
            return told * (1 - MENTION_POSITION * min(rows[i].sentence_index, 20))

        return rows[max(mentions, key=lambda i: (tells(i), -i))]

    def published_by(self, phrase: str) -> list[StoredArticle]:
        """Articles whose publisher the phrase names ("the Daily Mail"), newest first, and
        those its wire credits ("(Reuters) -", "a Reuters request for comment"): a saved page
        may carry an agency's story under the page's own name."""
        own = [a for a in self.all() if self._names_publisher(phrase, a)]
        if not own:
            return []
        name = " ".join(re.findall(r"[a-z0-9]+", phrase.lower()))
        credit = _credit(name)
        known = {a.article_id for a in own}
        articles = self._articles()
        # the sentence the keyword index found the name in is read, not every sentence
        credited = [
            articles[article_id]
            for article_id, row in self.mentioning(phrase).items()
            if article_id not in known and article_id in articles and credit.search(row.text)
        ]
        return newest_first(own + credited)

    def published_in(self, phrase: str) -> list[StoredArticle]:
        """Articles published in the month (and year) or year a phrase names."""
        month = month_of(phrase)
        year_match = re.search(r"\b(19|20)\d\d\b", phrase)
        year = int(year_match.group(0)) if year_match else None
        found = []
        for article in self._articles().values():
            day = published_date(article)
            if day is None:
                # "HANGZHOU, Aug 29 (Reuters) -": a dateline without a year still gives the
                # month a story came out in
                dateline = self.dateline(article) if month is not None and year is None else None
                if dateline and dateline[1] == month:
                    found.append(article)
                continue
            if (month is None or day.month == month) and (year is None or day.year == year):
                found.append(article)
        return newest_first(found)

    def dateline(self, article: StoredArticle) -> tuple[SentenceRow, int] | None:
        """The opening sentence and its month, when its dateline names a day ("HANGZHOU, Aug 29
        (Reuters) - ..."): the only date an article without a full one gives."""
        lead = self.lead(article, 400)
        day = _MONTH_DAY.search(dateline_of(lead[0].text)) if lead else None
        month = month_named(day.group("month") or day.group("named")) if day else None
        return (lead[0], month) if month else None

    def best_sentences(
        self,
        article: StoredArticle,
        query: str,
        limit: int = 1,
        vector: np.ndarray | None = None,
        lead: float = 0.0,
    ) -> list[SentenceRow]:
        """The body sentences of one article that best answer ``query``, best first; ``lead``
        is added to the first one, which in news says what the story reports."""
        rows = self._store.keywords.article_rows(article.article_id)
        body = [r for r in rows if r.sentence_index >= 0 and not is_byline(r.text)]
        if not body:
            return []
        vector = self.vector(query) if vector is None else vector
        groups = subject_groups(query)
        weights = self._weights([g[0] for g in groups])
        total = sum(weights.values()) or 1.0
        kind = question_kind(query)

        def score(row: SentenceRow) -> float:
            words = stems(row.text)
            coverage = sum(weights[g[0]] for g in groups if forms_in(g, words)) / total
            return (
                0.6 * _dot(vector, row)
                + 0.5 * coverage
                + 0.15 * kind_match(kind, row.text, query)
                - 0.02 * min(row.sentence_index, 10) / 10
                + (lead if row is body[0] else 0.0)
            )

        return sorted(body, key=score, reverse=True)[:limit]

    def written_by(self, name: str) -> list[StoredArticle]:
        """The articles whose byline names ``name`` ("By Gennaro Vollaro, ... Herald"), found
        through the keyword index, not by reading every story."""
        groups = subject_groups(name)
        if not groups:
            return []
        articles = self._articles()
        spaced = r"\s+".join(map(re.escape, name.split()))
        wanted = re.compile(rf"\b{spaced}\b", re.IGNORECASE)
        found = []
        for article_id in self._store.keywords.articles_matching(groups):
            rows = [self._store.keywords.sentence_at(article_id, i) for i in range(BYLINE_ROWS)]
            if article_id in articles and any(
                r is not None and is_byline(r.text) and wanted.search(r.text) for r in rows
            ):
                found.append(articles[article_id])
        return found

    def datelined(self, article: StoredArticle, place: str) -> bool:
        """Whether the story opens with a dateline of ``place``: "SYDNEY, Mar 31, 2026
        (Reuters) -", "COMO, Italy —"."""
        opening = self.lead(article, 400)[:1]
        words = r"\s+".join(re.escape(w) for w in place.split())
        # "THE HAGUE, Nov 20": the dateline's own "the", which the asked place has lost
        dateline = rf"(?:the\s+)?{words}\b[^.]{{0,40}}?(?:\(\w+\)\s*)?[-—–,]"
        return bool(opening) and bool(re.match(dateline, opening[0].text, re.I))

    def lead(self, article: StoredArticle, budget: int) -> list[SentenceRow]:
        """The article's opening sentences, in order, within ``budget`` characters."""
        rows = self._store.keywords.article_rows(article.article_id)
        chosen: list[SentenceRow] = []
        used = 0
        for row in rows:
            if row.sentence_index < 0 or is_byline(row.text):
                continue
            if used + len(row.text) + 1 > budget:
                if not chosen:
                    chosen.append(row)
                break
            chosen.append(row)
            used += len(row.text) + 1
        return chosen

    def vector(self, text: str) -> np.ndarray:
        """The query vector of ``text`` (one embedding), to reuse across articles."""
        return np.asarray(self._embedder.embed_query(text), dtype=np.float32)

    def _weights(self, terms: Sequence[str]) -> dict[str, float]:
        from bot.retrieval import term_weights

        frequency = self._store.keywords.document_frequency(list(terms))
        return term_weights(frequency, self._store.keywords.count())

    @staticmethod
    def _names_publisher(phrase: str, article: StoredArticle) -> bool:
        publisher = unaccented(article.publisher or "").lower().strip()
        if not publisher:
            return False
        words = [w for w in re.findall(r"[a-z0-9]+", publisher) if w not in {"the"}]
        text = " " + " ".join(re.findall(r"[a-z0-9]+", unaccented(phrase).lower())) + " "
        if bool(words) and f" {' '.join(words)} " in text:
            return True
        # "the dose report article" reaches here as "dose": the name's own "Report" was read as
        # the word for an article, so the rest of the name must end the phrase
        return (
            len(words) > 1
            and words[-1] in _NAME_NOUNS
            and text.endswith(f" {' '.join(words[:-1])} ")
        )


#: Words that end a publisher's name and also mean "an article" in a question.
_NAME_NOUNS = frozenset({"report", "reports", "post", "news", "review", "story", "stories"})


#: A topic told by where it stands: "(the mountain railway) by the lake".
_LOCATED = re.compile(
    r"^(.*?\w{3,}.*?) (?:by|near|beside|next to|outside|around|along|above|below) "
    r"(?:the |a |that )?[\w'-]+$"
)


def _names_in(text: str) -> frozenset[str]:
    """The words a sentence writes with a capital after its first word (as the index writes
    them): the names it gives."""
    return frozenset(
        index_term(m.group(0).lower().removesuffix("'s").removesuffix("’s"))
        for m in re.finditer(r"(?<=[\w,;:)] )[A-Z][\w'’-]*", text)
    )


def _credit(name: str) -> re.Pattern[str]:
    """How a story credits the agency that wrote it: "LONDON (Reuters) -", "a Reuters request
    for comment", "told Reuters", "Reuters was unable to contact"."""
    n = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(
        rf"\({n}\)|\b{n} request for comment|\btold {n}\b|\b{n} (?:was|were|could) (?:not|unable)|"
        rf"\bcontacted by {n}\b|\bin an interview with {n}\b",
        re.IGNORECASE,
    )


def _dot(vector: np.ndarray, row: SentenceRow) -> float:
    return float(np.dot(vector, row.vector))
