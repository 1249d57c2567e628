"""Admin commands: /ingest, /reindex and /forget.

Shown only to members with Manage Server (``default_permissions``), which a server can change, so
every call is checked again: Manage Server, or the user's id or one of their role ids in
``settings.admin_ids``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.render import Rejected
from bot.ui import article_choices, lookup_article, newsbot
from bot.uploads import StagedFile, sanitise_filename, stage_upload
from ingest.errors import UnsupportedFile
from ingest.models import StoredArticle, SyncReport
from ingest.reading import check_size, decode_text

if TYPE_CHECKING:
    from bot.client import NewsBot

log = logging.getLogger(__name__)


def member_role_ids(user: discord.abc.User) -> set[int]:
    if not isinstance(user, discord.Member):
        return set()
    ids = {r.id for r in user.roles}
    # Roles missing from the cache are still listed by id on the member payload.
    ids.update(int(r) for r in getattr(user, "_roles", ()))
    return ids


def is_admin(interaction: discord.Interaction[Any], admin_ids: Iterable[int]) -> bool:
    permissions = interaction.permissions
    if permissions.manage_guild or permissions.administrator:
        return True
    allowed = set(admin_ids)
    return interaction.user.id in allowed or bool(member_role_ids(interaction.user) & allowed)


def admin_only(interaction: discord.Interaction[Any]) -> bool:
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    if not is_admin(interaction, newsbot(interaction).settings.admin_ids):
        raise app_commands.MissingPermissions(["manage_guild"])
    return True


def _titles(*groups: Iterable[StoredArticle]) -> dict[str, str]:
    return {a.article_id: a.title for group in groups for a in group}


def renamed_note(renamed: dict[str, str]) -> str:
    """One line per upload saved under another name than it was uploaded with."""
    lines = [
        f"Saved `{_code(uploaded)}` as `{_code(saved)}` in the corpus folder."
        for saved, uploaded in renamed.items()
    ]
    return render.clip(render.neutralise("\n".join(lines)), render.CONTENT_LIMIT)


def _code(name: str) -> str:
    """A file name safe inside a Discord code span."""
    return render.clip(name.replace("`", "'"), 200)


class AdminCog(commands.Cog):
    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    @app_commands.command(name="ingest", description="Add article files (.txt, .md, .html).")
    @app_commands.describe(file="An article file", file2="Another one", file3="And another")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.check(admin_only)
    async def ingest(
        self,
        interaction: discord.Interaction[Any],
        file: discord.Attachment,
        file2: discord.Attachment | None = None,
        file3: discord.Attachment | None = None,
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        attachments = [a for a in (file, file2, file3) if a is not None]
        staged, rejected, renamed = await self._stage(attachments)
        report = SyncReport()
        before = await asyncio.to_thread(self.bot.engine.articles)
        if staged:
            try:
                report = await asyncio.to_thread(self.bot.engine.ingest, [s.path for s in staged])
            except Exception:
                # Not on cancellation: the ingest thread runs on, and its files must stay.
                for s in staged:
                    s.rollback()
                raise
            by_path = {str(s.path): s for s in staged}
            for failure in report.failed:
                failed = by_path.get(failure.path)
                if failed is not None:
                    failed.rollback()
                    rejected.append(Rejected(failed.name, failure.reason))
                    renamed.pop(failed.name, None)
        after = await asyncio.to_thread(self.bot.engine.articles)
        log.info(
            "ingest by user %s: added %d, updated %d, rejected %d",
            interaction.user.id,
            len(report.added),
            len(report.updated),
            len(rejected),
        )
        embed = render.sync_report_embed(
            report, _titles(before, after), rejected=rejected, include_failed=False
        )
        note = renamed_note(renamed)
        if note:
            await interaction.followup.send(note, embed=embed, ephemeral=True)
        else:
            await interaction.followup.send(embed=embed, ephemeral=True)
        interaction.extras["answered"] = True

    async def _stage(
        self, attachments: Sequence[discord.Attachment]
    ) -> tuple[list[StagedFile], list[Rejected], dict[str, str]]:
        """Check each attachment (size before download, type from the bytes) and save it.

        Returns the saved files, the rejected ones, and ``{saved name: uploaded name}`` for the
        files whose name had to be changed to be safe in the corpus folder.
        """
        settings = self.bot.settings
        staged: list[StagedFile] = []
        rejected: list[Rejected] = []
        renamed: dict[str, str] = {}
        for attachment in attachments:
            shown = attachment.filename
            try:
                name = sanitise_filename(attachment.filename)
                shown = name
                if any(s.name == name for s in staged):
                    raise UnsupportedFile("another uploaded file has the same name")
                check_size(attachment.size, settings.max_file_bytes)
                data = await attachment.read()
                check_size(len(data), settings.max_file_bytes)
                await asyncio.to_thread(decode_text, data)
                staged.append(
                    await asyncio.to_thread(stage_upload, settings.corpus_dir, name, data)
                )
                if name != attachment.filename:
                    renamed[name] = attachment.filename
            except UnsupportedFile as exc:
                rejected.append(Rejected(shown, str(exc)))
            except discord.HTTPException as exc:
                log.warning("could not download attachment %s: %s", attachment.id, exc)
                rejected.append(Rejected(shown, "the upload could not be downloaded"))
        return staged, rejected, renamed

    @app_commands.command(name="reindex", description="Re-sync newsbot with its corpus folder.")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.check(admin_only)
    async def reindex(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        before = await asyncio.to_thread(self.bot.engine.articles)
        report = await asyncio.to_thread(
            self.bot.engine.ingest, [self.bot.settings.corpus_dir], True
        )
        after = await asyncio.to_thread(self.bot.engine.articles)
        log.info("reindex by user %s: %s", interaction.user.id, report.as_json())
        embed = render.sync_report_embed(report, _titles(before, after), title="Re-index finished")
        await interaction.followup.send(embed=embed, ephemeral=True)
        interaction.extras["answered"] = True

    @app_commands.command(name="forget", description="Remove an article from newsbot.")
    @app_commands.describe(article="Start typing a title")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.check(admin_only)
    async def forget(self, interaction: discord.Interaction[Any], article: str) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        found = await lookup_article(interaction, self.bot.engine, article)
        if found is None:
            return
        outcome = await asyncio.to_thread(self.bot.engine.forget, found.article_id)
        title = render.neutralise(render.clip(found.title, 300))
        if outcome is None:
            text = f"**{title}** was already gone."
        else:
            log.info("user %s forgot article %s", interaction.user.id, found.article_id)
            text = f"Forgot **{title}**: {outcome.value}."
        await interaction.followup.send(render.clip(text, render.CONTENT_LIMIT), ephemeral=True)
        interaction.extras["answered"] = True

    @forget.autocomplete("article")
    async def forget_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return article_choices(self.bot.engine.articles(), current)
