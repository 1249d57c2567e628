"""Rendering without Discord: every embed fits Discord's limits, markers survive trimming, and
mention syntax never survives."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from typing import Any

import discord
import pytest
from discord import app_commands

from bot import render
from bot.models import Answer, Citation
from ingest.errors import IngestLocked
from ingest.models import FailedFile, Passage, StoredArticle, SyncReport

RAW_MENTION = re.compile(r"@everyone|@here|<@[!&]?\d+>", re.IGNORECASE)
MARKER_PIECE = re.compile(r"\[\d*$|^\d*\]")


def check_embed(embed: discord.Embed) -> None:
    data: dict[str, Any] = embed.to_dict()
    assert len(data.get("title", "")) <= 256
    assert len(data.get("description", "")) <= 4096
    fields = data.get("fields", [])
    assert len(fields) <= 25
    for field in fields:
        assert 0 < len(field["name"]) <= 256
        assert 0 < len(field["value"]) <= 1024
    assert len(data.get("footer", {}).get("text", "")) <= 2048
    assert len(data.get("author", {}).get("name", "")) <= 256
    assert len(embed) <= 6000


def check_message(embeds: list[discord.Embed]) -> None:
    assert 1 <= len(embeds) <= 10
    for embed in embeds:
        check_embed(embed)
    assert sum(len(e) for e in embeds) <= 6000
    for embed in embeds:
        assert not RAW_MENTION.search(all_text(embed))


def all_text(embed: discord.Embed) -> str:
    parts = [embed.title, embed.description, embed.author.name, embed.footer.text]
    parts += [p for f in embed.fields for p in (f.name, f.value)]
    return "\n".join(p for p in parts if p)


def citation(n: int, *, quote: str = "A quote.", title: str = "A title", **kw: Any) -> Citation:
    values: dict[str, Any] = {
        "article_id": f"article-{n}",
        "publisher": "Publisher",
        "published": "2025-01-01",
        "url": None,
    }
    values.update(kw)
    return Citation(n=n, title=title, quote=quote, **values)


def stored(i: int, **kw: Any) -> StoredArticle:
    values: dict[str, Any] = {
        "article_id": f"article-{i}",
        "title": f"Article number {i}",
        "publisher": "Gazette",
        "published": None,
        "url": None,
        "source": f"/srv/secret/corpus/file-{i}.txt",
        "content_hash": "abc",
        "chunk_count": 3,
    }
    values.update(kw)
    return StoredArticle(**values)


# --------------------------------------------------------------------------------------------
# Mentions


@pytest.mark.parametrize(
    "text",
    ["@everyone look", "hi @here", "<@123> and <@!456>", "role <@&789>", "@EVERYONE shout"],
)
def test_neutralise_makes_mentions_inert(text: str) -> None:
    out = render.neutralise(text)
    assert not RAW_MENTION.search(out)
    assert out.replace(render.ZWSP, "") == text


def test_neutralise_leaves_ordinary_text_alone() -> None:
    text = "Email a@b.c about [1] and <#42> at 5 <3"
    assert render.neutralise(text) == text


# --------------------------------------------------------------------------------------------
# Trimming


def test_clip_never_cuts_a_marker() -> None:
    text = "word " * 10 + "[12] tail"
    for limit in range(5, len(text)):
        out = render.clip(text, limit)
        assert len(out) <= limit
        body = out.removesuffix(render.ELLIPSIS)
        assert not MARKER_PIECE.search(body.rstrip()), (limit, out)


def test_split_text_keeps_markers_whole_and_pieces_within_limit() -> None:
    rng = random.Random(1)
    words = [
        rng.choice(["alpha", "beta", "gamma", f"[{rng.randint(1, 30)}]", "delta."])
        for _ in range(3000)
    ]
    text = " ".join(words)
    pieces = render.split_text(text, 4096)
    assert all(len(p) <= 4096 for p in pieces)
    assert " ".join(pieces).split() == text.split()
    for piece in pieces:
        assert not MARKER_PIECE.search(piece.split()[-1])
        assert not MARKER_PIECE.search(piece.split()[0])


def test_split_text_without_spaces_still_splits() -> None:
    pieces = render.split_text("x" * 10_000, 4096)
    assert [len(p) for p in pieces] == [4096, 4096, 1808]


# --------------------------------------------------------------------------------------------
# Answers


def test_answer_embed_has_text_sources_and_quotes() -> None:
    answer = Answer(
        question="Who is the FIA president?",
        text="Mohammed Ben Sulayem is the FIA president. [1]",
        refused=False,
        citations=(
            citation(
                1,
                title="F1 could return to V8 engines",
                url="https://example.com/f1",
                publisher="The Independent",
                published="2025-07-01",
                quote="FIA president Mohammed Ben Sulayem said.",
            ),
        ),
    )
    [embed] = render.answer_embeds(answer)
    check_message([embed])
    assert embed.title == "Answer"
    assert embed.description == answer.text
    assert embed.author.name == answer.question
    [field] = embed.fields
    assert field.name == "[1]"
    assert field.value is not None
    assert "[F1 could return to V8 engines](https://example.com/f1)" in field.value
    assert "The Independent" in field.value and "2025-07-01" in field.value
    assert "> FIA president Mohammed Ben Sulayem said." in field.value


def test_refusal_looks_different() -> None:
    answer = Answer("capital?", "I couldn't find that.", True, (citation(1, quote=""),))
    [refusal] = render.answer_embeds(answer)
    [normal] = render.answer_embeds(Answer("q", "yes [1]", False, (citation(1),)))
    assert refusal.title != normal.title
    assert refusal.colour != normal.colour
    assert refusal.fields[0].name.startswith("Closest article")


def test_bad_urls_are_not_linked() -> None:
    for url in ("javascript:alert(1)", "ftp://x", "http://exa mple.com", "h" * 3000):
        answer = Answer("q", "a [1]", False, (citation(1, url=url),))
        [embed] = render.answer_embeds(answer)
        assert embed.fields[0].value is not None
        assert "](" not in embed.fields[0].value


def giant_answer(citations: int = 40) -> Answer:
    mention = "@everyone <@123> <@!4> <@&5> @here "
    text = " ".join(
        f"{mention}Claim number {i} is long and detailed. [{i % citations + 1}]" for i in range(800)
    )
    return Answer(
        question=mention * 60,
        text=text,
        refused=False,
        citations=tuple(
            citation(
                n,
                title=mention + "T" * 600,
                quote=(mention + "Q" * 50) * 60,
                publisher=mention + "P" * 300,
                published="2025-01-01" * 30,
                url="https://example.com/" + "u" * 100,
            )
            for n in range(1, citations + 1)
        ),
    )


def test_giant_answer_fits_discord_limits() -> None:
    answer = giant_answer()
    embeds = render.answer_embeds(answer)
    check_message(embeds)
    text = "\n".join(e.description or "" for e in embeds)
    assert text.startswith(render.neutralise(answer.text[:100]))
    assert not MARKER_PIECE.search(text.removesuffix(render.ELLIPSIS).rstrip())
    # some sources are shown, and the rest is announced rather than silently dropped
    names = [f.name for f in embeds[-1].fields]
    assert "[1]" in names
    assert names[-1] == "More sources"


@pytest.mark.parametrize("seed", range(30))
def test_random_answers_fit_discord_limits(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(0, 40)
    answer = Answer(
        question="q" * rng.randint(0, 3000),
        text=" ".join(f"w{i} [{rng.randint(1, 9)}]" for i in range(rng.randint(0, 3000))),
        refused=rng.random() < 0.2,
        citations=tuple(
            citation(
                i,
                quote="z" * rng.randint(0, 5000),
                title="t" * rng.randint(1, 2000),
                publisher=None if rng.random() < 0.5 else "p" * rng.randint(1, 500),
            )
            for i in range(1, n + 1)
        ),
    )
    check_message(render.answer_embeds(answer))
    for message in render.sources_messages(answer):
        check_message(message)


def test_sources_messages_carry_full_quotes() -> None:
    quote = "A long supporting sentence. " * 40
    answer = Answer("q", "a [1] [2]", False, (citation(1, quote=quote), citation(2)))
    [message] = render.sources_messages(answer)
    assert [e.title for e in message] == ["[1] A title", "[2] A title"]
    assert message[0].description is not None
    assert " ".join(quote.split()) in message[0].description


def test_sources_of_a_giant_answer_are_packed_into_messages() -> None:
    messages = render.sources_messages(giant_answer())
    assert len(messages) > 1
    for message in messages:
        check_message(message)


# --------------------------------------------------------------------------------------------
# Search, articles, passages, reports


def passage(i: int, text: str = "Some passage text.", **kw: Any) -> Passage:
    values: dict[str, Any] = {
        "chunk_id": f"a:{i}",
        "article_id": "a",
        "title": "Title",
        "publisher": "Pub",
        "published": None,
        "url": None,
        "chunk_index": i,
        "start": 0,
        "end": len(text),
    }
    values.update(kw)
    return Passage(text=text, **values)


def test_search_embed_lists_passages_within_limits() -> None:
    passages = [passage(i, "x" * 5000 + " <@1>") for i in range(8)]
    embed = render.search_embed("@everyone v8", passages)
    check_message([embed])
    assert len(embed.fields) == 8
    assert render.search_embed("nothing", []).description == "No matching passages."


def test_article_pages_are_deterministic_and_fit() -> None:
    articles = [stored(i, title=f"@everyone {'T' * 400} {i}") for i in range(57)]
    pages = render.article_pages(articles)
    assert sum(len(p) for p in pages) == 57
    for page in range(len(pages)):
        embed, shown, count = render.articles_embed(articles, page)
        assert (shown, count) == (page, len(pages))
        check_message([embed])
    embed, shown, _ = render.articles_embed(articles, 999)
    assert shown == len(pages) - 1


def test_articles_embed_lists_title_publisher_date_id() -> None:
    embed, page, count = render.articles_embed(
        [stored(1, published="2025-05-01", url="https://example.com/a")], 0
    )
    assert (page, count) == (0, 1)
    assert embed.description == (
        "1. [Article number 1](https://example.com/a) — Gazette · 2025-05-01 · `article-1`"
    )


def test_article_messages_card_and_passages_without_paths() -> None:
    article = stored(1, url="https://example.com/a")
    messages = render.article_messages(article, [passage(i, "p" * 3000) for i in range(20)])
    assert len(messages) <= 3
    for message in messages:
        check_message(message)
    card = messages[0][0]
    assert card.title == "Article number 1" and card.url == "https://example.com/a"
    assert "/srv/secret" not in all_text(card)
    assert card.description is not None and card.description.startswith("Showing the first")


def test_sync_report_embed_names_titles_and_rejections() -> None:
    report = SyncReport(
        added=("a",),
        updated=("b",),
        unchanged=("c",),
        failed=(FailedFile("/srv/secret/corpus/bad.txt", "file is empty"),),
        articles=3,
        chunks=9,
    )
    embed = render.sync_report_embed(
        report,
        {"a": "Alpha @everyone", "b": "Beta"},
        rejected=[render.Rejected("x.pdf", "unsupported file type .pdf")],
    )
    check_message([embed])
    text = all_text(embed)
    for expected in ("Alpha", "Beta", "x.pdf: unsupported", "bad.txt: file is empty"):
        assert expected in text
    assert "/srv/secret" not in text


def test_help_embed() -> None:
    newest = stored(1, published="2025-07-06")
    embed = render.help_embed(4, newest, datetime(2025, 7, 7, tzinfo=UTC))
    check_message([embed])
    text = all_text(embed)
    assert "4 articles" in text and "Article number 1" in text and "<t:" in text


# --------------------------------------------------------------------------------------------
# Errors


def test_error_messages() -> None:
    assert render.error_message(IngestLocked("another ingest is writing")) == (
        "another ingest is writing"
    )
    cooldown = app_commands.CommandOnCooldown(app_commands.Cooldown(1, 5), 3.2)
    assert render.error_message(cooldown) == "Please wait 4 s before asking again."
    assert render.error_message(app_commands.MissingPermissions(["manage_guild"])) == (
        render.PERMISSION_ERROR
    )
    assert render.error_message(app_commands.NoPrivateMessage()) == render.GUILD_ONLY_ERROR
    secret = RuntimeError("Traceback /srv/secret/path.py line 3")
    assert render.error_message(secret) == render.GENERIC_ERROR


def test_choice_and_thread_names_fit() -> None:
    assert len(render.choice_name(stored(1, title="t" * 500))) <= 100
    name = render.thread_name("@everyone " + "q" * 500)
    assert len(name) <= 100 and not RAW_MENTION.search(name)


# --------------------------------------------------------------------------------------------
# Answers by kind


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("fact", "Answer"),
        ("overview", "Overview"),
        ("summary", "Summary"),
        ("list", "Articles"),
        ("compare", "Comparison"),
        ("multi", "Answer"),
        ("when", "Answer"),
    ],
)
def test_answer_title_says_what_kind_of_answer_it_is(kind: str, title: str) -> None:
    answer = Answer(
        "q", "**Headline** (Daily Mail): A claim. [1]", False, (citation(1),), kind=kind
    )
    [embed] = render.answer_embeds(answer)
    check_message([embed])
    assert embed.title == title
    assert embed.colour == render.ANSWER_COLOUR
    assert [f.name for f in embed.fields] == ["[1]"]


@pytest.mark.parametrize("kind", ["fact", "overview", "summary", "list", "when", "greeting"])
def test_a_refusal_of_any_kind_is_titled_not_found(kind: str) -> None:
    answer = Answer(
        "q", "I found no articles matching that.", True, (citation(1, quote=""),), kind=kind
    )
    [embed] = render.answer_embeds(answer)
    assert embed.title == "Not found in the indexed articles"
    assert embed.colour == render.REFUSAL_COLOUR
    assert embed.fields[0].name == "Closest article 1"


def test_a_greeting_does_not_look_like_an_answer() -> None:
    greeting = Answer("hi @everyone", "Hi! I know 4 articles. Try /ask.", False, kind="greeting")
    [embed] = render.answer_embeds(greeting)
    [fact] = render.answer_embeds(Answer("q", "yes [1]", False, (citation(1),)))
    check_message([embed])
    assert embed.title == "newsbot"
    assert embed.colour not in (fact.colour, render.REFUSAL_COLOUR)
    assert embed.fields == []
    assert embed.footer.text is not None and "Sources" not in embed.footer.text
    assert embed.author.name is not None and not RAW_MENTION.search(embed.author.name)


def test_a_long_list_of_articles_fits_discord_limits() -> None:
    lines = [f"[{n}] @everyone Article number {n} (Daily Mail, 1 May 2025)" for n in range(1, 41)]
    answer = Answer(
        "what articles do you have",
        "I have 40 articles:\n" + "\n".join(lines),
        False,
        tuple(citation(n, quote="") for n in range(1, 41)),
        kind="list",
    )
    embeds = render.answer_embeds(answer)
    check_message(embeds)
    assert embeds[0].title == "Articles"
    assert not RAW_MENTION.search("\n".join(e.description or "" for e in embeds))
    assert embeds[-1].fields[-1].name == "More sources"


def test_help_lists_one_example_per_kind_of_question() -> None:
    embed = render.help_embed(4, None, None)
    check_message([embed])
    [field] = [f for f in embed.fields if f.name == "What you can ask"]
    assert field.value is not None and len(field.value) <= render.FIELD_VALUE_LIMIT
    value = field.value.lower()
    for example in (
        "how many jobs",  # a fact
        "what's the news on",  # a topic overview
        "summarize",  # a summary of one article
        "which articles mention",  # a list
        "differ",  # a comparison
        " and ",  # several questions at once
        "when was",  # dates
        "most recent",
        "thread",  # follow-ups
    ):
        assert example in value, example
    assert not RAW_MENTION.search(field.value)
