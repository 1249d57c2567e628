"""A keyword (BM25) index of sentences in SQLite FTS5, kept as a cache derived from Chroma.

Chroma holds the truth; the store writes each article here after committing it to Chroma, and
brings this file in step article by article (see ``ArticleStore.reconcile_keywords``), so a killed
ingest or a deleted file costs a resync, never a wrong answer. It also keeps each sentence's vector,
so that question time needs one query embedding and no re-embedding of passages.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import snowballstemmer

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours out over own same
    she should so some such than that the their theirs them then there these they this those through
    to too under until up very was we were what when where which while who whom whose why will with
    would you your yours also said says say tell told according did does whats what's who's s t don
    """.split()  # noqa: SIM905
)
_WORD = re.compile(r"[\w][\w'’.-]*[\w]|[\w]", re.UNICODE)
_POSSESSIVE = ("'s", "’s")
#: Initials written with dots, as questions type them: "U.S." is the "us" of "us tariffs".
_DOTTED = {"u.s": "us", "u.k": "uk", "u.n": "un", "e.u": "eu"}


def content_terms(text: str) -> list[str]:
    """The words of a query worth matching: lower-case, no stopwords, possessives dropped, and
    a hyphenated word also as its parts ("most-streamed" meets "most streamed").

    Also run over every sentence an answer weighs, so it avoids a regex call per word and a
    list scan per repeated word."""
    terms: dict[str, None] = {}
    lower = text.lower()
    if not lower.isascii():
        # "San Mamés" typed "san mames", as the keyword index (``remove_diacritics``) reads it
        lower = "".join(
            c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c)
        )
    for raw in _WORD.findall(lower):
        word = (raw[:-2] if raw.endswith(_POSSESSIVE) else raw).strip(".'’-")
        word = _DOTTED.get(word, word)
        if word and word not in STOPWORDS:
            terms[word] = None
            if "-" in word:
                for part in word.split("-"):
                    if len(part) > 1 and part.isalpha() and part not in STOPWORDS:
                        terms[part] = None
    return list(terms)


@dataclass(frozen=True)
class SentenceRow:
    """A stored sentence (``sentence_index == -1`` is the article title)."""

    sentence_id: str
    article_id: str
    chunk_index: int
    sentence_index: int
    start: int
    end: int
    text: str
    vector: np.ndarray


#: Each term's document frequency is counted exactly up to this many sentences, and estimated
#: beyond it from how far into the table the last counted one lies: the count costs the same at
#: any store size, and the weight of a word this common barely depends on its exact count.
DF_CAP = 2000
#: Keyword search matches the rarest terms first and stops adding terms before the sentences
#: they match exceed this; a common word that would only add thousands of weak matches is left
#: out of the match, and counted only when the best candidates are scored again.
SEARCH_CAP = 600
#: Document frequencies remembered between questions, until the index changes.
_DF_CACHE_TERMS = 4096


