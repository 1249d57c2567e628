"""Helpers for the entry-point tests: a clean environment, a fake-embedder engine, and the
environment for running the entry points as separate processes (``tests/fake_cli.py``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.engine import Engine
from bot.settings import BotSettings
from ingest.store import ArticleStore
from tests.fakes import FakeEmbedder

REPO = Path(__file__).resolve().parents[2]
FAKE_CLI = REPO / "tests" / "fake_cli.py"

FERRY = (
    "Ferry timetable changes\n"
    "The Glenmoor ferry now runs on Sundays.\n"
    "It carries 48 passengers and crosses the estuary in twelve minutes.\n"
)


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No developer settings leak in: no NEWSBOT_* variables, no token, no ``.env`` in the cwd."""
    for name in list(os.environ):
        if name.startswith("NEWSBOT_") or name == "DISCORD_TOKEN":
            monkeypatch.delenv(name)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    yield


def no_engine(*args: Any, **kwargs: Any) -> Engine:
    raise AssertionError("the engine (and its model) must not be loaded")


def fake_engine(settings: BotSettings) -> Engine:
    settings.corpus_dir.mkdir(parents=True, exist_ok=True)
    (settings.corpus_dir / "ferry.txt").write_text(FERRY, encoding="utf-8")
    embedder = FakeEmbedder()
    engine = Engine(settings, ArticleStore.open(settings, embedder), embedder)
    engine.ingest([settings.corpus_dir])
    return engine


def subprocess_env(settings: BotSettings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env.pop("DISCORD_TOKEN", None)
    env["NEWSBOT_DATA_DIR"] = str(settings.data_dir)
    env["NEWSBOT_CORPUS_DIR"] = str(settings.corpus_dir)
    env["PYTHONPATH"] = str(REPO)
    return env
