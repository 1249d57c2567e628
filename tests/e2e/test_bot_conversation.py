"""``@newsbot question`` → a thread → follow-ups with the thread's earlier turns; DMs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import StartBot, custom_ids
from tests.e2e.fake_discord import FakeChannel, FakeDiscord, SentMessage

pytestmark = pytest.mark.e2e

FIRST = "When was Qwen 2.5-14B released?"
FOLLOW_UP = "Which devices can it be deployed on?"


def mention(fake: FakeDiscord) -> str:
    return fake.bot_user.mention


async def answer_in(fake: FakeDiscord, channel: FakeChannel, after: int = 0) -> SentMessage:
    """The bot's next new message with an embed in ``channel``, after the first ``after``."""

    def check() -> SentMessage | None:
        found = [s for s in fake.sent if not s.is_edit and s.channel_id == channel.id and s.embeds]
        return found[after] if len(found) > after else None

    return await fake.wait_until(check, 15, f"answer {after} in {channel.name}")


async def start_conversation(fake: FakeDiscord) -> tuple[FakeChannel, SentMessage]:
    await fake.post_user_message(f"{mention(fake)} {FIRST}")
    thread = await fake.wait_for_thread(fake.channel)
    first = await answer_in(fake, thread)
    return thread, first


async def test_mention_starts_a_thread_and_follow_ups_use_the_earlier_turn(
    fake: FakeDiscord, bot: Any
) -> None:
    thread, first = await start_conversation(fake)
    assert thread.name == FIRST
    assert "May 2024" in first.embeds[0]["description"]
    assert await fake.wait_for_typing(thread)
    assert any(i.startswith("newsbot:sources:") for i in custom_ids(first))

    await fake.post_user_message(f"{mention(fake)} {FOLLOW_UP}", channel=thread)
    second = await answer_in(fake, thread, after=1)
    assert second.embeds[0]["title"] == "Answer"
    assert "smartphones" in second.embeds[0]["description"]


async def test_without_the_thread_history_the_follow_up_is_not_understood(
    fake: FakeDiscord, bot: Any
) -> None:
    """The control for the test above: asked on its own, the follow-up is refused."""
    await fake.post_user_message(f"{mention(fake)} {FOLLOW_UP}")
    thread = await fake.wait_for_thread(fake.channel)
    reply = await answer_in(fake, thread)
    assert reply.embeds[0]["title"] == "Not found in the indexed articles"


async def test_thread_history_is_rebuilt_after_a_restart(
    fake: FakeDiscord, start_bot: StartBot, tmp_path: Path
) -> None:
    first_bot = await start_bot(state=tmp_path / "state")
    thread, _ = await start_conversation(fake)
    await first_bot.close()
    await start_bot(state=tmp_path / "state")
    await fake.post_user_message(f"{mention(fake)} {FOLLOW_UP}", channel=thread)
    second = await answer_in(fake, thread, after=1)
    assert "smartphones" in second.embeds[0]["description"]


async def test_follow_ups_need_a_mention_without_the_message_content_intent(
    fake: FakeDiscord, bot: Any
) -> None:
    thread, _ = await start_conversation(fake)
    await fake.post_user_message(FOLLOW_UP, channel=thread)
    await fake.post_user_message(f"{mention(fake)} {FOLLOW_UP}", channel=thread)
    second = await answer_in(fake, thread, after=1)
    assert "smartphones" in second.embeds[0]["description"]
    # the message without a mention was not answered: only two answers in the thread
    assert len([s for s in fake.sent if s.channel_id == thread.id and s.embeds]) == 2


async def test_follow_ups_without_a_mention_with_the_message_content_intent(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    await start_bot(message_content_intent=True)
    thread, _ = await start_conversation(fake)
    await fake.post_user_message(FOLLOW_UP, channel=thread)
    second = await answer_in(fake, thread, after=1)
    assert "smartphones" in second.embeds[0]["description"]
    # ordinary channel messages without a mention are still left alone
    await fake.post_user_message("Who is the FIA president?")
    asked = await fake.post_user_message(f"{mention(fake)} Who is the FIA president?")
    await fake.wait_until(lambda: len(fake.threads) >= 2, what="a second thread")
    await answer_in(fake, fake.threads[1])
    assert [t.id for t in fake.threads] == [thread.id, int(asked["id"])]


async def test_direct_messages_are_answered(fake: FakeDiscord, bot: Any) -> None:
    dm = fake.dm_channel(fake.member)
    await fake.post_user_message(FIRST, channel=dm)
    reply = await answer_in(fake, dm)
    assert "May 2024" in reply.embeds[0]["description"]
    await fake.post_user_message(FOLLOW_UP, channel=dm)
    second = await answer_in(fake, dm, after=1)
    assert "smartphones" in second.embeds[0]["description"]
    assert not fake.threads


async def test_a_bare_mention_gets_a_hint_and_bots_are_ignored(fake: FakeDiscord, bot: Any) -> None:
    other_bot = await fake.add_user("otherbot")
    other_bot.bot = True
    await fake.post_user_message(f"{mention(fake)} {FIRST}", author=other_bot)
    await fake.post_user_message(mention(fake))
    hint = await fake.wait_for_message(fake.channel)
    assert "Ask me a question after the mention" in hint.content
    assert not fake.threads


async def test_mention_questions_share_the_cooldown(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot(ask_cooldown_seconds=60)
    await start_conversation(fake)
    await fake.post_user_message(f"{mention(fake)} Who is the FIA president?")
    wait = await fake.wait_for_message(fake.channel, lambda s: s.content.startswith("Please wait"))
    assert " s before asking again" in wait.content
    assert len(fake.threads) == 1


async def test_over_long_mention_question(fake: FakeDiscord, bot: Any) -> None:
    await fake.post_user_message(f"{mention(fake)} " + "why " * 400)
    reply = await fake.wait_for_message(fake.channel)
    assert "the limit is" in reply.content
    assert not fake.threads
