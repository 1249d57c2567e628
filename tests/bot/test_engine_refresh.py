"""The engine sees articles another writer stored (an ingest run next to the bot)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import engine as engine_module
from bot.engine import Engine
from ingest.errors import CorpusNotIndexed
from ingest.store import ArticleStore
from ingest.sync import sync_articles
from tests.bot.conftest import bot_settings
from tests.fakes import FakeEmbedder


def test_articles_written_elsewhere_are_picked_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = bot_settings(tmp_path)
    settings.corpus_dir.mkdir(parents=True)
    embedder = FakeEmbedder()
    engine = Engine(settings, ArticleStore.open(settings, embedder), embedder)
    with pytest.raises(CorpusNotIndexed):
        engine.answer("Which ferry runs on Sundays?")

    (settings.corpus_dir / "ferry.txt").write_text(
        "Ferry timetable changes\nThe Glenmoor ferry now runs on Sundays.\n", encoding="utf-8"
    )
    writer = ArticleStore.open(settings, embedder)
    sync_articles(writer, [settings.corpus_dir], settings.corpus_dir, settings.max_file_bytes)
    monkeypatch.setattr(engine_module, "REFRESH_SECONDS", 0.0)

    assert engine.search("Glenmoor ferry", 1)[0].title == "Ferry timetable changes"
    assert [a.title for a in engine.articles()] == ["Ferry timetable changes"]
    assert any(
        row.text.startswith("The Glenmoor")
        for row, _ in engine.store.keywords.search("Glenmoor ferry", 5)
    )
