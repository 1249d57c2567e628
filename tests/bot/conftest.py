"""An engine over the real corpus, with the real model and a real Chroma store, built once."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from bot.engine import Engine
from bot.models import Answer, Turn
from bot.settings import BotSettings

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
EVAL = Path(__file__).resolve().parents[1] / "eval"


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


def engine_with(root: Path, embedder: Any, articles: list[str]) -> Engine:
    """An engine over the first corpus and ``articles`` (paths under ``tests/eval``)."""
    shutil.copytree(CORPUS, root / "corpus")
    for name in articles:
        shutil.copy(EVAL / name, root / "corpus" / Path(name).name)
    settings = bot_settings(root)
    engine = Engine.open(settings, embedder=embedder)
    report = engine.ingest([settings.corpus_dir])
    assert len(report.added) == 4 + len(articles), report
    return engine


def converse(engine: Engine, *questions: str) -> Answer:
    """Ask the questions in order as one conversation; the last answer."""
    history: list[Turn] = []
    for question in questions:
        answer = engine.answer(question, history)
        history.append(Turn.of(answer))
    return answer


def answer_lines(answer: Answer) -> list[str]:
    """An answer's lines: one per part of a multi-part question or side of a comparison."""
    return answer.text.split("\n")


def cited_stories(answer: Answer) -> set[str]:
    """The ids of the articles an answer cites."""
    return {c.article_id for c in answer.citations}
