"""``python -m bot status [--json]``: the operator's health check; exit 0 healthy, 1 not.
It never loads the model."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bot import cli
from ingest.embedding import SentenceTransformerEmbedder
from tests.bot.conftest import bot_settings
from tests.bot.helpers import clean_environment, fake_engine
from tests.chroma_server import free_port

__all__ = ["clean_environment"]

pytestmark = pytest.mark.usefixtures("clean_environment")


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: SentenceTransformerEmbedder) -> None:
        raise AssertionError("status must not load the model")

    monkeypatch.setattr(SentenceTransformerEmbedder, "_load", refuse)


def status(capsys: pytest.CaptureFixture[str], *args: str, settings: object) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["status", *args], settings)  # type: ignore[arg-type]
    return code, capsys.readouterr().out


def test_a_healthy_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = bot_settings(tmp_path)
    engine = fake_engine(settings)
    chunks = engine.store.chunk_count()

    code, out = status(capsys, "--json", settings=settings)
    report = json.loads(out)

    assert code == 0
    assert report["healthy"] is True and report["reachable"] is True
    assert (report["articles"], report["chunks"]) == (1, chunks)
    assert report["keywords_in_step"] is True and report["sentences"] > 0
    assert report["last_ingest"] and report["model"].startswith("all-MiniLM-L6-v2 (bundled")
    assert report["problems"] == []

    code, out = status(capsys, settings=settings)
    assert code == 0
    assert "articles: 1" in out and "(in step with the store)" in out
    assert out.rstrip().endswith("healthy")


def test_a_keyword_index_out_of_step_is_unhealthy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = bot_settings(tmp_path)
    engine = fake_engine(settings)
    engine.store.keywords.close()
    with sqlite3.connect(settings.keyword_index_path) as db:
        db.execute("DELETE FROM sentences WHERE rowid IN (SELECT rowid FROM sentences LIMIT 1)")

    code, out = status(capsys, "--json", settings=settings)
    report = json.loads(out)

    assert code == 1
    assert report["keywords_in_step"] is False
    assert report["keyword_sentences"] == report["sentences"] - 1
    assert any("keyword index" in p for p in report["problems"])


def test_no_store_yet_is_unhealthy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = status(capsys, settings=bot_settings(tmp_path))
    assert code == 1
    assert "run 'python -m ingest'" in out and "NOT healthy" in out


def test_an_unreachable_server_is_unhealthy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = bot_settings(tmp_path, chroma_host="127.0.0.1", chroma_port=free_port())
    code, out = status(capsys, "--json", settings=settings)
    report = json.loads(out)
    assert code == 1
    assert report["reachable"] is False
    assert "cannot reach the Chroma server" in report["problems"][0]
