"""/ask, the "Find sources" context menu, the cooldown, concurrency and the error boundary."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from bot import render
from bot.engine import Engine
from bot.models import Answer
from ingest.errors import CorpusNotIndexed
from tests.e2e.conftest import BotErrors, StartBot, custom_ids, embed_text, message_text
from tests.e2e.fake_discord import CallbackType, FakeDiscord

pytestmark = pytest.mark.e2e

F1_TITLE = "F1 could return to V8 engines as soon as 2029, FIA president says"


async def test_ask_defers_at_once_then_answers_with_a_cited_embed(
    fake: FakeDiscord, bot: Any
) -> None:
    handle = await fake.slash("ask", {"question": "Who is the FIA president?"})
    ack = await handle.response()
    assert ack.type == CallbackType.DEFERRED_CHANNEL_MESSAGE
    assert ack.delay < 0.5
    reply = await handle.reply(timeout=10)
    assert not reply.ephemeral
    [embed] = reply.embeds
    assert embed["title"] == "Answer"
    assert embed["author"]["name"] == "Who is the FIA president?"
    assert "Sulayem" in embed["description"]
    assert "[1]" in embed["description"]
    source = embed["fields"][0]
    assert source["name"] == "[1]"
    assert F1_TITLE in source["value"] and "The Independent" in source["value"]
    assert "\n> " in source["value"]  # the supporting quote
    ids = custom_ids(reply)
    assert [i.rsplit(":", 1)[0] for i in ids] == [
        "newsbot:sources",
        "newsbot:vote:up",
        "newsbot:vote:down",
    ]


async def test_private_ask_is_visible_only_to_the_asker(fake: FakeDiscord, bot: Any) -> None:
    handle = await fake.slash("ask", {"question": "Who is the FIA president?", "private": True})
    reply = await handle.reply(timeout=10)
    assert reply.ephemeral
    assert "Sulayem" in reply.embeds[0]["description"]


async def test_ask_in_a_direct_message(fake: FakeDiscord, bot: Any) -> None:
    dm = fake.dm_channel(fake.member)
    handle = await fake.slash("ask", {"question": "Who is the FIA president?"}, channel=dm)
    reply = await handle.reply(timeout=10)
    assert reply.channel_id == dm.id
    assert "Sulayem" in reply.embeds[0]["description"]


async def test_refusal_looks_different_and_lists_the_closest_articles(
    fake: FakeDiscord, bot: Any
) -> None:
    answer = await (await fake.slash("ask", {"question": "Who is the FIA president?"})).reply(10)
    handle = await fake.slash("ask", {"question": "What is the capital of Australia?"})
    refusal = (await handle.reply(timeout=10)).embeds[0]
    assert refusal["title"] == "Not found in the indexed articles"
    assert refusal["color"] != answer.embeds[0]["color"]
    assert "couldn't find" in refusal["description"]
    assert refusal["fields"] and refusal["fields"][0]["name"].startswith("Closest article")
    assert "[1]" not in refusal["description"]


async def test_over_long_question_gets_a_clear_private_message(fake: FakeDiscord, bot: Any) -> None:
    limit = bot.settings.max_question_chars
    handle = await fake.slash("ask", {"question": "why " * limit})
    reply = await handle.reply()
    assert reply.ephemeral
    assert f"the limit is {limit}" in reply.content


async def test_cooldown_per_user(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot(ask_cooldown_seconds=60)
    first = await fake.slash("ask", {"question": "Who is the FIA president?"})
    assert (await first.reply(timeout=10)).embeds
    second = await fake.slash("ask", {"question": "Who is the FIA president?"})
    reply = await second.reply()
    assert reply.ephemeral
    assert reply.content.startswith("Please wait") and " s " in reply.content
    other_user = await fake.slash("ask", {"question": "Who is the FIA president?"}, user=fake.admin)
    assert (await other_user.reply(timeout=10)).embeds


async def test_find_sources_answers_the_selected_message(fake: FakeDiscord, bot: Any) -> None:
    message = await fake.post_user_message("When was Qwen 2.5-14B released?", author=fake.admin)
    handle = await fake.message_command("Find sources", message)
    assert (await handle.response()).type == CallbackType.DEFERRED_CHANNEL_MESSAGE
    reply = await handle.reply(timeout=10)
    [embed] = reply.embeds
    assert embed["title"] == "Answer"
    assert "May 2024" in embed["description"]
    assert embed["author"]["name"] == "When was Qwen 2.5-14B released?"


async def test_find_sources_on_a_message_without_text(fake: FakeDiscord, bot: Any) -> None:
    message = fake.add_message(fake.channel, "   ", author=fake.admin)
    handle = await fake.message_command("Find sources", message)
    reply = await handle.reply()
    assert reply.ephemeral and "no text" in reply.content


async def test_twenty_simultaneous_asks_are_all_acknowledged_in_time_and_answered(
    fake: FakeDiscord, bot: Any
) -> None:
    users = [await fake.add_user(f"reader{i}") for i in range(20)]
    questions = [
        "Who is the FIA president?",
        "When was Qwen 2.5-14B released?",
        "How many jobs did Microsoft cut?",
        "What is the capital of Australia?",
    ]
    handles = await asyncio.gather(
        *(
            fake.slash("ask", {"question": questions[i % 4]}, user=user)
            for i, user in enumerate(users)
        )
    )
    acks = await asyncio.gather(*(h.response(timeout=5) for h in handles))
    assert all(a.accepted and a.delay < fake.ack_deadline for a in acks)
    replies = await asyncio.gather(*(h.reply(timeout=30) for h in handles))
    for i, reply in enumerate(replies):
        assert reply.embeds[0]["author"]["name"] == questions[i % 4]
    assert "May 2024" in replies[1].embeds[0]["description"]


async def test_questions_are_answered_while_an_ingest_runs(
    fake: FakeDiscord, bot: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ingest blocks inside the real sync, holding the writer lock, until the question has
    been answered."""
    from bot import engine as engine_module

    release = threading.Event()
    real_sync = engine_module.sync_articles

    def slow_sync(*args: Any, **kwargs: Any) -> Any:
        assert release.wait(20), "the question was not answered while the ingest ran"
        return real_sync(*args, **kwargs)

    monkeypatch.setattr(engine_module, "sync_articles", slow_sync)
    reindex = await fake.slash("reindex", user=fake.admin)
    assert (await reindex.response()).accepted
    ask = await fake.slash("ask", {"question": "Who is the FIA president?"})
    answer = await ask.reply(timeout=10)
    assert "Sulayem" in answer.embeds[0]["description"]
    assert not reindex.messages, "the re-index finished before the question was answered"
    release.set()
    report = await reindex.reply(timeout=20)
    assert report.embeds[0]["title"] == "Re-index finished"


