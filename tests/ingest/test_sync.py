"""Syncing the store with files: idempotent runs, updates, removals, pruning and bad input."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest import sync as sync_module
from ingest.models import Article, SyncReport
from ingest.reading import read_articles
from ingest.settings import IngestSettings
from ingest.store import ArticleStore
from ingest.sync import sync_articles
from tests.fakes import FakeEmbedder
from tests.ingest.helpers import FIXTURES, REAL_CORPUS, assert_consistent, snapshot, write

OpenStore = Callable[[IngestSettings], ArticleStore]
Sync = Callable[..., SyncReport]


@pytest.fixture
def sync(settings: IngestSettings, open_store: OpenStore) -> Sync:
    """``sync(*paths, prune=False)``: one ingest run with a freshly opened store, keeping the file
    manifest as ``python -m ingest`` does."""

    def run(*paths: Path, prune: bool = False, max_bytes: int | None = None) -> SyncReport:
        store = open_store(settings)
        return sync_articles(
            store,
            list(paths) or [settings.corpus_dir],
            settings.corpus_dir,
            max_bytes or settings.max_file_bytes,
            prune,
            manifest_path=settings.file_manifest_path,
        )

    return run


def copy_fixtures(corpus: Path, *names: str) -> None:
    for name in names:
        shutil.copy(FIXTURES / name, corpus / name)


def ids_of(path: Path, corpus: Path) -> list[str]:
    return [a.article_id for a in read_articles(path, corpus, 2_000_000)]


ALL_FIXTURES = ("saved_page.txt", "plain.txt", "front_matter.md", "heading.md", "article.html")


# ----- idempotency ------------------------------------------------------------------------------


def test_first_run_adds_every_article(settings: IngestSettings, sync: Sync) -> None:
    copy_fixtures(settings.corpus_dir, *ALL_FIXTURES)
    shutil.copy(REAL_CORPUS, settings.corpus_dir / REAL_CORPUS.name)

    report = sync()

    assert len(report.added) == 12 and report.failed == ()
    assert (report.updated, report.unchanged, report.removed) == ((), (), ())
    assert report.articles == 12
    snap = snapshot(settings)
    assert len(snap.articles) == 12 and report.chunks == len(snap.chunks)
    assert_consistent(snap)


def test_second_run_adds_nothing_and_embeds_nothing(
    settings: IngestSettings, sync: Sync, fake_embedder: FakeEmbedder
) -> None:
    copy_fixtures(settings.corpus_dir, *ALL_FIXTURES)
    first = sync()
    before = snapshot(settings)
    fake_embedder.reset()

    second = sync()

    assert fake_embedder.calls == 0 and fake_embedder.texts_embedded == 0
    assert (second.added, second.updated, second.removed, second.failed) == ((), (), (), ())
    assert sorted(second.unchanged) == sorted(first.added)
    assert (second.articles, second.chunks) == (first.articles, first.chunks)
    after = snapshot(settings)
    assert after.chunks == before.chunks and after.sentences == before.sentences
    assert after.keyword_ids == before.keyword_ids


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files each later sync parses."""
    names: list[str] = []

    def counting(path: Path, *args: object, **kwargs: object) -> list[Article]:
        names.append(path.name)
        return read_articles(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sync_module, "read_articles", counting)
    return names


def test_second_run_parses_only_the_files_whose_bytes_changed(
    settings: IngestSettings, sync: Sync, parsed: list[str]
) -> None:
    copy_fixtures(settings.corpus_dir, *ALL_FIXTURES)
    sync()
    parsed.clear()

    assert sorted(sync().unchanged) and parsed == []

    plain = settings.corpus_dir / "plain.txt"
    plain.write_text(plain.read_text(encoding="utf-8").replace("a", "e"), encoding="utf-8")
    report = sync()

    assert parsed == ["plain.txt"]
    assert report.updated == tuple(ids_of(plain, settings.corpus_dir))


