"""/search, /sources (with pages), /source (with autocomplete) and /help."""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from ingest.models import StoredArticle
from tests.e2e.conftest import custom_ids, embed_text
from tests.e2e.fake_discord import FakeDiscord

pytestmark = pytest.mark.e2e


async def test_search_lists_matching_passages_without_an_answer(
    fake: FakeDiscord, bot: Any
) -> None:
    handle = await fake.slash("search", {"query": "V8 engines Formula One"})
    reply = await handle.reply(timeout=10)
    [embed] = reply.embeds
    assert embed["title"] == "Search: V8 engines Formula One"
    assert 1 <= len(embed["fields"]) <= 5
    first = embed["fields"][0]
    assert "F1 could return to V8 engines" in first["name"]
    assert "f1-could-return-to-v8-engines" in first["value"]  # the article id
    assert "\n> " in first["value"]  # the passage
    assert "description" not in embed  # no composed answer
    assert not custom_ids(reply)


async def test_sources_lists_every_article(fake: FakeDiscord, bot: Any, engine: Engine) -> None:
    reply = await (await fake.slash("sources")).reply(timeout=10)
    assert reply.ephemeral
    [embed] = reply.embeds
    assert embed["title"] == f"Indexed articles ({len(engine.articles())})"
    for article in engine.articles():
        assert article.article_id in embed["description"]
    assert "Daily Mail" in embed["description"]
    assert not custom_ids(reply)  # one page: no buttons


def many_articles(n: int) -> list[StoredArticle]:
    return [
        StoredArticle(
            article_id=f"story-{i:03d}",
            title=f"Story number {i}",
            publisher="Gazette",
            published=None,
            url=None,
            source=f"story-{i}.txt",
            content_hash="x",
            chunk_count=1,
        )
        for i in range(n)
    ]


async def test_sources_paginates_with_buttons_that_survive_a_restart(
    fake: FakeDiscord, start_bot: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "articles", lambda: many_articles(25))
    first_bot = await start_bot()
    reply = await (await fake.slash("sources")).reply(timeout=10)
    assert "story-000" in reply.embeds[0]["description"]
    assert reply.embeds[0]["footer"]["text"] == "Page 1 of 3"
    assert custom_ids(reply) == ["newsbot:page:prev:0", "newsbot:page:next:1"]
    assert reply.components[0]["components"][0]["disabled"] is True

    await first_bot.close()
    await start_bot()  # buttons posted before the restart still work
    click = await fake.click(reply, "newsbot:page:next:1")
    page2 = await click.reply()
    assert page2.is_edit and page2.id == reply.id
    assert "story-010" in page2.embeds[0]["description"]
    assert "story-000" not in page2.embeds[0]["description"]
    assert page2.embeds[0]["footer"]["text"] == "Page 2 of 3"
    assert custom_ids(page2) == ["newsbot:page:prev:0", "newsbot:page:next:2"]

    last = await (await fake.click(reply, "newsbot:page:next:2")).reply()
    assert "story-024" in last.embeds[0]["description"]
    assert last.components[0]["components"][1]["disabled"] is True


async def test_source_autocompletes_titles_and_shows_the_card_and_passages(
    fake: FakeDiscord, bot: Any, engine: Engine
) -> None:
    handle = await fake.autocomplete("source", {"article": "qwen"}, "article")
    choices = await handle.choices()
    assert len(choices) == 1
    [choice] = choices
    assert "Pangu models copied Alibaba's Qwen" in choice["name"]
    article = engine.article(choice["value"])
    assert article is not None

    everything = await (await fake.autocomplete("source", {"article": ""}, "article")).choices()
    assert {c["value"] for c in everything} == {a.article_id for a in engine.articles()}

    handle = await fake.slash("source", {"article": choice["value"]})
    reply = await handle.reply(timeout=10)
    card, *passages = reply.embeds
    assert card["title"] == article.title
    assert {f["name"] for f in card["fields"]} >= {"Id", "Passages", "File"}
    assert len(passages) == len(engine.passages(article.article_id))
    assert "Qwen 2.5-14B was released in May 2024" in "".join(p["description"] for p in passages)


async def test_source_by_typed_title_and_unknown_article(fake: FakeDiscord, bot: Any) -> None:
    reply = await (await fake.slash("source", {"article": "joe rogan"})).reply(timeout=10)
    assert reply.embeds[0]["title"].startswith("Joe Rogan flips the God debate")
    unknown = await (await fake.slash("source", {"article": "no such thing"})).reply(timeout=10)
    assert unknown.ephemeral and "don't know that article" in unknown.content


async def test_source_of_a_long_article_is_split_into_messages_within_limits(
    fake: FakeDiscord, bot: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.bot.test_render import passage

    monkeypatch.setattr(
        engine, "passages", lambda article_id: [passage(i, "word " * 900) for i in range(40)]
    )
    article = engine.articles()[0]
    handle = await fake.slash("source", {"article": article.article_id})
    await fake.wait_until(lambda: len(handle.messages) == 3, what="three messages")
    for message in handle.messages:
        assert len(message.embeds) <= 10
        assert sum(len(embed_text(e)) for e in message.embeds) <= 6000
    assert handle.messages[0].embeds[0]["description"].startswith("Showing the first")


async def test_help_says_what_newsbot_knows(fake: FakeDiscord, bot: Any, engine: Engine) -> None:
    reply = await (await fake.slash("help")).reply(timeout=10)
    assert reply.ephemeral
    text = embed_text(reply.embeds[0])
    assert f"{len(engine.articles())} articles indexed" in text
    assert "Newest: " in text and "Harbour festival returns to Port Elwyn" in text
    assert "Last ingest: <t:" in text
    assert "/ask" in text and "Find sources" in text