class KeywordIndex:
    """SQLite FTS5 over sentences with their vectors; safe to share between threads.

    Besides the sentences it records which version (content hash) of each article they come
    from, so that it can be brought in step with Chroma article by article, and keeps its own
    sentence count (maintained by triggers), so that counting costs nothing.
    """

    def __init__(self, path: Path | str) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.executescript(
            """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS sentences (
                rowid INTEGER PRIMARY KEY, sentence_id TEXT UNIQUE NOT NULL,
                article_id TEXT NOT NULL, chunk_index INTEGER NOT NULL,
                sentence_index INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                text TEXT NOT NULL, vector BLOB NOT NULL);
            CREATE INDEX IF NOT EXISTS sentences_article ON sentences(article_id);
            CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
                text, content='sentences', content_rowid='rowid',
                tokenize='porter unicode61 remove_diacritics 2');
            CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
                INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text); END;
            CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
                INSERT INTO sentences_fts(sentences_fts, rowid, text)
                VALUES ('delete', old.rowid, old.text); END;
            CREATE TABLE IF NOT EXISTS articles (
                article_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL,
                sentences INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS records (
                article_id TEXT PRIMARY KEY, metadata TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS stats (
                id INTEGER PRIMARY KEY CHECK (id = 1), sentences INTEGER NOT NULL,
                version INTEGER NOT NULL);
            INSERT OR IGNORE INTO stats VALUES (1, (SELECT count(*) FROM sentences), 0);
            CREATE TRIGGER IF NOT EXISTS sentences_count_ai AFTER INSERT ON sentences BEGIN
                UPDATE stats SET sentences = sentences + 1, version = version + 1; END;
            CREATE TRIGGER IF NOT EXISTS sentences_count_ad AFTER DELETE ON sentences BEGIN
                UPDATE stats SET sentences = sentences - 1, version = version + 1; END;
            """
        )
        self._df: dict[str, int] = {}
        self._df_version = -1
        self._vocabulary: tuple[int, dict[str, int]] = (-1, {})

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ----- bookkeeping -------------------------------------------------------------------

    def count(self) -> int:
        """How many sentences the index holds (a maintained counter, not a scan)."""
        with self._lock:
            return int(self._db.execute("SELECT sentences FROM stats").fetchone()[0])

    def ids(self) -> set[str]:
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT sentence_id FROM sentences")}

    def versions(self) -> dict[str, tuple[str, int]]:
        """``article_id -> (content_hash, sentences)`` of every article the index holds."""
        with self._lock:
            found = self._db.execute("SELECT article_id, content_hash, sentences FROM articles")
            return {str(a): (str(h), int(n)) for a, h, n in found}

    def in_step(self) -> bool:
        """Whether the sentences add up to the articles recorded (no strays, none missing)."""
        with self._lock:
            (held,) = self._db.execute("SELECT sentences FROM stats").fetchone()
            (recorded,) = self._db.execute(
                "SELECT coalesce(sum(sentences), 0) FROM articles"
            ).fetchone()
        return int(held) == int(recorded)

    def replace_article(
        self, article_id: str, content_hash: str, rows: Sequence[SentenceRow]
    ) -> None:
        """Make the index hold exactly ``rows`` for this article, recorded as ``content_hash``."""
        self.replace_articles([(article_id, content_hash, rows)])

    def replace_articles(self, articles: Sequence[tuple[str, str, Sequence[SentenceRow]]]) -> None:
        """:meth:`replace_article` for each ``(article_id, content_hash, rows)``, in one
        transaction: a commit costs a sync of the file, as much as an article's rows."""
        with self._lock, self._db:
            for article_id, content_hash, rows in articles:
                self._db.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
                self._db.executemany(
                    "INSERT OR IGNORE INTO sentences (sentence_id, article_id, chunk_index, "
                    'sentence_index, start, "end", text, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                    [
                        (
                            r.sentence_id,
                            article_id,
                            r.chunk_index,
                            r.sentence_index,
                            r.start,
                            r.end,
                            r.text,
                            np.asarray(r.vector, dtype=np.float32).tobytes(),
                        )
                        for r in rows
                    ],
                )
                (held,) = self._db.execute(
                    "SELECT count(*) FROM sentences WHERE article_id = ?", (article_id,)
                ).fetchone()
                self._db.execute(
                    "INSERT OR REPLACE INTO articles VALUES (?, ?, ?)",
                    (article_id, content_hash, int(held)),
                )

    def remove_articles(self, article_ids: Iterable[str]) -> None:
        ids = [(i,) for i in article_ids]
        with self._lock, self._db:
            self._db.executemany("DELETE FROM sentences WHERE article_id = ?", ids)
            self._db.executemany("DELETE FROM articles WHERE article_id = ?", ids)

    def saved_records(self) -> dict[str, dict[str, Any]]:
        """The article records (Chroma metadata) saved by :meth:`save_records`."""
        with self._lock:
            found = self._db.execute("SELECT article_id, metadata FROM records").fetchall()
        return {str(i): json.loads(m) for i, m in found}

    def save_records(
        self, changed: Mapping[str, Mapping[str, Any]], removed: Iterable[str]
    ) -> None:
        """Keep a copy of the store's article records, so that opening reads only changes."""
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO records VALUES (?, ?)",
                [(i, json.dumps(dict(m), sort_keys=True)) for i, m in changed.items()],
            )
            self._db.executemany(
                "DELETE FROM records WHERE article_id = ?", [(i,) for i in removed]
            )

    def clear(self) -> None:
        """Empty the index and the saved records (before a full rebuild)."""
        with self._lock, self._db:
            self._db.execute("DELETE FROM sentences")
            self._db.execute("DELETE FROM articles")
            self._db.execute("DELETE FROM records")
            self._db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('delete-all')")
            self._db.execute("UPDATE stats SET sentences = 0, version = version + 1")

    # ----- questions ---------------------------------------------------------------------

    def search(self, query: str, k: int, cap: int = SEARCH_CAP) -> list[tuple[SentenceRow, float]]:
        """Sentences matching content terms of ``query``, best BM25 first (score > 0).

        Bounded whatever the store size: terms are matched rarest first while the sentences
        they match stay within ``cap`` (the rarest is always matched). When every term fits,
        this is SQLite's BM25 over all of them. Otherwise the best of those matches (plus, when
        they are few, a capped number of sentences holding only the common terms) are scored
        again with the common terms' BM25 share added, computed the way FTS5 does it, so the
        ranking is that of the full query over the candidates.
        """
        terms = content_terms(query)
        if not terms:
            return []
        frequency = self.document_frequency(terms)
        rare: list[str] = []
        matched = 0
        for term in sorted(terms, key=lambda t: frequency[t]):
            if rare and matched + frequency[term] > cap:
                break
            rare.append(term)
            matched += frequency[term]
        common = [t for t in terms if t not in rare]
        if not common:
            return [(row, score) for row, score, _ in self._bm25(rare, k)]
        pool = max(2 * k, _POOL)
        found = self._bm25(rare, pool)
        if len(found) < pool:  # every sentence holding a rare term is in: add some others
            found += self._matching(common, pool, {r.sentence_id for r, _, _ in found})
        rescored = self._with_common_terms(found, common)
        rescored.sort(key=lambda pair: pair[1], reverse=True)
        return rescored[:k]

    def _bm25(self, terms: Sequence[str], k: int) -> list[tuple[SentenceRow, float, int]]:
        """FTS5's BM25 over an OR of ``terms``: (row, score, rowid), best first.

        The matches are ranked on their rowids alone and only the best ``k`` rows are read:
        joining the rows before the ranking would read every match's text and vector.
        """
        with self._lock:
            best = self._db.execute(
                "SELECT rowid, -bm25(sentences_fts) FROM sentences_fts "
                "WHERE sentences_fts MATCH ? ORDER BY bm25(sentences_fts) LIMIT ?",
                (_any_of(terms), k),
            ).fetchall()
            marks = ",".join("?" * len(best))
            rows = {
                int(r[-1]): _row(r)
                for r in self._db.execute(
                    f"SELECT {_COLUMNS}, rowid FROM sentences WHERE rowid IN ({marks})",
                    [rowid for rowid, _ in best],
                )
            }
        return [(rows[rowid], float(score), int(rowid)) for rowid, score in best if rowid in rows]

    def _matching(
        self, terms: Sequence[str], limit: int, exclude: set[str]
    ) -> list[tuple[SentenceRow, float, int]]:
        """Up to ``limit`` sentences holding any of ``terms`` (in table order, not ranked)."""
        with self._lock:
            found = self._db.execute(
                f"SELECT {_COLUMNS}, sentences.rowid FROM sentences_fts "
                "JOIN sentences ON sentences.rowid = sentences_fts.rowid "
                "WHERE sentences_fts MATCH ? LIMIT ?",
                (_any_of(terms), limit + len(exclude)),
            ).fetchall()
        rows = [(_row(r), 0.0, int(r[-1])) for r in found]
        return [item for item in rows if item[0].sentence_id not in exclude][:limit]

    def _with_common_terms(
        self, found: list[tuple[SentenceRow, float, int]], common: Sequence[str]
    ) -> list[tuple[SentenceRow, float]]:
        """Add each common term's BM25 share to the scores (FTS5's formula: k1 1.2, b 0.75,
        idf ``log((N - n + 0.5) / (n + 0.5))``, document lengths from its own tables)."""
        if not found:
            return []
        with self._lock:
            (averages,) = self._db.execute(
                "SELECT block FROM sentences_fts_data WHERE id = 1"
            ).fetchone()
            marks = ",".join("?" * len(found))
            sizes = dict(
                self._db.execute(
                    f"SELECT id, sz FROM sentences_fts_docsize WHERE id IN ({marks})",
                    [rowid for _, _, rowid in found],
                ).fetchall()
            )
        rows, tokens = _varints(averages)[:2]
        average = tokens / max(rows, 1)
        hits = self._term_frequency(common)
        phrases = {t: _phrase(t) for t in common}
        scored: list[tuple[SentenceRow, float]] = []
        for row, score, rowid in found:
            text = row.text.lower()
            size = _varints(sizes[rowid])[0] if rowid in sizes else len(_fts_tokens(text))
            for term in common:
                f = _occurrences(phrases[term], text)
                if f:
                    n = hits[term]
                    idf = math.log((rows - n + 0.5) / (n + 0.5))
                    idf = idf if idf > 0 else 1e-6
                    score += idf * f * (_K1 + 1) / (f + _K1 * (1 - _B + _B * size / average))
            scored.append((row, score))
        return scored

    def _term_frequency(self, terms: Sequence[str]) -> dict[str, int]:
        """Sentences holding each term exactly (FTS5's own match, no prefix), capped as
        :meth:`document_frequency` is."""
        result: dict[str, int] = {}
        with self._lock:
            _, low, high = self._stats()
            for term in terms:
                key = f"={term}"
                if key not in self._df:
                    self._df[key] = self._count_matches(f'"{term.replace(chr(34), "")}"', low, high)
                result[term] = self._df[key]
        return result

    def document_frequency(self, terms: Sequence[str]) -> dict[str, int]:
        """How many sentences hold each term or a word sharing its stem's prefix ("denial" also
        counts "denies"), for weighting rare words and spotting words the articles never use.

        Exact up to :data:`DF_CAP`; past it, estimated from the position of the last counted
        match among the table's rowids, so a common word costs no more than a rare one.
        """
        result: dict[str, int] = {}
        with self._lock:
            _, low, high = self._stats()
            for term in terms:
                if term not in self._df:
                    clean = term.replace('"', "")
                    query = f'"{clean}"'
                    if len(clean) >= 6 and re.fullmatch(r"[a-z]+", clean):
                        query += f" OR {clean[: max(4, len(clean) - 3)]}*"
                    self._df[term] = self._count_matches(query, low, high)
                result[term] = self._df[term]
        return result

    def _stats(self) -> tuple[int, int | None, int | None]:
        """(version, lowest rowid, highest rowid); forgets cached frequencies on a change.
        The caller holds the lock."""
        version, low, high = self._db.execute(
            "SELECT (SELECT version FROM stats), (SELECT min(rowid) FROM sentences), "
            "(SELECT max(rowid) FROM sentences)"
        ).fetchone()
        if version != self._df_version or len(self._df) > _DF_CACHE_TERMS:
            self._df, self._df_version = {}, version
        return int(version), low, high

    def _count_matches(self, query: str, low: int | None, high: int | None) -> int:
        n, last = self._db.execute(
            "SELECT count(*), max(rowid) FROM (SELECT rowid FROM sentences_fts "
            "WHERE sentences_fts MATCH ? LIMIT ?)",
            (query, DF_CAP),
        ).fetchone()
        if n < DF_CAP or low is None or high is None or last is None:
            return int(n)
        return max(int(n), round(n * (high - low + 1) / (last - low + 1)))

    def rows(self, sentence_ids: Sequence[str]) -> list[SentenceRow]:
        if not sentence_ids:
            return []
        marks = ",".join("?" * len(sentence_ids))
        with self._lock:
            found = self._db.execute(
                f"SELECT {_COLUMNS} FROM sentences WHERE sentence_id IN ({marks})",
                list(sentence_ids),
            ).fetchall()
        return [_row(r) for r in found]

    def sentence_at(self, article_id: str, sentence_index: int) -> SentenceRow | None:
        with self._lock:
            found = self._db.execute(
                f"SELECT {_COLUMNS} FROM sentences WHERE article_id = ? AND sentence_index = ?",
                (article_id, sentence_index),
            ).fetchone()
        return _row(found) if found else None

    def article_rows(self, article_id: str) -> list[SentenceRow]:
        with self._lock:
            found = self._db.execute(
                f"SELECT {_COLUMNS} FROM sentences WHERE article_id = ? ORDER BY sentence_index",
                (article_id,),
            ).fetchall()
        return [_row(r) for r in found]

    def articles_matching(self, groups: Sequence[Sequence[str]]) -> dict[str, SentenceRow]:
        """Every article with a sentence (its title included) that holds one phrase of each
        group, mapped to its first such sentence of the body (the title when only the title
        does; the second when the first holds it only in its dateline): an exhaustive filter,
        not a top-k guess. A body sentence is the quote a reader can use; the title is shown
        beside it anyway.

        The cost is that of the index lookup plus up to two rows per matching article.
        """
        clauses = [
            "(" + " OR ".join('"' + p.replace('"', "") + '"' for p in group if p.strip()) + ")"
            for group in groups
            if any(p.strip() for p in group)
        ]
        if not clauses:
            return {}
        with self._lock:
            # each article's first two such sentences, body before title
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM (SELECT sentences.*, row_number() OVER (PARTITION BY "
                "article_id ORDER BY sentence_index < 0, sentence_index) AS k FROM sentences "
                "WHERE rowid IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)) "
                "AS sentences WHERE k <= 2 ORDER BY sentence_index < 0, sentence_index",
                (" AND ".join(clauses),),
            ).fetchall()
        phrases = [p.lower() for group in groups for p in group if p.strip()]
        found: dict[str, SentenceRow] = {}
        for row in map(_row, rows):
            held = found.get(row.article_id)
            if held is None or (row.sentence_index >= 0 and in_dateline_only(held, phrases)):
                found[row.article_id] = row
        return found

    def capitalised(self, term: str, sample: int = 20) -> float | None:
        """The share of a word's uses (in up to ``sample`` sentences) written with a capital
        inside a sentence: near 1 for a name ("Monaco"), near 0 for a common word; None when no
        sentence uses it. A phrase ("ha long bay") counts as capitalised when all its words
        are."""
        clean = term.replace('"', "")
        texts = self._sample_texts(clean, sample)
        upper = lower = 0
        pattern = re.compile(rf"(?<![\w'’])({re.escape(clean)}\w*)", re.IGNORECASE)
        # the index matches "villasenor" to "Villaseñor"; the pattern must too
        texts = [unaccented(text) for text in texts]
        for text in texts:
            for m in pattern.finditer(text):
                if m.start() == 0 or re.search(r"[.!?:\"“‘]\s*$", text[: m.start()]):
                    if len(m.group(1)) > 1 and m.group(1).isupper():
                        upper += 1  # "MTN Nigeria, the sponsor, ...": an acronym is a name
                    continue
                if all(w[:1].isupper() for w in m.group(1).split()):
                    upper += 1  # a name of several words has all of them capitalised
                else:
                    lower += 1
        return upper / (upper + lower) if upper + lower else None

    def _sample_texts(self, phrase: str, sample: int) -> list[str]:
        """Up to ``sample`` sentences holding the phrase (as the index stems it)."""
        with self._lock:
            return [
                str(r[0])
                for r in self._db.execute(
                    "SELECT sentences.text FROM sentences_fts JOIN sentences "
                    "ON sentences.rowid = sentences_fts.rowid WHERE sentences_fts MATCH ? "
                    "LIMIT ?",
                    (f'"{phrase}"', sample),
                )
            ]

    def writes(self, word: str, sample: int = 20, name: bool = False) -> bool:
        """Whether some sentence (of up to ``sample`` sharing its stem) writes the word exactly
        as given, accents aside: "Óbidos" is written, "Mizzis" is not though "Mizzi" is. As a
        ``name``, every word of it capitalised: "Carmel Mizzi", not "Alappuzha houseboat"."""
        clean = word.replace('"', "")
        texts = self._sample_texts(clean, sample)
        pattern = re.compile(rf"(?<![\w'’]){re.escape(clean)}(?![\w'’])", re.IGNORECASE)
        return any(
            not name or all(w[:1].isupper() for w in m.group(0).split())
            for text in texts
            for m in pattern.finditer(unaccented(text))
        )

    def vocabulary(self) -> dict[str, int]:
        """Every indexed term (a Porter stem) with the number of sentences holding it; read
        from FTS5's own term list, and remembered until the index changes."""
        with self._lock:
            (version,) = self._db.execute("SELECT version FROM stats").fetchone()
            if self._vocabulary[0] != version:
                self._db.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.sentences_terms "
                    "USING fts5vocab(main, sentences_fts, row)"
                )
                terms = self._db.execute("SELECT term, doc FROM temp.sentences_terms")
                self._vocabulary = (version, {str(t): int(n) for t, n in terms})
            return self._vocabulary[1]


