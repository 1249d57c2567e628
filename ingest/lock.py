"""The single-writer lock: one ingest at a time per store, failing fast instead of waiting."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.errors import IngestLocked


@contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``path`` for the duration of a write.

    ``flock`` is released by the kernel when the holder dies, so a ``kill -9`` never leaves a stale
    lock behind. Chroma is thread-safe but not process-safe: two writers lose vectors silently.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
            raise IngestLocked(
                f"another ingest is writing to this store (pid {holder}); "
                "wait for it to finish and run again"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)
