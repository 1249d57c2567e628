"""Proves the fake Discord works with the real discord.py client.

A tiny throwaway bot exercises every surface the newsbot e2e tests will rely on: login and
gateway handshake, command sync, slash commands (deferred, with attachments), autocomplete,
context menus, persistent buttons, on_message with typing and threads, DMs, and the Discord
rules the fake enforces (acknowledgement deadline, double acknowledgement, size limits).
"""

from __future__ import annotations

import asyncio
import gc
import io
from collections.abc import AsyncIterator

import aiohttp
import discord
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands

from tests.e2e.fake_discord import (
    CallbackType,
    FakeDiscord,
    patch_discord,
    running_bot,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

TOPICS = ["economy", "elections", "energy", "sports"]
SLOW_DELAY = 0.3


class VoteView(discord.ui.View):
    """Persistent view: registered in setup_hook, so clicks work on messages from old runs."""

    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Upvote", custom_id="vote:up", style=discord.ButtonStyle.primary)
    async def upvote(
        self, interaction: discord.Interaction, button: discord.ui.Button[VoteView]
    ) -> None:
        await interaction.response.edit_message(
            content=f"Upvoted by {interaction.user.name}", view=self
        )


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    text: discord.ui.TextInput[FeedbackModal] = discord.ui.TextInput(
        label="Your feedback", custom_id="feedback:text"
    )

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"Thanks: {self.text.value}", ephemeral=True)


class TinyBot(commands.Bot):
    async def setup_hook(self) -> None:
        self.add_view(VoteView())