#: FTS5's BM25 constants, and the candidates a bounded search scores again.
_K1 = 1.2
_B = 0.75
_POOL = 100
_PORTER = snowballstemmer.stemmer("porter")


@lru_cache(maxsize=65536)
def _porter(word: str) -> str:
    return str(_PORTER.stemWord(word))


def index_term(word: str) -> str:
    """How the index writes a lower-case word (FTS5's Porter stem): "gracious" as "graciou"."""
    return _porter(word)


def _fts_tokens(text: str) -> list[str]:
    """Words as FTS5's ``unicode61 remove_diacritics 2`` tokenizer cuts them."""
    folded = text.lower()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _TOKEN.findall(folded)


_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class _Phrase:
    """A query term as FTS5 matches it: its tokens' Porter stems, and (for one token) a
    pattern finding the words that may share its stem, so that a sentence is not tokenized
    whole to count it."""

    stems: tuple[str, ...]
    candidates: re.Pattern[str] | None
    #: The letters every candidate starts with: a text without them holds none.
    prefix: str = ""


@lru_cache(maxsize=4096)
def _phrase(term: str) -> _Phrase:
    stems = tuple(_porter(w) for w in _fts_tokens(term))
    if len(stems) != 1 or not term.isascii():
        return _Phrase(stems, None)
    # A Porter stem differs from its word at most in its last letters (``happy`` → ``happi``).
    prefix = stems[0][: max(1, len(stems[0]) - 2)]
    return _Phrase(stems, re.compile(r"(?<![^\W_])" + re.escape(prefix) + r"[^\W_]*"), prefix)


