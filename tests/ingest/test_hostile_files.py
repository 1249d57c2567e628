"""Files that try to leave the corpus (symbolic links), loop, or are not articles at all, as
``python -m ingest`` meets them; plus the settings an entry point refuses."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import ingest.cli
from ingest.errors import UnsupportedFile
from ingest.reading import iter_article_files, read_articles
from ingest.settings import IngestSettings, load_settings
from tests.ingest.conftest import CliRunner
from tests.ingest.helpers import FIXTURES, one_json, snapshot, write

SECRET = "root:x:0:0:root:/root:/bin/bash\nThe secret lies outside the corpus folder.\n"


def failures(out: str) -> dict[str, str]:
    report = one_json(out)
    assert isinstance(report, dict)
    return {Path(f["path"]).name: f["reason"] for f in report["failed"]}


def test_a_link_out_of_the_folder_is_reported_not_stored(
    settings: IngestSettings, run_cli: CliRunner, tmp_path: Path
) -> None:
    outside = write(tmp_path / "elsewhere" / "passwd.txt", SECRET)
    shutil.copy(FIXTURES / "plain.txt", settings.corpus_dir / "plain.txt")
    (settings.corpus_dir / "evil.txt").symlink_to(outside)
    (settings.corpus_dir / "nested").mkdir()
    (settings.corpus_dir / "nested" / "up.txt").symlink_to(
        Path("..", "..", "elsewhere", "passwd.txt")
    )
    (settings.corpus_dir / "evil-dir").symlink_to(outside.parent, target_is_directory=True)

    result = run_cli(["--json"], settings)

    assert result.code == 1
    failed = failures(result.out)
    assert set(failed) == {"evil.txt", "up.txt", "evil-dir"}
    assert all("outside the folder" in reason for reason in failed.values())
    titles = {a["title"] for a in snapshot(settings).articles.values()}
    assert titles and not any(t.startswith("root:") for t in titles)


def test_a_link_loop_is_reported(settings: IngestSettings, run_cli: CliRunner) -> None:
    shutil.copy(FIXTURES / "plain.txt", settings.corpus_dir / "plain.txt")
    (settings.corpus_dir / "a.txt").symlink_to("b.txt")
    (settings.corpus_dir / "b.txt").symlink_to("a.txt")
    (settings.corpus_dir / "self.md").symlink_to("self.md")

    result = run_cli(["--json"], settings)

    assert result.code == 1
    failed = failures(result.out)
    assert set(failed) == {"a.txt", "b.txt", "self.md"}
    assert all("loop" in reason for reason in failed.values())


def test_a_link_inside_the_folder_is_followed(settings: IngestSettings, tmp_path: Path) -> None:
    real = write(
        settings.corpus_dir / "archive" / "plain.txt", (FIXTURES / "plain.txt").read_text()
    )
    (settings.corpus_dir / "latest.txt").symlink_to(real)
    (settings.corpus_dir / "also-archive").symlink_to(real.parent, target_is_directory=True)

    found = list(iter_article_files([settings.corpus_dir]))

    assert found == [real, settings.corpus_dir / "latest.txt"]
    assert read_articles(found[1], settings.corpus_dir, 10_000)[0].source == "archive/plain.txt"


def test_a_file_named_on_its_own_is_read_as_given(settings: IngestSettings, tmp_path: Path) -> None:
    outside = write(tmp_path / "elsewhere" / "note.txt", "A title\nA body sentence.\n")
    link = tmp_path / "link.txt"
    link.symlink_to(outside)
    assert list(iter_article_files([link])) == [link]


def test_a_long_one_line_text_is_described_as_such(tmp_path: Path) -> None:
    path = write(tmp_path / "one-line.txt", "word " * 100_000)
    with pytest.raises(UnsupportedFile) as caught:
        read_articles(path, tmp_path, 2_000_000)
    assert "one line of 499,999 characters" in str(caught.value)
    assert "only a title" not in str(caught.value)

    title_only = write(tmp_path / "title.txt", "Just a headline\n")
    with pytest.raises(UnsupportedFile, match=r"only a title"):
        read_articles(title_only, tmp_path, 2_000_000)


# ----- settings at the entry point --------------------------------------------------------------


def test_empty_values_in_dotenv_mean_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    Path(".env").write_text(
        "NEWSBOT_CHROMA_HOST=\nNEWSBOT_CHROMA_PORT=\nNEWSBOT_EMBEDDING_MODEL=\n"
    )
    monkeypatch.setenv("NEWSBOT_MAX_FILE_BYTES", "")
    settings = load_settings(IngestSettings)
    assert settings.chroma_host is None and settings.embedding_model is None
    assert (settings.chroma_port, settings.max_file_bytes) == (8000, 2_000_000)


def test_an_invalid_setting_exits_2_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSBOT_MAX_FILE_BYTES", "two megabytes")
    assert ingest.cli.main(["list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "NEWSBOT_MAX_FILE_BYTES" in err and "integer" in err
    assert not os.path.exists("data"), "nothing may be opened with a bad setting"
