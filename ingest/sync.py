"""Syncing the store with a set of article files: add new, replace changed, skip unchanged."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from ingest.chunking import PreparedArticle, prepare_article
from ingest.embedding import embed_texts
from ingest.errors import UnsupportedFile
from ingest.manifest import FileManifest, KnownArticle, file_digest
from ingest.models import Article, FailedFile, SyncReport
from ingest.reading import iter_article_files, read_articles, read_file
from ingest.store import ArticleStore

log = logging.getLogger(__name__)

#: Called once with the number of texts to embed, then returns the per-batch progress callback.
ProgressFactory = Callable[[int], Callable[[int], None]]

#: Texts embedded together (length-sorted across the articles that hold them) before those
#: articles are written: large enough that batches hold texts of one length, small enough that
#: the writes of one window overlap the embedding of the next, a killed run loses little work,
#: and memory stays flat however many articles come in.
WINDOW_TEXTS = 1024


def read_corpus(
    paths: Iterable[Path], corpus_dir: Path, max_bytes: int
) -> tuple[list[Article], list[FailedFile], set[str]]:
    """Parse every file; returns the articles, the failures and the sources read successfully.

    Forgotten articles (see :func:`forget_article`) stay out when their folder is synced; a file
    named on its own (an admin uploading it again) brings its articles back.
    """
    read = _read_files(paths, corpus_dir, max_bytes, None, {})
    return read.articles, read.failed, read.sources


@dataclass
class _Read:
    articles: list[Article] = field(default_factory=list)
    failed: list[FailedFile] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    #: Articles of files whose bytes the manifest knows, still stored as they were read.
    unchanged: list[str] = field(default_factory=list)


def _read_files(
    paths: Iterable[Path],
    corpus_dir: Path,
    max_bytes: int,
    manifest: FileManifest | None,
    stored: dict[str, str],
) -> _Read:
    """:func:`read_corpus`, skipping a file the manifest knows (unread when its size and time
    are as recorded, unparsed when its bytes are) while ``stored`` (``article_id ->
    content_hash``) still holds every article it had; a file named on its own is always read."""
    read = _Read()
    found: dict[str, Article] = {}
    paths = list(paths)
    named = {p.resolve() for p in paths if p.is_file()}
    forgotten = forgotten_ids(corpus_dir)
    for path in iter_article_files(paths):
        is_named = bool(named) and path.resolve() in named
        consulted = None if is_named else manifest
        try:
            known = consulted.unread(path) if consulted is not None else None
            if known is None or not _still_stored(known, stored, forgotten):
                data = read_file(path, max_bytes)
                digest = file_digest(data)
                known = consulted.known(path, digest) if consulted is not None else None
            if known is not None and _still_stored(known, stored, forgotten):
                read.sources.update(a.source for a in known)
                read.unchanged.extend(a.article_id for a in known if a.article_id not in forgotten)
                continue
            parsed = read_articles(path, corpus_dir, max_bytes, data)
        except UnsupportedFile as exc:
            read.failed.append(FailedFile(str(path), str(exc)))
            continue
        if consulted is not None:
            consulted.record(path, digest, parsed)
        read.sources.update(a.source for a in parsed)
        if is_named:
            forgotten = unforget(corpus_dir, {a.article_id for a in parsed})
        for article in parsed:
            if article.article_id not in forgotten:
                found.setdefault(article.article_id, article)
    skipped = set(read.unchanged)
    read.articles = [a for i, a in found.items() if i not in skipped]
    return read


def _still_stored(
    known: Iterable[KnownArticle], stored: dict[str, str], forgotten: set[str]
) -> bool:
    return all(
        a.article_id in forgotten or stored.get(a.article_id) == a.content_hash for a in known
    )


#: Articles forgotten from a file that holds others too; a hidden file, so it is never ingested.
FORGOTTEN_FILE = ".forgotten"


def forgotten_ids(corpus_dir: Path) -> set[str]:
    path = corpus_dir / FORGOTTEN_FILE
    if not path.is_file():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def unforget(corpus_dir: Path, article_ids: set[str]) -> set[str]:
    """Take articles off the forgotten list; returns what stays on it."""
    forgotten = forgotten_ids(corpus_dir)
    if forgotten & article_ids:
        forgotten -= article_ids
        (corpus_dir / FORGOTTEN_FILE).write_text(
            "".join(f"{i}\n" for i in sorted(forgotten)), encoding="utf-8"
        )
    return forgotten


def sync_articles(
    store: ArticleStore,
    paths: Iterable[Path],
    corpus_dir: Path,
    max_bytes: int,
    prune: bool = False,
    progress: ProgressFactory | None = None,
    manifest_path: Path | None = None,
) -> SyncReport:
    """Bring the store in line with ``paths``. The caller holds the writer lock.

    An article whose content hash matches the stored one is skipped without embedding; with a
    ``manifest_path`` (see :mod:`ingest.manifest`), a file whose bytes are as last read is not
    even parsed while its articles are stored unchanged. Articles
    that a re-read file no longer contains are removed; with ``prune``, so are articles whose
    source file is gone.
    """
    stored = {a.article_id: a for a in store.articles()}
    manifest = None if manifest_path is None else FileManifest(manifest_path, corpus_dir, max_bytes)
    hashes = {i: a.content_hash for i, a in stored.items()}
    read = _read_files(paths, corpus_dir, max_bytes, manifest, hashes)
    changed = [
        a
        for a in read.articles
        if a.article_id not in stored or stored[a.article_id].content_hash != a.content_hash
    ]
    changed_ids = {a.article_id for a in changed}
    unchanged = [a.article_id for a in read.articles if a.article_id not in changed_ids]
    unchanged += read.unchanged
    keep = set(unchanged) | changed_ids
    removed = [
        s.article_id
        for s in stored.values()
        if s.article_id not in keep
        and (s.source in read.sources or (prune and not _source_exists(s.source, corpus_dir)))
    ]

    prepared = [prepare_article(a) for a in changed]
    on_batch = None
    if progress is not None and prepared:
        on_batch = progress(sum(len(p.texts) for p in prepared))
    write_prepared(store, prepared, on_batch)
    added = [p.article.article_id for p in prepared if p.article.article_id not in stored]
    updated = [p.article.article_id for p in prepared if p.article.article_id in stored]
    for article_id in removed:
        log.info("removing %s", article_id)
        store.remove_article(article_id)
    store.reconcile_keywords()
    if manifest is not None:
        manifest.save()
    return SyncReport(
        added=tuple(added),
        updated=tuple(updated),
        unchanged=tuple(unchanged),
        removed=tuple(removed),
        failed=tuple(read.failed),
        articles=len(stored) + len(added) - len(removed),
        chunks=sum(a.chunk_count for a in store.articles()),
    )


class Forgotten(Enum):
    """What became of a forgotten article's file."""

    FILE_REMOVED = "its file was removed from the corpus folder"
    LISTED = "its file holds other articles too, so it stays, listed as forgotten"
    FILE_OUTSIDE = "its file is outside the corpus folder and was left alone"
    NO_FILE = "its file was already gone"