def test_files_older_than_the_clock_margin_are_trusted_by_size_and_time(
    settings: IngestSettings, sync: Sync, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_fixtures(settings.corpus_dir, *ALL_FIXTURES)
    hour_ago = time.time() - 3600
    for path in settings.corpus_dir.iterdir():
        os.utime(path, (hour_ago, hour_ago))
    first = sync()
    opened: list[str] = []
    real_read_file = sync_module.read_file

    def counting(path: Path, max_bytes: int) -> bytes:
        opened.append(path.name)
        return real_read_file(path, max_bytes)

    monkeypatch.setattr(sync_module, "read_file", counting)

    assert sorted(sync().unchanged) == sorted(first.added) and opened == []

    plain = settings.corpus_dir / "plain.txt"
    plain.write_text(plain.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
    assert sync().updated == tuple(ids_of(plain, settings.corpus_dir)) and opened == ["plain.txt"]


def test_an_edit_that_keeps_size_and_a_fresh_time_is_still_seen(
    settings: IngestSettings, sync: Sync
) -> None:
    """A coarse clock can give an edit made just after a read the time the file had."""
    copy_fixtures(settings.corpus_dir, "plain.txt")
    plain = settings.corpus_dir / "plain.txt"
    sync()
    before = plain.stat()
    plain.write_text(plain.read_text(encoding="utf-8").replace("a", "e"), encoding="utf-8")
    os.utime(plain, ns=(before.st_atime_ns, before.st_mtime_ns))

    report = sync()

    assert report.updated == tuple(ids_of(plain, settings.corpus_dir))


def test_the_manifest_never_hides_an_article_missing_from_the_store(
    settings: IngestSettings, sync: Sync, open_store: OpenStore, parsed: list[str]
) -> None:
    copy_fixtures(settings.corpus_dir, "plain.txt", "front_matter.md")
    sync()
    (gone,) = ids_of(settings.corpus_dir / "plain.txt", settings.corpus_dir)
    open_store(settings).remove_article(gone)
    parsed.clear()

    report = sync()

    assert report.added == (gone,) and parsed == ["plain.txt"]


def test_an_unreadable_manifest_costs_one_full_parse(
    settings: IngestSettings, sync: Sync, parsed: list[str]
) -> None:
    copy_fixtures(settings.corpus_dir, *ALL_FIXTURES)
    first = sync()
    settings.file_manifest_path.write_text("{not json", encoding="utf-8")
    parsed.clear()

    report = sync()

    assert sorted(report.unchanged) == sorted(first.added) and len(parsed) == len(ALL_FIXTURES)
    parsed.clear()
    assert sorted(sync().unchanged) == sorted(first.added) and parsed == []


def test_a_lower_size_limit_is_applied_to_files_read_before(
    settings: IngestSettings, sync: Sync
) -> None:
    copy_fixtures(settings.corpus_dir, "plain.txt")
    sync()

    report = sync(max_bytes=10)

    assert [f.reason for f in report.failed] == [
        f"file is {(settings.corpus_dir / 'plain.txt').stat().st_size:,} bytes, "
        "over the 10-byte limit"
    ]


# ----- updates ----------------------------------------------------------------------------------


def test_edited_article_replaces_its_old_version_everywhere(
    settings: IngestSettings, sync: Sync, fake_embedder: FakeEmbedder
) -> None:
    copy_fixtures(settings.corpus_dir, "plain.txt", "front_matter.md")
    path = settings.corpus_dir / "plain.txt"
    sync()
    [article_id] = ids_of(path, settings.corpus_dir)
    old = snapshot(settings)
    old_hash = old.articles[article_id]["content_hash"]
    old_sentences = set(old.sentences_of(article_id))
    path.write_text(
        path.read_text()
        .replace(
            "Fares will match the daytime route",
            "A zeppelin shuttle was ruled out. Fares will match the daytime route",
        )
        .replace("The route was cut in 2019", "The route was suspended in 2019")
    )
    fake_embedder.reset()

    report = sync()

    assert report.updated == (article_id,) and report.added == () and report.removed == ()
    assert len(report.unchanged) == 1
    # Only the edited article was embedded again.
    assert fake_embedder.texts_embedded > 0
    assert not any("hedgehog" in t for t in fake_embedder.texts)
    new = snapshot(settings)
    new_hash = new.articles[article_id]["content_hash"]
    assert new_hash != old_hash
    documents = [new.chunk_documents[i] for i in new.chunks_of(article_id)]
    assert any("zeppelin shuttle was ruled out" in d for d in documents)
    assert not any("The route was cut in 2019" in d for d in documents)
    assert all(f":{new_hash}:" in i for i in new.chunks_of(article_id))
    assert all(m["content_hash"] == new_hash for m in new.sentences_of(article_id).values())
    assert not old_sentences & set(new.sentences), "old sentences left behind"
    assert not any(old_hash in i for i in new.keyword_ids), "old sentences in the keyword index"
    assert_consistent(new)

    store = ArticleStore.open(settings, fake_embedder)
    assert [r.article_id for r, _ in store.keywords.search("zeppelin", 5)] == [article_id]
    assert article_id not in {r.article_id for r, _ in store.keywords.search("cut", 50)}


def test_changed_front_matter_updates_chunk_metadata(settings: IngestSettings, sync: Sync) -> None:
    copy_fixtures(settings.corpus_dir, "front_matter.md")
    path = settings.corpus_dir / "front_matter.md"
    sync()
    path.write_text(path.read_text().replace("Millbrook Gazette", "Millbrook Evening News"))

    report = sync()

    assert len(report.updated) == 1
    snap = snapshot(settings)
    assert {m["publisher"] for m in snap.chunks.values()} == {"Millbrook Evening News"}
    assert_consistent(snap)


def test_article_dropped_from_a_reread_page_is_removed(
    settings: IngestSettings, sync: Sync, fake_embedder: FakeEmbedder
) -> None:
    copy_fixtures(settings.corpus_dir, "saved_page.txt", "plain.txt")
    page = settings.corpus_dir / "saved_page.txt"
    sync()
    ids = ids_of(page, settings.corpus_dir)
    apple_id = ids[2]
    text = page.read_text()
    start = text.index("Valley Courier")
    end = text.index("The Northern Ledger")
    page.write_text(text[:start] + text[end:])
    fake_embedder.reset()

    report = sync()

    assert report.removed == (apple_id,)
    assert fake_embedder.texts_embedded == 0
    assert sorted(report.unchanged) == sorted(
        [*ids[:2], ids[3], *ids_of(settings.corpus_dir / "plain.txt", settings.corpus_dir)]
    )
    snap = snapshot(settings)
    assert apple_id not in snap.articles
    assert not snap.chunks_of(apple_id) and not snap.sentences_of(apple_id)
    assert not any(i.startswith(f"{apple_id}:") for i in snap.keyword_ids)
    assert report.articles == len(snap.articles) == 4
    assert_consistent(snap)


# ----- pruning ----------------------------------------------------------------------------------


def test_deleted_file_is_kept_without_prune_and_removed_with_it(
    settings: IngestSettings, sync: Sync
) -> None:
    copy_fixtures(settings.corpus_dir, "plain.txt", "heading.md")
    gone = settings.corpus_dir / "heading.md"
    [gone_id] = ids_of(gone, settings.corpus_dir)
    sync()
    gone.unlink()

    kept = sync()
    assert kept.removed == () and gone_id in snapshot(settings).articles
    assert kept.articles == 2

    pruned = sync(prune=True)
    assert pruned.removed == (gone_id,)
    snap = snapshot(settings)
    assert gone_id not in snap.articles and not snap.chunks_of(gone_id)
    assert pruned.articles == len(snap.articles) == 1
    assert_consistent(snap)


def test_prune_keeps_articles_whose_file_exists_but_was_not_named(
    settings: IngestSettings, sync: Sync
) -> None:
    copy_fixtures(settings.corpus_dir, "plain.txt", "heading.md")
    sync()

    report = sync(settings.corpus_dir / "plain.txt", prune=True)

    assert report.removed == () and len(snapshot(settings).articles) == 2


# ----- bad input --------------------------------------------------------------------------------

BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "file is empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file"),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "unsupported file type .jpg"),
    "latin1.md": ("# Café reopens\n\nThe café reopened.\n".encode("latin-1"), "not valid UTF-8"),
    "huge.txt": (("Huge story\n" + "Words of the body. " * 400).encode(), "over the 4,000-byte"),
    "script.html": ((FIXTURES / "no_text.html").read_bytes(), "no article text"),
}


