"""An ingest killed with SIGKILL mid-write loses nothing stored before, and a re-run completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.settings import IngestSettings
from tests.fakes import FakeEmbedder
from tests.ingest.conftest import CliRunner
from tests.ingest.helpers import (
    PROJECT_ROOT,
    assert_consistent,
    forget_chroma,
    numbered_article,
    one_json,
    snapshot,
    write,
)

SCRIPT = Path(__file__).parent / "freezing_ingest.py"
OLD, NEW, FREEZE_AT = 3, 15, 6


def run_until_frozen_then_kill(settings: IngestSettings, marker: Path) -> int:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env.update(
        PYTHONPATH=str(PROJECT_ROOT),
        NEWSBOT_DATA_DIR=str(settings.data_dir),
        NEWSBOT_CORPUS_DIR=str(settings.corpus_dir),
    )
    proc = subprocess.Popen(
        [sys.executable, str(SCRIPT), str(marker), str(FREEZE_AT), "--json"],
        env=env,
        cwd=settings.data_dir,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            if proc.poll() is not None:
                out, err = proc.communicate()
                pytest.fail(f"ingest ended before it froze ({proc.returncode}): {out} {err}")
            if time.monotonic() > deadline:
                pytest.fail("ingest never reached the freeze point")
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    return proc.returncode


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun(
    settings: IngestSettings, run_cli: CliRunner, fake_embedder: FakeEmbedder, tmp_path: Path
) -> None:
    for n in range(OLD):
        write(settings.corpus_dir / f"old-{n:02}.txt", numbered_article(n))
    assert run_cli(["--json"], settings).code == 0
    before = snapshot(settings)
    old_ids = set(before.articles)
    for n in range(OLD, OLD + NEW):
        write(settings.corpus_dir / f"new-{n:02}.txt", numbered_article(n, sentences=14))
    forget_chroma([str(settings.chroma_dir)])

    returncode = run_until_frozen_then_kill(settings, tmp_path / "frozen")

    assert returncode == -signal.SIGKILL
    forget_chroma([str(settings.chroma_dir)])
    killed = snapshot(settings)
    # Everything stored before the killed run started is intact.
    for article_id in old_ids:
        assert killed.article_view(article_id) == before.article_view(article_id)
    # The run was cut short: FREEZE_AT - 1 new articles went in (each in a window of its own,
    # see freezing_ingest.py), and the next is half-written, chunks stored and record not, the
    # state a re-run must repair.
    assert len(killed.articles) == OLD + FREEZE_AT - 1
    half_written = {m["article_id"] for m in killed.chunks.values()} - set(killed.articles)
    assert len(half_written) == 1

    fake_embedder.reset()
    rerun = run_cli(["--json"], settings)

    assert rerun.code == 0, rerun.err
    report = one_json(rerun.out)
    assert isinstance(report, dict)
    remaining = NEW - (FREEZE_AT - 1)
    assert (report["added"], report["updated"], report["removed"]) == (remaining, 0, 0)
    assert report["unchanged"] == OLD + FREEZE_AT - 1
    assert report["articles"] == OLD + NEW
    # Committed articles are not embedded again: only the texts of the remaining ones are.
    titles = {t.split("\n", 1)[0] for t in fake_embedder.texts if "\n" in t}
    assert len(titles) == remaining
    assert not titles & {a["title"] for a in killed.articles.values()}
    after = snapshot(settings)
    assert len(after.articles) == OLD + NEW and half_written <= set(after.articles)
    assert len(after.chunks) == sum(int(a["chunk_count"]) for a in after.articles.values())
    assert report["chunks"] == len(after.chunks)
    assert_consistent(after)  # no duplicate (article_id, chunk_index), no orphans
    for article_id in old_ids:
        assert after.article_view(article_id) == before.article_view(article_id)
