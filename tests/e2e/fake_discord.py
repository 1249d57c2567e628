"""An in-process fake of Discord's REST API v10 and gateway, for end-to-end tests of the bot.

The real discord.py client talks to this fake over real HTTP and a real websocket on 127.0.0.1,
so the whole client stack (login, gateway handshake and compression, event parsing, the command
tree, views, webhooks, multipart uploads) runs exactly as in production. Only Discord is fake.

Besides serving the routes a bot uses, the fake enforces the Discord rules that real bots
trip over (the 3-second acknowledgement deadline, double acknowledgements, message and embed
size limits, unknown routes) and records each breach as a :class:`Violation` instead of only
returning an error, because discord.py swallows most errors raised inside event handlers and
merely logs them. :attr:`FakeDiscord.errors` collects those ERROR log records for the same
reason, and :meth:`FakeDiscord.assert_clean` fails a test on either.

Typical wiring (a conftest would turn this into fixtures)::

    async with FakeDiscord() as fake:
        with patch_discord(fake):
            async with running_bot(fake, make_bot()) as bot:
                handle = await fake.slash("ping", user=fake.admin)
                reply = await handle.reply()
            fake.assert_clean()
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import logging
import re
import secrets
import socket
import traceback
import uuid
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any, TypeVar

import discord
import yarl
from aiohttp import WSMsgType, web

__all__ = [
    "CallbackType",
    "DiscordError",
    "FakeAttachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "InteractionCallback",
    "InteractionHandle",
    "RecordedRequest",
    "SentMessage",
    "TypingEvent",
    "UploadedFile",
    "Violation",
    "patch_discord",
    "running_bot",
]

_log = logging.getLogger(__name__)

T = TypeVar("T")
ClientT = TypeVar("ClientT", bound=discord.Client)
JSON = dict[str, Any]

API_PREFIX = "/api/v10"
DISCORD_EPOCH_MS = 1_420_070_400_000
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024

# Message flags.
SUPPRESS_EMBEDS = 1 << 2
EPHEMERAL = 1 << 6
LOADING = 1 << 7
SUPPRESS_NOTIFICATIONS = 1 << 12
COMPONENTS_V2 = 1 << 15
_SETTABLE_FLAGS = SUPPRESS_EMBEDS | EPHEMERAL | SUPPRESS_NOTIFICATIONS | COMPONENTS_V2

# Gateway intents that Discord only grants when enabled in the developer portal.
GUILD_MEMBERS_INTENT = 1 << 1
GUILD_PRESENCES_INTENT = 1 << 8
MESSAGE_CONTENT_INTENT = 1 << 15
PRIVILEGED_INTENTS = GUILD_MEMBERS_INTENT | GUILD_PRESENCES_INTENT | MESSAGE_CONTENT_INTENT
# Application flags reporting which privileged intents are enabled (the "_LIMITED" variants).
_INTENT_APP_FLAGS = {
    GUILD_PRESENCES_INTENT: 1 << 13,
    GUILD_MEMBERS_INTENT: 1 << 15,
    MESSAGE_CONTENT_INTENT: 1 << 19,
}

ALL_PERMISSIONS = discord.Permissions.all().value
EVERYONE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    create_public_threads=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
    add_reactions=True,
    use_application_commands=True,
).value
DEFAULT_BOT_PERMISSIONS = EVERYONE_PERMISSIONS | discord.Permissions(manage_threads=True).value
ADMIN_PERMISSIONS = discord.Permissions(administrator=True, manage_guild=True).value

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")
_COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")


class Op(IntEnum):
    """Gateway opcodes."""

    DISPATCH = 0
    HEARTBEAT = 1
    IDENTIFY = 2
    PRESENCE_UPDATE = 3
    RESUME = 6
    RECONNECT = 7
    REQUEST_GUILD_MEMBERS = 8
    INVALID_SESSION = 9
    HELLO = 10
    HEARTBEAT_ACK = 11


class InteractionType(IntEnum):
    """Interaction types, as dispatched in INTERACTION_CREATE."""

    PING = 1
    APPLICATION_COMMAND = 2
    MESSAGE_COMPONENT = 3
    AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class CallbackType(IntEnum):
    """Interaction callback (initial response) types."""

    PONG = 1
    CHANNEL_MESSAGE = 4
    DEFERRED_CHANNEL_MESSAGE = 5
    DEFERRED_UPDATE_MESSAGE = 6
    UPDATE_MESSAGE = 7
    AUTOCOMPLETE_RESULT = 8
    MODAL = 9


_ALLOWED_CALLBACKS: dict[int, set[int]] = {
    InteractionType.PING: {CallbackType.PONG},
    InteractionType.APPLICATION_COMMAND: {
        CallbackType.CHANNEL_MESSAGE,
        CallbackType.DEFERRED_CHANNEL_MESSAGE,
        CallbackType.MODAL,
    },
    InteractionType.MESSAGE_COMPONENT: {
        CallbackType.CHANNEL_MESSAGE,
        CallbackType.DEFERRED_CHANNEL_MESSAGE,
        CallbackType.DEFERRED_UPDATE_MESSAGE,
        CallbackType.UPDATE_MESSAGE,
        CallbackType.MODAL,
    },
    InteractionType.AUTOCOMPLETE: {CallbackType.AUTOCOMPLETE_RESULT},
    InteractionType.MODAL_SUBMIT: {
        CallbackType.CHANNEL_MESSAGE,
        CallbackType.DEFERRED_CHANNEL_MESSAGE,
        CallbackType.DEFERRED_UPDATE_MESSAGE,
        CallbackType.UPDATE_MESSAGE,
    },
}


_UPDATES_MESSAGE = {CallbackType.DEFERRED_UPDATE_MESSAGE, CallbackType.UPDATE_MESSAGE}


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _json_response(data: Any, status: int = 200) -> web.Response:
    # discord.py only parses JSON when Content-Type is exactly "application/json" (no charset),
    # which aiohttp's json_response would append, so the header is set by hand.
    return web.Response(
        status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json"}
    )


class _Snowflakes:
    """Generates increasing snowflakes that embed the current time, as Discord's do.

    discord.py derives ``created_at`` from snowflakes, so they must decode to "now".
    """

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> int:
        now_ms = int(datetime.now(UTC).timestamp() * 1000)
        self._last = max((now_ms - DISCORD_EPOCH_MS) << 22, self._last + 1)
        return self._last


# --------------------------------------------------------------------------------------------
# World model: users, roles, members, channels, guilds, attachments.
# --------------------------------------------------------------------------------------------


@dataclass(eq=False)
class FakeUser:
    """A Discord user known to the fake."""

    id: int
    username: str
    bot: bool = False

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def payload(self) -> JSON:
        data: JSON = {
            "id": str(self.id),
            "username": self.username,
            "global_name": None if self.bot else self.username.title(),
            "discriminator": "0",
            "avatar": None,
            "banner": None,
            "accent_color": None,
            "public_flags": 0,
            "flags": 0,
            "avatar_decoration_data": None,
        }
        if self.bot:
            data["bot"] = True
        return data


@dataclass(eq=False)
class FakeRole:
    """A guild role; the @everyone role shares its id with the guild."""

    id: int
    name: str
    permissions: int
    position: int
    managed: bool = False
    bot_id: int | None = None

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"

    def payload(self) -> JSON:
        data: JSON = {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
        }
        if self.bot_id is not None:
            data["tags"] = {"bot_id": str(self.bot_id)}
        return data


@dataclass(eq=False)
class FakeMember:
    """A user's membership in a guild."""

    user: FakeUser
    role_ids: list[int]
    joined_at: str = field(default_factory=_now_iso)

    def payload(self, *, permissions: int | None = None, with_user: bool = True) -> JSON:
        data: JSON = {
            "roles": [str(r) for r in self.role_ids],
            "nick": None,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "pending": False,
            "flags": 0,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.payload()
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass(eq=False)
class FakeChannel:
    """A guild text channel (type 0), thread (10/11/12) or DM channel (type 1)."""

    id: int
    name: str
    type: int
    guild_id: int | None
    position: int = 0
    parent_id: int | None = None
    owner_id: int | None = None
    recipient: FakeUser | None = None
    auto_archive_duration: int = 1440
    created_at: str = field(default_factory=_now_iso)
    message_ids: list[int] = field(default_factory=list)
    total_message_sent: int = 0

    @property
    def is_thread(self) -> bool:
        return self.type in (10, 11, 12)

    @property
    def is_dm(self) -> bool:
        return self.type == 1

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    def payload(self) -> JSON:
        last = str(self.message_ids[-1]) if self.message_ids else None
        if self.is_dm:
            assert self.recipient is not None
            return {
                "id": str(self.id),
                "type": 1,
                "last_message_id": last,
                "recipients": [self.recipient.payload()],
                "flags": 0,
            }
        data: JSON = {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "parent_id": None if self.parent_id is None else str(self.parent_id),
            "last_message_id": last,
            "rate_limit_per_user": 0,
            "flags": 0,
        }
        if self.is_thread:
            data.update(
                owner_id=str(self.owner_id),
                message_count=len(self.message_ids),
                total_message_sent=self.total_message_sent,
                member_count=1,
                thread_metadata={
                    "archived": False,
                    "auto_archive_duration": self.auto_archive_duration,
                    "archive_timestamp": self.created_at,
                    "locked": False,
                    "create_timestamp": self.created_at,
                    "invitable": True,
                },
            )
        else:
            data.update(
                position=self.position,
                permission_overwrites=[],
                topic=None,
                nsfw=False,
                default_auto_archive_duration=1440,
            )
        return data


@dataclass(eq=False)
class FakeGuild:
    """A guild with its roles, channels, active threads and members."""

    id: int
    name: str
    owner_id: int
    roles: list[FakeRole]
    channels: list[FakeChannel]
    members: list[FakeMember]
    threads: list[FakeChannel] = field(default_factory=list)

    def channel(self, name: str) -> FakeChannel:
        """Return the channel or thread called ``name``."""
        for channel in [*self.channels, *self.threads]:
            if channel.name == name:
                return channel
        raise KeyError(name)

    def role(self, name: str) -> FakeRole:
        for role in self.roles:
            if role.name == name:
                return role
        raise KeyError(name)

    def member(self, user: FakeUser) -> FakeMember | None:
        return next((m for m in self.members if m.user.id == user.id), None)

    def permissions_for(self, user: FakeUser) -> int:
        """Guild-level permissions (channel overwrites are not modelled)."""
        if user.id == self.owner_id:
            return ALL_PERMISSIONS
        member = self.member(user)
        if member is None:
            return 0
        value = 0
        for role in self.roles:
            if role.id == self.id or role.id in member.role_ids:
                value |= role.permissions
        return ALL_PERMISSIONS if value & discord.Permissions(administrator=True).value else value

    def payload(self, *, bot_id: int, all_members: bool) -> JSON:
        """The GUILD_CREATE payload.

        Without the GUILD_MEMBERS intent Discord only includes the bot's own member.
        """
        members = [m for m in self.members if all_members or m.user.id == bot_id]
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "roles": [r.payload() for r in self.roles],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "preferred_locale": "en-US",
            "nsfw_level": 0,
            "max_members": 500_000,
            "joined_at": _now_iso(),
            "large": False,
            "unavailable": False,
            "member_count": len(self.members),
            "voice_states": [],
            "members": [m.payload() for m in members],
            "channels": [c.payload() for c in self.channels],
            "threads": [t.payload() for t in self.threads],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }


@dataclass(eq=False)
class FakeAttachment:
    """A file the fake serves at ``url`` (user uploads and files the bot sent)."""

    id: int
    filename: str
    data: bytes
    content_type: str
    url: str

    def payload(self) -> JSON:
        return {
            "id": str(self.id),
            "filename": self.filename,
            "size": len(self.data),
            "url": self.url,
            "proxy_url": self.url,
            "content_type": self.content_type,
        }


# --------------------------------------------------------------------------------------------
# Records exposed to tests.
# --------------------------------------------------------------------------------------------