def test_every_bad_file_fails_with_a_reason_and_the_rest_goes_in(
    settings: IngestSettings, sync: Sync
) -> None:
    copy_fixtures(settings.corpus_dir, "plain.txt", "front_matter.md")
    for name, (content, _) in BAD_FILES.items():
        write(settings.corpus_dir / "bad" / name, content)

    report = sync(max_bytes=4_000)

    assert len(report.added) == 2 and report.articles == 2
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert set(reasons) == set(BAD_FILES)
    for name, (_, reason) in BAD_FILES.items():
        assert reason in reasons[name], (name, reasons[name])
    assert all(Path(f.path).is_absolute() or Path(f.path).exists() for f in report.failed)
    assert_consistent(snapshot(settings))


def test_a_stored_article_whose_file_turns_bad_is_left_as_it_was(
    settings: IngestSettings, sync: Sync, fake_embedder: FakeEmbedder
) -> None:
    copy_fixtures(settings.corpus_dir, *ALL_FIXTURES)
    sync()
    before = snapshot(settings)
    bad = {
        "plain.txt": b"",
        "heading.md": b"\x00\x01\x02 binary now",
        "front_matter.md": b"---\ntitle: \xe9t\xe9\n---\nBody\n",
        "article.html": (FIXTURES / "no_text.html").read_bytes(),
        "saved_page.txt": (FIXTURES / "saved_page.txt").read_bytes() * 2,
    }
    for name, content in bad.items():
        write(settings.corpus_dir / name, content)
    fake_embedder.reset()

    report = sync(prune=True, max_bytes=(FIXTURES / "saved_page.txt").stat().st_size + 10)

    assert sorted(Path(f.path).name for f in report.failed) == sorted(bad)
    assert (report.added, report.updated, report.removed) == ((), (), ())
    assert fake_embedder.texts_embedded == 0
    after = snapshot(settings)
    assert after.articles == before.articles
    assert after.chunks == before.chunks and after.chunk_documents == before.chunk_documents
    assert after.keyword_ids == before.keyword_ids


