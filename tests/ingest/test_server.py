"""Server mode: ingest into a real ``chroma run`` server, list, and query it over HTTP."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings

from tests.chroma_server import HOST, ChromaServer
from tests.conftest import SettingsFactory
from tests.fakes import FakeEmbedder
from tests.ingest.conftest import CliRunner
from tests.ingest.helpers import FIXTURES, assert_consistent, one_json, snapshot

pytestmark = pytest.mark.server


def http_client(port: int) -> chromadb.api.ClientAPI:
    return chromadb.HttpClient(
        host=HOST, port=port, settings=ChromaSettings(anonymized_telemetry=False)
    )


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    """A ``chroma run`` server on a free port over a temporary folder; stopped afterwards."""
    server = ChromaServer(tmp_path / "server-data")
    server.start()
    try:
        yield server.port
    finally:
        server.stop()


def test_ingest_list_and_query_through_a_chroma_server(
    chroma_server: int,
    settings_factory: SettingsFactory,
    run_cli: CliRunner,
    fake_embedder: FakeEmbedder,
) -> None:
    settings = settings_factory(chroma_host=HOST, chroma_port=chroma_server)
    for name in ("saved_page.txt", "plain.txt", "article.html"):
        shutil.copy(FIXTURES / name, settings.corpus_dir / name)

    synced = run_cli(["--json"], settings)
    listed = run_cli(["list", "--json"], settings)
    again = run_cli(["--json"], settings)

    assert synced.code == 0, synced.err
    report = one_json(synced.out)
    assert isinstance(report, dict) and (report["added"], report["articles"]) == (6, 6)
    assert not settings.chroma_dir.exists(), "wrote an embedded store instead of the server"
    titles = {a["title"] for a in one_json(listed.out)}  # type: ignore[union-attr]
    assert "Bakery trains refugees as pastry chefs" in titles and len(titles) == 6
    again_report = one_json(again.out)
    assert isinstance(again_report, dict) and again_report["unchanged"] == 6

    chunks = http_client(chroma_server).get_collection("newsbot_chunks")
    assert chunks.count() == report["chunks"]
    assert chunks.configuration_json["hnsw"]["space"] == "cosine"
    found = chunks.query(
        query_embeddings=[fake_embedder.embed_query("refugees trained as pastry chefs")],
        n_results=1,
        include=["metadatas", "documents"],
    )
    assert found["metadatas"] is not None and found["documents"] is not None
    meta = found["metadatas"][0][0]
    assert meta["title"] == "Bakery trains refugees as pastry chefs"
    assert meta["publisher"] == "Riverside Post"
    assert "refugees" in found["documents"][0][0]
    assert_consistent(snapshot(settings))