@dataclass
class Violation:
    """Something the bot did that real Discord would reject (or that the fake cannot serve)."""

    kind: str
    code: int
    detail: str
    method: str = ""
    path: str = ""


@dataclass
class UploadedFile:
    """A file part of a multipart request."""

    field: str
    filename: str
    data: bytes


@dataclass
class RecordedRequest:
    """One HTTP request the bot made. ``path`` is relative to /api/v10 for API routes."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: list[UploadedFile]
    at: float
    status: int = 0


@dataclass
class TypingEvent:
    channel_id: int
    at: float


@dataclass
class SentMessage:
    """One accepted message write by the bot: a new message or an edit of an existing one.

    ``route`` is "channel" (POST/PATCH /channels/...), "callback" (interaction response type 4
    or 7), "followup" (POST /webhooks/{app}/{token}) or "webhook" (PATCH of @original or of a
    followup). ``message`` is a snapshot of the message right after the write.
    """

    route: str
    is_edit: bool
    message: JSON
    body: JSON
    files: list[UploadedFile]
    interaction: InteractionHandle | None = None

    @property
    def id(self) -> int:
        return int(self.message["id"])

    @property
    def channel_id(self) -> int:
        return int(self.message["channel_id"])

    @property
    def content(self) -> str:
        return str(self.message.get("content", ""))

    @property
    def embeds(self) -> list[JSON]:
        return list(self.message.get("embeds", []))

    @property
    def components(self) -> list[JSON]:
        return list(self.message.get("components", []))

    @property
    def ephemeral(self) -> bool:
        return bool(self.message.get("flags", 0) & EPHEMERAL)

    @property
    def allowed_mentions(self) -> JSON | None:
        value = self.body.get("allowed_mentions")
        return value if isinstance(value, dict) else None

    def pings(self) -> list[str]:
        """Who this write would notify, following Discord's allowed_mentions rules.

        Edits and ephemeral messages never notify. Without ``allowed_mentions`` Discord parses
        every mention in the content and pings the author of a replied-to message.
        """
        if self.is_edit or self.ephemeral:
            return []
        content = str(self.body.get("content") or "")
        mentions = self.allowed_mentions
        if mentions is None:
            parse = {"users", "roles", "everyone"}
            users: set[str] = set()
            roles: set[str] = set()
            replied_user = True
        else:
            parse = set(mentions.get("parse", []))
            users = {str(u) for u in mentions.get("users", [])}
            roles = {str(r) for r in mentions.get("roles", [])}
            replied_user = bool(mentions.get("replied_user", False))
        pinged = [
            f"user:{uid}"
            for uid in _USER_MENTION.findall(content)
            if "users" in parse or uid in users
        ]
        pinged += [
            f"role:{rid}"
            for rid in _ROLE_MENTION.findall(content)
            if "roles" in parse or rid in roles
        ]
        if ("@everyone" in content or "@here" in content) and "everyone" in parse:
            pinged.append("everyone")
        referenced = self.message.get("referenced_message")
        if replied_user and isinstance(referenced, dict):
            pinged.append(f"reply:{referenced['author']['id']}")
        return pinged


@dataclass
class InteractionCallback:
    """One POST /interactions/{id}/{token}/callback attempt and how the fake answered it."""

    type: int
    data: JSON
    status: int
    error_code: int | None
    delay: float
    files: list[UploadedFile]

    @property
    def accepted(self) -> bool:
        return 200 <= self.status < 300


class InteractionHandle:
    """A dispatched interaction; await its initial response, followups and edits.

    ``callbacks`` lists every initial-response attempt (``status`` stays 0 while the fake is
    still handling it). ``messages`` lists every accepted message write tied to this
    interaction in order (type 4/7 callbacks, followups, edits of @original or of followups);
    ``followups`` and ``edits`` are the subsets from those two routes.
    """

    def __init__(self, fake: FakeDiscord, payload: JSON, channel: FakeChannel) -> None:
        self.fake = fake
        self.payload = payload
        self.channel = channel
        self.id = int(payload["id"])
        self.token: str = payload["token"]
        self.type = int(payload["type"])
        self.dispatched_at = 0.0
        self.callbacks: list[InteractionCallback] = []
        self.messages: list[SentMessage] = []
        self.followups: list[SentMessage] = []
        self.edits: list[SentMessage] = []
        self.original_id: int | None = None
        self.message_ids: set[int] = set()
        self.ack_claimed = False

    @property
    def acknowledged(self) -> bool:
        return any(cb.accepted for cb in self.callbacks)

    @property
    def original(self) -> JSON | None:
        """The current state of the original response message, if there is one."""
        if self.original_id is None:
            return None
        return self.fake.message(self.original_id)

    async def response(self, timeout: float = 5.0) -> InteractionCallback:
        """The first callback attempt once answered, accepted or not."""
        return await self.fake.wait_until(
            lambda: self.callbacks[0] if self.callbacks and self.callbacks[0].status else None,
            timeout,
            f"the initial response to interaction {self.id}",
        )

    async def reply(self, timeout: float = 5.0) -> SentMessage:
        """The first message the user sees: a type 4/7 response, first followup or edit."""
        return await self.fake.wait_until(
            lambda: self.messages[0] if self.messages else None,
            timeout,
            f"a reply to interaction {self.id}",
        )

    async def followup(self, index: int = 0, timeout: float = 5.0) -> SentMessage:
        """The ``index``-th followup (0-based)."""
        return await self.fake.wait_until(
            lambda: self.followups[index] if len(self.followups) > index else None,
            timeout,
            f"followup #{index} of interaction {self.id}",
        )

    async def choices(self, timeout: float = 5.0) -> list[JSON]:
        """The choices of an autocomplete result (callback type 8)."""
        callback = await self.response(timeout)
        if callback.type != CallbackType.AUTOCOMPLETE_RESULT or not callback.accepted:
            raise AssertionError(f"expected an accepted autocomplete result, got {callback}")
        return list(callback.data.get("choices", []))


class DiscordError(Exception):
    """An error response in Discord's format; raised by route handlers.

    ``violation`` is False for errors a correct bot may legitimately provoke (looking up a
    deleted message), so that they are not reported by :meth:`FakeDiscord.assert_clean`.
    """

    def __init__(
        self,
        status: int,
        code: int,
        message: str,
        *,
        kind: str,
        errors: list[tuple[str, str]] | None = None,
        violation: bool = True,
    ) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.kind = kind
        self.errors = errors or []
        self.violation = violation

    def detail(self) -> str:
        parts = [self.message, *(f"{path}: {text}" for path, text in self.errors)]
        return "; ".join(parts)

    def response(self) -> web.Response:
        body: JSON = {"message": self.message, "code": self.code}
        if self.errors:
            body["errors"] = {
                path: {"_errors": [{"code": "INVALID", "message": text}]}
                for path, text in self.errors
            }
        return _json_response(body, self.status)


def _invalid_form(errors: list[tuple[str, str]], kind: str = "invalid_form_body") -> DiscordError:
    return DiscordError(400, 50035, "Invalid Form Body", kind=kind, errors=errors)


# --------------------------------------------------------------------------------------------
# Validation of what the bot sends.
# --------------------------------------------------------------------------------------------


def _max_len(errors: list[tuple[str, str]], path: str, value: Any, limit: int) -> None:
    if isinstance(value, str) and len(value) > limit:
        errors.append((path, f"Must be {limit} or fewer in length."))


def _check_embeds(embeds: Any, errors: list[tuple[str, str]]) -> None:
    if not isinstance(embeds, list):
        return
    if len(embeds) > 10:
        errors.append(("embeds", "Must be 10 or fewer in length."))
    total = 0
    for i, embed in enumerate(embeds):
        path = f"embeds.{i}"
        title, description = embed.get("title") or "", embed.get("description") or ""
        footer = (embed.get("footer") or {}).get("text") or ""
        author = (embed.get("author") or {}).get("name") or ""
        _max_len(errors, f"{path}.title", title, 256)
        _max_len(errors, f"{path}.description", description, 4096)
        _max_len(errors, f"{path}.footer.text", footer, 2048)
        _max_len(errors, f"{path}.author.name", author, 256)
        total += len(title) + len(description) + len(footer) + len(author)
        fields = embed.get("fields") or []
        if len(fields) > 25:
            errors.append((f"{path}.fields", "Must be 25 or fewer in length."))
        for j, embed_field in enumerate(fields):
            name, value = embed_field.get("name") or "", embed_field.get("value") or ""
            if not name or not value:
                errors.append((f"{path}.fields.{j}", "Field name and value are required."))
            _max_len(errors, f"{path}.fields.{j}.name", name, 256)
            _max_len(errors, f"{path}.fields.{j}.value", value, 1024)
            total += len(name) + len(value)
    if total > 6000:
        errors.append(("embeds", "Embed size exceeds maximum size of 6000"))


def _walk_components(components: list[JSON]) -> Iterator[JSON]:
    for component in components:
        yield component
        yield from _walk_components(component.get("components") or [])
        accessory = component.get("accessory")
        if isinstance(accessory, dict):
            yield accessory


def _check_components(components: Any, v2: bool, errors: list[tuple[str, str]]) -> None:
    if not isinstance(components, list):
        return
    if v2:
        if sum(1 for _ in _walk_components(components)) > 40:
            errors.append(("components", "Must be 40 or fewer in total."))
    else:
        if len(components) > 5:
            errors.append(("components", "Must be 5 or fewer in length."))
        for i, row in enumerate(components):
            children = row.get("components") or []
            if row.get("type") != 1:
                errors.append((f"components.{i}", "Top-level components must be action rows."))
            elif not 1 <= len(children) <= 5:
                errors.append((f"components.{i}.components", "Must be between 1 and 5 in length."))
            elif len(children) > 1 and any(c.get("type") != 2 for c in children):
                errors.append((f"components.{i}", "A select menu must be alone in its row."))
    seen: set[str] = set()
    for component in _walk_components(components):
        custom_id = component.get("custom_id")
        if component.get("type") == 2:
            _max_len(errors, "components.label", component.get("label"), 80)
            is_link = component.get("style") == 5
            if is_link != ("url" in component) or (is_link and custom_id is not None):
                errors.append(("components", "Link buttons need a url and no custom_id."))
            elif not is_link and component.get("style") != 6 and not custom_id:
                errors.append(("components", "Buttons need a custom_id."))
        if custom_id is None:
            continue
        if not isinstance(custom_id, str) or not 1 <= len(custom_id) <= 100:
            errors.append(("components.custom_id", "Must be between 1 and 100 in length."))
        elif custom_id in seen:
            errors.append(("components.custom_id", f"Duplicate custom_id {custom_id!r}."))
        seen.add(custom_id)
        if component.get("type") == 3 and len(component.get("options") or []) > 25:
            errors.append(("components.options", "Must be 25 or fewer in length."))


def _check_allowed_mentions(value: Any, errors: list[tuple[str, str]]) -> None:
    if not isinstance(value, dict):
        return
    parse = value.get("parse") or []
    for kind in ("users", "roles"):
        if kind in parse and value.get(kind):
            errors.append(("allowed_mentions", f"parse:[{kind}] and {kind}: [ids] are exclusive"))


def _check_message(body: JSON, *, creating: bool, has_files: bool) -> None:
    """Raise the DiscordError that Discord would return for this message body, if any."""
    errors: list[tuple[str, str]] = []
    content = body.get("content")
    _max_len(errors, "content", content, 2000)
    v2 = bool((body.get("flags") or 0) & COMPONENTS_V2)
    if v2 and (content or body.get("embeds")):
        errors.append(("content", "Cannot send content or embeds with the IS_COMPONENTS_V2 flag."))
    _check_embeds(body.get("embeds"), errors)
    _check_components(body.get("components"), v2, errors)
    _check_allowed_mentions(body.get("allowed_mentions"), errors)
    if errors:
        raise _invalid_form(errors)
    has_body = any(body.get(key) for key in ("content", "embeds", "components", "sticker_ids"))
    if creating and not (has_body or has_files or body.get("poll")):
        raise DiscordError(400, 50006, "Cannot send an empty message", kind="empty_message")


def _check_command(body: Any, index: int, errors: list[tuple[str, str]]) -> None:
    if not isinstance(body, dict):
        errors.append((f"{index}", "Must be an object."))
        return
    command_type = body.get("type", 1)
    name = body.get("name")
    path = f"{index}"
    if command_type == 1:
        if not isinstance(name, str) or not _COMMAND_NAME.match(name) or name != name.lower():
            errors.append((f"{path}.name", f"Invalid chat input command name {name!r}."))
        description = body.get("description")
        if not isinstance(description, str) or not 1 <= len(description) <= 100:
            errors.append((f"{path}.description", "Must be between 1 and 100 in length."))
    elif not isinstance(name, str) or not 1 <= len(name) <= 32:
        errors.append((f"{path}.name", "Must be between 1 and 32 in length."))
    # Discord documents a string bitfield but also accepts an integer (discord.py sends one).
    perms = body.get("default_member_permissions")
    valid = perms is None or (
        (isinstance(perms, int) and not isinstance(perms, bool) and perms >= 0)
        or (isinstance(perms, str) and perms.isdigit())
    )
    if not valid or (perms is not None and int(perms) & ~ALL_PERMISSIONS):
        errors.append(
            (f"{path}.default_member_permissions", f"Invalid permission bitfield {perms!r}.")
        )
    _check_options(body.get("options") or [], f"{path}.options", errors)


def _check_options(options: list[JSON], path: str, errors: list[tuple[str, str]]) -> None:
    if len(options) > 25:
        errors.append((path, "Must be 25 or fewer in length."))
    seen_optional = False
    for i, option in enumerate(options):
        opt_path = f"{path}.{i}"
        name = option.get("name")
        if not isinstance(name, str) or not _COMMAND_NAME.match(name) or name != name.lower():
            errors.append((f"{opt_path}.name", f"Invalid option name {name!r}."))
        description = option.get("description")
        if not isinstance(description, str) or not 1 <= len(description) <= 100:
            errors.append((f"{opt_path}.description", "Must be between 1 and 100 in length."))
        if option.get("type") not in range(1, 12):
            errors.append((f"{opt_path}.type", f"Invalid option type {option.get('type')!r}."))
        if option.get("required"):
            if seen_optional:
                errors.append((opt_path, "Required options must be placed before optional."))
        else:
            seen_optional = True
        choices = option.get("choices") or []
        if len(choices) > 25:
            errors.append((f"{opt_path}.choices", "Must be 25 or fewer in length."))
        if choices and option.get("autocomplete"):
            errors.append((opt_path, "Autocomplete and choices are mutually exclusive."))
        if option.get("type") in (1, 2):
            _check_options(option.get("options") or [], f"{opt_path}.options", errors)


def _normalized_command_key(command: JSON) -> str:
    """What makes two command definitions "the same" (ids and versions excluded)."""
    relevant = {k: v for k, v in command.items() if k not in {"id", "version", "application_id"}}
    return json.dumps(relevant, sort_keys=True)


# --------------------------------------------------------------------------------------------
# Gateway.
# --------------------------------------------------------------------------------------------


class _FrameEncoder:
    """Encodes gateway payloads with the transport compression the client asked for.

    discord.py asks for ``zstd-stream`` when ``zstandard`` is importable and ``zlib-stream``
    otherwise. Both are one compression context per connection, flushed after each payload.
    """

    def __init__(self, compress: str | None) -> None:
        self._encode: Callable[[bytes], bytes] | None
        if compress == "zlib-stream":
            zlib_context = zlib.compressobj()
            self._encode = lambda data: (
                zlib_context.compress(data) + zlib_context.flush(zlib.Z_SYNC_FLUSH)
            )
        elif compress == "zstd-stream":
            import zstandard  # only importable when discord.py itself can request zstd

            zstd_context = zstandard.ZstdCompressor().compressobj()
            self._encode = lambda data: (
                zstd_context.compress(data) + zstd_context.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
            )
        elif compress is None:
            self._encode = None
        else:
            raise ValueError(f"unsupported gateway compression {compress!r}")

    def encode(self, payload: JSON) -> str | bytes:
        text = json.dumps(payload, separators=(",", ":"))
        return text if self._encode is None else self._encode(text.encode())


@dataclass(eq=False)
class _GatewaySession:
    """Survives reconnects so RESUME can replay what the client missed."""

    session_id: str
    seq: int = 0
    backlog: list[JSON] = field(default_factory=list)


class _GatewayConnection:
    def __init__(self, ws: web.WebSocketResponse, encoder: _FrameEncoder) -> None:
        self.ws = ws
        self.encoder = encoder
        self.session: _GatewaySession | None = None
        self._lock = asyncio.Lock()

    async def send(self, payload: JSON) -> None:
        # Compression contexts are stateful: encoding and sending must not interleave.
        async with self._lock:
            if self.ws.closed:
                return
            frame = self.encoder.encode(payload)
            with contextlib.suppress(ConnectionError):
                if isinstance(frame, str):
                    await self.ws.send_str(frame)
                else:
                    await self.ws.send_bytes(frame)


# --------------------------------------------------------------------------------------------
# The fake.
# --------------------------------------------------------------------------------------------

ChannelRef = FakeChannel | int
MessageRef = Mapping[str, Any] | SentMessage | int

# The parsed body of the request being handled: the middleware must parse it (to record it)
# before the route handler runs, and a multipart stream cannot be read twice.
_REQUEST_BODY: ContextVar[tuple[Any, list[UploadedFile]]] = ContextVar("_REQUEST_BODY")


class _ErrorCollector(logging.Handler):
    """Collects ERROR records; wakes :meth:`FakeDiscord.wait_until` (possibly from a thread)."""

    def __init__(self, sink: list[logging.LogRecord], notify: Callable[[], None]) -> None:
        super().__init__(logging.ERROR)
        self.sink = sink
        self.notify = notify
        self.loop: asyncio.AbstractEventLoop | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(record)
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.notify)


class FakeDiscord:
    """Fake Discord REST API v10 + gateway on 127.0.0.1, run in the test's event loop.

    The default world has one guild per name in ``guild_names``, each with a ``general``
    text channel, the roles ``@everyone``, ``Admin`` (administrator + manage guild) and the
    bot's managed role, and three members: the bot, :attr:`admin` (guild owner with the Admin
    role) and :attr:`member` (no roles). :attr:`guild` and :attr:`channel` are the first guild
    and its ``general`` channel.

    ``ack_deadline`` is Discord's 3-second limit for the initial interaction response;
    ``enabled_privileged_intents`` mimics the developer-portal switches (IDENTIFY asking for
    more is closed with 4014, as Discord does).
    """

    def __init__(
        self,
        *,
        token: str = "fake-bot-token",
        bot_name: str = "newsbot",
        guild_names: Sequence[str] = ("Test Guild",),
        ack_deadline: float = 3.0,
        heartbeat_interval_ms: int = 41_250,
        enabled_privileged_intents: int = PRIVILEGED_INTENTS,
        bot_permissions: int = DEFAULT_BOT_PERMISSIONS,
    ) -> None:
        self.token = token
        self.ack_deadline = ack_deadline
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.enabled_privileged_intents = enabled_privileged_intents
        self._ids = _Snowflakes()

        self.bot_user = FakeUser(self._ids.next(), bot_name, bot=True)
        self.application_id = self.bot_user.id
        self.admin = FakeUser(self._ids.next(), "alice")
        self.member = FakeUser(self._ids.next(), "bob")
        self.users: dict[int, FakeUser] = {
            u.id: u for u in (self.bot_user, self.admin, self.member)
        }
        self._bot_permissions = bot_permissions
        self.guilds: list[FakeGuild] = [self._make_guild(name) for name in guild_names]
        self.dm_channels: dict[int, FakeChannel] = {}

        # What the bot did.
        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self.errors: list[logging.LogRecord] = []
        self.sent: list[SentMessage] = []
        self.typing: list[TypingEvent] = []
        self.gateway_received: list[JSON] = []
        self.presence_updates: list[JSON] = []
        self.command_puts: list[tuple[int | None, list[JSON]]] = []
        self.gateway_compression: str | None = None
        self.intents = 0
        self.identify_count = 0
        self.resume_count = 0
        self.gateway_close_codes: list[int | None] = []

        self._commands: dict[int | None, list[JSON]] = {}
        self._messages: dict[int, JSON] = {}
        self._cdn_files: dict[int, FakeAttachment] = {}
        self._interactions: dict[int, InteractionHandle] = {}
        self._by_token: dict[str, InteractionHandle] = {}
        self._session: _GatewaySession | None = None
        self._conn: _GatewayConnection | None = None
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._error_collector = _ErrorCollector(self.errors, self._notify)
        self.port = 0

    # ---------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        """Bind a free port on 127.0.0.1 and start serving; capture discord/asyncio errors."""
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024 * 1024)
        self._add_routes(app)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        self._error_collector.loop = asyncio.get_running_loop()
        for name in ("discord", "asyncio"):
            logging.getLogger(name).addHandler(self._error_collector)

    async def stop(self) -> None:
        """Close the gateway connection and the server. Close the bot first."""
        for name in ("discord", "asyncio"):
            logging.getLogger(name).removeHandler(self._error_collector)
        if self._conn is not None:
            await self._conn.ws.close(code=1001, message=b"fake Discord is shutting down")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        """The value for ``discord.http.Route.BASE``."""
        return f"{self.base_url}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        """The value for ``DiscordWebSocket.DEFAULT_GATEWAY`` (and ``resume_gateway_url``)."""
        return f"ws://127.0.0.1:{self.port}/"

    # ---------------------------------------------------------------- world helpers

    @property
    def guild(self) -> FakeGuild:
        return self.guilds[0]

    @property
    def channel(self) -> FakeChannel:
        return self.guild.channel("general")

    def _make_guild(self, name: str) -> FakeGuild:
        guild_id = self._ids.next()
        admin_role = FakeRole(self._ids.next(), "Admin", ADMIN_PERMISSIONS, position=2)
        bot_role = FakeRole(
            self._ids.next(),
            self.bot_user.username,
            self._bot_permissions,
            position=1,
            managed=True,
            bot_id=self.bot_user.id,
        )
        return FakeGuild(
            id=guild_id,
            name=name,
            owner_id=self.admin.id,
            roles=[
                FakeRole(guild_id, "@everyone", EVERYONE_PERMISSIONS, position=0),
                bot_role,
                admin_role,
            ],
            channels=[FakeChannel(self._ids.next(), "general", 0, guild_id)],
            members=[
                FakeMember(self.bot_user, [bot_role.id]),
                FakeMember(self.admin, [admin_role.id]),
                FakeMember(self.member, []),
            ],
        )

    async def add_user(
        self, username: str, *, roles: Sequence[FakeRole] = (), guild: FakeGuild | None = None
    ) -> FakeUser:
        """Add a user as a member of ``guild`` (GUILD_MEMBER_ADD if the bot is connected)."""
        guild = guild or self.guild
        user = FakeUser(self._ids.next(), username)
        self.users[user.id] = user
        member = FakeMember(user, [r.id for r in roles])
        guild.members.append(member)
        await self._emit("GUILD_MEMBER_ADD", {**member.payload(), "guild_id": str(guild.id)})
        return user

    async def add_channel(self, name: str, *, guild: FakeGuild | None = None) -> FakeChannel:
        """Add a text channel to ``guild`` (CHANNEL_CREATE if the bot is connected)."""
        guild = guild or self.guild
        channel = FakeChannel(self._ids.next(), name, 0, guild.id, position=len(guild.channels))
        guild.channels.append(channel)
        await self._emit("CHANNEL_CREATE", channel.payload())
        return channel

    def dm_channel(self, user: FakeUser) -> FakeChannel:
        """The bot's DM channel with ``user`` (created on first use, like Discord)."""
        if user.id not in self.dm_channels:
            self.dm_channels[user.id] = FakeChannel(self._ids.next(), "", 1, None, recipient=user)
        return self.dm_channels[user.id]

    def get_channel(self, ref: ChannelRef) -> FakeChannel:
        channel_id = ref.id if isinstance(ref, FakeChannel) else ref
        for guild in self.guilds:
            for channel in [*guild.channels, *guild.threads]:
                if channel.id == channel_id:
                    return channel
        for dm in self.dm_channels.values():
            if dm.id == channel_id:
                return dm
        raise KeyError(channel_id)

    def _guild_of(self, channel: FakeChannel) -> FakeGuild | None:
        return next((g for g in self.guilds if g.id == channel.guild_id), None)

    @property
    def threads(self) -> list[FakeChannel]:
        return [t for g in self.guilds for t in g.threads]

    def upload(
        self, filename: str, data: bytes, content_type: str = "text/plain"
    ) -> FakeAttachment:
        """Register a user-uploaded file, served at ``/attachments/{id}/{filename}``."""
        attachment_id = self._ids.next()
        attachment = FakeAttachment(
            attachment_id,
            filename,
            data,
            content_type,
            f"{self.base_url}/attachments/{attachment_id}/{filename}",
        )
        self._cdn_files[attachment_id] = attachment
        return attachment

    def message(self, message_id: int) -> JSON | None:
        """The stored message (as Discord has it, before any content-intent redaction)."""
        return self._messages.get(message_id)

    def messages_in(self, channel: ChannelRef) -> list[JSON]:
        return [self._messages[mid] for mid in self.get_channel(channel).message_ids]

    # ---------------------------------------------------------------- application commands

    @property
    def global_commands(self) -> list[JSON]:
        return list(self._commands.get(None, []))

    def guild_commands(self, guild: FakeGuild | None = None) -> list[JSON]:
        return list(self._commands.get((guild or self.guild).id, []))

    def sync_count(self, guild: FakeGuild | None = None) -> int:
        """How many bulk PUTs replaced the global (``guild=None``) or ``guild``'s commands."""
        scope = None if guild is None else guild.id
        return sum(1 for s, _ in self.command_puts if s == scope)

    def _command_for(self, name: str, command_type: int, guild: FakeGuild | None) -> JSON:
        """A synced command as the Discord client would offer it in ``guild``."""
        scopes = ([guild.id] if guild else []) + [None]
        for scope in scopes:
            for command in self._commands.get(scope, []):
                if command["name"] == name and command["type"] == command_type:
                    return command
        raise LookupError(
            f"no synced command {name!r} of type {command_type}: Discord would not show it. "
            "Did the bot sync its command tree?"
        )

    # ---------------------------------------------------------------- problems

    def _violate(self, kind: str, code: int, detail: str, method: str = "", path: str = "") -> None:
        self.violations.append(Violation(kind, code, detail, method, path))
        self._notify()

    def assert_clean(self) -> None:
        """Fail if the bot broke a Discord rule or discord.py logged an error."""
        problems = [f"violation: {v}" for v in self.violations]
        for record in self.errors:
            text = f"{record.name}: {record.getMessage()}"
            if record.exc_info:
                text += "\n" + "".join(traceback.format_exception(*record.exc_info))
            problems.append(f"logged error: {text}")
        if problems:
            raise AssertionError("fake Discord saw problems:\n" + "\n".join(problems))

    def assert_no_pings(self, *, strict: bool = True) -> None:
        """Fail if any bot message could notify someone.

        Non-strict: computes who each new message actually pings from its content and
        ``allowed_mentions``. Strict additionally requires every new non-ephemeral message
        to carry ``allowed_mentions`` with an empty ``parse`` and no explicit users/roles or
        ``replied_user``, so a later content change cannot start pinging people.
        """
        problems = [f"{s.route} message {s.id} pings {s.pings()}" for s in self.sent if s.pings()]
        if strict:
            for s in self.sent:
                if s.is_edit or s.ephemeral:
                    continue
                mentions = s.allowed_mentions
                locked = mentions is not None and not any(
                    mentions.get(key) for key in ("parse", "users", "roles", "replied_user")
                )
                if not locked:
                    problems.append(f"{s.route} message {s.id} has allowed_mentions={mentions!r}")
        if problems:
            raise AssertionError("bot messages may ping:\n" + "\n".join(problems))

    # ---------------------------------------------------------------- waiting

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_until(
        self, check: Callable[[], T | None], timeout: float = 5.0, what: str = "a condition"
    ) -> T:
        """Wait until ``check()`` returns something truthy and return it.

        ``check`` is re-evaluated whenever the fake's state changes (any request, gateway
        frame, violation). Raises AssertionError on timeout, naming ``what``.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = check()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = [f"{r.method} {r.path} -> {r.status}" for r in self.requests[-10:]]
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {what}; recent requests: {recent}; "
                    f"violations: {self.violations}"
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    async def wait_for_message(
        self,
        channel: ChannelRef | None = None,
        predicate: Callable[[SentMessage], bool] | None = None,
        timeout: float = 5.0,
    ) -> SentMessage:
        """The first new (not edited) bot message, optionally in ``channel`` and matching."""
        channel_id = None if channel is None else self.get_channel(channel).id

        def check() -> SentMessage | None:
            for sent in self.sent:
                if sent.is_edit or (channel_id is not None and sent.channel_id != channel_id):
                    continue
                if predicate is None or predicate(sent):
                    return sent
            return None

        return await self.wait_until(check, timeout, f"a bot message in channel {channel_id}")

    async def wait_for_request(
        self, method: str, path_pattern: str, timeout: float = 5.0
    ) -> RecordedRequest:
        """The first answered request whose path fully matches the regex ``path_pattern``."""
        pattern = re.compile(path_pattern)
        return await self.wait_until(
            lambda: next(
                (
                    r
                    for r in self.requests
                    if r.status and r.method == method and pattern.fullmatch(r.path)
                ),
                None,
            ),
            timeout,
            f"{method} {path_pattern}",
        )

    async def wait_for_typing(self, channel: ChannelRef, timeout: float = 5.0) -> TypingEvent:
        channel_id = self.get_channel(channel).id
        return await self.wait_until(
            lambda: next((t for t in self.typing if t.channel_id == channel_id), None),
            timeout,
            f"typing in channel {channel_id}",
        )

    async def wait_for_thread(
        self, parent: ChannelRef | None = None, timeout: float = 5.0
    ) -> FakeChannel:
        parent_id = None if parent is None else self.get_channel(parent).id
        return await self.wait_until(
            lambda: next(
                (t for t in self.threads if parent_id is None or t.parent_id == parent_id), None
            ),
            timeout,
            f"a thread under channel {parent_id}",
        )

    async def wait_until_ready(self, timeout: float = 5.0) -> None:
        """Wait until the bot has identified and been sent READY and the GUILD_CREATEs."""
        await self.wait_until(lambda: self.identify_count > 0, timeout, "IDENTIFY")

    # ---------------------------------------------------------------- gateway side

    async def _emit(self, event: str, data: JSON) -> None:
        """Dispatch an event to the current session, if any (buffered for RESUME)."""
        session = self._session
        if session is None:
            return
        session.seq += 1
        frame = {"op": Op.DISPATCH, "t": event, "s": session.seq, "d": data}
        session.backlog.append(frame)
        conn = self._conn
        if conn is not None and conn.session is session:
            await conn.send(frame)

    async def dispatch(self, event: str, data: JSON) -> None:
        """Send an arbitrary gateway DISPATCH event to the connected bot."""
        if self._session is None:
            raise RuntimeError("the bot has not identified on the gateway yet")
        await self._emit(event, data)

    async def force_reconnect(self) -> None:
        """Send op 7 RECONNECT, making discord.py reconnect and RESUME."""
        if self._conn is None:
            raise RuntimeError("no gateway connection")
        await self._conn.send({"op": Op.RECONNECT, "d": None, "s": None, "t": None})

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        query = request.query
        compress = query.get("compress")
        if query.get("v") != "10" or query.get("encoding", "json") != "json":
            self._violate("gateway_params", 4012, f"unsupported gateway query {dict(query)}")
            await ws.close(code=4012, message=b"Invalid API version")
            return ws
        try:
            encoder = _FrameEncoder(compress)
        except ValueError as exc:
            self._violate("gateway_params", 4000, str(exc))
            await ws.close(code=4000, message=b"Unsupported compression")
            return ws
        self.gateway_compression = compress
        conn = _GatewayConnection(ws, encoder)
        if self._conn is not None:
            await self._conn.ws.close(code=4009, message=b"Replaced by a new connection")
        self._conn = conn
        await conn.send(
            {
                "op": Op.HELLO,
                "d": {"heartbeat_interval": self.heartbeat_interval_ms, "_trace": ["fake"]},
                "s": None,
                "t": None,
            }
        )
        try:
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._on_gateway_frame(conn, json.loads(msg.data))
                else:
                    self._violate("gateway_frame", 4002, f"unexpected {msg.type!r} frame")
        finally:
            if self._conn is conn:
                self._conn = None
            self.gateway_close_codes.append(ws.close_code)
            self._notify()
        return ws

    async def _on_gateway_frame(self, conn: _GatewayConnection, frame: JSON) -> None:
        self.gateway_received.append(frame)
        data: Any = frame.get("d")
        match frame.get("op"):
            case Op.HEARTBEAT:
                await conn.send({"op": Op.HEARTBEAT_ACK, "d": None, "s": None, "t": None})
            case Op.IDENTIFY:
                await self._identify(conn, data)
            case Op.RESUME:
                await self._resume(conn, data)
            case Op.PRESENCE_UPDATE:
                self.presence_updates.append(data)
            case Op.REQUEST_GUILD_MEMBERS:
                await self._send_members_chunk(data)
            case op:
                self._violate("gateway_opcode", 4001, f"unsupported opcode {op!r}: {frame}")
                await conn.ws.close(code=4001, message=b"Unknown opcode")
        self._notify()

    async def _identify(self, conn: _GatewayConnection, data: JSON) -> None:
        if data.get("token") != self.token:
            self._violate("gateway_auth", 4004, "IDENTIFY with a wrong token")
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        intents = data.get("intents")
        if not isinstance(intents, int):
            self._violate("gateway_intents", 4013, f"invalid intents {intents!r}")
            await conn.ws.close(code=4013, message=b"Invalid intent(s).")
            return
        if intents & PRIVILEGED_INTENTS & ~self.enabled_privileged_intents:
            self._violate("gateway_intents", 4014, f"privileged intents not enabled: {intents}")
            await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        self.intents = intents
        session = _GatewaySession(uuid.uuid4().hex)
        self._session = session
        conn.session = session
        ready: JSON = {
            "v": 10,
            "user": {**self.bot_user.payload(), "verified": True, "mfa_enabled": False},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds],
            "session_id": session.session_id,
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": self.application_flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "user_settings": {},
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "_trace": ["fake"],
        }
        if "shard" in data:
            ready["shard"] = data["shard"]
        await self._emit("READY", ready)
        for guild in self.guilds:
            await self._emit(
                "GUILD_CREATE",
                guild.payload(
                    bot_id=self.bot_user.id, all_members=bool(intents & GUILD_MEMBERS_INTENT)
                ),
            )
        self.identify_count += 1

    async def _resume(self, conn: _GatewayConnection, data: JSON) -> None:
        session = self._session
        if (
            session is None
            or data.get("session_id") != session.session_id
            or data.get("token") != self.token
        ):
            await conn.send({"op": Op.INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        last_seq = data.get("seq") or 0
        # Iterating by index also picks up events emitted while replaying.
        for frame in session.backlog:
            if frame["s"] > last_seq:
                await conn.send(frame)
        conn.session = session
        self.resume_count += 1
        await self._emit("RESUMED", {"_trace": ["fake"]})

    async def _send_members_chunk(self, data: JSON) -> None:
        guild = next(g for g in self.guilds if str(g.id) == str(data["guild_id"]))
        user_ids = {str(u) for u in data.get("user_ids") or []}
        query = data.get("query") or ""
        members = [
            m
            for m in guild.members
            if (str(m.user.id) in user_ids if user_ids else m.user.username.startswith(query))
        ]
        limit = data.get("limit") or len(members)
        chunk: JSON = {
            "guild_id": str(guild.id),
            "members": [m.payload() for m in members[:limit]],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce") is not None:
            chunk["nonce"] = data["nonce"]
        if data.get("presences"):
            chunk["presences"] = []
        await self._emit("GUILD_MEMBERS_CHUNK", chunk)

    @property
    def application_flags(self) -> int:
        flags = 0
        for intent, flag in _INTENT_APP_FLAGS.items():
            if self.enabled_privileged_intents & intent:
                flags |= flag
        return flags

    # ---------------------------------------------------------------- messages (model)

    def _mentions(self, content: str, guild: FakeGuild | None) -> tuple[list[JSON], list[str]]:
        users: list[JSON] = []
        for uid in dict.fromkeys(_USER_MENTION.findall(content)):
            user = self.users.get(int(uid))
            if user is None:
                continue
            payload = user.payload()
            member = guild.member(user) if guild else None
            if member is not None:
                payload["member"] = member.payload(with_user=False)
            users.append(payload)
        return users, _ROLE_MENTION.findall(content)

    def _store_files(self, files: Sequence[UploadedFile], body: JSON) -> list[JSON]:
        """Attachment payloads for uploaded ``files[n]`` parts, served by the fake."""
        described = {str(a.get("id")): a for a in body.get("attachments") or []}
        result = []
        for upload in files:
            index = upload.field.removeprefix("files[").removesuffix("]")
            filename = described.get(index, {}).get("filename") or upload.filename
            result.append(self.upload(filename, upload.data, "application/octet-stream").payload())
        return result

    def _new_message(
        self,
        channel: FakeChannel,
        author: FakeUser,
        body: JSON,
        files: Sequence[UploadedFile] = (),
        *,
        interaction: InteractionHandle | None = None,
        user_attachments: Sequence[FakeAttachment] = (),
    ) -> JSON:
        """Store a new message in ``channel`` built from a (validated) message ``body``."""
        guild = self._guild_of(channel)
        content = str(body.get("content") or "")
        mentions, mention_roles = self._mentions(content, guild)
        message: JSON = {
            "id": str(self._ids.next()),
            "channel_id": str(channel.id),
            "author": author.payload(),
            "content": content,
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts")),
            "mention_everyone": "@everyone" in content or "@here" in content,
            "mentions": mentions,
            "mention_roles": mention_roles,
            "attachments": [a.payload() for a in user_attachments] + self._store_files(files, body),
            "embeds": [{"type": "rich", **e} for e in body.get("embeds") or []],
            "components": list(body.get("components") or []),
            "reactions": [],
            "pinned": False,
            "type": 0,
            "flags": int(body.get("flags") or 0) & _SETTABLE_FLAGS,
        }
        if channel.is_thread:
            message["position"] = channel.total_message_sent
        reference = body.get("message_reference")
        if isinstance(reference, dict) and reference.get("message_id"):
            referenced = self._messages.get(int(reference["message_id"]))
            if referenced is None:
                if reference.get("fail_if_not_exists", True):
                    raise _invalid_form(
                        [("message_reference", "Unknown message")], "unknown_reference"
                    )
            else:
                message["type"] = 19
                message["message_reference"] = {
                    "type": 0,
                    "message_id": referenced["id"],
                    "channel_id": referenced["channel_id"],
                    **({"guild_id": str(guild.id)} if guild else {}),
                }
                message["referenced_message"] = copy.deepcopy(referenced)
        if interaction is not None:
            message.update(
                webhook_id=str(self.application_id),
                application_id=str(self.application_id),
                interaction_metadata=self._interaction_metadata(interaction),
            )
            if interaction.type == InteractionType.APPLICATION_COMMAND:
                is_slash = interaction.payload["data"]["type"] == 1
                message["type"] = 20 if is_slash else 23  # CHAT_INPUT / CONTEXT_MENU_COMMAND
        self._messages[int(message["id"])] = message
        channel.message_ids.append(int(message["id"]))
        channel.total_message_sent += 1
        return message

    def _interaction_metadata(self, interaction: InteractionHandle) -> JSON:
        payload = interaction.payload
        user = payload.get("member", {}).get("user") or payload.get("user")
        metadata: JSON = {
            "id": payload["id"],
            "type": payload["type"],
            "user": user,
            "authorizing_integration_owners": payload["authorizing_integration_owners"],
        }
        if interaction.original_id is not None:
            metadata["original_response_message_id"] = str(interaction.original_id)
        return metadata

    def _apply_edit(self, message: JSON, body: JSON, files: Sequence[UploadedFile]) -> None:
        if "content" in body:
            message["content"] = str(body["content"] or "")
            guild = self._guild_of(self.get_channel(int(message["channel_id"])))
            message["mentions"], message["mention_roles"] = self._mentions(
                message["content"], guild
            )
        if "embeds" in body:
            message["embeds"] = [{"type": "rich", **e} for e in body["embeds"] or []]
        if "components" in body:
            message["components"] = list(body["components"] or [])
        if "flags" in body and body["flags"] is not None:
            message["flags"] = (message["flags"] & ~SUPPRESS_EMBEDS) | (
                int(body["flags"]) & SUPPRESS_EMBEDS
            )
        if "attachments" in body:
            keep = {str(a.get("id")) for a in body["attachments"] or []}
            message["attachments"] = [a for a in message["attachments"] if a["id"] in keep]
        message["attachments"] += self._store_files(files, body)
        message["flags"] &= ~LOADING
        message["edited_timestamp"] = _now_iso()

    def _visible_to_bot(self, message: JSON) -> JSON:
        """Redact like Discord does without the message-content intent.

        Content, embeds, attachments and components are empty unless the bot wrote the
        message, is mentioned in it, or it is a DM.
        """
        channel = self.get_channel(int(message["channel_id"]))
        visible = (
            self.intents & MESSAGE_CONTENT_INTENT
            or message["author"]["id"] == str(self.bot_user.id)
            or channel.is_dm
            or any(m["id"] == str(self.bot_user.id) for m in message["mentions"])
        )
        if visible:
            return copy.deepcopy(message)
        return {
            **copy.deepcopy(message),
            "content": "",
            "embeds": [],
            "attachments": [],
            "components": [],
        }

    def _event_payload(self, message: JSON) -> JSON:
        """MESSAGE_CREATE/UPDATE payloads carry guild_id and the author's member object."""
        data = self._visible_to_bot(message)
        channel = self.get_channel(int(message["channel_id"]))
        guild = self._guild_of(channel)
        if guild is not None:
            data["guild_id"] = str(guild.id)
            author = self.users.get(int(message["author"]["id"]))
            member = guild.member(author) if author else None
            if member is not None:
                data["member"] = member.payload(with_user=False)
        return data

    def _record(
        self,
        route: str,
        is_edit: bool,
        message: JSON,
        body: JSON,
        files: Sequence[UploadedFile],
        interaction: InteractionHandle | None = None,
    ) -> SentMessage:
        sent = SentMessage(route, is_edit, copy.deepcopy(message), body, list(files), interaction)
        self.sent.append(sent)
        if interaction is not None:
            interaction.messages.append(sent)
            interaction.message_ids.add(sent.id)
            if route == "followup":
                interaction.followups.append(sent)
            elif route == "webhook":
                interaction.edits.append(sent)
        self._notify()
        return sent

    async def _announce(self, message: JSON, *, created: bool) -> None:
        if message["flags"] & EPHEMERAL:
            return
        event = "MESSAGE_CREATE" if created else "MESSAGE_UPDATE"
        await self._emit(event, self._event_payload(message))

    def add_message(
        self,
        channel: ChannelRef,
        content: str = "",
        *,
        author: FakeUser | None = None,
        components: Sequence[JSON] = (),
        embeds: Sequence[JSON] = (),
        attachments: Sequence[FakeAttachment] = (),
        reply_to: MessageRef | None = None,
    ) -> JSON:
        """Store a message without dispatching it, e.g. a bot message from a previous run
        whose persistent buttons a test then clicks."""
        body: JSON = {"content": content, "components": list(components), "embeds": list(embeds)}
        if reply_to is not None:
            body["message_reference"] = {"message_id": self._message_id(reply_to)}
        return self._new_message(
            self.get_channel(channel),
            author or self.bot_user,
            body,
            user_attachments=attachments,
        )

    async def post_user_message(
        self,
        content: str,
        *,
        author: FakeUser | None = None,
        channel: ChannelRef | None = None,
        attachments: Sequence[FakeAttachment] = (),
        reply_to: MessageRef | None = None,
    ) -> JSON:
        """A user posts a message: store it and dispatch MESSAGE_CREATE to the bot.

        Defaults to :attr:`member` in :attr:`channel`; pass ``channel=fake.dm_channel(user)``
        for a DM. Returns the full stored message (the dispatched copy may be redacted, see
        :meth:`_visible_to_bot`).
        """
        author = author or self.member
        target = self.get_channel(channel if channel is not None else self.channel)
        message = self.add_message(
            target, content, author=author, attachments=attachments, reply_to=reply_to
        )
        await self._emit("MESSAGE_CREATE", self._event_payload(message))
        return message

    def _message_id(self, ref: MessageRef) -> int:
        if isinstance(ref, int):
            return ref
        if isinstance(ref, SentMessage):
            return ref.id
        return int(ref["id"])

    # ---------------------------------------------------------------- interactions (dispatch)

    def _base_interaction(
        self, itype: InteractionType, data: JSON, user: FakeUser, channel: FakeChannel
    ) -> JSON:
        guild = self._guild_of(channel)
        payload: JSON = {
            "id": str(self._ids.next()),
            "application_id": str(self.application_id),
            "type": int(itype),
            "data": data,
            "token": secrets.token_urlsafe(48),
            "version": 1,
            "channel_id": str(channel.id),
            "locale": "en-US",
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        }
        if guild is None:
            payload.update(
                user=user.payload(),
                channel=channel.payload(),
                context=1,
                authorizing_integration_owners={"0": "0"},
                app_permissions=str(self._bot_permissions),
            )
            return payload
        member = guild.member(user)
        if member is None:
            raise ValueError(f"{user.username} is not a member of {guild.name}")
        permissions = guild.permissions_for(user)
        payload.update(
            guild_id=str(guild.id),
            guild_locale="en-US",
            guild={"id": str(guild.id), "locale": "en-US", "features": []},
            member=member.payload(permissions=permissions),
            channel={**channel.payload(), "permissions": str(permissions)},
            context=0,
            authorizing_integration_owners={"0": str(guild.id)},
            app_permissions=str(guild.permissions_for(self.bot_user)),
        )
        return payload

    async def _dispatch_interaction(self, payload: JSON, channel: FakeChannel) -> InteractionHandle:
        if self._session is None:
            raise RuntimeError("the bot has not identified on the gateway yet")
        handle = InteractionHandle(self, payload, channel)
        self._interactions[handle.id] = handle
        self._by_token[handle.token] = handle
        handle.dispatched_at = asyncio.get_running_loop().time()
        await self._emit("INTERACTION_CREATE", payload)
        return handle

    def _check_can_use(
        self, command: JSON, user: FakeUser, guild: FakeGuild | None, override: bool
    ) -> None:
        required = command.get("default_member_permissions")
        if guild is None or required is None or override:
            return
        if guild.permissions_for(user) & int(required) != int(required):
            raise PermissionError(
                f"Discord hides /{command['name']} from {user.username} "
                f"(default_member_permissions={required}); pass ignore_default_permissions=True "
                "to simulate a server admin overriding it"
            )

    async def slash(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        user: FakeUser | None = None,
        channel: ChannelRef | None = None,
        ignore_default_permissions: bool = False,
    ) -> InteractionHandle:
        """A user invokes a synced slash command (``"group sub"`` for subcommands).

        ``options`` maps option names to values: str/int/float/bool, FakeUser, FakeRole,
        FakeChannel or FakeAttachment, according to the synced option types.
        """
        return await self._command_interaction(
            name,
            options or {},
            focused=None,
            user=user,
            channel=channel,
            override=ignore_default_permissions,
        )

    async def autocomplete(
        self,
        name: str,
        options: Mapping[str, Any],
        focused: str,
        *,
        user: FakeUser | None = None,
        channel: ChannelRef | None = None,
    ) -> InteractionHandle:
        """A user types into option ``focused`` (its value in ``options`` is the raw text)."""
        return await self._command_interaction(
            name, options, focused=focused, user=user, channel=channel, override=True
        )

    async def _command_interaction(
        self,
        name: str,
        options: Mapping[str, Any],
        *,
        focused: str | None,
        user: FakeUser | None,
        channel: ChannelRef | None,
        override: bool,
    ) -> InteractionHandle:
        user = user or self.member
        target = self.get_channel(channel if channel is not None else self.channel)
        guild = self._guild_of(target)
        root, *path = name.split()
        command = self._command_for(root, 1, guild)
        self._check_can_use(command, user, guild, override)
        definitions: list[JSON] = command.get("options") or []
        parents: list[JSON] = []  # subcommand group / subcommand definitions along ``path``
        for part in path:
            sub = next((o for o in definitions if o["name"] == part and o["type"] in (1, 2)), None)
            if sub is None:
                raise LookupError(f"/{root} has no subcommand {part!r}")
            parents.append(sub)
            definitions = sub.get("options") or []
        if any(o["type"] in (1, 2) for o in definitions):
            raise LookupError(f"/{name} is a group; name a subcommand")
        resolved: JSON = {}
        built = self._build_options(definitions, options, resolved, user, guild, focused)
        for parent in reversed(parents):
            built = [{"name": parent["name"], "type": parent["type"], "options": built}]
        data: JSON = {"id": command["id"], "name": root, "type": 1, "options": built}
        if resolved:
            data["resolved"] = resolved
        if "guild_id" in command:
            data["guild_id"] = command["guild_id"]
        itype = InteractionType.AUTOCOMPLETE if focused else InteractionType.APPLICATION_COMMAND
        return await self._dispatch_interaction(
            self._base_interaction(itype, data, user, target), target
        )

    def _build_options(
        self,
        definitions: list[JSON],
        values: Mapping[str, Any],
        resolved: JSON,
        user: FakeUser,
        guild: FakeGuild | None,
        focused: str | None,
    ) -> list[JSON]:
        known = {d["name"] for d in definitions}
        if unknown := set(values) - known:
            raise ValueError(f"unknown options {sorted(unknown)}; the command has {sorted(known)}")
        built = []
        for definition in definitions:
            name = definition["name"]
            if name not in values:
                if definition.get("required") and focused is None:
                    raise ValueError(f"required option {name!r} is missing")
                continue
            option: JSON = {"name": name, "type": definition["type"]}
            if name == focused:
                option.update(value=str(values[name]), focused=True)
            else:
                option["value"] = self._option_value(
                    definition, values[name], resolved, user, guild
                )
            built.append(option)
        return built

    @staticmethod
    def _option_value(
        definition: JSON, value: Any, resolved: JSON, user: FakeUser, guild: FakeGuild | None
    ) -> Any:
        """The option's wire value, adding users/roles/channels/attachments to ``resolved``."""
        kind = definition["type"]
        expected: dict[int, tuple[type, ...]] = {
            3: (str,),
            4: (int,),
            5: (bool,),
            6: (FakeUser,),
            7: (FakeChannel,),
            8: (FakeRole,),
            9: (FakeUser, FakeRole),
            10: (int, float),
            11: (FakeAttachment,),
        }
        if not isinstance(value, expected[kind]) or (kind in (4, 10) and isinstance(value, bool)):
            raise TypeError(f"option {definition['name']!r} (type {kind}) got {value!r}")
        choices = definition.get("choices")
        if choices and value not in [c["value"] for c in choices]:
            raise ValueError(f"{value!r} is not a choice of option {definition['name']!r}")
        if isinstance(value, FakeUser):
            resolved.setdefault("users", {})[str(value.id)] = value.payload()
            member = guild.member(value) if guild else None
            if guild is not None and member is not None:
                resolved.setdefault("members", {})[str(value.id)] = member.payload(
                    permissions=guild.permissions_for(value), with_user=False
                )
            return str(value.id)
        if isinstance(value, FakeRole):
            resolved.setdefault("roles", {})[str(value.id)] = value.payload()
            return str(value.id)
        if isinstance(value, FakeChannel):
            permissions = guild.permissions_for(user) if guild else 0
            resolved.setdefault("channels", {})[str(value.id)] = {
                **value.payload(),
                "permissions": str(permissions),
            }
            return str(value.id)
        if isinstance(value, FakeAttachment):
            resolved.setdefault("attachments", {})[str(value.id)] = value.payload()
            return str(value.id)
        return value

    async def message_command(
        self,
        name: str,
        message: MessageRef,
        *,
        user: FakeUser | None = None,
    ) -> InteractionHandle:
        """A user runs message context-menu command ``name`` on ``message``."""
        user = user or self.member
        target = self._require_message(message)
        channel = self.get_channel(int(target["channel_id"]))
        guild = self._guild_of(channel)
        command = self._command_for(name, 3, guild)
        self._check_can_use(command, user, guild, False)
        data: JSON = {
            "id": command["id"],
            "name": name,
            "type": 3,
            "target_id": target["id"],
            # Context-menu targets are exempt from message-content redaction.
            "resolved": {"messages": {target["id"]: copy.deepcopy(target)}},
        }
        if "guild_id" in command:
            data["guild_id"] = command["guild_id"]
        return await self._dispatch_interaction(
            self._base_interaction(InteractionType.APPLICATION_COMMAND, data, user, channel),
            channel,
        )

    async def click(
        self, message: MessageRef, custom_id: str, *, user: FakeUser | None = None
    ) -> InteractionHandle:
        """A user clicks the button ``custom_id`` on ``message``."""
        return await self._component_interaction(message, custom_id, None, user)

    async def select(
        self,
        message: MessageRef,
        custom_id: str,
        values: Sequence[str],
        *,
        user: FakeUser | None = None,
    ) -> InteractionHandle:
        """A user picks ``values`` in the select menu ``custom_id`` on ``message``."""
        return await self._component_interaction(message, custom_id, list(values), user)

    async def _component_interaction(
        self,
        message: MessageRef,
        custom_id: str,
        values: list[str] | None,
        user: FakeUser | None,
    ) -> InteractionHandle:
        target = self._require_message(message)
        component = next(
            (
                c
                for c in _walk_components(target.get("components") or [])
                if c.get("custom_id") == custom_id
            ),
            None,
        )
        if component is None:
            raise LookupError(f"message {target['id']} has no component {custom_id!r}")
        if component.get("disabled"):
            raise ValueError(f"component {custom_id!r} is disabled; users cannot click it")
        data: JSON = {"custom_id": custom_id, "component_type": component["type"]}
        if values is not None:
            data["values"] = values
        channel = self.get_channel(int(target["channel_id"]))
        payload = self._base_interaction(
            InteractionType.MESSAGE_COMPONENT, data, user or self.member, channel
        )
        payload["message"] = copy.deepcopy(target)
        return await self._dispatch_interaction(payload, channel)

    async def submit_modal(
        self, opened_by: InteractionHandle, values: Mapping[str, str | Sequence[str]]
    ) -> InteractionHandle:
        """The user who got the modal (callback type 9) on ``opened_by`` submits it.

        ``values`` maps each input's custom_id to its text (or to the picked values for
        selects); the submitted component tree mirrors the modal's, as Discord's does.
        """
        modal = next(
            (
                cb.data
                for cb in opened_by.callbacks
                if cb.accepted and cb.type == CallbackType.MODAL
            ),
            None,
        )
        if modal is None:
            raise LookupError(f"interaction {opened_by.id} was not answered with a modal")
        remaining = dict(values)

        def fill(component: JSON) -> JSON:
            submitted: JSON = {"type": component["type"]}
            if "id" in component:
                submitted["id"] = component["id"]
            if "components" in component:
                submitted["components"] = [fill(c) for c in component["components"]]
            if "component" in component:
                submitted["component"] = fill(component["component"])
            custom_id = component.get("custom_id")
            if custom_id is not None:
                submitted["custom_id"] = custom_id
                value = remaining.pop(custom_id, "")
                if component["type"] == 4:
                    if not value and component.get("required", True):
                        raise ValueError(f"required input {custom_id!r} left empty")
                    submitted["value"] = value
                else:
                    submitted["values"] = [value] if isinstance(value, str) else list(value)
            return submitted

        data: JSON = {
            "custom_id": modal["custom_id"],
            "components": [fill(c) for c in modal["components"]],
        }
        if remaining:
            raise ValueError(f"the modal has no inputs {sorted(remaining)}")
        user_id = (opened_by.payload.get("member") or opened_by.payload)["user"]["id"]
        payload = self._base_interaction(
            InteractionType.MODAL_SUBMIT, data, self.users[int(user_id)], opened_by.channel
        )
        if "message" in opened_by.payload:
            payload["message"] = copy.deepcopy(opened_by.payload["message"])
        return await self._dispatch_interaction(payload, opened_by.channel)

    def _require_message(self, ref: MessageRef) -> JSON:
        message = self._messages.get(self._message_id(ref))
        if message is None:
            raise LookupError(f"unknown message {self._message_id(ref)}")
        return message

    # ---------------------------------------------------------------- HTTP plumbing

    def _add_routes(self, app: web.Application) -> None:
        routes: list[tuple[str, str, Callable[[web.Request], Awaitable[web.StreamResponse]]]] = [
            ("GET", "/gateway", self._get_gateway),
            ("GET", "/gateway/bot", self._get_gateway),
            ("GET", "/users/@me", self._get_me),
            ("GET", "/users/@me/channels", self._list_dms),
            ("POST", "/users/@me/channels", self._create_dm),
            ("GET", "/users/{user_id}", self._get_user),
            ("GET", "/oauth2/applications/@me", self._get_application),
            ("GET", "/applications/@me", self._get_application),
            ("GET", "/applications/{app}/commands", self._list_commands),
            ("PUT", "/applications/{app}/commands", self._put_commands),
            ("POST", "/applications/{app}/commands", self._post_command),
            ("GET", "/applications/{app}/guilds/{guild}/commands", self._list_commands),
            ("PUT", "/applications/{app}/guilds/{guild}/commands", self._put_commands),
            ("POST", "/applications/{app}/guilds/{guild}/commands", self._post_command),
            ("GET", "/guilds/{guild}/members/{user_id}", self._get_member),
            ("POST", "/interactions/{interaction}/{token}/callback", self._callback),
            ("POST", "/webhooks/{app}/{token}", self._followup),
            ("GET", "/webhooks/{app}/{token}/messages/{message}", self._webhook_message),
            ("PATCH", "/webhooks/{app}/{token}/messages/{message}", self._webhook_message),
            ("DELETE", "/webhooks/{app}/{token}/messages/{message}", self._webhook_message),
            ("GET", "/channels/{channel}", self._get_channel),
            ("GET", "/channels/{channel}/messages", self._history),
            ("POST", "/channels/{channel}/messages", self._post_message),
            ("GET", "/channels/{channel}/messages/{message}", self._channel_message),
            ("PATCH", "/channels/{channel}/messages/{message}", self._channel_message),
            ("DELETE", "/channels/{channel}/messages/{message}", self._channel_message),
            ("POST", "/channels/{channel}/typing", self._typing),
            ("POST", "/channels/{channel}/messages/{message}/threads", self._thread_from_message),
            ("POST", "/channels/{channel}/threads", self._thread_without_message),
        ]
        for method, path, handler in routes:
            app.router.add_route(method, API_PREFIX + path, handler)
        app.router.add_get("/attachments/{attachment}/{filename}", self._cdn)
        app.router.add_get("/", self._gateway)

    @web.middleware
    async def _middleware(
        self,
        request: web.Request,
        handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    ) -> web.StreamResponse:
        if request.path == "/":
            return await handler(request)
        path = request.path.removeprefix(API_PREFIX)
        record = RecordedRequest(
            request.method,
            path,
            dict(request.query),
            None,
            [],
            asyncio.get_running_loop().time(),
        )
        self.requests.append(record)
        response: web.StreamResponse
        try:
            record.json, record.files = await self._read_body(request)
            _REQUEST_BODY.set((record.json, record.files))
            self._check_auth(request, path)
            response = await handler(request)
        except DiscordError as exc:
            if exc.violation:
                self._violate(exc.kind, exc.code, exc.detail(), request.method, path)
            response = exc.response()
        except (web.HTTPNotFound, web.HTTPMethodNotAllowed):
            self._violate("unknown_route", 0, "no such route in the fake", request.method, path)
            response = _json_response({"message": "404: Not Found", "code": 0}, 404)
        except Exception as exc:
            # A 5xx would make discord.py retry with back-off for ~25 s; fail fast instead.
            _log.exception("fake Discord failed on %s %s", request.method, path)
            self._violate("fake_error", 0, repr(exc), request.method, path)
            response = _json_response({"message": f"fake error: {exc!r}", "code": 0}, 400)
        record.status = response.status
        self._notify()
        return response

    async def _read_body(self, request: web.Request) -> tuple[Any, list[UploadedFile]]:
        if request.content_type == "multipart/form-data":
            form = await request.post()
            payload: Any = None
            files = []
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    files.append(UploadedFile(name, value.filename, value.file.read()))
                elif name == "payload_json":
                    payload = json.loads(str(value))
            return payload, files
        raw = await request.read()
        return (json.loads(raw) if raw else None), []

    def _check_auth(self, request: web.Request, path: str) -> None:
        # Interaction callbacks, interaction webhooks and the CDN are unauthenticated.
        if path.startswith(("/interactions/", "/webhooks/", "/attachments/")):
            return
        if request.headers.get("Authorization") != f"Bot {self.token}":
            raise DiscordError(401, 0, "401: Unauthorized", kind="unauthorized")

    @staticmethod
    def _json_body() -> JSON:
        body = _REQUEST_BODY.get()[0]
        if not isinstance(body, dict):
            raise _invalid_form([("body", "Expected a JSON object.")])
        return body

    @staticmethod
    def _uploaded_files() -> list[UploadedFile]:
        return _REQUEST_BODY.get()[1]

    def _channel_from(self, request: web.Request) -> FakeChannel:
        try:
            return self.get_channel(int(request.match_info["channel"]))
        except (KeyError, ValueError):
            raise DiscordError(
                404,
                10003,
                "Unknown Channel",
                kind="unknown_channel",
                violation=request.method != "GET",
            ) from None

    def _stored_message(self, channel: FakeChannel, raw_id: str, *, violation: bool) -> JSON:
        message = self._messages.get(int(raw_id)) if raw_id.isdigit() else None
        if message is None or message["channel_id"] != str(channel.id):
            raise DiscordError(
                404, 10008, "Unknown Message", kind="unknown_message", violation=violation
            )
        return message

    # ---------------------------------------------------------------- routes: identity

    async def _get_gateway(self, request: web.Request) -> web.Response:
        data: JSON = {"url": self.gateway_url.rstrip("/")}
        if request.path.endswith("/bot"):
            data.update(
                shards=1,
                session_start_limit={
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 14_400_000,
                    "max_concurrency": 1,
                },
            )
        return _json_response(data)

    async def _get_me(self, request: web.Request) -> web.Response:
        return _json_response(
            {
                **self.bot_user.payload(),
                "verified": True,
                "mfa_enabled": False,
                "locale": "en-US",
                "email": None,
            }
        )

    async def _get_user(self, request: web.Request) -> web.Response:
        user = self.users.get(int(request.match_info["user_id"]))
        if user is None:
            raise DiscordError(404, 10013, "Unknown User", kind="unknown_user", violation=False)
        return _json_response(user.payload())

    async def _get_member(self, request: web.Request) -> web.Response:
        guild = self._guild_from(request)
        user = self.users.get(int(request.match_info["user_id"]))
        member = guild.member(user) if user else None
        if member is None:
            raise DiscordError(404, 10007, "Unknown Member", kind="unknown_member", violation=False)
        return _json_response(member.payload())

    async def _get_application(self, request: web.Request) -> web.Response:
        return _json_response(
            {
                "id": str(self.application_id),
                "name": self.bot_user.username,
                "icon": None,
                "description": "",
                "summary": "",
                "type": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "flags": self.application_flags,
                "owner": self.admin.payload(),
                "team": None,
                "bot": self.bot_user.payload(),
                "rpc_origins": [],
                "tags": [],
                "redirect_uris": [],
                # Must be null: otherwise discord.py warns interactions go to that URL.
                "interactions_endpoint_url": None,
                "approximate_guild_count": len(self.guilds),
                "integration_types_config": {"0": {}},
            }
        )

    # ---------------------------------------------------------------- routes: commands

    def _guild_from(self, request: web.Request) -> FakeGuild:
        raw = request.match_info.get("guild", "")
        guild = next((g for g in self.guilds if str(g.id) == raw), None)
        if guild is None:
            raise DiscordError(403, 50001, "Missing Access", kind="unknown_guild")
        return guild

    def _command_scope(self, request: web.Request) -> int | None:
        if request.match_info["app"] != str(self.application_id):
            raise DiscordError(404, 10002, "Unknown Application", kind="unknown_application")
        if "guild" not in request.match_info:
            return None
        return self._guild_from(request).id

    def _normalize_command(self, body: JSON, scope: int | None) -> JSON:
        """The command as Discord stores and returns it, reusing ids/versions when unchanged."""
        command_type = body.get("type", 1)
        perms = body.get("default_member_permissions")
        command: JSON = {
            "type": command_type,
            "name": body["name"],
            "name_localizations": body.get("name_localizations"),
            "description": body.get("description", "") if command_type == 1 else "",
            "description_localizations": body.get("description_localizations"),
            "default_member_permissions": None if perms is None else str(perms),
            "dm_permission": body.get("dm_permission", True),
            "nsfw": bool(body.get("nsfw", False)),
            "integration_types": body.get("integration_types") or [0],
            "contexts": body.get("contexts"),
        }
        if body.get("options"):
            command["options"] = body["options"]
        if scope is not None:
            command["guild_id"] = str(scope)
        existing = next(
            (
                c
                for c in self._commands.get(scope, [])
                if c["name"] == command["name"] and c["type"] == command_type
            ),
            None,
        )
        command_id = existing["id"] if existing else str(self._ids.next())
        unchanged = existing is not None and _normalized_command_key(
            existing
        ) == _normalized_command_key(command)
        version = existing["version"] if existing and unchanged else str(self._ids.next())
        return {
            "id": command_id,
            "application_id": str(self.application_id),
            "version": version,
            **command,
        }

    def _validated_commands(self, bodies: list[Any]) -> None:
        errors: list[tuple[str, str]] = []
        for index, body in enumerate(bodies):
            _check_command(body, index, errors)
        keys = [(b.get("type", 1), b.get("name")) for b in bodies if isinstance(b, dict)]
        if len(keys) != len(set(keys)):
            errors.append(("", "Application command names must be unique per type."))
        if sum(1 for kind, _ in keys if kind == 1) > 100:
            errors.append(("", "Maximum number of chat input commands (100) reached."))
        if errors:
            raise _invalid_form(errors, "invalid_command")

    async def _list_commands(self, request: web.Request) -> web.Response:
        return _json_response(self._commands.get(self._command_scope(request), []))

    async def _put_commands(self, request: web.Request) -> web.Response:
        scope = self._command_scope(request)
        bodies = _REQUEST_BODY.get()[0]
        if not isinstance(bodies, list):
            raise _invalid_form([("body", "Expected an array of commands.")], "invalid_command")
        self._validated_commands(bodies)
        commands = [self._normalize_command(body, scope) for body in bodies]
        self._commands[scope] = commands
        self.command_puts.append((scope, commands))
        return _json_response(commands)

    async def _post_command(self, request: web.Request) -> web.Response:
        scope = self._command_scope(request)
        body = self._json_body()
        self._validated_commands([body])
        command = self._normalize_command(body, scope)
        existing = self._commands.setdefault(scope, [])
        existing[:] = [c for c in existing if c["id"] != command["id"]] + [command]
        return _json_response(command, 201)

    # ---------------------------------------------------------------- routes: interactions

    async def _callback(self, request: web.Request) -> web.Response:
        loop = asyncio.get_running_loop()
        handle = self._interactions.get(int(request.match_info["interaction"]))
        if handle is None or handle.token != request.match_info["token"]:
            raise DiscordError(404, 10062, "Unknown interaction", kind="unknown_interaction")
        body = self._json_body()
        callback = InteractionCallback(
            type=int(body.get("type", 0)),
            data=body.get("data") or {},
            status=0,
            error_code=None,
            delay=loop.time() - handle.dispatched_at,
            files=self._uploaded_files(),
        )
        handle.callbacks.append(callback)
        try:
            response = await self._accept_callback(handle, callback, request)
        except DiscordError as exc:
            callback.status, callback.error_code = exc.status, exc.code
            raise
        callback.status = response.status
        return response

    def _check_callback(self, handle: InteractionHandle, callback: InteractionCallback) -> None:
        """Raise what Discord answers to an unacceptable initial response."""
        if handle.ack_claimed:
            raise DiscordError(
                400, 40060, "Interaction has already been acknowledged.", kind="double_ack"
            )
        if callback.delay > self.ack_deadline:
            raise DiscordError(
                404,
                10062,
                "Unknown interaction",
                kind="late_ack",
                errors=[("", f"acknowledged after {callback.delay:.3f}s > {self.ack_deadline}s")],
            )
        if callback.type not in _ALLOWED_CALLBACKS[handle.type]:
            raise _invalid_form(
                [("type", f"Callback {callback.type} is invalid for interaction {handle.type}.")],
                "invalid_callback_type",
            )
        if callback.type in _UPDATES_MESSAGE and "message" not in handle.payload:
            raise _invalid_form(
                [("type", "There is no message to update: the modal was not opened from one.")],
                "invalid_callback_type",
            )
        has_files = bool(callback.files)
        match callback.type:
            case CallbackType.CHANNEL_MESSAGE:
                _check_message(callback.data, creating=True, has_files=has_files)
            case CallbackType.UPDATE_MESSAGE:
                _check_message(callback.data, creating=False, has_files=has_files)
            case CallbackType.AUTOCOMPLETE_RESULT:
                self._check_choices(callback.data)
            case CallbackType.MODAL:
                self._check_modal(callback.data)

    async def _accept_callback(
        self, handle: InteractionHandle, callback: InteractionCallback, request: web.Request
    ) -> web.Response:
        self._check_callback(handle, callback)
        # Claimed before any await so that a concurrent second callback gets 40060.
        handle.ack_claimed = True
        data, files = callback.data, callback.files
        message: JSON | None = None
        match callback.type:
            case CallbackType.CHANNEL_MESSAGE:
                message = self._new_message(
                    handle.channel, self.bot_user, data, files, interaction=handle
                )
                handle.original_id = int(message["id"])
                self._record("callback", False, message, data, files, handle)
                await self._announce(message, created=True)
            case CallbackType.DEFERRED_CHANNEL_MESSAGE:
                message = self._new_message(handle.channel, self.bot_user, {}, interaction=handle)
                message["flags"] = LOADING | (int(data.get("flags") or 0) & EPHEMERAL)
                handle.original_id = int(message["id"])
                await self._announce(message, created=True)
            case CallbackType.DEFERRED_UPDATE_MESSAGE:
                handle.original_id = int(handle.payload["message"]["id"])
            case CallbackType.UPDATE_MESSAGE:
                channel = self.get_channel(int(handle.payload["message"]["channel_id"]))
                message = self._stored_message(
                    channel, handle.payload["message"]["id"], violation=True
                )
                self._apply_edit(message, data, files)
                handle.original_id = int(message["id"])
                self._record("callback", True, message, data, files, handle)
                await self._announce(message, created=False)
        if request.query.get("with_response", "").lower() not in ("1", "true"):
            return web.Response(status=204)
        result: JSON = {
            "interaction": {
                "id": str(handle.id),
                "type": handle.type,
                "response_message_id": None if message is None else message["id"],
                "response_message_loading": callback.type == CallbackType.DEFERRED_CHANNEL_MESSAGE,
                "response_message_ephemeral": bool(message and message["flags"] & EPHEMERAL),
            }
        }
        if message is not None:
            result["resource"] = {"type": callback.type, "message": copy.deepcopy(message)}
        return _json_response(result)

    @staticmethod
    def _check_choices(data: JSON) -> None:
        errors: list[tuple[str, str]] = []
        choices = data.get("choices")
        if not isinstance(choices, list):
            errors.append(("data.choices", "This field is required."))
            choices = []
        if len(choices) > 25:
            errors.append(("data.choices", "Must be 25 or fewer in length."))
        for i, choice in enumerate(choices):
            name = choice.get("name")
            if not isinstance(name, str) or not 1 <= len(name) <= 100:
                errors.append((f"data.choices.{i}.name", "Must be between 1 and 100 in length."))
            _max_len(errors, f"data.choices.{i}.value", choice.get("value"), 100)
        if errors:
            raise _invalid_form(errors)

    @staticmethod
    def _check_modal(data: JSON) -> None:
        errors: list[tuple[str, str]] = []
        title, custom_id = data.get("title"), data.get("custom_id")
        if not isinstance(title, str) or not 1 <= len(title) <= 45:
            errors.append(("data.title", "Must be between 1 and 45 in length."))
        if not isinstance(custom_id, str) or not 1 <= len(custom_id) <= 100:
            errors.append(("data.custom_id", "Must be between 1 and 100 in length."))
        if not 1 <= len(data.get("components") or []) <= 5:
            errors.append(("data.components", "Must be between 1 and 5 in length."))
        if errors:
            raise _invalid_form(errors)

    def _webhook_handle(self, request: web.Request) -> InteractionHandle:
        handle = self._by_token.get(request.match_info["token"])
        if (
            handle is None
            or request.match_info["app"] != str(self.application_id)
            or not handle.acknowledged
        ):
            # Discord only knows the interaction webhook once the interaction is acknowledged.
            raise DiscordError(404, 10015, "Unknown Webhook", kind="unknown_webhook")
        return handle

    async def _followup(self, request: web.Request) -> web.Response:
        handle = self._webhook_handle(request)
        body = self._json_body()
        files = self._uploaded_files()
        _check_message(body, creating=True, has_files=bool(files))
        original = handle.original
        if original is not None and original["flags"] & LOADING:
            # After a "thinking" defer, the first followup replaces the loading message and
            # keeps the defer's ephemerality.
            self._apply_edit(original, body, files)
            message = original
            self._record("followup", False, message, body, files, handle)
            await self._announce(message, created=False)
        else:
            flags = int(body.get("flags") or 0)
            message = self._new_message(
                handle.channel, self.bot_user, {**body, "flags": flags}, files, interaction=handle
            )
            self._record("followup", False, message, body, files, handle)
            await self._announce(message, created=True)
        if request.query.get("wait", "").lower() in ("1", "true"):
            return _json_response(message)
        return web.Response(status=204)

    async def _webhook_message(self, request: web.Request) -> web.Response:
        handle = self._webhook_handle(request)
        raw_id = request.match_info["message"]
        message_id = handle.original_id if raw_id == "@original" else int(raw_id)
        if message_id is None or (
            raw_id != "@original" and message_id not in handle.message_ids | {handle.original_id}
        ):
            raise DiscordError(404, 10008, "Unknown Message", kind="unknown_message")
        message = self._messages.get(message_id)
        if message is None:
            raise DiscordError(404, 10008, "Unknown Message", kind="unknown_message")
        if request.method == "GET":
            return _json_response(message)
        if request.method == "DELETE":
            await self._delete_message(message)
            return web.Response(status=204)
        body = self._json_body()
        files = self._uploaded_files()
        _check_message(body, creating=False, has_files=bool(files))
        self._apply_edit(message, body, files)
        self._record("webhook", True, message, body, files, handle)
        await self._announce(message, created=False)
        return _json_response(message)

    async def _delete_message(self, message: JSON) -> None:
        channel = self.get_channel(int(message["channel_id"]))
        message_id = int(message["id"])
        channel.message_ids.remove(message_id)
        del self._messages[message_id]
        if not message["flags"] & EPHEMERAL:
            data: JSON = {"id": message["id"], "channel_id": message["channel_id"]}
            if channel.guild_id is not None:
                data["guild_id"] = str(channel.guild_id)
            await self._emit("MESSAGE_DELETE", data)

    # ---------------------------------------------------------------- routes: channels

    async def _get_channel(self, request: web.Request) -> web.Response:
        return _json_response(self._channel_from(request).payload())

    async def _history(self, request: web.Request) -> web.Response:
        channel = self._channel_from(request)
        limit = int(request.query.get("limit", "50"))
        before = int(request.query.get("before", str(1 << 63)))
        after = int(request.query.get("after", "0"))
        ids = [i for i in reversed(channel.message_ids) if after < i < before][:limit]
        return _json_response([self._visible_to_bot(self._messages[i]) for i in ids])

    async def _post_message(self, request: web.Request) -> web.Response:
        channel = self._channel_from(request)
        body = self._json_body()
        files = self._uploaded_files()
        _check_message(body, creating=True, has_files=bool(files))
        if int(body.get("flags") or 0) & EPHEMERAL:
            raise _invalid_form([("flags", "Only interaction responses can be ephemeral.")])
        message = self._new_message(channel, self.bot_user, body, files)
        self._record("channel", False, message, body, files)
        await self._announce(message, created=True)
        return _json_response(message)

    async def _channel_message(self, request: web.Request) -> web.Response:
        channel = self._channel_from(request)
        message = self._stored_message(
            channel, request.match_info["message"], violation=request.method != "GET"
        )
        if request.method == "GET":
            return _json_response(self._visible_to_bot(message))
        if request.method == "DELETE":
            await self._delete_message(message)
            return web.Response(status=204)
        if message["author"]["id"] != str(self.bot_user.id):
            raise DiscordError(
                403, 50005, "Cannot edit a message authored by another user", kind="forbidden"
            )
        body = self._json_body()
        files = self._uploaded_files()
        _check_message(body, creating=False, has_files=bool(files))
        self._apply_edit(message, body, files)
        self._record("channel", True, message, body, files)
        await self._announce(message, created=False)
        return _json_response(message)

    async def _typing(self, request: web.Request) -> web.Response:
        channel = self._channel_from(request)
        self.typing.append(TypingEvent(channel.id, asyncio.get_running_loop().time()))
        return web.Response(status=204)

    async def _thread_from_message(self, request: web.Request) -> web.Response:
        channel = self._channel_from(request)
        message = self._stored_message(channel, request.match_info["message"], violation=True)
        if channel.type not in (0, 5):
            raise DiscordError(
                400, 50024, "Cannot execute action on this channel type", kind="bad_channel_type"
            )
        if any(t.id == int(message["id"]) for t in self.threads):
            raise DiscordError(
                400,
                160004,
                "A thread has already been created for this message",
                kind="thread_exists",
            )
        body = self._json_body()
        # A thread started from a message shares the message's id.
        thread = await self._create_thread(
            channel, body, thread_id=int(message["id"]), thread_type=11 if channel.type == 0 else 10
        )
        message["thread"] = thread.payload()
        return _json_response(thread.payload(), 201)

    async def _thread_without_message(self, request: web.Request) -> web.Response:
        channel = self._channel_from(request)
        body = self._json_body()
        thread_type = int(body.get("type") or 12)
        if thread_type not in (11, 12) or channel.type != 0:
            raise _invalid_form([("type", f"Cannot create thread type {thread_type} here.")])
        thread = await self._create_thread(
            channel, body, thread_id=self._ids.next(), thread_type=thread_type
        )
        return _json_response(thread.payload(), 201)

    async def _create_thread(
        self, parent: FakeChannel, body: JSON, *, thread_id: int, thread_type: int
    ) -> FakeChannel:
        name = body.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 100:
            raise _invalid_form([("name", "Must be between 1 and 100 in length.")])
        duration = int(body.get("auto_archive_duration") or 1440)
        if duration not in (60, 1440, 4320, 10080):
            raise _invalid_form([("auto_archive_duration", f"Invalid duration {duration}.")])
        guild = self._guild_of(parent)
        assert guild is not None
        thread = FakeChannel(
            thread_id,
            name,
            thread_type,
            guild.id,
            parent_id=parent.id,
            owner_id=self.bot_user.id,
            auto_archive_duration=duration,
        )
        guild.threads.append(thread)
        await self._emit("THREAD_CREATE", {**thread.payload(), "newly_created": True})
        return thread

    async def _list_dms(self, request: web.Request) -> web.Response:
        return _json_response([c.payload() for c in self.dm_channels.values()])

    async def _create_dm(self, request: web.Request) -> web.Response:
        body = self._json_body()
        user = self.users.get(int(body.get("recipient_id") or 0))
        if user is None or user.bot:
            raise DiscordError(400, 50007, "Cannot send messages to this user", kind="bad_dm")
        return _json_response(self.dm_channel(user).payload())

    async def _cdn(self, request: web.Request) -> web.Response:
        attachment = self._cdn_files.get(int(request.match_info["attachment"]))
        if attachment is None or attachment.filename != request.match_info["filename"]:
            raise DiscordError(404, 0, "404: Not Found", kind="unknown_attachment")
        return web.Response(body=attachment.data, headers={"Content-Type": attachment.content_type})


