"""/ingest, /reindex and /forget: who may run them, and what they do to the corpus and store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import discord
import pytest

from bot import render
from bot.engine import Engine
from ingest.lock import writer_lock
from tests.e2e.conftest import StartBot, embed_text
from tests.e2e.fake_discord import FakeDiscord, FakeRole, SentMessage

pytestmark = pytest.mark.e2e

FIXTURES = Path(__file__).parent / "fixtures"
FERRY_TITLE = "Glenmoor launches a tide-charged electric ferry across the Ashby estuary"


def corpus_files(engine: Engine) -> set[str]:
    return {p.name for p in engine.settings.corpus_dir.iterdir()}


def field(message: SentMessage, name: str) -> str:
    [embed] = message.embeds
    return next(f["value"] for f in embed["fields"] if f["name"] == name)


async def test_admin_ingests_an_upload_then_it_answers_about_it_and_forgets_it(
    fake: FakeDiscord, bot: Any, engine: Engine
) -> None:
    before = corpus_files(engine)
    upload = fake.upload("Glenmoor Ferry.md", (FIXTURES / "glenmoor-ferry.md").read_bytes())
    handle = await fake.slash("ingest", {"file": upload}, user=fake.admin)
    report = await handle.reply(timeout=30)
    try:
        assert report.ephemeral
        assert report.embeds[0]["title"] == "Ingest finished"
        assert FERRY_TITLE in field(report, "Added")
        assert corpus_files(engine) == before | {"Glenmoor-Ferry.md"}

        answer = await (
            await fake.slash("ask", {"question": "How many passengers does the Marram carry?"})
        ).reply(timeout=10)
        assert "48 passengers" in answer.embeds[0]["description"]
        assert FERRY_TITLE in answer.embeds[0]["fields"][0]["value"]

        choices = await (
            await fake.autocomplete("forget", {"article": "ferry"}, "article", user=fake.admin)
        ).choices()
        assert [c["name"] for c in choices] == [
            render.clip(f"{FERRY_TITLE} — Northern Coast Courier", 100)
        ]
        forget = await fake.slash("forget", {"article": choices[0]["value"]}, user=fake.admin)
        reply = await forget.reply(timeout=10)
        assert reply.ephemeral
        assert "Forgot" in reply.content and "file was removed" in reply.content
    finally:
        for article in engine.articles():
            if article.title == FERRY_TITLE:
                engine.forget(article.article_id)
    assert corpus_files(engine) == before
    assert all(a.title != FERRY_TITLE for a in engine.articles())


async def test_reupload_with_changes_is_an_update(
    fake: FakeDiscord, bot: Any, engine: Engine
) -> None:
    text = (FIXTURES / "glenmoor-ferry.md").read_text()
    try:
        first = fake.upload("ferry.md", text.encode())
        await (await fake.slash("ingest", {"file": first}, user=fake.admin)).reply(timeout=30)
        changed = fake.upload("ferry.md", text.replace("48 passengers", "52 passengers").encode())
        report = await (await fake.slash("ingest", {"file": changed}, user=fake.admin)).reply(
            timeout=30
        )
        assert FERRY_TITLE in field(report, "Updated")
        assert "52 passengers" in (engine.settings.corpus_dir / "ferry.md").read_text()
    finally:
        for article in engine.articles():
            if article.title == FERRY_TITLE:
                engine.forget(article.article_id)


async def test_bad_uploads_are_rejected_with_reasons_and_leave_nothing_behind(
    fake: FakeDiscord, start_bot: StartBot, engine: Engine
) -> None:
    await start_bot(max_file_bytes=5000)
    before = corpus_files(engine)
    articles = engine.articles()
    image = fake.upload("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
    binary = fake.upload("notes.txt", b"Title\n" + bytes(range(256)) * 4)
    big = fake.upload("big.txt", b"Big story\n" + b"word " * 2000)
    handle = await fake.slash(
        "ingest", {"file": image, "file2": binary, "file3": big}, user=fake.admin
    )
    report = await handle.reply(timeout=30)
    rejected = field(report, "Rejected")
    assert "photo.png: unsupported file type .png" in rejected
    assert "notes.txt: binary file, not text" in rejected
    assert "big.txt: file is 10,010 bytes, over the 5,000-byte limit" in rejected
    # sizes are checked before downloading
    assert not any(str(big.id) in r.path for r in fake.requests)
    assert any(str(binary.id) in r.path for r in fake.requests)

    # text that passes the byte check but is not an article fails in the ingest itself
    title_only = fake.upload("title only @everyone.md", b"# Just a title\n")
    report = await (await fake.slash("ingest", {"file": title_only}, user=fake.admin)).reply(
        timeout=30
    )
    assert "title-only-everyone.md: no article text found" in field(report, "Rejected")
    assert report.embeds[0]["color"] == render.ERROR_COLOUR.value

    assert corpus_files(engine) == before
    assert engine.articles() == articles


async def test_ingest_while_another_ingest_holds_the_lock(
    fake: FakeDiscord, bot: Any, engine: Engine
) -> None:
    before = corpus_files(engine)
    upload = fake.upload("ferry.md", (FIXTURES / "glenmoor-ferry.md").read_bytes())
    with writer_lock(engine.settings.lock_path):
        handle = await fake.slash("ingest", {"file": upload}, user=fake.admin)
        reply = await handle.reply(timeout=30)
    assert reply.ephemeral
    assert reply.content.startswith("another ingest is writing to this store")
    assert corpus_files(engine) == before


async def test_non_admins_are_refused(fake: FakeDiscord, bot: Any, engine: Engine) -> None:
    before = corpus_files(engine)
    articles = engine.articles()
    upload = fake.upload("ferry.md", (FIXTURES / "glenmoor-ferry.md").read_bytes())
    # Discord hides the admin commands from members without Manage Server...
    with pytest.raises(PermissionError):
        await fake.slash("ingest", {"file": upload}, user=fake.member)
    # ...and when a server overrides that, the bot still refuses at run time.
    for name, options in (
        ("ingest", {"file": upload}),
        ("forget", {"article": articles[0].article_id}),
        ("reindex", {}),
    ):
        handle = await fake.slash(name, options, user=fake.member, ignore_default_permissions=True)
        reply = await handle.reply()
        assert reply.ephemeral
        assert reply.content == render.PERMISSION_ERROR
    assert not any(str(upload.id) in r.path for r in fake.requests)
    assert corpus_files(engine) == before
    assert engine.articles() == articles


async def test_admin_commands_are_guild_only_and_need_manage_server(
    fake: FakeDiscord, bot: Any
) -> None:
    manage_guild = str(discord.Permissions(manage_guild=True).value)
    commands = {c["name"]: c for c in fake.global_commands}
    for name in ("ingest", "reindex", "forget"):
        assert commands[name]["default_member_permissions"] == manage_guild
        assert commands[name].get("contexts") == [0] or commands[name].get("dm_permission") is False
    assert commands["ask"].get("default_member_permissions") is None


async def test_admin_ids_grant_admin_by_user_or_role(
    fake: FakeDiscord, start_bot: StartBot, engine: Engine
) -> None:
    editors = FakeRole(9_000_001, "Editors", 0, position=3)
    fake.guild.roles.append(editors)
    carol = await fake.add_user("carol", roles=[editors])
    dave = await fake.add_user("dave")
    await start_bot(admin_ids=[editors.id, dave.id])
    for user in (carol, dave):
        handle = await fake.slash("reindex", user=user, ignore_default_permissions=True)
        report = await handle.reply(timeout=30)
        assert report.embeds[0]["title"] == "Re-index finished"


async def test_reindex_reports_counts(fake: FakeDiscord, bot: Any, engine: Engine) -> None:
    report = await (await fake.slash("reindex", user=fake.admin)).reply(timeout=30)
    assert report.ephemeral
    text = embed_text(report.embeds[0])
    count = len(engine.articles())
    assert f"Added 0, updated 0, unchanged {count}, removed 0, rejected 0" in text
    assert f"holds {count} articles" in text
