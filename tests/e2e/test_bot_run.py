"""The real entry point ``run_bot`` against the fake: token handling, command sync, stopping."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest
from pydantic import SecretStr

from bot import client
from bot.client import COMMAND_SYNC_FILE, NewsBot, ShardedNewsBot, run_bot
from bot.engine import Engine
from bot.settings import BotSettings
from tests.e2e.conftest import StartBot
from tests.e2e.fake_discord import FakeDiscord, patch_discord

pytestmark = pytest.mark.e2e

COMMANDS = {
    "ask",
    "search",
    "sources",
    "source",
    "help",
    "ingest",
    "reindex",
    "forget",
    "Find sources",
}


#: Bots started by ``run_until_ready`` in this test, stopped at its end whatever happened: a
#: failed assertion before ``stop`` would otherwise leave the bot's thread running, and the
#: test's event loop waits for that thread forever when it closes (a hang, not a failure).
_running: list[tuple[NewsBot, asyncio.Task[int]]] = []


@pytest.fixture(autouse=True)
async def stop_leftover_bots() -> Any:
    yield
    while _running:
        bot, task = _running.pop()
        if not task.done():
            await asyncio.wait_for(stop(bot, task), 20)


def run_settings(engine: Engine, **overrides: Any) -> BotSettings:
    return engine.settings.model_copy(update=overrides)


async def run_until_ready(
    fake: FakeDiscord,
    settings: BotSettings,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    entry: Any = None,
) -> tuple[NewsBot, asyncio.Task[int]]:
    """Start ``run_bot`` (or ``entry()``) in a worker thread: it runs its own event loop, as in
    production."""
    created: list[NewsBot] = []

    def capture(*args: Any, **kwargs: Any) -> NewsBot:
        bot = real_create_bot(*args, **kwargs)
        bot._connection.guild_ready_timeout = 0.05
        created.append(bot)
        return bot

    real_create_bot = client.create_bot
    monkeypatch.setattr(client, "create_bot", capture)
    start = entry or (lambda: run_bot(settings, engine))
    task = asyncio.create_task(asyncio.to_thread(start))
    # Polled: the bot becoming ready in its own thread changes nothing the fake would notice.
    for _ in range(1000):
        if created and created[0].is_ready():
            _running.append((created[0], task))
            return created[0], task
        if task.done():
            raise AssertionError(f"run_bot returned {task.result()} before the bot was ready")
        await asyncio.sleep(0.02)
    raise AssertionError("the bot did not become ready within 20 s")


async def stop(bot: NewsBot, task: asyncio.Task[int]) -> int:
    if not bot.is_closed():
        closing = asyncio.run_coroutine_threadsafe(bot.close(), bot.loop)
        await asyncio.wait_for(asyncio.wrap_future(closing), 10)
    return await asyncio.wait_for(task, 10)


async def test_run_bot_syncs_commands_once_and_a_restart_does_not_resync(
    fake: FakeDiscord,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = run_settings(engine, discord_token=SecretStr(fake.token))

    bot, task = await run_until_ready(fake, settings, engine, monkeypatch)
    assert bot.synced is True
    assert fake.sync_count() == 1
    assert {c["name"] for c in fake.global_commands} == COMMANDS
    assert (settings.data_dir / COMMAND_SYNC_FILE).is_file()
    handle = await fake.slash("ask", {"question": "Who is the FIA president?"})
    assert "Sulayem" in (await handle.reply(timeout=10)).embeds[0]["description"]
    assert await stop(bot, task) == 0

    bot, task = await run_until_ready(fake, settings, engine, monkeypatch)
    assert bot.synced is False
    assert fake.sync_count() == 1
    assert await stop(bot, task) == 0

    assert fake.identify_count == 2
    assert all(fake.token not in r.getMessage() for r in caplog.records)
    fake.assert_clean()


async def test_python_m_bot_entry_point_syncs_and_answers(
    fake: FakeDiscord, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``python -m bot`` runs ``bot.cli.main([])``: settings in, engine built, bot started."""
    from bot import cli

    settings = run_settings(engine, discord_token=SecretStr(fake.token))
    monkeypatch.setattr(Engine, "open", classmethod(lambda cls, s, embedder=None: engine))
    bot, task = await run_until_ready(
        fake, settings, engine, monkeypatch, entry=lambda: cli.main([], settings)
    )
    assert {c["name"] for c in fake.global_commands} == COMMANDS
    handle = await fake.slash("ask", {"question": "Who is the FIA president?"})
    assert "Sulayem" in (await handle.reply(timeout=10)).embeds[0]["description"]
    assert await stop(bot, task) == 0
    fake.assert_clean()


def test_run_bot_without_a_token_exits_2(
    engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_bot(run_settings(engine, discord_token=None), engine) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DISCORD_TOKEN is not set" in err


async def test_run_bot_with_a_rejected_token_exits_2(
    fake: FakeDiscord,
    engine: Engine,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = run_settings(engine, discord_token=SecretStr("not-the-token"))
    assert await asyncio.to_thread(run_bot, settings, engine) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "rejected the token" in err
    assert "not-the-token" not in err
    assert all("not-the-token" not in r.getMessage() for r in caplog.records)


async def test_changed_commands_are_synced_again(
    fake: FakeDiscord, start_bot: StartBot, engine: Engine
) -> None:
    first = await start_bot()
    assert first.synced is True
    await first.close()
    second = await start_bot()
    assert second.synced is False
    await second.close()
    # a different command tree (here: a stale hash on disk) triggers a sync
    path = engine.settings.data_dir / COMMAND_SYNC_FILE
    path.write_text(json.dumps(dict.fromkeys(json.loads(path.read_text()), "stale")))
    third = await start_bot()
    assert third.synced is True
    assert fake.sync_count() == 2


async def test_dev_guild_gets_the_commands_instantly(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    bot = await start_bot(dev_guild_id=fake.guild.id)
    assert bot.synced is True
    assert fake.sync_count(fake.guild) == 1
    assert fake.sync_count() == 0
    assert {c["name"] for c in fake.guild_commands()} == COMMANDS
    handle = await fake.slash("ask", {"question": "When was Qwen 2.5-14B released?"})
    assert "May 2024" in (await handle.reply(timeout=10)).embeds[0]["description"]


async def test_sharded_bot_answers_too(fake: FakeDiscord, start_bot: StartBot) -> None:
    bot = await start_bot(shards=True)
    assert isinstance(bot, ShardedNewsBot)
    handle = await fake.slash("ask", {"question": "When was Qwen 2.5-14B released?"})
    assert "May 2024" in (await handle.reply(timeout=10)).embeds[0]["description"]


def test_intents(engine: Engine) -> None:
    off = client.bot_intents(run_settings(engine, message_content_intent=False))
    on = client.bot_intents(run_settings(engine, message_content_intent=True))
    assert not off.message_content and on.message_content
    assert not off.members and not off.presences
    assert off.guilds and off.guild_messages and off.dm_messages


async def test_run_bot_when_the_content_intent_is_not_enabled_in_the_portal_exits_2(
    engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    async with FakeDiscord(enabled_privileged_intents=0) as portal_off:
        with patch_discord(portal_off):
            settings = run_settings(
                engine, discord_token=SecretStr(portal_off.token), message_content_intent=True
            )
            assert await asyncio.to_thread(run_bot, settings, engine) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Message Content intent" in err
