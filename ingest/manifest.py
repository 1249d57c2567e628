"""The file manifest: what each sync read, so that a re-ingest reads only files that changed.

At a few thousand files, parsing (front matter, HTML extraction, dates) is most of a no-op
re-ingest once the libraries are imported, and even reading the bytes again costs a second when
the files have left the page cache. A file whose size and modification time are as recorded is
trusted unread, like ``make`` and git do; the bytes' digest settles the rest. Git's "racy"
rule applies: a modification time within :data:`CLOCK_MARGIN_NS` of the moment the file was
looked at proves nothing (a coarse file-system clock can give an edit made just after the read
the same time), so such a file is read and compared by digest until its time is old enough.

The manifest is a cache, kept in the data dir next to the keyword cache: losing it, or a
change of the pipeline version, the size limit or the corpus dir, costs one full parse. An
entry is trusted only while the store still holds its articles with the recorded content
hashes (see :func:`ingest.sync.sync_articles`), so a store rebuilt, forgotten from or written
by another process is never hidden by it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.models import PIPELINE_VERSION, Article

log = logging.getLogger(__name__)

#: Timestamps this close to the moment a file was looked at are not trusted (FAT keeps times to
#: 2 s, ext3 and HFS+ to 1 s; ext4 to a clock tick).
CLOCK_MARGIN_NS = 2_000_000_000


@dataclass(frozen=True)
class KnownArticle:
    """An article a file held when its bytes had the recorded digest."""

    article_id: str
    content_hash: str
    source: str


def file_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass(frozen=True)
class _Entry:
    size: int
    mtime_ns: int
    #: When the file was looked at (before its stat), for the racy rule.
    checked_ns: int
    digest: str
    articles: tuple[KnownArticle, ...]

    def same_file(self, stat: os.stat_result) -> bool:
        return (
            stat.st_size == self.size
            and stat.st_mtime_ns == self.mtime_ns
            and self.mtime_ns < self.checked_ns - CLOCK_MARGIN_NS
        )


class FileManifest:
    """``file -> (size, modification time, digest of its bytes, the articles parsed from them)``
    for one corpus dir and size limit. The caller holds the writer lock, so only one process
    writes the file."""

    def __init__(self, path: Path, corpus_dir: Path, max_bytes: int) -> None:
        self.path = path
        self._scope = f"{PIPELINE_VERSION}|{max_bytes}|{corpus_dir.resolve()}"
        self._files: dict[str, _Entry] = self._load()
        self._stats: dict[str, tuple[os.stat_result, int]] = {}
        self._changed = False

    def _load(self) -> dict[str, _Entry]:
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("ignoring the unreadable file manifest %s: %s", self.path, exc)
            return {}
        if not isinstance(saved, dict) or saved.get("scope") != self._scope:
            return {}
        try:
            return {
                name: _Entry(size, mtime, checked, digest, tuple(KnownArticle(*a) for a in arts))
                for name, (size, mtime, checked, digest, arts) in saved["files"].items()
            }
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("ignoring the malformed file manifest %s: %s", self.path, exc)
            return {}

    def unread(self, path: Path) -> tuple[KnownArticle, ...] | None:
        """The articles of a file whose size and time are as recorded (and old enough to
        trust), without reading it; None when it must be read (see :meth:`known`)."""
        name = os.path.abspath(path)
        checked = time.time_ns()
        try:
            stat = os.stat(name)
        except OSError:
            return None
        self._stats[name] = (stat, checked)
        entry = self._files.get(name)
        return entry.articles if entry is not None and entry.same_file(stat) else None

    def known(self, path: Path, digest: str) -> tuple[KnownArticle, ...] | None:
        """The articles the file held when its bytes were these (looked at by :meth:`unread`
        first), or None when it was never read with these bytes."""
        name = os.path.abspath(path)
        entry = self._files.get(name)
        if entry is None or entry.digest != digest:
            return None
        self._note(name, digest, entry.articles)
        return entry.articles

    def record(self, path: Path, digest: str, articles: list[Article]) -> None:
        known = tuple(KnownArticle(a.article_id, a.content_hash, a.source) for a in articles)
        self._note(os.path.abspath(path), digest, known)

    def _note(self, name: str, digest: str, articles: tuple[KnownArticle, ...]) -> None:
        looked = self._stats.get(name)
        if looked is None:
            return
        stat, checked = looked
        entry = _Entry(stat.st_size, stat.st_mtime_ns, checked, digest, articles)
        if self._files.get(name) != entry:
            self._files[name] = entry
            self._changed = True

    def save(self) -> None:
        """Write the manifest when it changed, dropping files that were not seen and are gone;
        written to a temporary file and renamed, so a killed run leaves the old one whole."""
        gone = [n for n in self._files if n not in self._stats and not os.path.exists(n)]
        for name in gone:
            del self._files[name]
        if not (self._changed or gone):
            return
        files: dict[str, Any] = {
            name: [
                e.size,
                e.mtime_ns,
                e.checked_ns,
                e.digest,
                [[a.article_id, a.content_hash, a.source] for a in e.articles],
            ]
            for name, e in self._files.items()
        }
        temporary = self.path.with_suffix(".tmp")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps({"scope": self._scope, "files": files}), encoding="utf-8")
        os.replace(temporary, self.path)
        self._changed = False
