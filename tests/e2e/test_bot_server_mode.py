"""Server mode end to end: the bot runs against a real ``chroma run`` server while a separate
``python -m ingest`` process adds an article; asked through Discord, the bot answers from it,
says the store is unavailable while the server is down, and answers again once it is back."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot import engine as engine_module
from bot import render
from bot.client import create_bot
from bot.engine import Engine
from bot.feedback import FeedbackStore
from bot.settings import BotSettings
from tests.chroma_server import HOST, ChromaServer
from tests.e2e.conftest import PLANTED_ARTICLE, BotErrors
from tests.e2e.fake_discord import FakeDiscord, running_bot

pytestmark = [pytest.mark.e2e, pytest.mark.server, pytest.mark.model, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
FERRY_TITLE = "Glenmoor launches a tide-charged electric ferry across the Ashby estuary"
QUESTION = "How many passengers does the Marram carry?"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "server-data")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def ingest_process(
    settings: BotSettings, path: Path, data_dir: Path
) -> subprocess.CompletedProcess[str]:
    """The real ``python -m ingest`` with its own data dir (keyword cache), same server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env.update(
        PYTHONPATH=str(REPO),
        NEWSBOT_DATA_DIR=str(data_dir),
        NEWSBOT_CORPUS_DIR=str(settings.corpus_dir),
        NEWSBOT_CHROMA_HOST=HOST,
        NEWSBOT_CHROMA_PORT=str(settings.chroma_port),
    )
    return subprocess.run(
        [sys.executable, "-m", "ingest", "--json", str(path)],
        env=env,
        cwd=data_dir.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )


async def test_the_bot_answers_from_an_article_another_process_ingested(
    fake: FakeDiscord,
    server: ChromaServer,
    real_embedder: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    bot_errors: BotErrors,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "harbour-festival.md").write_text(PLANTED_ARTICLE, encoding="utf-8")
    settings = BotSettings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "bot-data",
        corpus_dir=corpus,
        chroma_host=HOST,
        chroma_port=server.port,
        ask_cooldown_seconds=0.0,
    )
    engine = await asyncio.to_thread(Engine.open, settings, real_embedder)
    await asyncio.to_thread(engine.ingest, [corpus])
    feedback = FeedbackStore.open(tmp_path / "bot-state")
    bot = create_bot(settings, engine, feedback=feedback)

    async with running_bot(fake, bot):
        before = await (await fake.slash("ask", {"question": QUESTION})).reply(timeout=30)
        assert "48 passengers" not in before.embeds[0].get("description", "")

        (corpus / "ferry.md").write_bytes((FIXTURES / "glenmoor-ferry.md").read_bytes())
        ingested = await asyncio.to_thread(
            ingest_process, settings, corpus / "ferry.md", tmp_path / "ingest-data"
        )
        assert ingested.returncode == 0, ingested.stderr
        assert not (tmp_path / "ingest-data" / "chroma").exists(), "wrote an embedded store"

        # The bot re-reads the article list every REFRESH_SECONDS; no need to wait 30 s here.
        monkeypatch.setattr(engine_module, "REFRESH_SECONDS", 0.0)
        answer = await (await fake.slash("ask", {"question": QUESTION})).reply(timeout=30)
        [embed] = answer.embeds
        assert "48 passengers" in embed["description"]
        assert FERRY_TITLE in embed["fields"][0]["value"]

        # The server goes away: the asker is told the store is unavailable, not "something
        # went wrong"; once the server is back, so are the answers.
        await asyncio.to_thread(server.stop)
        outage = await (await fake.slash("ask", {"question": QUESTION})).reply(timeout=30)
        assert outage.ephemeral and outage.content == render.UNAVAILABLE_ERROR
        await asyncio.to_thread(server.start)
        back = await (await fake.slash("ask", {"question": QUESTION})).reply(timeout=30)
        assert "48 passengers" in back.embeds[0]["description"]

    fake.assert_clean()
    fake.assert_no_pings()
    [logged] = bot_errors.records  # the outage, logged once with its cause
    assert "cannot be reached" in logged.getMessage()
