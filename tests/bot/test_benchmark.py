"""``python -m bot bench --json`` and the pieces ``make bench-scale`` builds its stores from."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot import cli
from bot.engine import Engine
from bot.scale_benchmark import FIGURES, HashedEmbedder, write_filler, write_seed_corpus
from ingest.chunking import prepare_article
from ingest.sync import read_corpus


@pytest.mark.model
def test_bench_json_prints_the_figures_as_one_object(
    corpus_engine: Engine,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(Engine, "open", classmethod(lambda cls, s, e=None: corpus_engine))
    questions = tmp_path / "qa.jsonl"
    questions.write_text(
        '{"id": 1, "q": "Who is the FIA president?"}\n{"id": 2, "q": "What did Huawei deny?"}\n'
    )
    code = cli.main(
        ["bench", "--json", "--rounds", "2", "--file", str(questions)], corpus_engine.settings
    )
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.strip()]
    figures = json.loads(line)
    assert code == 0
    assert figures["runs"] == 4
    assert figures["sentences"] == corpus_engine.store.keywords.count() > 0
    assert figures["p50_ratio"] == pytest.approx(
        figures["answer_p50_ms"] / figures["floor_p50_ms"], rel=0.01
    )
    assert figures["cores"] >= 1 and figures["rss_mb"] > 0
    # overviews, lists and summaries are timed apart: their target is 3x the floor, not 1.5x
    assert figures["articles_p50_ratio"] > 0 and figures["articles_answer_p50_ms"] > 0


def test_seed_and_filler_corpora_have_the_promised_shape(tmp_path: Path) -> None:
    seed, filler = tmp_path / "seed", tmp_path / "filler"
    write_seed_corpus(seed, 20)
    write_filler(filler, seed, 5)

    seeded, failed, _ = read_corpus([seed], tmp_path, 2_000_000)
    filled, failed_filler, _ = read_corpus([filler], tmp_path, 2_000_000)

    assert not failed and not failed_filler
    assert len(seeded) == 20 and len(filled) == 5
    units = [len(prepare_article(a).units) for a in filled]
    assert all(30 <= n <= 36 for n in units), units
    assert "ingest_vs_encode" in FIGURES and "cores" in FIGURES


def test_stand_in_embedder_is_normalised_and_stable() -> None:
    embedder = HashedEmbedder()
    a, b, c = embedder.embed_documents(["Harbour bridge opens", "harbour bridge opens", "Tax"])
    assert len(a) == 384 and np.linalg.norm(a) == pytest.approx(1.0)
    assert a == b and a != c
    assert embedder.embed_query("Harbour bridge opens") == a