def forget_article(store: ArticleStore, article_id: str, corpus_dir: Path) -> Forgotten | None:
    """Remove an article from the store, and its file from the corpus dir when it holds only it.

    An article of a saved page that holds others is listed in the corpus dir's ``.forgotten``
    file instead, so that a rebuild does not bring it back. Returns None when no such article
    is stored. The caller holds the writer lock.
    """
    stored = store.article(article_id)
    if stored is None:
        return None
    store.remove_article(article_id)
    store.reconcile_keywords()
    path = _source_path(stored.source, corpus_dir)
    if not path.is_file():
        return Forgotten.NO_FILE
    if not path.resolve().is_relative_to(corpus_dir.resolve()):
        return Forgotten.FILE_OUTSIDE
    if any(a.source == stored.source for a in store.articles()):
        with (corpus_dir / FORGOTTEN_FILE).open("a", encoding="utf-8") as listed:
            listed.write(f"{article_id}\n")
        return Forgotten.LISTED
    path.unlink()
    return Forgotten.FILE_REMOVED


def write_prepared(
    store: ArticleStore,
    prepared: Sequence[PreparedArticle],
    progress: Callable[[int], None] | None = None,
) -> None:
    """Embed the articles' texts in length-sorted passes across articles, a window of about
    :data:`WINDOW_TEXTS` texts at a time, and write each window's articles together (each
    with the store's crash-safe write order, see :meth:`ArticleStore.write_articles`).

    A window's articles are written by a second thread while the next window is embedded, so
    the store's writes hide behind the model's work; an error in a write stops the run before
    the window after it is written.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsbot-writer") as writer:
        pending: Future[None] | None = None
        for window in _windows(prepared, WINDOW_TEXTS):
            texts = [t for p in window for t in p.texts]
            log.info("embedding %d texts of %d articles", len(texts), len(window))
            vectors = embed_texts(store.embedder, texts, progress)
            if pending is not None:
                pending.result()
            pending = writer.submit(store.write_articles, window, vectors)
        if pending is not None:
            pending.result()


def _windows(prepared: Sequence[PreparedArticle], size: int) -> Iterator[list[PreparedArticle]]:
    """Consecutive runs of articles holding about ``size`` texts each (at least one article)."""
    window: list[PreparedArticle] = []
    texts = 0
    for p in prepared:
        if window and texts + len(p.texts) > size:
            yield window
            window, texts = [], 0
        window.append(p)
        texts += len(p.texts)
    if window:
        yield window


def _source_path(source: str, corpus_dir: Path) -> Path:
    path = Path(source)
    return path if path.is_absolute() else corpus_dir / path


def _source_exists(source: str, corpus_dir: Path) -> bool:
    return _source_path(source, corpus_dir).exists()
