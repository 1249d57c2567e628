"""Fixtures for the end-to-end tests: the real engine on the real corpus (built once per session),
the fake Discord, and the real bot connected to it.

Every test that starts a bot fails at teardown when the bot broke a Discord rule, discord.py (or
asyncio) logged an error, a message could ping someone, or newsbot itself logged an error the
test did not declare with ``bot_errors.expect()``.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest

from bot.client import NewsBot, create_bot
from bot.engine import Engine
from bot.feedback import FeedbackStore
from bot.settings import BotSettings
from tests.e2e.fake_discord import FakeDiscord, SentMessage, patch_discord, running_bot

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"

#: An article planted in the corpus whose text tries to ping everyone and a user.
PLANTED_ARTICLE = """\
---
title: Harbour festival returns to Port Elwyn
publisher: Elwyn Gazette
published: 2025-06-01
---
The Port Elwyn harbour festival returns this summer with a regatta, said organiser Mirela Dunstan.
"@everyone is welcome, and @here we mean it," Dunstan told <@123> and the <@&456> committee.
The regatta will start at the lighthouse pier on Saturday morning and end at the fish market.
Organisers expect about four thousand visitors over the festival weekend.
"""

RAW_MENTION = re.compile(r"@everyone|@here|<@[!&]?\d+>")


@pytest.fixture(scope="session")
def e2e_dirs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("e2e")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "harbour-festival.md").write_text(PLANTED_ARTICLE, encoding="utf-8")
    return root / "data", corpus


@pytest.fixture(scope="session")
def engine(e2e_dirs: tuple[Path, Path], real_embedder: Any) -> Engine:
    data_dir, corpus_dir = e2e_dirs
    settings = BotSettings(_env_file=None, data_dir=data_dir, corpus_dir=corpus_dir)  # type: ignore[call-arg]
    engine = Engine.open(settings, embedder=real_embedder)
    report = engine.ingest([corpus_dir])
    assert not report.failed, report.failed
    assert report.articles == 5
    return engine


class BotErrors(logging.Handler):
    """ERROR records of newsbot's own loggers (``bot.*``); a test declares the ones it causes."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self.expected = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def expect(self, count: int = 1) -> None:
        self.expected += count


@pytest.fixture
def bot_errors() -> Iterator[BotErrors]:
    handler = BotErrors()
    logger = logging.getLogger("bot")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        with patch_discord(fake):
            yield fake


StartBot = Callable[..., Awaitable[NewsBot]]


@pytest.fixture
async def start_bot(
    fake: FakeDiscord, engine: Engine, tmp_path: Path, bot_errors: BotErrors
) -> AsyncIterator[StartBot]:
    """``await start_bot(**setting_overrides)`` → a connected, ready NewsBot.

    Each bot gets its own feedback database unless ``state`` names the folder of an earlier
    bot's (a restart); the question cooldown is off unless overridden.
    """
    stack = AsyncExitStack()
    count = 0

    async def start(*, state: Path | None = None, **overrides: Any) -> NewsBot:
        nonlocal count
        count += 1
        settings = engine.settings.model_copy(update={"ask_cooldown_seconds": 0.0, **overrides})
        feedback = FeedbackStore.open(state or tmp_path / f"bot-{count}")
        bot = create_bot(settings, engine, feedback=feedback)
        return await stack.enter_async_context(running_bot(fake, bot))

    try:
        yield start
    finally:
        await stack.aclose()
    fake.assert_clean()
    fake.assert_no_pings()
    unexpected = len(bot_errors.records) - bot_errors.expected
    assert unexpected <= 0, [r.getMessage() for r in bot_errors.records]


@pytest.fixture
async def bot(start_bot: StartBot) -> NewsBot:
    return await start_bot()


# --------------------------------------------------------------------------------------------
# Helpers for reading what the bot sent


def embed_text(embed: dict[str, Any]) -> str:
    """Every user-visible string of an embed payload, joined."""
    parts = [embed.get("title"), embed.get("description")]
    parts += [(embed.get("author") or {}).get("name"), (embed.get("footer") or {}).get("text")]
    for field in embed.get("fields") or []:
        parts += [field.get("name"), field.get("value")]
    return "\n".join(p for p in parts if p)


def message_text(message: SentMessage) -> str:
    return "\n".join([message.content, *(embed_text(e) for e in message.embeds)])


def custom_ids(message: SentMessage) -> list[str]:
    ids: list[str] = []
    for row in message.components:
        for component in row.get("components") or [row]:
            if component.get("custom_id"):
                ids.append(component["custom_id"])
    return ids
