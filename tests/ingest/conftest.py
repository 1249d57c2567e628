"""Fixtures for the ingest tests: a clean environment, fake-embedder stores and CLI runs."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

import ingest.cli
from ingest.settings import IngestSettings
from ingest.store import ArticleStore
from tests.fakes import FakeEmbedder
from tests.ingest.helpers import chroma_clients, forget_chroma


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No developer settings leak in (no NEWSBOT_* variables, no ``.env`` in the cwd), and the
    Chroma clients a test opened are closed after it."""
    for name in list(os.environ):
        if name.startswith("NEWSBOT_"):
            monkeypatch.delenv(name)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    before = chroma_clients()
    yield
    forget_chroma(chroma_clients() - before)


@pytest.fixture
def open_store(fake_embedder: FakeEmbedder) -> Callable[[IngestSettings], ArticleStore]:
    """``open_store(settings)`` → a store over the fake embedder (fresh object, same files)."""

    def _open(settings: IngestSettings) -> ArticleStore:
        return ArticleStore.open(settings, fake_embedder)

    return _open


@dataclass
class CliResult:
    code: int
    out: str
    err: str


CliRunner = Callable[..., CliResult]


@pytest.fixture
def run_cli(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fake_embedder: FakeEmbedder,
) -> CliRunner:
    """``run_cli(argv, settings)`` runs ``ingest.cli.main`` in-process with the fake embedder.

    Usage errors surface from argparse as ``SystemExit(2)``; they are returned as code 2 like the
    shell would see them.
    """
    monkeypatch.setattr(
        ingest.cli, "_open_store", lambda settings: ArticleStore.open(settings, fake_embedder)
    )

    def run(argv: Sequence[str | os.PathLike[str]], settings: IngestSettings | None) -> CliResult:
        capsys.readouterr()
        try:
            code = ingest.cli.main([str(a) for a in argv], settings=settings)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
