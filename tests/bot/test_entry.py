"""``python -m bot`` as a new user meets it: settings from ``.env``, what it says while it loads,
bad input, a closed pipe, a Chroma server that is not there. No model: the fake embedder."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import discord
import pytest

from bot import cli
from bot.client import create_bot
from bot.engine import Engine
from bot.feedback import FeedbackStore
from bot.settings import BotSettings
from ingest.settings import load_settings
from tests.bot.conftest import bot_settings
from tests.bot.helpers import (
    FAKE_CLI,
    FERRY,
    REPO,
    clean_environment,
    fake_engine,
    no_engine,
    subprocess_env,
)
from tests.chroma_server import free_port

__all__ = ["clean_environment"]

pytestmark = pytest.mark.usefixtures("clean_environment")


# ----- finding 1: settings ----------------------------------------------------------------------


def test_the_env_example_copied_to_dotenv_starts_cleanly() -> None:
    shutil.copy(REPO / ".env.example", ".env")
    settings = load_settings(BotSettings)
    assert settings.dev_guild_id is None
    assert settings.discord_token is None
    assert settings.chroma_host is None and settings.embedding_model is None
    assert settings.llm_base_url is None and settings.llm_api_key is None
    assert (settings.chroma_port, settings.admin_ids) == (8000, [])


@pytest.mark.parametrize(
    ("line", "variable", "expected"),
    [
        ("NEWSBOT_DEV_GUILD_ID=my-guild", "NEWSBOT_DEV_GUILD_ID", "integer"),
        ("NEWSBOT_ADMIN_IDS=my-guild,42", "NEWSBOT_ADMIN_IDS", "JSON list"),
        ("NEWSBOT_SHARDS=my-guild", "NEWSBOT_SHARDS", "boolean"),
    ],
)
def test_an_invalid_setting_is_one_line_naming_the_variable_and_exits_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    line: str,
    variable: str,
    expected: str,
) -> None:
    Path(".env").write_text(f"{line}\nNEWSBOT_LLM_TIMEOUT=\n")
    monkeypatch.setattr(Engine, "open", classmethod(no_engine))

    assert cli.main(["ask", "Who runs the ferry?"]) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert variable in err and expected in err
    assert "my-guild" not in err  # values may be secrets: never repeated
    assert "Traceback" not in err and "pydantic" not in err


# ----- finding 5: what it says while it loads, and no voice noise ---------------------------------


def test_opening_the_engine_says_once_what_is_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = bot_settings(tmp_path)
    engine = fake_engine(settings)
    monkeypatch.setattr(Engine, "open", classmethod(lambda cls, s, e=None: engine))

    assert cli.main(["ask", "Which ferry runs on Sundays?"], settings) == 0

    err = capsys.readouterr().err
    assert err.count("loading the embedding model") == 1
    assert str(settings.chroma_dir) in err


def test_discord_voice_warnings_are_switched_off(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on a machine without PyNaCl and davey, before the first client is built.
    monkeypatch.setattr(discord.VoiceClient, "warn_nacl", True)
    monkeypatch.setattr(discord.VoiceClient, "warn_dave", True)
    settings = bot_settings(tmp_path)
    feedback = FeedbackStore.open(tmp_path / "state")
    try:
        with caplog.at_level(logging.WARNING):
            create_bot(settings, engine=None, feedback=feedback)  # type: ignore[arg-type]
    finally:
        feedback.close()
    noise = [r.getMessage() for r in caplog.records if "is not installed" in r.getMessage()]
    assert noise == []


# ----- finding 6: CLI edges ---------------------------------------------------------------------


@pytest.mark.parametrize("question", ["", "   "])
def test_ask_an_empty_question_is_a_usage_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    question: str,
) -> None:
    monkeypatch.setattr(Engine, "open", classmethod(no_engine))
    assert cli.main(["ask", question], bot_settings(tmp_path)) == 2
    assert "Please ask a question" in capsys.readouterr().err


@pytest.mark.slow
def test_ask_into_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    """``python -m bot ask - | head -n 1``: the reader goes away after one line."""
    settings = bot_settings(tmp_path)
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "ferry.txt").write_text(FERRY, encoding="utf-8")
    env = subprocess_env(settings)
    python = [sys.executable, str(FAKE_CLI)]
    ingested = subprocess.run(
        [*python, "ingest", "--json"], env=env, cwd=tmp_path, capture_output=True, timeout=120
    )
    assert ingested.returncode == 0, ingested.stderr

    proc = subprocess.Popen(
        [*python, "bot", "ask", "--json", "-"],
        env=env,
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(b"Which ferry runs on Sundays?\n")
    proc.stdin.flush()
    first = proc.stdout.readline()
    proc.stdout.close()  # what `head -n 1` does after its line
    try:
        proc.stdin.write(b"How many passengers does it carry?\n" * 200)
        proc.stdin.close()
    except BrokenPipeError:
        pass  # it may already have stopped reading
    code = proc.wait(timeout=120)
    err = proc.stderr.read().decode()

    assert b'"question"' in first
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert code == 1


# ----- finding 3: a Chroma server that is not there ---------------------------------------------


def test_an_unreachable_chroma_server_fails_before_the_model_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(Engine, "open", classmethod(no_engine))
    port = free_port()  # nothing listens there
    settings = bot_settings(tmp_path, chroma_host="127.0.0.1", chroma_port=port)

    assert cli.main(["ask", "Which ferry runs on Sundays?"], settings) == 1

    err = capsys.readouterr().err
    assert f"cannot reach the Chroma server at 127.0.0.1:{port}" in err
    assert "loading the embedding model" not in err
