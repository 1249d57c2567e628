"""Conversations: ``@newsbot question`` starts a thread on the message and answers there; later
messages in that thread are follow-ups answered with the thread's earlier turns as context.

Direct messages are conversations too (keyed by the DM channel). Without the Message Content
intent Discord only shows the bot messages that mention it (and DMs), so follow-ups in a thread
then need a mention; with the intent, any message in a thread the bot answered in is a follow-up.

Turns are kept in memory per thread and rebuilt from the answers table after a restart.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from typing import TYPE_CHECKING, Literal

import discord
from discord.ext import commands

from bot import render
from bot.engine import question_problem
from bot.feedback import cited_ids
from bot.models import Answer, Turn
from bot.ui import answer_view
from ingest.errors import NewsbotError

if TYPE_CHECKING:
    from bot.client import NewsBot

log = logging.getLogger(__name__)

MAX_TURNS = 10
MAX_CONVERSATIONS = 2000
THREAD_ARCHIVE_MINUTES: Literal[1440] = 1440
_HANDLED_TYPES = (discord.MessageType.default, discord.MessageType.reply)


class ConversationCog(commands.Cog):
    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot
        self.turns: OrderedDict[int, list[Turn]] = OrderedDict()

    # ----------------------------------------------------------------------------------------
    # Which messages are questions

    def _mentions_me(self, message: discord.Message) -> bool:
        me = self.bot.user
        if me is None:
            return False
        if any(u.id == me.id for u in message.mentions):
            return True
        own_role = message.guild.self_role if message.guild is not None else None
        return own_role is not None and own_role in message.role_mentions

    def _strip_mentions(self, message: discord.Message) -> str:
        me = self.bot.user
        text = message.content or ""
        if me is not None:
            text = re.sub(rf"<@!?{me.id}>", " ", text)
        own_role = message.guild.self_role if message.guild is not None else None
        if own_role is not None:
            text = text.replace(f"<@&{own_role.id}>", " ")
        return " ".join(text.split())

    async def _is_conversation(self, channel_id: int) -> bool:
        if channel_id in self.turns:
            return True
        return await asyncio.to_thread(self.bot.feedback.has_thread, channel_id)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.type not in _HANDLED_TYPES or self.bot.user is None:
            return
        direct = message.guild is None
        addressed = direct or self._mentions_me(message)
        in_thread = isinstance(message.channel, discord.Thread)
        follow_up = (
            not addressed
            and self.bot.settings.message_content_intent
            and in_thread
            and await self._is_conversation(message.channel.id)
        )
        if not (addressed or follow_up):
            return
        question = self._strip_mentions(message)
        if not question:
            if addressed:
                await self._say(
                    message,
                    "Ask me a question after the mention, for example "
                    "“@newsbot who is the FIA president?”.",
                )
            return
        try:
            await self._answer(message, question, direct=direct)
        except Exception as exc:
            await self._report(message, exc)

    # ----------------------------------------------------------------------------------------
    # Answering

    async def _answer(self, message: discord.Message, question: str, *, direct: bool) -> None:
        problem = question_problem(question, self.bot.settings.max_question_chars)
        if problem:
            await self._say(message, problem)
            return
        retry = self.bot.cooldown.retry_after(message.author.id)
        if retry > 0:
            await self._say(message, render.cooldown_message(retry))
            return
        channel = message.channel
        thread: discord.Thread | None = None
        key: int | None = channel.id
        starts_thread = not direct and not isinstance(channel, discord.Thread)
        if starts_thread and not await self._is_conversation(channel.id):
            thread = await self._start_thread(message, question)
            key = thread.id if thread is not None else None
        history = await self._history(key)
        target: discord.abc.Messageable = thread or channel
        async with target.typing():
            answer = await asyncio.to_thread(self.bot.engine.answer, question, history)
        answer_id = await asyncio.to_thread(
            self.bot.feedback.record_answer,
            answer,
            user_id=message.author.id,
            channel_id=channel.id,
            thread_id=key,
        )
        embeds = render.answer_embeds(answer)
        view = answer_view(answer_id, answer)
        if thread is not None:
            await thread.send(embeds=embeds, view=view)
        else:
            await message.reply(embeds=embeds, view=view)
        self._remember(key, question, answer)

    async def _start_thread(self, message: discord.Message, question: str) -> discord.Thread | None:
        try:
            return await message.create_thread(
                name=render.thread_name(question), auto_archive_duration=THREAD_ARCHIVE_MINUTES
            )
        except discord.HTTPException as exc:
            log.warning("could not start a thread in channel %s: %s", message.channel.id, exc)
            return None

    async def _history(self, key: int | None) -> list[Turn]:
        if key is None:
            return []
        turns = self.turns.get(key)
        if turns is None:
            turns = await asyncio.to_thread(self.bot.feedback.thread_turns, key, MAX_TURNS)
            if not turns:
                return []
            self.turns[key] = turns
        self.turns.move_to_end(key)
        return list(turns)

    def _remember(self, key: int | None, question: str, answer: Answer) -> None:
        if key is None or answer.kind == "greeting":
            return
        turns = self.turns.setdefault(key, [])
        turns.append(Turn(question, answer.text, cited_ids(answer)))
        del turns[:-MAX_TURNS]
        self.turns.move_to_end(key)
        while len(self.turns) > MAX_CONVERSATIONS:
            self.turns.popitem(last=False)

    async def _say(self, message: discord.Message, text: str) -> None:
        text = render.clip(render.neutralise(text), render.CONTENT_LIMIT)
        try:
            await message.reply(text)
        except discord.HTTPException as exc:
            log.warning("could not reply in channel %s: %s", message.channel.id, exc)

    async def _report(self, message: discord.Message, error: Exception) -> None:
        if isinstance(error, NewsbotError):
            log.info("question in channel %s refused: %s", message.channel.id, error)
        else:
            log.error(
                "answering a message in channel %s failed", message.channel.id, exc_info=error
            )
        await self._say(message, render.error_message(error))
