"""Uploaded article files: safe names, and saving into the corpus dir with a way back.

An upload is written into the corpus dir before it is ingested (so that a rebuild from the corpus
keeps it); when its ingest fails, :meth:`StagedFile.rollback` restores what was there before.
No Discord types here.
"""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import UnsupportedFile
from ingest.reading import check_suffix

MAX_STEM = 80


def sanitise_filename(name: str) -> str:
    """A file name safe to create in the corpus dir: no path parts, ASCII letters, digits,
    ``.``, ``-`` and ``_`` only, not hidden, with a supported lower-case suffix.

    Raises :class:`UnsupportedFile` for a type that cannot be ingested.
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    suffix = f".{suffix.lower()}" if suffix else ""
    check_suffix(suffix)
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem)
    stem = re.sub(r"\.{2,}", ".", stem).strip(".-_ ")[:MAX_STEM].rstrip(".-_")
    return (stem or "upload") + suffix


@dataclass
class StagedFile:
    """An upload written into the corpus dir, with the bytes it replaced (None if it was new)."""

    name: str
    path: Path
    previous: bytes | None

    def rollback(self) -> None:
        if self.previous is None:
            self.path.unlink(missing_ok=True)
        else:
            _write_atomically(self.path, self.previous)


def stage_upload(corpus_dir: Path, name: str, data: bytes) -> StagedFile:
    """Write ``data`` as ``corpus_dir/name`` (``name`` already sanitised), atomically."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    path = corpus_dir / name
    if path.resolve().parent != corpus_dir.resolve():
        raise UnsupportedFile("invalid file name")
    previous = path.read_bytes() if path.is_file() else None
    _write_atomically(path, data)
    return StagedFile(name, path, previous)


def _write_atomically(path: Path, data: bytes) -> None:
    # A hidden temporary name: a concurrent re-index skips hidden files.
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
