"""Interaction plumbing shared by the cogs: the persistent buttons, the error boundary, the
per-user question cooldown and article lookup for autocompletes.

The buttons are :class:`discord.ui.DynamicItem` s whose custom id carries everything they need
(an answer id stored in SQLite, or a page number): registered once in ``setup_hook``, they keep
working on messages posted before a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands

from bot import render
from bot.feedback import Vote
from bot.models import Answer
from ingest.errors import ModelUnavailable, NewsbotError, StoreUnavailable
from ingest.models import StoredArticle

if TYPE_CHECKING:
    from bot.client import NewsBot
    from bot.engine import Engine

log = logging.getLogger(__name__)

Button = discord.ui.Button[discord.ui.View]


def newsbot(interaction: discord.Interaction[Any]) -> NewsBot:
    return cast("NewsBot", interaction.client)


# --------------------------------------------------------------------------------------------
# Error boundary


def _interaction_name(interaction: discord.Interaction[Any]) -> str:
    if interaction.command is not None:
        return f"/{interaction.command.qualified_name}"
    data: dict[str, Any] = dict(interaction.data or {})
    return str(data.get("custom_id") or data.get("name") or interaction.type.name)


async def send_private(interaction: discord.Interaction[Any], text: str) -> None:
    """Send ``text`` to the interaction's user only, whatever state the interaction is in.

    After a public "thinking…" deferral, a follow-up would replace the placeholder publicly; the
    placeholder is deleted first so that the message really is ephemeral.
    """
    text = render.clip(render.neutralise(text), render.CONTENT_LIMIT)
    if not interaction.response.is_done():
        await interaction.response.send_message(text, ephemeral=True)
        return
    deferred = interaction.response.type is discord.InteractionResponseType.deferred_channel_message
    if deferred and not interaction.extras.get("answered"):
        with contextlib.suppress(discord.HTTPException):
            await interaction.delete_original_response()
    await interaction.followup.send(text, ephemeral=True)


async def report_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    """The one place a failed interaction is answered: a short private message, details logged."""
    original = render.unwrap_error(error)
    name = _interaction_name(interaction)
    if isinstance(original, StoreUnavailable | ModelUnavailable):
        log.error("%s by user %s failed: %s", name, interaction.user.id, original)
    elif isinstance(original, NewsbotError | app_commands.CheckFailure):
        log.info("%s by user %s refused: %s", name, interaction.user.id, original)
    else:
        log.error("%s by user %s failed", name, interaction.user.id, exc_info=original)
    try:
        await send_private(interaction, render.error_message(original))
    except discord.HTTPException as exc:
        log.warning("could not report the error of %s to the user: %s", name, exc)


class ErrorBoundaryItem:
    """Mixin for dynamic items: route exceptions of ``run`` through :func:`report_error`."""

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            await self.run(interaction)
        except Exception as exc:
            await report_error(interaction, exc)

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        raise NotImplementedError


# --------------------------------------------------------------------------------------------
# Cooldown


class UserCooldown:
    """One question per ``per`` seconds per user, shared by /ask, Find sources and mentions."""

    def __init__(self, per: float) -> None:
        self.per = per
        self._last: dict[int, float] = {}

    def retry_after(self, user_id: int) -> float:
        """0.0 when the user may ask now (their pause starts), else the seconds left to wait."""
        if self.per <= 0:
            return 0.0
        now = time.monotonic()
        last = self._last.get(user_id)
        if last is not None and now - last < self.per:
            return self.per - (now - last)
        self._last[user_id] = now
        if len(self._last) > 10_000:
            self._last = {u: t for u, t in self._last.items() if now - t < self.per}
        return 0.0

    def check(self, user_id: int) -> None:
        """Raise :class:`app_commands.CommandOnCooldown` when the user must wait."""
        retry = self.retry_after(user_id)
        if retry > 0:
            raise app_commands.CommandOnCooldown(app_commands.Cooldown(1, self.per), retry)


# --------------------------------------------------------------------------------------------
# Answer buttons


class SourcesButton(
    ErrorBoundaryItem,
    discord.ui.DynamicItem[Button],
    template=r"newsbot:sources:(?P<answer_id>[0-9]+)",
):
    def __init__(self, answer_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Sources",
                emoji="📚",
                style=discord.ButtonStyle.secondary,
                custom_id=f"newsbot:sources:{answer_id}",
            )
        )
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> SourcesButton:
        return cls(int(match["answer_id"]))

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        stored = await asyncio.to_thread(newsbot(interaction).feedback.answer, self.answer_id)
        if stored is None:
            await send_private(interaction, "I no longer have the sources of this answer.")
            return
        messages = render.sources_messages(stored.answer)
        await interaction.response.send_message(embeds=messages[0], ephemeral=True)
        for embeds in messages[1:]:
            await interaction.followup.send(embeds=embeds, ephemeral=True)


VOTE_EMOJI = {"up": "👍", "down": "👎"}


class VoteButton(
    ErrorBoundaryItem,
    discord.ui.DynamicItem[Button],
    template=r"newsbot:vote:(?P<vote>up|down):(?P<answer_id>[0-9]+)",
):
    def __init__(self, answer_id: int, vote: str) -> None:
        super().__init__(
            discord.ui.Button(
                emoji=VOTE_EMOJI[vote],
                style=discord.ButtonStyle.secondary,
                custom_id=f"newsbot:vote:{vote}:{answer_id}",
            )
        )
        self.answer_id = answer_id
        self.vote: Vote = "up" if vote == "up" else "down"

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> VoteButton:
        return cls(int(match["answer_id"]), match["vote"])

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        feedback = newsbot(interaction).feedback
        row = await asyncio.to_thread(feedback.vote, self.answer_id, interaction.user.id, self.vote)
        if row is None:
            await send_private(interaction, "I no longer have this answer, so I can't record that.")
            return
        await send_private(interaction, f"Thanks! Your {VOTE_EMOJI[self.vote]} has been recorded.")


def answer_view(answer_id: int, answer: Answer) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    if answer.citations:
        view.add_item(SourcesButton(answer_id))
    view.add_item(VoteButton(answer_id, "up"))
    view.add_item(VoteButton(answer_id, "down"))
    return view


async def send_answer(
    interaction: discord.Interaction[Any], answer: Answer, *, ephemeral: bool = False
) -> None:
    """Post an answer as the reply to a deferred interaction, with its buttons."""
    bot = newsbot(interaction)
    answer_id = await asyncio.to_thread(
        bot.feedback.record_answer,
        answer,
        user_id=interaction.user.id,
        channel_id=interaction.channel_id,
    )
    await interaction.followup.send(
        embeds=render.answer_embeds(answer),
        view=answer_view(answer_id, answer),
        ephemeral=ephemeral,
    )
    interaction.extras["answered"] = True


# --------------------------------------------------------------------------------------------
# Article list pages


class PageButton(
    ErrorBoundaryItem,
    discord.ui.DynamicItem[Button],
    template=r"newsbot:page:(?P<direction>prev|next):(?P<page>[0-9]+)",
):
    """Moves the /sources list to ``page``; the list is rebuilt from the engine on each click."""

    def __init__(self, direction: str, page: int, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="Previous" if direction == "prev" else "Next",
                emoji="◀️" if direction == "prev" else "▶️",
                style=discord.ButtonStyle.secondary,
                custom_id=f"newsbot:page:{direction}:{page}",
                disabled=disabled,
            )
        )
        self.page = page

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> PageButton:
        return cls(match["direction"], int(match["page"]))

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        articles = newsbot(interaction).engine.articles()
        embed, page, count = render.articles_embed(articles, self.page)
        await interaction.response.edit_message(embed=embed, view=page_view(page, count))


def page_view(page: int, count: int) -> discord.ui.View:
    """Previous / Next buttons for page ``page`` of ``count``; an empty view for a single page."""
    view = discord.ui.View(timeout=None)
    if count > 1:
        view.add_item(PageButton("prev", max(page - 1, 0), disabled=page <= 0))
        view.add_item(PageButton("next", min(page + 1, count - 1), disabled=page >= count - 1))
    return view


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    SourcesButton,
    VoteButton,
    PageButton,
)


# --------------------------------------------------------------------------------------------
# Articles by title


def article_choices(
    articles: Sequence[StoredArticle], current: str, limit: int = 25
) -> list[app_commands.Choice[str]]:
    """Autocomplete choices: articles whose title, publisher or id contain every typed word."""
    words = current.casefold().split()

    def matches(a: StoredArticle) -> bool:
        hay = f"{a.title} {a.publisher or ''} {a.article_id}".casefold()
        return all(w in hay for w in words)

    found = [a for a in articles if matches(a)]
    if words:
        phrase = " ".join(words)
        found.sort(
            key=lambda a: (
                not a.title.casefold().startswith(phrase),
                phrase not in a.title.casefold(),
            )
        )
    return [
        app_commands.Choice(name=render.choice_name(a), value=a.article_id[:100])
        for a in found[:limit]
    ]


async def lookup_article(
    interaction: discord.Interaction[Any], engine: Engine, value: str
) -> StoredArticle | None:
    """The article an option names, or None after telling the user it is unknown."""
    found = resolve_article(await asyncio.to_thread(engine.articles), value)
    if found is None:
        await send_private(interaction, "I don't know that article: pick one from the suggestions.")
    return found


def resolve_article(articles: Sequence[StoredArticle], value: str) -> StoredArticle | None:
    """The article an option names: its id (what autocomplete sends), else a unique title match
    (someone typed a title and pressed enter without picking a suggestion)."""
    value = value.strip()
    by_id = {a.article_id: a for a in articles}
    if value in by_id:
        return by_id[value]
    folded = value.casefold()
    exact = [a for a in articles if a.title.casefold() == folded]
    if len(exact) == 1:
        return exact[0]
    partial = [a for a in articles if folded and folded in a.title.casefold()]
    return partial[0] if len(partial) == 1 else None
