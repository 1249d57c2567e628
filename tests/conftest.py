"""Fixtures shared by every test suite."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ingest.settings import IngestSettings
from tests.fakes import FakeEmbedder

SettingsFactory = Callable[..., IngestSettings]


def make_settings(tmp_path: Path, **overrides: Any) -> IngestSettings:
    """Settings for a store under ``tmp_path``, built directly: no environment, no ``.env``."""
    values: dict[str, Any] = {
        "data_dir": tmp_path / "data",
        "corpus_dir": tmp_path / "corpus",
        "chroma_host": None,
        "chroma_port": 8000,
        "collection": "newsbot",
        "embedding_model": None,
        "max_file_bytes": 2_000_000,
    }
    values.update(overrides)
    settings = IngestSettings(_env_file=None, **values)  # type: ignore[call-arg]
    settings.corpus_dir.mkdir(parents=True, exist_ok=True)
    return settings


@pytest.fixture
def settings_factory(tmp_path: Path) -> SettingsFactory:
    """``settings_factory(**overrides)`` → settings with data and corpus dirs under tmp_path."""

    def build(**overrides: Any) -> IngestSettings:
        return make_settings(tmp_path, **overrides)

    return build


@pytest.fixture
def settings(settings_factory: SettingsFactory) -> IngestSettings:
    return settings_factory()


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def real_embedder() -> Iterator[Any]:
    """The real bundled all-MiniLM-L6-v2, loaded once per session (about 10 s)."""
    from ingest.embedding import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder()
    embedder.embed_query("warm up")
    yield embedder
