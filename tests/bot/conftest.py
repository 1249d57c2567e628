"""An engine over the real corpus, with the real model and a real Chroma store, built once."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from bot.engine import Engine
from bot.settings import BotSettings

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def bot_settings(root: Path, **overrides: Any) -> BotSettings:
    values: dict[str, Any] = {"data_dir": root / "data", "corpus_dir": root / "corpus"}
    values.update(overrides)
    return BotSettings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def corpus_engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    root = tmp_path_factory.mktemp("engine")
    shutil.copytree(CORPUS, root / "corpus")
    settings = bot_settings(root)
    engine = Engine.open(settings, embedder=real_embedder)
    report = engine.ingest([settings.corpus_dir])
    assert len(report.added) == 4
    return engine
