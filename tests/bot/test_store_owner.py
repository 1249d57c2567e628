"""One process owns an embedded store: while a bot or chat runs on it, a separate
``python -m ingest`` (a real second process) is refused at once, and says what to do instead."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.engine import Engine
from bot.settings import BotSettings
from ingest.lock import embedded_store_lock
from tests.bot.conftest import bot_settings
from tests.bot.helpers import FAKE_CLI, FERRY, clean_environment, subprocess_env

__all__ = ["clean_environment"]

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("clean_environment")]


def start(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(FAKE_CLI), *args],
        env=env,
        cwd=cwd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_ingest_is_refused_while_a_chat_runs_on_the_embedded_store(tmp_path: Path) -> None:
    settings = bot_settings(tmp_path)
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "ferry.txt").write_text(FERRY, encoding="utf-8")
    env = subprocess_env(settings)
    assert run([str(FAKE_CLI), "ingest", "--json"], env, tmp_path).returncode == 0
    (settings.corpus_dir / "bridge.txt").write_text(
        "Bridge reopens\nThe Ashby bridge reopened on Monday after repairs.\n", encoding="utf-8"
    )

    chat = start(["bot", "chat"], env, tmp_path)
    try:
        assert chat.stdout is not None and chat.stdin is not None
        # The store is owned before the engine opens, so the greeting means it is held.
        assert "Ask about the indexed articles" in chat.stdout.readline()

        # The real command, in its own process, as an operator would run it.
        refused = run(["-m", "ingest", "--json"], env, tmp_path)

        assert refused.returncode == 1
        assert refused.stdout == ""
        assert f"newsbot (pid {chat.pid}) has the embedded store" in refused.stderr
        for advice in ("/ingest", "/reindex", "NEWSBOT_CHROMA_HOST"):
            assert advice in refused.stderr
        assert "Traceback" not in refused.stderr
        assert "loading the embedding model" not in refused.stderr  # failed fast

        chat.stdin.write("Which ferry runs on Sundays?\n\n")
        chat.stdin.flush()
        assert chat.wait(timeout=60) == 0
    finally:
        if chat.poll() is None:
            chat.kill()
            chat.wait()

    # Once the chat is gone the store is free again.
    added = run([str(FAKE_CLI), "ingest", "--json"], env, tmp_path)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["articles"] == 2


def test_a_bot_does_not_start_while_an_ingest_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings: BotSettings = bot_settings(tmp_path, discord_token="not-a-real-token")

    def no_engine(*args: object, **kwargs: object) -> Engine:
        raise AssertionError("the engine must not open while another process owns the store")

    monkeypatch.setattr(Engine, "open", classmethod(no_engine))
    with embedded_store_lock(settings.store_lock_path, "python -m ingest", "wait"):
        assert cli.main([], settings) == 1
        assert cli.main(["chat"], settings) == 1
    err = capsys.readouterr().err
    assert err.count(f"python -m ingest (pid {os.getpid()}) has the embedded store") == 2


def test_server_mode_needs_no_owner(tmp_path: Path) -> None:
    settings = bot_settings(tmp_path, chroma_host="127.0.0.1")
    with cli._owning(settings), cli._owning(settings):
        pass
    assert not settings.store_lock_path.exists()
