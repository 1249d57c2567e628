"""The Discord client: building the bot, syncing its commands, and running it until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.engine import Engine
from bot.feedback import FeedbackStore
from bot.settings import BotSettings
from bot.ui import DYNAMIC_ITEMS, UserCooldown, report_error

log = logging.getLogger(__name__)

COMMAND_SYNC_FILE = "command-sync.json"


class NewsTree(app_commands.CommandTree[Any]):
    """The command tree, whose ``on_error`` is the bot's one error boundary for commands."""

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError, /
    ) -> None:
        await report_error(interaction, error)


def bot_intents(settings: BotSettings) -> discord.Intents:
    """The default intents; Message Content (privileged) only when the settings ask for it."""
    intents = discord.Intents.default()
    intents.message_content = settings.message_content_intent
    return intents


class NewsBot(commands.Bot):
    """newsbot on Discord: slash commands, a context menu, and mention conversations.

    Prefix commands are not used: :meth:`on_message` does not process them, and the cogs listen to
    messages themselves.
    """

    def __init__(
        self,
        settings: BotSettings,
        engine: Engine,
        *,
        feedback: FeedbackStore | None = None,
        **options: Any,
    ) -> None:
        # newsbot never joins voice channels: switch off discord.py's "PyNaCl / davey is not
        # installed" start-up warnings with the class flags it checks for exactly that.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=bot_intents(settings),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=NewsTree,
            **options,
        )
        self.settings = settings
        self.engine = engine
        self.feedback = feedback or FeedbackStore.open(settings.data_dir)
        self.cooldown = UserCooldown(settings.ask_cooldown_seconds)
        #: True when the last start synced commands (for tests and logs).
        self.synced: bool | None = None

    async def setup_hook(self) -> None:
        from bot.cogs import COGS

        for cog in COGS:
            await self.add_cog(cog(self))
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        self.synced = await self.sync_commands()

    async def on_message(self, message: discord.Message, /) -> None:
        return None

    async def on_ready(self) -> None:
        user = self.user
        log.info("connected as %s (id %s) to %d servers", user, user and user.id, len(self.guilds))

    async def close(self) -> None:
        await super().close()
        self.feedback.close()

    # ----------------------------------------------------------------------------------------
    # Command sync

    def command_payload(self, guild: discord.abc.Snowflake | None = None) -> list[dict[str, Any]]:
        commands_ = self.tree.get_commands(guild=guild)
        payload = [c.to_dict(self.tree) for c in commands_]
        return sorted(payload, key=lambda c: (int(c.get("type", 1)), str(c["name"])))

    @property
    def command_sync_path(self) -> Path:
        return self.settings.data_dir / COMMAND_SYNC_FILE

    async def sync_commands(self) -> bool:
        """Sync the command tree when it differs from the last sync; returns whether it synced.

        The hash of the payload is kept per application and scope under the data dir, so a restart
        with unchanged commands costs no API call (Discord rate-limits command updates hard). With
        ``dev_guild_id`` the global commands are copied to that guild, where updates are instant.
        """
        guild = discord.Object(self.settings.dev_guild_id) if self.settings.dev_guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        payload = self.command_payload(guild)
        digest = hashlib.sha256(
            json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str).encode()
        ).hexdigest()
        scope = f"{self.application_id}:{guild.id if guild else 'global'}"
        stored = _read_json(self.command_sync_path)
        if stored.get(scope) == digest:
            log.info("application commands unchanged (%s); not syncing", scope)
            return False
        try:
            synced = await self.tree.sync(guild=guild)
        except discord.HTTPException as exc:
            log.error("could not sync application commands (%s): %s", scope, exc)
            return False
        stored[scope] = digest
        _write_json(self.command_sync_path, stored)
        log.info("synced %d application commands (%s)", len(synced), scope)
        return True


class ShardedNewsBot(NewsBot, commands.AutoShardedBot):
    """The same bot on :class:`discord.AutoShardedClient`, for large deployments."""


def create_bot(
    settings: BotSettings, engine: Engine, *, feedback: FeedbackStore | None = None
) -> NewsBot:
    cls = ShardedNewsBot if settings.shards else NewsBot
    return cls(settings, engine, feedback=feedback)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


# --------------------------------------------------------------------------------------------
# Running


def _fail(message: str) -> int:
    print(f"newsbot: {message}", file=sys.stderr)
    return 2


async def serve(bot: NewsBot, token: str) -> int:
    """Run ``bot`` until it is closed (or SIGINT / SIGTERM when on the main thread)."""
    loop = asyncio.get_running_loop()
    handled: list[signal.Signals] = []
    closing: list[asyncio.Task[None]] = []
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, lambda: closing.append(loop.create_task(bot.close())))
                handled.append(sig)
    try:
        async with bot:
            await bot.start(token)
    except discord.LoginFailure:
        return _fail("Discord rejected the token (DISCORD_TOKEN): check it in the developer portal")
    except discord.PrivilegedIntentsRequired:
        return _fail(
            "the Message Content intent is not enabled for this bot in the developer portal: "
            "enable it, or set NEWSBOT_MESSAGE_CONTENT_INTENT=false"
        )
    except (discord.HTTPException, discord.GatewayNotFound, aiohttp.ClientError, OSError) as exc:
        log.debug("connecting to Discord failed", exc_info=True)
        print(
            f"newsbot: cannot connect to Discord: {exc.__class__.__name__}: {exc}", file=sys.stderr
        )
        return 1
    finally:
        for sig in handled:
            loop.remove_signal_handler(sig)
    log.info("newsbot stopped")
    return 0


def run_bot(settings: BotSettings, engine: Engine) -> int:
    """Run newsbot on Discord until stopped; returns the process exit code.

    0 after a clean stop (SIGINT / SIGTERM); 2 with a one-line message on stderr when the token is
    missing or rejected (or a privileged intent is not enabled); 1 when Discord cannot be reached.
    The token is never logged.
    """
    secret = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if not secret:
        return _fail("DISCORD_TOKEN is not set: put the bot token in the environment or .env")
    bot = create_bot(settings, engine)
    try:
        return asyncio.run(serve(bot, secret))
    except KeyboardInterrupt:
        return 0
