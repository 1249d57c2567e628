"""newsbot never pings: allowed mentions are locked bot-wide, and mention syntax from questions,
articles and file names is made inert in everything it posts."""

from __future__ import annotations

from typing import Any

import pytest

from bot.render import ZWSP
from tests.e2e.conftest import RAW_MENTION, custom_ids, message_text
from tests.e2e.fake_discord import FakeDiscord

pytestmark = pytest.mark.e2e


def assert_never_pings(fake: FakeDiscord) -> None:
    assert fake.sent
    for sent in fake.sent:
        assert sent.allowed_mentions == {"parse": []}, (sent.route, sent.body)
        assert not RAW_MENTION.search(message_text(sent)), message_text(sent)
        assert not sent.pings()
        assert not sent.message.get("mention_everyone")
        assert not sent.message.get("mentions") and not sent.message.get("mention_roles")


async def test_mention_syntax_in_questions_and_articles_never_pings(
    fake: FakeDiscord, bot: Any
) -> None:
    victim = fake.member.id
    question = (
        f"@everyone <@{victim}> <@!{victim}> <@&{fake.guild.id}> @here who is welcome at "
        "the Port Elwyn harbour festival?"
    )
    asked = await (await fake.slash("ask", {"question": question})).reply(timeout=10)
    author = asked.embeds[0]["author"]["name"]
    assert f"@{ZWSP}everyone <@{ZWSP}{victim}> <@{ZWSP}!{victim}>" in author

    # the planted article says '"@everyone is welcome, and @here we mean it," Dunstan told <@123>
    # and the <@&456> committee.'
    answer = await (
        await fake.slash("ask", {"question": "What did Mirela Dunstan tell the committee?"})
    ).reply(timeout=10)
    text = message_text(answer)
    assert (
        f'"@{ZWSP}everyone is welcome, and @{ZWSP}here we mean it," Dunstan told <@{ZWSP}123>'
        f" and the <@{ZWSP}&456> committee." in text
    )

    click = await fake.click(answer, next(i for i in custom_ids(answer) if "sources" in i))
    await click.reply()

    await (await fake.slash("search", {"query": "@everyone harbour festival <@123>"})).reply(10)
    [choice] = await (
        await fake.autocomplete("source", {"article": "harbour"}, "article")
    ).choices()
    source = await (await fake.slash("source", {"article": choice["value"]})).reply(timeout=10)
    assert f"<@{ZWSP}123>" in message_text(source)
    assert f"<@{ZWSP}&456>" in message_text(source)

    await fake.post_user_message(
        f"{fake.bot_user.mention} @everyone who organises the harbour festival? <@{victim}>"
    )
    thread = await fake.wait_for_thread(fake.channel)
    assert "@everyone" not in thread.name
    await fake.wait_until(
        lambda: any(s.channel_id == thread.id and s.embeds for s in fake.sent), 10, "an answer"
    )
    assert_never_pings(fake)


async def test_messages_that_mention_people_never_ping_them(fake: FakeDiscord, bot: Any) -> None:
    """Replies (mention answers, hints) do not ping the author either."""
    await fake.post_user_message(fake.bot_user.mention)
    await fake.wait_for_message(fake.channel)
    dm = fake.dm_channel(fake.admin)
    await fake.post_user_message("@here what is the Marram?", channel=dm, author=fake.admin)
    await fake.wait_for_message(dm)
    assert_never_pings(fake)
