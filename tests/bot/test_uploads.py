"""Uploaded files: safe names, and staging into the corpus dir with rollback."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.uploads import sanitise_filename, stage_upload
from ingest.errors import UnsupportedFile


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("article.txt", "article.txt"),
        ("News Story.MD", "News-Story.md"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\windows\\evil.html", "evil.html"),
        (".hidden.md", "hidden.md"),
        ("@everyone <@123>.txt", "everyone-123.txt"),
        ("Ünïcödé – ñews.htm", "Unicode-news.htm"),
        ("...txt", "upload.txt"),
        ("a" * 300 + ".txt", "a" * 80 + ".txt"),
    ],
)
def test_sanitise_filename(name: str, expected: str) -> None:
    assert sanitise_filename(name) == expected


@pytest.mark.parametrize("name", ["photo.png", "doc.pdf", "noext", "archive.txt.zip"])
def test_unsupported_types_are_rejected(name: str) -> None:
    with pytest.raises(UnsupportedFile, match="unsupported file type"):
        sanitise_filename(name)


def test_stage_new_file_and_roll_back(tmp_path: Path) -> None:
    staged = stage_upload(tmp_path, "new.txt", b"Title\nBody")
    assert staged.path.read_bytes() == b"Title\nBody"
    assert [p.name for p in tmp_path.iterdir()] == ["new.txt"]
    staged.rollback()
    assert list(tmp_path.iterdir()) == []


def test_stage_replacing_a_file_restores_it_on_rollback(tmp_path: Path) -> None:
    (tmp_path / "old.md").write_bytes(b"old")
    staged = stage_upload(tmp_path, "old.md", b"new")
    assert staged.path.read_bytes() == b"new"
    staged.rollback()
    assert (tmp_path / "old.md").read_bytes() == b"old"