def _occurrences(phrase: _Phrase, text: str) -> int:
    """How often ``phrase`` occurs in (lower-cased) ``text`` as FTS5 would match it."""
    if not phrase.stems:
        return 0
    if phrase.candidates is not None and text.isascii():
        if phrase.prefix not in text:
            return 0
        return sum(1 for w in phrase.candidates.findall(text) if _porter(w) == phrase.stems[0])
    stems = [_porter(w) for w in _fts_tokens(text)]
    n = len(phrase.stems)
    return sum(1 for i in range(len(stems) - n + 1) if tuple(stems[i : i + n]) == phrase.stems)


def _any_of(terms: Sequence[str]) -> str:
    return " OR ".join('"' + t.replace('"', "") + '"' for t in terms)


def _varints(blob: bytes) -> list[int]:
    """SQLite varints (as FTS5 stores its row and token counts)."""
    values: list[int] = []
    i = 0
    while i < len(blob):
        value = 0
        for j in range(9):
            byte = blob[i]
            i += 1
            if j == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values


_COLUMNS = (
    "sentences.sentence_id, sentences.article_id, sentences.chunk_index, "
    'sentences.sentence_index, sentences.start, sentences."end", sentences.text, sentences.vector'
)


#: A wire or city dateline opening a story: "DUBLIN, May 6, 2025 (Reuters) -", "NORWICH —".
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:,[^()\n]{0,40}?(?:\(\w+\))?)?\s*[-–—]\s")


