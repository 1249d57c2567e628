"""Browsing what newsbot knows: /search, /sources, /source and /help."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.settings import BotSettings
from bot.ui import article_choices, page_view, resolve_article, send_private
from ingest.models import StoredArticle

if TYPE_CHECKING:
    from bot.client import NewsBot


def published_at(article: StoredArticle) -> datetime | None:
    """The article's publication date when it parses (ISO 8601 or RFC 2822), in UTC."""
    value = (article.published or "").strip()
    if not value:
        return None
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def newest_article(articles: list[StoredArticle]) -> StoredArticle | None:
    dated = [(d, a) for a in articles if (d := published_at(a)) is not None]
    return max(dated, key=lambda pair: pair[0])[1] if dated else None


def last_store_write(settings: BotSettings) -> datetime | None:
    """When the store last changed: the newest of its files' modification times.

    The engine keeps no ingest timestamp, so the keyword index (rewritten by every ingest that
    changes something) and the embedded Chroma database stand in for one.
    """
    index = settings.keyword_index_path
    candidates = [
        index,
        index.with_name(index.name + "-wal"),
        settings.chroma_dir / "chroma.sqlite3",
    ]
    times = []
    for path in candidates:
        try:
            times.append(Path(path).stat().st_mtime)
        except OSError:
            continue
    return datetime.fromtimestamp(max(times), UTC) if times else None


class SourcesCog(commands.Cog):
    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    @app_commands.command(name="search", description="The passages that best match a query.")
    @app_commands.describe(query="Words to look for in the indexed articles")
    async def search(self, interaction: discord.Interaction[Any], query: str) -> None:
        query = " ".join(query.split())
        limit = self.bot.settings.max_question_chars
        if not query:
            await send_private(interaction, "Please give something to search for.")
            return
        if len(query) > limit:
            await send_private(interaction, render.question_too_long(len(query), limit))
            return
        await interaction.response.defer(thinking=True)
        passages = await asyncio.to_thread(self.bot.engine.search, query, 5)
        await interaction.followup.send(embed=render.search_embed(query, passages))
        interaction.extras["answered"] = True

    @app_commands.command(name="sources", description="Every article newsbot has indexed.")
    async def sources(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        articles = await asyncio.to_thread(self.bot.engine.articles)
        embed, page, count = render.articles_embed(articles, 0)
        await interaction.followup.send(embed=embed, view=page_view(page, count), ephemeral=True)
        interaction.extras["answered"] = True

    @app_commands.command(name="source", description="One indexed article and its passages.")
    @app_commands.describe(article="Start typing a title")
    async def source(self, interaction: discord.Interaction[Any], article: str) -> None:
        await interaction.response.defer(thinking=True)
        articles = await asyncio.to_thread(self.bot.engine.articles)
        found = resolve_article(articles, article)
        if found is None:
            await send_private(
                interaction, "I don't know that article: pick one from the suggestions."
            )
            return
        passages = await asyncio.to_thread(self.bot.engine.passages, found.article_id)
        messages = render.article_messages(found, passages)
        await interaction.followup.send(embeds=messages[0])
        interaction.extras["answered"] = True
        for embeds in messages[1:]:
            await interaction.followup.send(embeds=embeds)

    @source.autocomplete("article")
    async def source_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return article_choices(self.bot.engine.articles(), current)

    @app_commands.command(name="help", description="What newsbot knows and how to use it.")
    async def help(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        articles = await asyncio.to_thread(self.bot.engine.articles)
        last = await asyncio.to_thread(last_store_write, self.bot.settings)
        embed = render.help_embed(len(articles), newest_article(articles), last)
        await interaction.followup.send(embed=embed, ephemeral=True)
        interaction.extras["answered"] = True
