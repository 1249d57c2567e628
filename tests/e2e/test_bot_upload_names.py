"""/ingest of an attachment whose name had to change to be safe: the reply says under which name
it was saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.cogs.admin import renamed_note
from bot.engine import Engine
from tests.e2e.fake_discord import FakeDiscord

pytestmark = pytest.mark.e2e

FIXTURES = Path(__file__).parent / "fixtures"
FERRY_TITLE = "Glenmoor launches a tide-charged electric ferry across the Ashby estuary"


async def test_a_renamed_upload_is_reported_under_its_saved_name(
    fake: FakeDiscord, bot: Any, engine: Engine
) -> None:
    data = (FIXTURES / "glenmoor-ferry.md").read_bytes()
    renamed = fake.upload("Évil <@123> ferry`s.MD", data)
    kept = fake.upload("plain-name.md", data.replace(b"48 passengers", b"50 passengers"))
    try:
        handle = await fake.slash("ingest", {"file": renamed, "file2": kept}, user=fake.admin)
        reply = await handle.reply(timeout=30)

        assert reply.ephemeral
        assert "Saved `Évil <@\u200b123> ferry's.MD` as `Evil-123-ferry-s.md`" in reply.content
        assert "plain-name.md" not in reply.content  # its name was kept: nothing to say
        assert (engine.settings.corpus_dir / "Evil-123-ferry-s.md").is_file()
    finally:
        for article in engine.articles():
            if article.title == FERRY_TITLE:
                engine.forget(article.article_id)
    assert not (engine.settings.corpus_dir / "Evil-123-ferry-s.md").exists()


def test_a_name_with_path_parts_is_reported_by_its_saved_name() -> None:
    # The fake's CDN cannot serve a URL path holding "..", so this one is checked directly.
    assert renamed_note({"evil.md": "../../evil.md"}) == (
        "Saved `../../evil.md` as `evil.md` in the corpus folder."
    )
    assert renamed_note({}) == ""