def make_bot(*, message_content: bool = True) -> TinyBot:
    intents = discord.Intents.default()
    intents.message_content = message_content
    bot = TinyBot(
        command_prefix="!",
        intents=intents,
        help_command=None,
        allowed_mentions=discord.AllowedMentions.none(),
    )
    tree = bot.tree

    @tree.command(description="Check the bot is alive")
    @app_commands.default_permissions(manage_guild=True)
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send(embed=discord.Embed(title="Pong", description="alive"))

    @tree.command(description="Search news topics")
    @app_commands.describe(topic="Topic to search")
    async def search(interaction: discord.Interaction, topic: str) -> None:
        await interaction.response.send_message(f"Results for {topic}", ephemeral=True)

    @search.autocomplete("topic")
    async def topic_choices(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=t, value=t) for t in TOPICS if t.startswith(current)]

    @tree.command(description="Echo an uploaded file back in upper case")
    async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
        data = await file.read()
        await interaction.response.send_message(
            f"{file.filename}: {len(data)} bytes",
            file=discord.File(io.BytesIO(data.upper()), filename="echo.txt"),
        )

    @tree.command(description="Post a vote")
    async def vote(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Vote!", view=VoteView())

    @tree.command(description="Acknowledges too late")
    async def slow(interaction: discord.Interaction) -> None:
        await asyncio.sleep(SLOW_DELAY)
        await interaction.response.send_message("late")

    @tree.command(description="Replies with too much text")
    async def long(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("x" * 2001)

    @tree.command(description="Send feedback")
    async def feedback(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(FeedbackModal())

    @tree.command(description="Report progress by editing the reply")
    async def status(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("working")
        await interaction.edit_original_response(content="done")

    @tree.context_menu(name="Quote")
    async def quote(interaction: discord.Interaction, message: discord.Message) -> None:
        await interaction.response.send_message(
            f"{message.author.name} said: {message.content}", ephemeral=True
        )

    @bot.listen("on_message")
    async def answer(message: discord.Message) -> None:
        if message.author.bot:
            return
        if isinstance(message.channel, discord.DMChannel):
            await message.channel.send(f"DM received: {message.content}")
        elif bot.user in message.mentions:
            async with message.channel.typing():
                thread = await message.create_thread(name=f"Answer for {message.author.name}")
                await thread.send(f"You asked: {message.content}")

    return bot


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        with patch_discord(fake):
            yield fake


@pytest_asyncio.fixture
async def bot(fake: FakeDiscord) -> AsyncIterator[TinyBot]:
    async with running_bot(fake, make_bot()) as bot:
        await bot.tree.sync()
        yield bot
    fake.assert_clean()


def _discord_tasks() -> list[asyncio.Task[object]]:
    """Unfinished tasks running discord.py code."""
    return [
        task
        for task in asyncio.all_tasks()
        if not task.done()
        and "/discord/" in getattr(getattr(task.get_coro(), "cr_code", None), "co_filename", "")
    ]


async def test_login_connect_ready(fake: FakeDiscord, bot: TinyBot) -> None:
    assert bot.user is not None and bot.user.id == fake.bot_user.id
    assert bot.application_id == fake.application_id
    guild = bot.get_guild(fake.guild.id)
    assert guild is not None and guild.name == "Test Guild"
    assert guild.get_channel(fake.channel.id) is not None
    assert guild.me is not None and guild.me.guild_permissions.create_public_threads
    # Without the members intent only the bot's own member is sent; others are fetched.
    assert guild.get_member(fake.admin.id) is None
    admin = await guild.fetch_member(fake.admin.id)
    assert admin.guild_permissions.manage_guild
    member = await guild.fetch_member(fake.member.id)
    assert not member.guild_permissions.manage_guild
    assert fake.intents & discord.Intents.message_content.flag
    assert fake.gateway_compression in ("zstd-stream", "zlib-stream")
    paths = [(r.method, r.path) for r in fake.requests]
    assert ("GET", "/users/@me") in paths and ("GET", "/oauth2/applications/@me") in paths
    assert any(frame["op"] == 1 for frame in fake.gateway_received)  # heartbeats were acked


async def test_tree_sync_records_puts_and_keeps_ids(fake: FakeDiscord, bot: TinyBot) -> None:
    assert fake.sync_count() == 1
    by_name = {c["name"]: c for c in fake.global_commands}
    assert {"ping", "search", "upload", "vote", "Quote"} <= set(by_name)
    assert by_name["ping"]["default_member_permissions"] == "32"

    fetched = await bot.tree.fetch_commands()
    assert {c.name for c in fetched} == set(by_name)

    await bot.tree.sync()
    assert fake.sync_count() == 2
    again = {c["name"]: c for c in fake.global_commands}
    assert all(
        again[n]["id"] == c["id"] and again[n]["version"] == c["version"]
        for n, c in by_name.items()
    )

    assert bot.application_id is not None
    bad = {"name": "bad", "description": "x", "default_member_permissions": "manage_guild"}
    with pytest.raises(discord.HTTPException) as excinfo:
        await bot.http.bulk_upsert_global_commands(bot.application_id, [bad])
    assert excinfo.value.code == 50035
    assert [v.kind for v in fake.violations] == ["invalid_command"]
    fake.violations.clear()


async def test_slash_defer_then_followup(fake: FakeDiscord, bot: TinyBot) -> None:
    with pytest.raises(PermissionError):
        await fake.slash("ping", user=fake.member)

    handle = await fake.slash("ping", user=fake.admin)
    response = await handle.response()
    assert response.type == CallbackType.DEFERRED_CHANNEL_MESSAGE and response.accepted
    reply = await handle.reply()
    assert reply.route == "followup"
    assert reply.embeds[0]["title"] == "Pong"
    assert reply.id == handle.original_id  # the followup replaced the "thinking" message
    assert not reply.ephemeral
    fake.assert_no_pings()

    overridden = await fake.slash("ping", user=fake.member, ignore_default_permissions=True)
    await overridden.reply()


async def test_slash_with_attachment_option(fake: FakeDiscord, bot: TinyBot) -> None:
    attachment = fake.upload("notes.txt", b"hello world")
    handle = await fake.slash("upload", {"file": attachment})
    reply = await handle.reply()
    assert reply.content == "notes.txt: 11 bytes"
    assert [f.filename for f in reply.files] == ["echo.txt"]
    assert any(r.path == f"/attachments/{attachment.id}/notes.txt" for r in fake.requests)
    url = reply.message["attachments"][0]["url"]
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        assert await resp.read() == b"HELLO WORLD"


async def test_autocomplete(fake: FakeDiscord, bot: TinyBot) -> None:
    handle = await fake.autocomplete("search", {"topic": "e"}, focused="topic")
    choices = await handle.choices()
    assert [c["value"] for c in choices] == ["economy", "elections", "energy"]

    chosen = await fake.slash("search", {"topic": "energy"})
    reply = await chosen.reply()
    assert reply.content == "Results for energy" and reply.ephemeral


async def test_message_context_menu(fake: FakeDiscord, bot: TinyBot) -> None:
    message = await fake.post_user_message("Breaking news", author=fake.admin)
    handle = await fake.message_command("Quote", message)
    reply = await handle.reply()
    assert reply.content == "alice said: Breaking news"
    assert reply.ephemeral


async def test_button_click_updates_message(fake: FakeDiscord, bot: TinyBot) -> None:
    posted = await (await fake.slash("vote")).reply()
    click = await fake.click(posted, "vote:up", user=fake.admin)
    assert (await click.response()).type == CallbackType.UPDATE_MESSAGE
    assert (await click.reply()).content == "Upvoted by alice"

    # A message from a previous run: only the persistent view can handle it.
    old = fake.add_message(fake.channel, "Old vote", components=posted.components)
    click = await fake.click(old, "vote:up")
    assert (await click.reply()).content == "Upvoted by bob"


async def test_modal_submit_and_original_edit(fake: FakeDiscord, bot: TinyBot) -> None:
    opened = await fake.slash("feedback")
    modal = await opened.response()
    assert modal.type == CallbackType.MODAL and modal.data["title"] == "Feedback"
    submitted = await fake.submit_modal(opened, {"feedback:text": "great bot"})
    assert (await submitted.reply()).content == "Thanks: great bot"

    handle = await fake.slash("status")
    edit = await fake.wait_until(lambda: handle.edits[0] if handle.edits else None, what="edit")
    assert edit.id == handle.original_id and edit.content == "done"
    assert handle.original is not None and handle.original["content"] == "done"


async def test_mention_gets_typing_thread_and_reply(fake: FakeDiscord, bot: TinyBot) -> None:
    question = await fake.post_user_message(f"{fake.bot_user.mention} what's new?")
    typing = await fake.wait_for_typing(fake.channel)
    thread = await fake.wait_for_thread(fake.channel)
    assert thread.id == int(question["id"]) and thread.type == 11
    reply = await fake.wait_for_message(thread)
    assert reply.content == f"You asked: {fake.bot_user.mention} what's new?"
    post = await fake.wait_for_request("POST", rf"/channels/{thread.id}/messages")
    assert typing.at < post.at
    assert isinstance(bot.get_channel(thread.id), discord.Thread)  # THREAD_CREATE arrived
    fake.assert_no_pings()


async def test_dms_both_ways(fake: FakeDiscord, bot: TinyBot) -> None:
    await fake.post_user_message("hi bot", channel=fake.dm_channel(fake.member))
    reply = await fake.wait_for_message(fake.dm_channel(fake.member))
    assert reply.content == "DM received: hi bot"

    user = await bot.fetch_user(fake.admin.id)
    await user.send("hello alice")
    sent = await fake.wait_for_message(fake.dm_channel(fake.admin))
    assert sent.content == "hello alice"
    assert fake.requests[-2].path == "/users/@me/channels"


async def test_content_is_redacted_without_intent(fake: FakeDiscord) -> None:
    async with running_bot(fake, make_bot(message_content=False)) as bot:
        waiter = asyncio.create_task(bot.wait_for("message"))
        await fake.post_user_message("secret")
        assert (await waiter).content == ""

        waiter = asyncio.create_task(bot.wait_for("message"))
        await fake.post_user_message("open", channel=fake.dm_channel(fake.member))
        assert (await waiter).content == "open"
        await fake.wait_for_message(fake.dm_channel(fake.member))
    fake.assert_clean()


async def test_late_acknowledgement_is_rejected(fake: FakeDiscord, bot: TinyBot) -> None:
    fake.ack_deadline = 0.1
    handle = await fake.slash("slow")
    response = await handle.response(timeout=2.0)
    assert (response.status, response.error_code) == (404, 10062)
    await fake.wait_until(lambda: fake.errors, what="the command error log")
    assert [v.kind for v in fake.violations] == ["late_ack"]
    fake.violations.clear()
    fake.errors.clear()


async def test_oversize_messages_are_rejected(fake: FakeDiscord, bot: TinyBot) -> None:
    handle = await fake.slash("long")
    response = await handle.response()
    assert (response.status, response.error_code) == (400, 50035)

    channel = bot.get_channel(fake.channel.id)
    assert isinstance(channel, discord.TextChannel)
    embed = discord.Embed(title="t")
    for i in range(26):
        embed.add_field(name=f"f{i}", value="v")
    with pytest.raises(discord.HTTPException) as excinfo:
        await channel.send(embed=embed)
    assert excinfo.value.code == 50035

    await fake.wait_until(lambda: fake.errors, what="the command error log")
    assert [v.kind for v in fake.violations] == ["invalid_form_body", "invalid_form_body"]
    fake.violations.clear()
    fake.errors.clear()


async def test_second_acknowledgement_is_rejected(fake: FakeDiscord, bot: TinyBot) -> None:
    handle = await fake.slash("search", {"topic": "sports"})
    await handle.reply()
    url = f"{fake.api_base}/interactions/{handle.id}/{handle.token}/callback"
    again = {"type": 4, "data": {"content": "again"}}
    async with aiohttp.ClientSession() as session, session.post(url, json=again) as resp:
        assert resp.status == 400
        assert (await resp.json())["code"] == 40060
    assert [v.kind for v in fake.violations] == ["double_ack"]
    fake.violations.clear()


async def test_resume_after_reconnect(fake: FakeDiscord, bot: TinyBot) -> None:
    await fake.force_reconnect()
    await fake.wait_until(lambda: fake.resume_count == 1, what="RESUME")
    assert fake.identify_count == 1
    reply = await (await fake.slash("search", {"topic": "economy"})).reply()
    assert reply.content == "Results for economy"


async def test_disallowed_privileged_intent_is_refused() -> None:
    async with FakeDiscord(enabled_privileged_intents=0) as fake:
        with patch_discord(fake), pytest.raises(discord.PrivilegedIntentsRequired):
            async with running_bot(fake, make_bot()):
                pass
        assert [v.code for v in fake.violations] == [4014]


async def test_clean_shutdown(fake: FakeDiscord) -> None:
    async with running_bot(fake, make_bot()) as bot:
        assert _discord_tasks()
    assert bot.is_closed()
    await asyncio.sleep(0)
    assert _discord_tasks() == []
    gc.collect()  # surfaces "Task was destroyed but it is pending!" into fake.errors
    # One close and no reconnect. (discord.py's poll loop wins the race with Client.close()
    # and closes with 4000 rather than 1000.)
    assert len(fake.gateway_close_codes) == 1 and fake.identify_count == 1
    fake.assert_clean()
