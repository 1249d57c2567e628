"""The answering engine: one object that the CLI, the Discord bot and the tests share.

It owns the store, the embedder and the composers, loads each once per process, and keeps the
article list cached (refreshed after every write). All methods block: callers on an event loop run
them in a thread.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path

from langchain_core.embeddings import Embeddings

from bot.answers import compose
from bot.answers.fact import answer_fact
from bot.compose import refusal
from bot.generate import Generator
from bot.library import Library, published_date
from bot.models import Answer, Turn
from bot.question import (
    Speller,
    about_then,
    expand_abbreviations,
    name_aged,
    name_predecessor,
    new_topic,
    normalise,
    understand,
)
from bot.retrieval import Retrieval, Retriever, stem, term_matches
from bot.settings import BotSettings
from ingest.errors import CorpusNotIndexed
from ingest.keywords import content_terms
from ingest.lock import writer_lock
from ingest.models import Passage, StoredArticle, SyncReport
from ingest.store import ArticleStore
from ingest.sync import Forgotten, forget_article, sync_articles

log = logging.getLogger(__name__)


_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b")


def clean_question(question: str) -> str:
    """The question without mention syntax (``@everyone``, ``<@123>``), which carries no meaning
    for retrieval, and with runs of white space folded."""
    return " ".join(_MENTION.sub(" ", question).split())


@dataclass(frozen=True)
class CorpusStatus:
    """What the engine knows, for /help: how many articles, the newest, the last ingest."""

    articles: int
    newest: StoredArticle | None
    last_ingest: datetime | None


EMPTY_QUESTION = "Please ask a question."


def question_problem(text: str, limit: int, empty: str = EMPTY_QUESTION) -> str | None:
    """Why a question (or search query) will not be looked up, in words for the asker."""
    if not text.strip():
        return empty
    if len(text) > limit:
        return (
            f"Your question is {len(text):,} characters long; the limit is {limit:,}. "
            "Please shorten it."
        )
    return None


def _versions(articles: Mapping[str, StoredArticle]) -> dict[str, str]:
    return {article_id: a.content_hash for article_id, a in articles.items()}


def _parse_time(value: str | None) -> datetime | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@cache
def english_words() -> frozenset[str]:
    """Whole English words of the embedding model's vocabulary (its ``vocab.txt``): a word found
    here (or sharing a stem with one) is never "corrected". Empty when the file is not there."""
    from ingest.embedding import bundled_model_path

    try:
        path = Path(bundled_model_path()) / "vocab.txt"
        words = {w for w in path.read_text(encoding="utf-8").split() if w.isalpha()}
    except (OSError, ImportError):
        return frozenset()
    return frozenset(words)


#: How often the article list is re-read, to see what another process (an ingest run against
#: the same Chroma server, say) has written.
REFRESH_SECONDS = 30.0
#: Share of the support bar a part of a comparison or a multi-part question must reach when it
#: is read in the one story its moment names ("... when tres cerros got fined").
STORY_SUPPORT_SHARE = 0.5


class Engine:
    def __init__(
        self,
        settings: BotSettings,
        store: ArticleStore,
        embedder: Embeddings,
        generator: Generator | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self._generator = generator
        self._refreshing = threading.Lock()
        self._articles: dict[str, StoredArticle] = {}
        self._refreshed = 0.0
        self.refresh(reconcile=False)  # opening the store resynced the keyword cache
        self.retriever = Retriever(store, embedder, self.article_map, english_words)
        self.library = Library(
            store,
            embedder,
            self.article_map,
            self.retriever.article_words,
            self.retriever.article_about,
        )
        self.speller = Speller(
            english_words,
            self._corpus_words,
            lambda: [a.title for a in self._articles.values()],
            lambda phrase: bool(self.store.keywords.articles_matching([(phrase,)])),
            lambda: {a.publisher for a in self._articles.values() if a.publisher},
            self.store.keywords.writes,
            lambda phrase: self.store.keywords.writes(phrase, name=True),
        )

    @classmethod
    def open(cls, settings: BotSettings, embedder: Embeddings | None = None) -> Engine:
        """Build the engine from settings: the one place that loads the model and the store."""
        from ingest.embedding import SentenceTransformerEmbedder

        if embedder is None:
            embedder = SentenceTransformerEmbedder(settings.embedding_model)
            embedder.load()
        store = ArticleStore.open(settings, embedder)
        generator = None
        if settings.llm_base_url and settings.llm_model:
            generator = Generator.from_settings(settings)
        return cls(settings, store, embedder, generator)

    def refresh(self, reconcile: bool = True) -> None:
        """Re-read the article list, and resync the keyword cache when the articles changed
        (``reconcile=False`` after a sync of our own, which resynced it already)."""
        with self._refreshing:
            articles = {a.article_id: a for a in self.store.articles()}
            if reconcile and _versions(articles) != _versions(self._articles):
                self.store.reconcile_keywords()
            self._articles = articles
            self._refreshed = time.monotonic()

    def article_map(self) -> Mapping[str, StoredArticle]:
        """The articles as last read: no I/O, so safe on the event loop (autocomplete)."""
        return self._articles

    def _indexed_articles(self) -> Mapping[str, StoredArticle]:
        """The article list for a question, re-read when it may be stale (other writers).

        Only the question paths, which run in worker threads, pay for the re-read.
        """
        if time.monotonic() - self._refreshed > REFRESH_SECONDS and not self._refreshing.locked():
            self.refresh()
        if not self._articles:
            raise CorpusNotIndexed("no articles are indexed yet: run 'python -m ingest' first")
        return self._articles

    def articles(self) -> list[StoredArticle]:
        return sorted(self.article_map().values(), key=lambda a: a.title.lower())

    def article(self, article_id: str) -> StoredArticle | None:
        return self.article_map().get(article_id)

    def status(self) -> CorpusStatus:
        """The newest article is the latest published, else the latest ingested."""
        articles = list(self.article_map().values())
        ingested = [(t, a) for a in articles if (t := _parse_time(a.ingested)) is not None]
        published = [(d, a) for a in articles if (d := published_date(a)) is not None]
        newest = max(published, key=lambda pair: pair[0], default=None) or max(
            ingested, key=lambda pair: pair[0], default=None
        )
        return CorpusStatus(
            articles=len(articles),
            newest=newest[1] if newest else None,
            last_ingest=max((t for t, _ in ingested), default=None),
        )

    def passages(self, article_id: str) -> list[Passage]:
        return self.store.article_passages(article_id)

    def retrieve(self, question: str, history: Sequence[Turn] = ()) -> Retrieval:
        self._indexed_articles()
        return self.retriever.retrieve(question, history)

    def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        """A cited answer to ``question`` (with earlier turns as context), or a refusal.

        The question is understood first (its kind, typos and chat words), then answered by the
        composer of its kind; the answer carries the question as asked.
        """
        asked = " ".join(question.split())
        question = clean_question(question)
        if not question:
            return refusal(asked, (), EMPTY_QUESTION)
        fresh = new_topic(question)
        if fresh is not None:
            question, history = fresh, ()
        articles = self._indexed_articles()
        shifted = about_then(question)
        if shifted is not None:
            subject, question = shifted
            if not self._under_discussion(subject, history, articles):
                history = []
        if history:
            question = name_aged(name_predecessor(question, history[-1].answer), history[-1].answer)
        understood = understand(question, self.speller)
        # earlier turns are read as this one is: "how many ppl use ..." asked about people,
        # "hows the harvest lookin this yr" about this year's harvest
        history = [replace(t, question=normalise(t.question, self.speller)) for t in history]
        previous = [articles[a] for a in (history[-1].articles if history else ()) if a in articles]

        def fact(
            text: str,
            earlier: Sequence[Turn] = (),
            quoted: Collection[str] = (),
            article: str | None = None,
        ) -> Answer:
            query = expand_abbreviations(text, known=self._corpus_uses)
            retrieval = self.retriever.retrieve(
                query, [*history, *earlier], story=article, part=bool(earlier)
            )
            if quoted:
                retrieval = retrieval.without(quoted)
            if article is not None:
                retrieval = retrieval.within(article)
            # a part read in the story of its own moment has that story already chosen by the
            # question's words: only how well a sentence of it answers is left to weigh
            bar = self.settings.min_support * (STORY_SUPPORT_SHARE if article else 1.0)
            answer = answer_fact(text, retrieval, bar)
            if self._generator is not None and not answer.refused:
                answer = self._generator.compose(text, retrieval, answer)
            return answer

        answer = compose(understood, self.library, fact, previous)
        return replace(answer, question=asked)

    def _under_discussion(
        self, subject: str, history: Sequence[Turn], articles: Mapping[str, StoredArticle]
    ) -> bool:
        """Whether a story the last answer cited names ``subject``: "what about hydra, ..." after
        a Lake Garda answer starts a new topic, "what about the base model, ..." does not."""
        cited = [articles[a] for a in (history[-1].articles if history else ()) if a in articles]
        return any(
            all(term_matches(t, self.retriever.article_words(a)) for t in content_terms(subject))
            for a in cited
        )

    def _corpus_uses(self, word: str) -> bool:
        """Whether the articles use a word (in any inflection: the index holds stems)."""
        words = self._corpus_words()
        return word in words or stem(word) in words

    def _corpus_words(self) -> dict[str, int]:
        """The corpus's words (as the keyword index stems them), for correcting typos."""
        return self.store.keywords.vocabulary()

    def search(self, query: str, k: int = 5) -> list[Passage]:
        self._indexed_articles()
        return self.retriever.search(query, k)

    def ingest(self, paths: Sequence[Path], prune: bool = False) -> SyncReport:
        """Sync the given files into the store under the single-writer lock."""
        with writer_lock(self.settings.lock_path):
            try:
                report = sync_articles(
                    self.store,
                    paths,
                    self.settings.corpus_dir,
                    self.settings.max_file_bytes,
                    prune,
                    manifest_path=self.settings.file_manifest_path,
                )
            except BaseException:
                self.refresh()
                raise
            self.refresh(reconcile=False)
            return report

    def forget(self, article_id: str) -> Forgotten | None:
        """Remove an article (None: no such article) and say what became of its file."""
        with writer_lock(self.settings.lock_path):
            try:
                outcome = forget_article(self.store, article_id, self.settings.corpus_dir)
            except BaseException:
                self.refresh()
                raise
            self.refresh(reconcile=False)
            return outcome
