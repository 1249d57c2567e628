"""Browsing what newsbot knows: /search, /sources, /source and /help."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.engine import question_problem
from bot.ui import article_choices, lookup_article, page_view, send_private

if TYPE_CHECKING:
    from bot.client import NewsBot


class SourcesCog(commands.Cog):
    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    @app_commands.command(name="search", description="The passages that best match a query.")
    @app_commands.describe(query="Words to look for in the indexed articles")
    async def search(self, interaction: discord.Interaction[Any], query: str) -> None:
        query = " ".join(query.split())
        problem = question_problem(
            query, self.bot.settings.max_question_chars, "Please give something to search for."
        )
        if problem:
            await send_private(interaction, problem)
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
        found = await lookup_article(interaction, self.bot.engine, article)
        if found is None:
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
        status = await asyncio.to_thread(self.bot.engine.status)
        embed = render.help_embed(status.articles, status.newest, status.last_ingest)
        await interaction.followup.send(embed=embed, ephemeral=True)
        interaction.extras["answered"] = True
