"""``python -m ingest``: reports, listing, exit codes, settings, the writer lock."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import ingest.cli
from ingest.lock import writer_lock
from ingest.settings import IngestSettings
from tests.conftest import SettingsFactory
from tests.fakes import FakeEmbedder
from tests.ingest.conftest import CliRunner
from tests.ingest.helpers import (
    FIXTURES,
    PROJECT_ROOT,
    assert_consistent,
    one_json,
    snapshot,
    write,
)

REPORT_KEYS = ["added", "updated", "unchanged", "removed", "failed", "articles", "chunks"]


def fill_corpus(settings: IngestSettings, *names: str) -> None:
    for name in names or ("saved_page.txt", "plain.txt", "front_matter.md"):
        shutil.copy(FIXTURES / name, settings.corpus_dir / name)


# ----- sync -------------------------------------------------------------------------------------


def test_json_report_and_exit_0(settings: IngestSettings, run_cli: CliRunner) -> None:
    fill_corpus(settings)

    result = run_cli([settings.corpus_dir, "--json"], settings)

    assert result.code == 0, result.err
    report = one_json(result.out)
    assert isinstance(report, dict) and list(report) == REPORT_KEYS
    assert report == {
        "added": 6,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
        "failed": [],
        "articles": 6,
        "chunks": len(snapshot(settings).chunks),
    }

    again = one_json(run_cli([settings.corpus_dir, "--json"], settings).out)
    assert again == {**report, "added": 0, "unchanged": 6}


def test_no_paths_means_the_corpus_dir(settings: IngestSettings, run_cli: CliRunner) -> None:
    fill_corpus(settings, "plain.txt")

    result = run_cli(["--json"], settings)

    assert result.code == 0
    assert one_json(result.out) == {
        "added": 1,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
        "failed": [],
        "articles": 1,
        "chunks": 1,
    }


def test_human_report_names_counts_and_failures(
    settings: IngestSettings, run_cli: CliRunner
) -> None:
    fill_corpus(settings, "plain.txt", "heading.md")
    empty = write(settings.corpus_dir / "empty.txt", "")

    result = run_cli([settings.corpus_dir], settings)

    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0] == "added 2, updated 0, unchanged 0, removed 0, failed 1"
    assert lines[1] == f"store: 2 articles, {len(snapshot(settings).chunks)} chunks"
    assert f"  failed: {empty}: file is empty" in lines


def test_failed_file_gives_exit_1_and_is_listed_in_json(
    settings_factory: SettingsFactory, run_cli: CliRunner
) -> None:
    settings = settings_factory(max_file_bytes=3_000)
    fill_corpus(settings, "plain.txt")
    big = write(settings.corpus_dir / "big.md", "# Big\n\n" + "A long sentence here. " * 200)
    weird = write(settings.corpus_dir / "notes.docx", b"PK\x03\x04")

    result = run_cli([settings.corpus_dir, "--json"], settings)

    assert result.code == 1
    report = one_json(result.out)
    assert isinstance(report, dict)
    assert report["added"] == 1 and report["articles"] == 1
    assert report["failed"] == [
        {"path": str(big), "reason": "file is 4,407 bytes, over the 3,000-byte limit"},
        {"path": str(weird), "reason": "unsupported file type .docx: use .txt, .md or .html"},
    ]


def test_prune_flag(settings: IngestSettings, run_cli: CliRunner) -> None:
    fill_corpus(settings, "plain.txt", "heading.md")
    run_cli([], settings)
    (settings.corpus_dir / "heading.md").unlink()

    kept = one_json(run_cli(["--json"], settings).out)
    pruned = run_cli(["--prune", "--json"], settings)

    assert isinstance(kept, dict) and (kept["removed"], kept["articles"]) == (0, 2)
    assert pruned.code == 0
    report = one_json(pruned.out)
    assert isinstance(report, dict) and (report["removed"], report["articles"]) == (1, 1)
    assert_consistent(snapshot(settings))


# ----- list -------------------------------------------------------------------------------------


def test_list_json_describes_each_stored_article(
    settings: IngestSettings, run_cli: CliRunner
) -> None:
    fill_corpus(settings, "front_matter.md", "plain.txt")
    run_cli([], settings)

    result = run_cli(["list", "--json"], settings)

    assert result.code == 0
    listed = one_json(result.out)
    assert isinstance(listed, list)
    by_source = {a["source"]: a for a in listed}
    assert set(by_source) == {"front_matter.md", "plain.txt"}
    hedgehogs = by_source["front_matter.md"]
    assert list(hedgehogs) == ["id", "title", "publisher", "published", "url", "source", "chunks"]
    assert hedgehogs["title"] == "Volunteers count 212 hedgehogs in first town-wide survey"
    assert (hedgehogs["publisher"], hedgehogs["published"]) == ("Millbrook Gazette", "2025-06-14")
    assert hedgehogs["url"] == "https://example.org/news/hedgehog-survey"
    assert by_source["plain.txt"]["publisher"] is None
    assert sum(a["chunks"] for a in listed) == len(snapshot(settings).chunks)


def test_list_human_and_empty(settings: IngestSettings, run_cli: CliRunner) -> None:
    empty = run_cli(["list"], settings)
    assert empty.code == 0
    assert empty.out.strip() == "no articles stored: run 'python -m ingest' first"

    fill_corpus(settings, "front_matter.md", "plain.txt")
    run_cli([], settings)
    lines = run_cli(["list"], settings).out.splitlines()

    assert len(lines) == 2
    hedgehogs = next(line for line in lines if "hedgehogs" in line)
    assert "(Millbrook Gazette, 2025-06-14, 1 chunks)" in hedgehogs
    buses = next(line for line in lines if "Night buses" in line)
    assert "(unknown publisher, undated, 1 chunks)" in buses


# ----- usage errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["{tmp}/no-such-folder"], "no such file or folder: {tmp}/no-such-folder"),
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["list", "--prune"], "unrecognized arguments: --prune"),
        (["list", "extra"], "unrecognized arguments: extra"),
    ],
)
def test_usage_errors_exit_2_and_store_nothing(
    settings: IngestSettings, run_cli: CliRunner, tmp_path: Path, argv: list[str], message: str
) -> None:
    fill_corpus(settings, "plain.txt")

    result = run_cli([a.format(tmp=tmp_path) for a in argv], settings)

    assert result.code == 2
    assert message.format(tmp=tmp_path) in result.err
    assert result.out == ""
    assert not settings.chroma_dir.exists()


def test_missing_corpus_dir_is_a_usage_error(
    settings_factory: SettingsFactory, run_cli: CliRunner, tmp_path: Path
) -> None:
    settings = settings_factory()
    settings.corpus_dir.rmdir()

    result = run_cli(["--json"], settings)

    assert result.code == 2
    assert f"no such file or folder: {settings.corpus_dir}" in result.err


# ----- the writer lock --------------------------------------------------------------------------


def test_second_ingest_while_one_runs_fails_fast_and_touches_nothing(
    settings: IngestSettings, run_cli: CliRunner, fake_embedder: FakeEmbedder
) -> None:
    fill_corpus(settings, "plain.txt")
    run_cli([], settings)
    before = snapshot(settings)
    fill_corpus(settings, "heading.md")
    fake_embedder.reset()

    with writer_lock(settings.lock_path):
        result = run_cli(["--json"], settings)

    assert result.code == 1
    assert f"another ingest is writing to this store (pid {os.getpid()})" in result.err
    assert result.out == ""
    assert fake_embedder.calls == 0
    assert snapshot(settings).articles == before.articles

    # Once the first ingest is done the lock is free again.
    assert run_cli(["--json"], settings).code == 0


# ----- settings ---------------------------------------------------------------------------------


def test_settings_come_from_environment_variables(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSBOT_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("NEWSBOT_CORPUS_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("NEWSBOT_CHROMA_HOST", "chroma.internal")
    monkeypatch.setenv("NEWSBOT_CHROMA_PORT", "8123")
    monkeypatch.setenv("NEWSBOT_MAX_FILE_BYTES", "12345")
    monkeypatch.setenv("NEWSBOT_EMBEDDING_MODEL", "/models/minilm")

    settings = IngestSettings(_env_file=None)  # type: ignore[call-arg]

    assert settings.data_dir == tmp_path / "d" and settings.corpus_dir == tmp_path / "c"
    assert (settings.chroma_host, settings.chroma_port) == ("chroma.internal", 8123)
    assert settings.max_file_bytes == 12345
    assert settings.embedding_model == "/models/minilm"
    assert settings.lock_path == tmp_path / "d" / "ingest.lock"


def test_settings_come_from_dotenv_in_the_working_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (Path.cwd() / ".env").write_text(
        f"NEWSBOT_DATA_DIR={tmp_path / 'from-dotenv'}\nNEWSBOT_MAX_FILE_BYTES=999\n"
    )
    monkeypatch.setenv("NEWSBOT_MAX_FILE_BYTES", "777")  # the environment wins over .env

    settings = IngestSettings()

    assert settings.data_dir == tmp_path / "from-dotenv"
    assert settings.max_file_bytes == 777
    assert settings.chroma_host is None and settings.embedding_model is None


def test_main_without_settings_reads_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, run_cli: CliRunner
) -> None:
    corpus = tmp_path / "env-corpus"
    write(corpus / "story.txt", "Canal boat festival returns\nThe boats arrive on Friday.\n")
    monkeypatch.setenv("NEWSBOT_DATA_DIR", str(tmp_path / "env-data"))
    monkeypatch.setenv("NEWSBOT_CORPUS_DIR", str(corpus))

    result = run_cli(["--json"], None)

    assert result.code == 0, result.err
    assert (tmp_path / "env-data" / "chroma").is_dir()
    listed = one_json(run_cli(["list", "--json"], None).out)
    assert isinstance(listed, list)
    assert [a["title"] for a in listed] == ["Canal boat festival returns"]


@pytest.mark.model
def test_a_model_that_cannot_load_fails_with_a_message(
    settings_factory: SettingsFactory, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    settings = settings_factory(embedding_model=str(tmp_path / "no-such-model"))
    fill_corpus(settings, "plain.txt")

    code = ingest.cli.main(["--json"], settings=settings)

    assert code == 1
    err = capsys.readouterr().err
    assert f"error: cannot load the embedding model {tmp_path / 'no-such-model'}" in err
    assert "Traceback" not in err
    assert snapshot(settings).articles == {}


# ----- as a real process ------------------------------------------------------------------------


def env_for(settings: IngestSettings) -> dict[str, str]:
    return {
        "NEWSBOT_DATA_DIR": str(settings.data_dir),
        "NEWSBOT_CORPUS_DIR": str(settings.corpus_dir),
    }


def run_ingest(
    *args: str | Path, env: dict[str, str], cwd: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python -m ingest ARGS`` in a child process, with only the given NEWSBOT_* settings."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    base["PYTHONPATH"] = str(PROJECT_ROOT)
    return subprocess.run(
        [sys.executable, "-m", "ingest", *map(str, args)],
        cwd=cwd,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_process_reads_env_and_dotenv_lists_and_resyncs(
    settings: IngestSettings, run_cli: CliRunner, tmp_path: Path
) -> None:
    fill_corpus(settings)
    run_cli([], settings)  # stored in-process (fake embedder); the child finds it all unchanged
    big = write(settings.corpus_dir / "zz-big.txt", "Big\n" + "Plenty of words here. " * 200)
    cwd = tmp_path / "child"
    cwd.mkdir()
    (cwd / ".env").write_text(f"NEWSBOT_MAX_FILE_BYTES=3000\nNEWSBOT_DATA_DIR={tmp_path}/wrong\n")
    env = env_for(settings)

    listed = run_ingest("list", "--json", env=env, cwd=cwd)
    synced = run_ingest("--json", env=env, cwd=cwd)

    assert listed.returncode == 0, listed.stderr
    titles = {a["title"] for a in json.loads(listed.stdout)}
    assert len(titles) == 6 and "Night buses return to Kelso Road after six-year gap" in titles
    assert synced.returncode == 1, synced.stderr
    report = json.loads(synced.stdout)
    assert (report["added"], report["unchanged"], report["articles"]) == (0, 6, 6)
    assert report["failed"] == [
        {"path": str(big), "reason": "file is 4,404 bytes, over the 3,000-byte limit"}
    ]


def test_process_usage_error_exits_2(tmp_path: Path) -> None:
    result = run_ingest(
        tmp_path / "missing.txt", env={"NEWSBOT_DATA_DIR": str(tmp_path)}, cwd=tmp_path
    )

    assert result.returncode == 2
    assert "no such file or folder" in result.stderr and "usage: python -m ingest" in result.stderr


def test_process_refuses_to_run_while_another_holds_the_lock(
    settings: IngestSettings, tmp_path: Path
) -> None:
    fill_corpus(settings, "plain.txt")
    env = env_for(settings)

    with writer_lock(settings.lock_path):
        result = run_ingest("--json", env=env, cwd=tmp_path, timeout=60)

    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"error: another ingest is writing to this store (pid {os.getpid()}); "
        "wait for it to finish and run again"
    )
    assert not settings.chroma_dir.exists()
