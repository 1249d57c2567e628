"""What ``python -m ingest`` says on stderr before the (silent, seconds-long) model load, and
how fast it gives up on a Chroma server that is not there."""

from __future__ import annotations

import shutil

from ingest.settings import IngestSettings
from tests.chroma_server import free_port
from tests.conftest import SettingsFactory
from tests.fakes import FakeEmbedder
from tests.ingest.conftest import CliRunner
from tests.ingest.helpers import FIXTURES


def test_the_model_load_is_announced_once_and_only_when_there_is_something_to_embed(
    settings: IngestSettings, run_cli: CliRunner
) -> None:
    shutil.copy(FIXTURES / "plain.txt", settings.corpus_dir / "plain.txt")
    shutil.copy(FIXTURES / "heading.md", settings.corpus_dir / "heading.md")

    first = run_cli(["--json"], settings)
    again = run_cli(["--json"], settings)

    assert first.code == 0 and again.code == 0
    assert first.err.count("loading the embedding model") == 1
    assert "all-MiniLM-L6-v2" in first.err
    assert again.err == ""  # nothing to embed: nothing loads


def test_an_unreachable_chroma_server_fails_at_once_naming_it(
    settings_factory: SettingsFactory, run_cli: CliRunner, fake_embedder: FakeEmbedder
) -> None:
    port = free_port()  # nothing listens there
    settings = settings_factory(chroma_host="127.0.0.1", chroma_port=port)
    shutil.copy(FIXTURES / "plain.txt", settings.corpus_dir / "plain.txt")

    result = run_cli(["--json"], settings)

    assert result.code == 1 and result.out == ""
    assert f"cannot reach the Chroma server at 127.0.0.1:{port}" in result.err
    assert "make chroma" in result.err
    assert fake_embedder.calls == 0