def test_same_file_named_twice_is_read_once(settings: IngestSettings, sync: Sync) -> None:
    copy_fixtures(settings.corpus_dir, "plain.txt")
    path = settings.corpus_dir / "plain.txt"

    report = sync(path, settings.corpus_dir, path)

    assert len(report.added) == 1
    assert_consistent(snapshot(settings))


def test_forgetting_one_article_of_a_page_survives_a_rebuild(
    settings: IngestSettings, fake_embedder: FakeEmbedder
) -> None:
    from ingest.sync import Forgotten, forget_article

    page = REAL_CORPUS
    shutil.copy(page, settings.corpus_dir / page.name)
    store = ArticleStore.open(settings, fake_embedder)
    args = (settings.corpus_dir, settings.max_file_bytes)
    sync_articles(store, [settings.corpus_dir], *args)
    f1 = next(a for a in store.articles() if a.title.startswith("F1 could return"))

    assert forget_article(store, f1.article_id, settings.corpus_dir) is Forgotten.LISTED
    report = sync_articles(store, [settings.corpus_dir], *args, prune=True)

    assert report.added == () and len(report.unchanged) == 3
    assert f1.article_id not in {a.article_id for a in store.articles()}
    assert (settings.corpus_dir / page.name).exists()
    assert forget_article(store, f1.article_id, settings.corpus_dir) is None

    again = sync_articles(store, [settings.corpus_dir / page.name], *args)
    assert again.added == (f1.article_id,)
    assert sync_articles(store, [settings.corpus_dir], *args).added == ()


def test_forgetting_the_only_article_of_a_file_removes_the_file(
    settings: IngestSettings, fake_embedder: FakeEmbedder
) -> None:
    from ingest.sync import Forgotten, forget_article

    path = write(settings.corpus_dir / "note.txt", "A short note\nThe ferry runs on Sundays.\n")
    store = ArticleStore.open(settings, fake_embedder)
    sync_articles(store, [settings.corpus_dir], settings.corpus_dir, settings.max_file_bytes)
    [article] = store.articles()
    assert forget_article(store, article.article_id, settings.corpus_dir) is Forgotten.FILE_REMOVED
    assert not path.exists() and store.articles() == []
