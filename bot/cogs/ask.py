"""/ask and the "Find sources" message context menu."""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.engine import question_problem
from bot.ui import send_answer, send_private

if TYPE_CHECKING:
    from bot.client import NewsBot


def message_question(message: discord.Message, bot_id: int | None) -> str:
    """The text of a message to look up: its content, else its embeds' text; bot mention removed."""
    text = message.content or ""
    if not text.strip():
        parts = [p for e in message.embeds for p in (e.title, e.description) if p]
        text = "\n".join(parts)
    if bot_id is not None:
        text = re.sub(rf"<@!?{bot_id}>", " ", text)
    return " ".join(text.split())


class AskCog(commands.Cog):
    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot
        self.find_sources_menu = app_commands.ContextMenu(
            name="Find sources", callback=self.find_sources
        )

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.find_sources_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.find_sources_menu.name, type=self.find_sources_menu.type)

    @app_commands.command(name="ask", description="Ask a question about the indexed news articles.")
    @app_commands.describe(
        question="What you want to know", private="Show the answer only to you (default: no)"
    )
    async def ask(
        self, interaction: discord.Interaction[Any], question: str, private: bool = False
    ) -> None:
        await self.answer(interaction, question, private=private)

    async def find_sources(
        self, interaction: discord.Interaction[Any], message: discord.Message
    ) -> None:
        me = self.bot.user
        question = message_question(message, me.id if me else None)
        if not question:
            await send_private(interaction, "That message has no text I can look up.")
            return
        await self.answer(interaction, question, private=False)

    async def answer(
        self, interaction: discord.Interaction[Any], question: str, *, private: bool
    ) -> None:
        question = " ".join(question.split())
        problem = question_problem(question, self.bot.settings.max_question_chars)
        if problem:
            await send_private(interaction, problem)
            return
        self.bot.cooldown.check(interaction.user.id)
        await interaction.response.defer(ephemeral=private, thinking=True)
        answer = await asyncio.to_thread(self.bot.engine.answer, question)
        await send_answer(interaction, answer, ephemeral=private)
