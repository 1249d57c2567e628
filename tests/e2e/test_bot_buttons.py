"""The Sources and 👍 / 👎 buttons under answers, before and after a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import StartBot, custom_ids
from tests.e2e.fake_discord import FakeDiscord, SentMessage

pytestmark = pytest.mark.e2e


def button(message: SentMessage, prefix: str) -> str:
    return next(i for i in custom_ids(message) if i.startswith(prefix))


async def ask(fake: FakeDiscord, question: str) -> SentMessage:
    return await (await fake.slash("ask", {"question": question})).reply(timeout=10)


async def test_sources_button_shows_the_full_quotes_only_to_the_clicker(
    fake: FakeDiscord, bot: Any
) -> None:
    answer = await ask(fake, "When was Qwen 2.5-14B released?")
    click = await fake.click(answer, button(answer, "newsbot:sources:"), user=fake.admin)
    reply = await click.reply()
    assert reply.ephemeral
    [embed] = reply.embeds
    assert embed["title"].startswith("[1] Huawei's AI lab denies")
    assert "Qwen 2.5-14B was released in May 2024" in embed["description"]
    assert embed["footer"]["text"].startswith("id huawei-s-ai-lab")


async def test_votes_are_stored_with_question_answer_and_cited_articles(
    fake: FakeDiscord, bot: Any
) -> None:
    answer = await ask(fake, "Who is the FIA president?")
    up = await fake.click(answer, button(answer, "newsbot:vote:up:"), user=fake.admin)
    thanks = await up.reply()
    assert thanks.ephemeral and "👍" in thanks.content
    down = await fake.click(answer, button(answer, "newsbot:vote:down:"), user=fake.member)
    assert (await down.reply()).ephemeral

    rows = bot.feedback.feedback()
    assert [(r.user_id, r.vote) for r in rows] == [(fake.admin.id, "up"), (fake.member.id, "down")]
    row = rows[0]
    assert row.question == "Who is the FIA president?"
    assert "Sulayem" in row.answer
    assert row.article_ids == ("f1-could-return-to-v8-engines-as-86c707",)
    assert row.created_at

    again = await fake.click(answer, button(answer, "newsbot:vote:down:"), user=fake.admin)
    await again.reply()
    assert [(r.user_id, r.vote) for r in bot.feedback.feedback()] == [
        (fake.admin.id, "down"),
        (fake.member.id, "down"),
    ]


async def test_buttons_keep_working_after_a_restart(
    fake: FakeDiscord, start_bot: StartBot, tmp_path: Path
) -> None:
    first = await start_bot(state=tmp_path / "state")
    answer = await ask(fake, "When was Qwen 2.5-14B released?")
    await first.close()

    second = await start_bot(state=tmp_path / "state")  # a new process on the same data dir
    sources = await fake.click(answer, button(answer, "newsbot:sources:"))
    assert "May 2024" in (await sources.reply()).embeds[0]["description"]
    vote = await fake.click(answer, button(answer, "newsbot:vote:up:"))
    assert "👍" in (await vote.reply()).content
    [row] = second.feedback.feedback()
    assert row.question == "When was Qwen 2.5-14B released?" and row.vote == "up"


async def test_buttons_of_an_unknown_answer_say_so(fake: FakeDiscord, bot: Any) -> None:
    """An answer whose record is gone (e.g. the data dir was wiped) fails politely."""
    old = fake.add_message(
        fake.channel,
        "",
        components=[
            {
                "type": 1,
                "components": [
                    {
                        "type": 2,
                        "style": 2,
                        "label": "Sources",
                        "custom_id": "newsbot:sources:99999",
                    },
                    {"type": 2, "style": 2, "label": "up", "custom_id": "newsbot:vote:up:99999"},
                ],
            }
        ],
        embeds=[{"title": "Answer", "description": "Old answer [1]"}],
    )
    reply = await (await fake.click(old, "newsbot:sources:99999")).reply()
    assert reply.ephemeral and "no longer have" in reply.content
    reply = await (await fake.click(old, "newsbot:vote:up:99999")).reply()
    assert reply.ephemeral and "no longer have" in reply.content
