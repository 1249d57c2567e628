"""``python -m ingest``: sync the store with article files, or list what it holds.

This is the one place that builds settings, the embedder and the store for the ingest surface, and
the one error boundary that turns expected failures into a message and an exit code:
0 all went in, 1 some file failed (or the store was busy/unavailable), 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.errors import NewsbotError, SettingsInvalid
from ingest.health import probe_server
from ingest.lock import embedded_store_lock, writer_lock
from ingest.models import StoredArticle, SyncReport
from ingest.settings import IngestSettings, load_settings

if TYPE_CHECKING:
    from ingest.store import ArticleStore

log = logging.getLogger(__name__)


def configure_logging(verbose: bool) -> None:
    """Logging for an entry point: warnings (info with ``-v``); trafilatura's notes about
    discarded page elements are routine for HTML articles, so only its errors are shown."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _sync_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ingest",
        description="Sync the store with article files (.txt, .md, .html) or folders of them. "
        "'python -m ingest list' shows the stored articles.",
    )
    parser.add_argument(
        "paths", nargs="*", type=Path, help="files or folders (default: corpus dir)"
    )
    parser.add_argument("--prune", action="store_true", help="remove articles whose file is gone")
    parser.add_argument("--json", action="store_true", help="print one JSON summary object")
    parser.add_argument(
        "--rebuild-keywords",
        action="store_true",
        help="rebuild the keyword cache from Chroma in full (no files are read)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    return parser


def _list_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ingest list", description="List stored articles."
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    return parser


def main(argv: Sequence[str] | None = None, settings: IngestSettings | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    listing = bool(args_list) and args_list[0] == "list"
    parser = _list_parser() if listing else _sync_parser()
    args = parser.parse_args(args_list[1:] if listing else args_list)
    configure_logging(args.verbose)
    try:
        settings = settings or load_settings(IngestSettings)
    except SettingsInvalid as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        probe_server(settings)
        if listing:
            return _list(settings, args.json)
        if args.rebuild_keywords:
            if args.paths or args.prune:
                parser.error("--rebuild-keywords takes no paths and no --prune")
            return _rebuild_keywords(settings, args.json)
        paths = args.paths or [settings.corpus_dir]
        missing = [p for p in paths if not p.exists()]
        if missing:
            parser.error(f"no such file or folder: {', '.join(map(str, missing))}")
        return _sync(settings, paths, args.prune, args.json)
    except NewsbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


#: What a refused ``python -m ingest`` should do instead while a bot has the embedded store open.
SECOND_WRITER_ADVICE = (
    "Chroma's embedded store is not process-safe, so add articles through the bot "
    "(/ingest or /reindex in Discord) or stop it first, or run a Chroma server and set "
    "NEWSBOT_CHROMA_HOST (server mode) so that several processes can share the store"
)


def _open_store(settings: IngestSettings) -> ArticleStore:
    from ingest.embedding import SentenceTransformerEmbedder
    from ingest.store import ArticleStore

    return ArticleStore.open(settings, SentenceTransformerEmbedder(settings.embedding_model))


def _sync(settings: IngestSettings, paths: list[Path], prune: bool, as_json: bool) -> int:
    from ingest.sync import sync_articles

    with writer_lock(settings.lock_path), _owning(settings):
        store = _open_store(settings)
        report = sync_articles(
            store,
            paths,
            settings.corpus_dir,
            settings.max_file_bytes,
            prune,
            _announcing(settings, bar=not as_json and sys.stderr.isatty()),
            settings.file_manifest_path,
        )
    if as_json:
        print(json.dumps(report.as_json()))
    else:
        print(_describe(report))
    return 1 if report.failed else 0


def _owning(settings: IngestSettings) -> contextlib.AbstractContextManager[None]:
    """In embedded mode, own the store for the write (fails fast while a bot has it open)."""
    if settings.chroma_host:
        return contextlib.nullcontext()
    return embedded_store_lock(settings.store_lock_path, "python -m ingest", SECOND_WRITER_ADVICE)


def _announcing(settings: IngestSettings, bar: bool) -> Callable[[int], Callable[[int], None]]:
    """The progress factory of a sync: it is called once, when there is something to embed,
    just before the model loads; say so on stderr (the load is silent and takes seconds)."""

    def start(total: int) -> Callable[[int], None]:
        model = settings.embedding_model or "the bundled all-MiniLM-L6-v2"
        print(f"loading the embedding model ({model}) to embed {total} texts...", file=sys.stderr)
        return _progress_bar(total) if bar else (lambda n: None)

    return start


def _rebuild_keywords(settings: IngestSettings, as_json: bool) -> int:
    with writer_lock(settings.lock_path), _owning(settings):
        store = _open_store(settings)
        sentences = store.rebuild_keywords()
        articles = len(store.articles())
    if as_json:
        print(json.dumps({"articles": articles, "sentences": sentences}))
    else:
        print(f"keyword cache rebuilt: {sentences} sentences of {articles} articles")
    return 0


def _progress_bar(total: int) -> Callable[[int], None]:
    from tqdm import tqdm

    bar = tqdm(total=total, unit="text", desc="embedding", file=sys.stderr, leave=False)

    def advance(n: int) -> None:
        bar.update(n)
        if bar.n >= total:
            bar.close()

    return advance


def _describe(report: SyncReport) -> str:
    lines = [
        f"added {len(report.added)}, updated {len(report.updated)}, "
        f"unchanged {len(report.unchanged)}, removed {len(report.removed)}, "
        f"failed {len(report.failed)}",
        f"store: {report.articles} articles, {report.chunks} chunks",
    ]
    lines += [f"  failed: {f.path}: {f.reason}" for f in report.failed]
    return "\n".join(lines)


def _list(settings: IngestSettings, as_json: bool) -> int:
    articles = _open_store(settings).articles()
    if as_json:
        print(json.dumps([_article_json(a) for a in articles]))
    elif not articles:
        print("no articles stored: run 'python -m ingest' first")
    else:
        for a in articles:
            print(
                f"{a.article_id}  {a.title}  ({a.publisher or 'unknown publisher'}, "
                f"{a.published or 'undated'}, {a.chunk_count} chunks)"
            )
    return 0


def _article_json(a: StoredArticle) -> dict[str, object]:
    return {
        "id": a.article_id,
        "title": a.title,
        "publisher": a.publisher,
        "published": a.published,
        "url": a.url,
        "source": a.source,
        "chunks": a.chunk_count,
    }