def dateline_of(text: str) -> str:
    """The dateline a sentence opens with ("DUBLIN, May 6 (Reuters) - "), or ""."""
    dateline = _DATELINE.match(text)
    return dateline.group(0) if dateline else ""


def without_dateline(text: str) -> str:
    """The sentence after its dateline, if it opens with one."""
    return text[len(dateline_of(text)) :]


def in_dateline_only(row: SentenceRow, phrases: Sequence[str]) -> bool:
    """Whether the sentence mentions a phrase only in its dateline: "DUBLIN, May 6 (Reuters) -"
    is where the story was filed, not a mention worth quoting when a later sentence has one."""
    head = dateline_of(row.text)
    if not head:
        return False
    head, rest = head.lower(), row.text[len(head) :].lower()
    return any(p in head for p in phrases) and not any(p in rest for p in phrases)


def _row(r: Sequence[Any]) -> SentenceRow:
    return SentenceRow(
        sentence_id=str(r[0]),
        article_id=str(r[1]),
        chunk_index=int(r[2]),
        sentence_index=int(r[3]),
        start=int(r[4]),
        end=int(r[5]),
        text=str(r[6]),
        vector=np.frombuffer(r[7], dtype=np.float32),
    )


def unaccented(text: str) -> str:
    """The text without accents, as the index's tokenizer reads it and people type names
    ("Villaseñor" as "villasenor", "Compás Review" as "compas review")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
