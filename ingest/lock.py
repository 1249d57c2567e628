"""The single-writer lock: one ingest at a time per store, failing fast instead of waiting."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.errors import IngestLocked, StoreInUse


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


@contextmanager
def embedded_store_lock(path: Path, holder: str, advice: str) -> Iterator[None]:
    """Own an embedded Chroma store for as long as this process uses it, failing fast.

    A running engine (``python -m bot``, ``python -m bot chat``) and ``python -m ingest`` each
    hold this exclusive ``flock`` while they use an embedded store: Chroma's embedded store is
    not process-safe, and an engine does not see vectors another process writes after it opened
    the store. ``holder`` describes this process to whoever is refused; ``advice`` says what the
    refused caller should do instead. Server mode needs no such lock.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid, _, who = os.pread(fd, 200, 0).decode(errors="replace").strip().partition(" ")
            raise StoreInUse(
                f"{who or 'another process'} (pid {pid or '?'}) has the embedded store in "
                f"{path.parent} open; {advice}"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {holder}".encode(), 0)
        yield
    finally:
        os.close(fd)
