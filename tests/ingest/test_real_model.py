"""The real all-MiniLM-L6-v2 model and a real Chroma store on the real corpus."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from ingest.embedding import bundled_model_path
from ingest.settings import IngestSettings
from ingest.store import ArticleStore, open_client
from ingest.sync import sync_articles
from tests.conftest import make_settings
from tests.ingest.helpers import REAL_CORPUS, assert_consistent, snapshot, write
from tests.ingest.test_cli import env_for, run_ingest

pytestmark = pytest.mark.model

HUAWEI = "Huawei's AI lab denies that one of its Pangu models copied Alibaba's Qwen"
MICROSOFT = (
    "Microsoft boss offers callous advice to workers who'd just been fired because of AI advances"
)
ROGAN = "Joe Rogan flips the God debate on its head with shocking theory that 'we created him'"
F1 = "F1 could return to V8 engines as soon as 2029, FIA president says"


@pytest.fixture(scope="module")
def real_corpus_settings(
    real_embedder: Any, tmp_path_factory: pytest.TempPathFactory
) -> IngestSettings:
    """The real corpus ingested once with the real model (its report is checked below)."""
    settings = make_settings(tmp_path_factory.mktemp("real"))
    shutil.copy(REAL_CORPUS, settings.corpus_dir / REAL_CORPUS.name)
    store = ArticleStore.open(settings, real_embedder)
    report = sync_articles(store, [settings.corpus_dir], settings.corpus_dir, 2_000_000)
    (settings.data_dir / "report.json").write_text(json.dumps(report.as_json()))
    return settings


@pytest.fixture
def real_store(real_corpus_settings: IngestSettings, real_embedder: Any) -> ArticleStore:
    return ArticleStore.open(real_corpus_settings, real_embedder)


def test_real_corpus_goes_in_as_four_articles(
    real_corpus_settings: IngestSettings, real_store: ArticleStore
) -> None:
    report = json.loads((real_corpus_settings.data_dir / "report.json").read_text())

    assert (report["added"], report["failed"], report["articles"]) == (4, [], 4)
    stored = {(a.title, a.publisher) for a in real_store.articles()}
    assert stored == {
        (HUAWEI, None),
        (MICROSOFT, "Daily Mail"),
        (ROGAN, "Daily Mail"),
        (F1, "The Independent"),
    }
    snap = snapshot(real_corpus_settings)
    assert report["chunks"] == len(snap.chunks)
    assert_consistent(snap)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("On which code-sharing platform did HonestAGI post its paper?", HUAWEI),
        ("What did the Xbox Game Studios Publishing producer post on LinkedIn?", MICROSOFT),
        ("What does the University of Portsmouth physicist say gravity is a sign of?", ROGAN),
        ("Which Cadillac team will join the grid as the 11th team next season?", F1),
    ],
)
def test_dense_query_for_a_fact_finds_its_article_first(
    real_store: ArticleStore, real_embedder: Any, question: str, title: str
) -> None:
    passages = real_store.query_chunks(real_embedder.embed_query(question), 3)

    assert passages[0].title == title, [p.title for p in passages]
    assert 0.0 < passages[0].score <= 1.0


def test_a_fact_stated_only_in_a_title_is_found(
    real_store: ArticleStore, real_embedder: Any
) -> None:
    question = "What did the FIA president say about V8 engines?"
    f1 = next(a for a in real_store.articles() if a.title == F1)
    assert not any("FIA" in p.text for p in real_store.article_passages(f1.article_id))

    [(row, _), *_] = real_store.query_sentences(real_embedder.embed_query(question), 3)

    assert (row.sentence_index, row.text) == (-1, F1)


def test_collections_record_the_model_used(real_corpus_settings: IngestSettings) -> None:
    client = open_client(real_corpus_settings)
    config = client.get_collection("newsbot_chunks").configuration_json
    assert config["embedding_function"]["name"] == "newsbot-sentence-transformer"
    assert config["embedding_function"]["config"]["model"] == bundled_model_path()


@pytest.mark.slow
def test_real_process_ingests_with_the_model_named_in_the_environment(
    settings: IngestSettings, real_embedder: Any, tmp_path: Path
) -> None:
    write(
        settings.corpus_dir / "ferry.md",
        (
            "# Island ferry gets a second sailing\n\n"
            "From May the ferry to Inchmore will sail twice a day instead of once. "
            "The council says the extra afternoon sailing will carry school pupils and nurses.\n"
        ),
    )
    env = {**env_for(settings), "NEWSBOT_EMBEDDING_MODEL": bundled_model_path()}

    result = run_ingest("--json", env=env, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "added": 1,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
        "failed": [],
        "articles": 1,
        "chunks": 1,
    }
    store = ArticleStore.open(settings, real_embedder)
    [passage] = store.query_chunks(real_embedder.embed_query("How often will the ferry sail?"), 1)
    assert passage.title == "Island ferry gets a second sailing"
    assert passage.score > 0.4