async def test_unexpected_engine_failure_gets_a_short_private_message(
    fake: FakeDiscord,
    bot: Any,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    bot_errors: BotErrors,
) -> None:
    def broken(question: str, history: Any = ()) -> Answer:
        raise RuntimeError("chroma exploded at /srv/newsbot/data/chroma/secret.sqlite3")

    monkeypatch.setattr(engine, "answer", broken)
    bot_errors.expect(1)
    handle = await fake.slash("ask", {"question": "Who is the FIA president?"})
    reply = await handle.reply(timeout=10)
    assert reply.ephemeral
    assert reply.content == render.GENERIC_ERROR
    assert "Traceback" not in message_text(reply) and "/srv" not in message_text(reply)
    # the public "thinking…" placeholder was replaced by the private message
    assert handle.original_id is not None and fake.message(handle.original_id) is None
    [record] = bot_errors.records
    assert record.exc_info is not None and "chroma exploded" in str(record.exc_info[1])


async def test_newsbot_errors_show_their_message(
    fake: FakeDiscord, bot: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_indexed(question: str, history: Any = ()) -> Answer:
        raise CorpusNotIndexed("no articles are indexed yet: run 'python -m ingest' first")

    monkeypatch.setattr(engine, "answer", not_indexed)
    reply = await (await fake.slash("ask", {"question": "Anything?"})).reply(timeout=10)
    assert reply.ephemeral
    assert reply.content.startswith("No articles are indexed yet")
    assert "python -m" not in reply.content


async def test_a_huge_answer_is_trimmed_to_discord_limits(
    fake: FakeDiscord, bot: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fake rejects (and records a violation for) any message over Discord's limits."""
    from tests.bot.test_render import giant_answer

    monkeypatch.setattr(engine, "answer", lambda question, history=(): giant_answer())
    handle = await fake.slash("ask", {"question": "Tell me everything"})
    reply = await handle.reply(timeout=10)
    assert sum(len(embed_text(e)) for e in reply.embeds) <= 6000
    assert "Claim number 0" in reply.embeds[0]["description"]
    sources_id = next(i for i in custom_ids(reply) if i.startswith("newsbot:sources:"))
    click = await fake.click(reply, sources_id, user=fake.admin)
    first = await click.reply()
    assert first.ephemeral and len(first.embeds) <= 10
    expected = len(render.sources_messages(giant_answer()))
    assert expected > 1
    await fake.wait_until(
        lambda: len(click.messages) == expected, what="the sources in several messages"
    )
    assert all(m.ephemeral and len(m.embeds) <= 10 for m in click.messages)