@contextlib.contextmanager
def patch_discord(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's REST base URL and default gateway at ``fake``; restore on exit.

    discord.py 2.x connects straight to ``DiscordWebSocket.DEFAULT_GATEWAY`` (it no longer asks
    GET /gateway first) and builds every REST URL, webhooks included, from ``Route.BASE``.
    """
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


@contextlib.asynccontextmanager
async def running_bot(
    fake: FakeDiscord,
    bot: ClientT,
    *,
    timeout: float = 5.0,
    guild_ready_timeout: float | None = 0.05,
) -> AsyncIterator[ClientT]:
    """Log ``bot`` in to ``fake``, connect it and wait for on_ready; close it cleanly on exit.

    discord.py waits ``guild_ready_timeout`` (2 s by default) after the last GUILD_CREATE
    before firing on_ready; the fake sends all of them at once, so it is shortened here
    (pass None to keep the bot's own setting).
    """
    if guild_ready_timeout is not None:
        bot._connection.guild_ready_timeout = guild_ready_timeout
    connect: asyncio.Task[None] | None = None
    try:
        await bot.login(fake.token)
        connect = asyncio.create_task(bot.connect(), name="fake-discord-bot-connect")
        ready = asyncio.create_task(bot.wait_until_ready(), name="fake-discord-bot-ready")
        done, _ = await asyncio.wait(
            {connect, ready}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
        )
        ready.cancel()
        if ready not in done:
            if connect in done:
                connect.result()  # re-raise why the connection ended
            raise AssertionError(f"bot did not become ready within {timeout}s")
        yield bot
    finally:
        await bot.close()
        if connect is not None:
            await asyncio.wait_for(connect, timeout)
