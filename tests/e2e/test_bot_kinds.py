"""/ask for each kind of question, as a Discord user sees the answer: its title, a line per
article with its [n], the source fields, and no pings."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.engine import Engine
from tests.e2e.conftest import RAW_MENTION, embed_text
from tests.e2e.fake_discord import FakeChannel, FakeDiscord, SentMessage
from tests.e2e.test_bot_conversation import answer_in, mention

pytestmark = pytest.mark.e2e

F1_TITLE = "F1 could return to V8 engines as soon as 2029, FIA president says"
HUAWEI_TITLE = "Huawei's AI lab denies that one of its Pangu models copied Alibaba's Qwen"
MS_TITLE = "Microsoft boss offers callous advice to workers who'd just been fired"
ROGAN_TITLE = "Joe Rogan flips the God debate on its head"
FESTIVAL_TITLE = "Harbour festival returns to Port Elwyn"


async def ask(fake: FakeDiscord, question: str) -> tuple[SentMessage, dict[str, Any]]:
    reply = await (await fake.slash("ask", {"question": question})).reply(timeout=15)
    assert not reply.ephemeral
    assert_cannot_ping(reply)
    [embed] = reply.embeds
    assert embed["author"]["name"] == question
    return reply, embed


def assert_cannot_ping(message: SentMessage) -> None:
    mentions = message.allowed_mentions
    assert mentions is not None
    assert not any(mentions.get(k) for k in ("parse", "users", "roles", "replied_user"))
    assert message.pings() == []
    for embed in message.embeds:
        assert not RAW_MENTION.search(embed_text(embed))


def source_fields(embed: dict[str, Any]) -> dict[int, str]:
    """The ``[n]`` source fields: n → value."""
    return {
        int(f["name"].strip("[]")): f["value"]
        for f in embed.get("fields") or []
        if re.fullmatch(r"\[\d+\]", f["name"])
    }


async def test_overview_has_a_headline_line_per_article(fake: FakeDiscord, bot: Any) -> None:
    _, embed = await ask(fake, "what's the news on huawei?")
    assert embed["title"] == "Overview"
    sources = source_fields(embed)
    assert sources and HUAWEI_TITLE in "\n".join(sources.values())
    lines = embed["description"].splitlines()
    for n, value in sources.items():
        title = re.sub(r"^[*\[]+", "", value.splitlines()[0]).split("](")[0].split("**")[0]
        assert any(line.startswith(f"**{title[:30]}") and f"[{n}]" in line for line in lines), (
            title,
            lines,
        )
    assert len(embed["description"]) <= 1200


async def test_summary_quotes_the_article_and_cites_it(fake: FakeDiscord, bot: Any) -> None:
    _, embed = await ask(fake, "summarise the f1 artcle")
    assert embed["title"] == "Summary"
    assert embed["description"].startswith(f"**{F1_TITLE}**")
    assert "Ben Sulayem also addressed" in embed["description"]
    [(n, value)] = source_fields(embed).items()
    assert n == 1 and F1_TITLE in value and "The Independent" in value


async def test_list_of_all_articles_has_a_line_each(
    fake: FakeDiscord, bot: Any, engine: Engine
) -> None:
    _, embed = await ask(fake, "what articles do you have")
    assert embed["title"] == "Articles"
    articles = engine.articles()
    lines = embed["description"].splitlines()
    assert str(len(articles)) in lines[0]
    sources = source_fields(embed)
    assert sorted(sources) == list(range(1, len(articles) + 1))
    for article in articles:
        [line] = [line for line in lines[1:] if article.title[:40] in line]
        n = int(re.match(r"\[(\d+)\]", line).group(1))  # type: ignore[union-attr]
        assert article.title in sources[n]
    festival = next(v for v in sources.values() if FESTIVAL_TITLE in v)
    assert "Elwyn Gazette" in festival and "2025-06-01" in festival


async def test_list_by_publisher_shows_only_that_publisher(fake: FakeDiscord, bot: Any) -> None:
    _, embed = await ask(fake, "which stories are from the Daily Mail?")
    assert embed["title"] == "Articles"
    sources = source_fields(embed)
    assert len(sources) == 2
    assert all("Daily Mail" in v for v in sources.values())
    text = "\n".join(sources.values())
    assert MS_TITLE in text and ROGAN_TITLE in text and F1_TITLE not in text


async def test_comparison_sets_two_articles_side_by_side(fake: FakeDiscord, bot: Any) -> None:
    _, embed = await ask(fake, "how do the two daily mail articles differ?")
    assert embed["title"] == "Comparison"
    sources = source_fields(embed)
    assert sorted(sources) == [1, 2]
    text = "\n".join(sources.values())
    assert MS_TITLE in text and ROGAN_TITLE in text
    lines = embed["description"].splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("**") and lines[0].endswith("[1]")
    assert lines[1].startswith("**") and lines[1].endswith("[2]")


async def test_multi_part_question_answers_both_parts(fake: FakeDiscord, bot: Any) -> None:
    _, embed = await ask(fake, "who is the FIA president and how many jobs did microsoft cut?")
    assert embed["title"] == "Answer"
    assert "Ben Sulayem" in embed["description"]
    assert re.search(r"\b(?:9|25),000 jobs\b", embed["description"])
    sources = source_fields(embed)
    assert sorted(sources) == [1, 2]
    text = "\n".join(sources.values())
    assert F1_TITLE in text and MS_TITLE in text


async def test_date_question_states_the_iso_date(fake: FakeDiscord, bot: Any) -> None:
    _, embed = await ask(fake, "when was the harbour festival article published?")
    assert embed["title"] == "Answer"
    assert "2025-06-01" in embed["description"]
    [value] = source_fields(embed).values()
    assert FESTIVAL_TITLE in value


async def test_greeting_is_a_friendly_note_not_an_answer(fake: FakeDiscord, bot: Any) -> None:
    _, embed = await ask(fake, "hi")
    assert embed["title"] == "newsbot"
    assert "/ask" in embed["description"] and "5 articles" in embed["description"]
    assert not embed.get("fields")
    assert "couldn't find" not in embed["description"]


async def test_near_miss_is_refused_naming_the_article(fake: FakeDiscord, bot: Any) -> None:
    _, embed = await ask(fake, "how old is matt turnbull")
    assert embed["title"] == "Not found in the indexed articles"
    assert MS_TITLE in embed["description"]
    first = embed["fields"][0]
    assert first["name"] == "Closest article 1" and MS_TITLE in first["value"]


async def test_mention_thread_follow_up_uses_the_conversation(fake: FakeDiscord, bot: Any) -> None:
    await fake.post_user_message(
        f"{mention(fake)} who did rogan interview about the simulation stuff"
    )
    thread: FakeChannel = await fake.wait_for_thread(fake.channel)
    first = await answer_in(fake, thread)
    assert "Yampolskiy" in first.embeds[0]["description"]
    await fake.post_user_message(f"{mention(fake)} what does he do for a living?", channel=thread)
    second = await answer_in(fake, thread, after=1)
    assert_cannot_ping(second)
    embed = second.embeds[0]
    assert embed["title"] == "Answer"
    assert "computer scientist" in embed["description"]
    assert ROGAN_TITLE in source_fields(embed)[1]
    await fake.post_user_message(f"{mention(fake)} thanks!", channel=thread)
    third = await answer_in(fake, thread, after=2)
    assert third.embeds[0]["title"] == "newsbot"
    assert "computer scientist" not in third.embeds[0]["description"]
