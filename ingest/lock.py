"""The single-writer lock: one ingest at a time per store, failing fast instead of waiting."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from ingest.errors import IngestLocked, StoreInUse


@contextmanager
def _exclusive(path: Path, holder: str, refuse: Callable[[str], Exception]) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``path``, writing ``holder`` into it for whoever is
    refused; a second taker gets ``refuse(what the file says)`` at once instead of waiting.

    ``flock`` is released by the kernel when the holder dies, so a ``kill -9`` never leaves a
    stale lock behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise refuse(os.pread(fd, 200, 0).decode(errors="replace").strip()) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, holder.encode(), 0)
        yield
    finally:
        os.close(fd)


def writer_lock(path: Path) -> AbstractContextManager[None]:
    """The single writer of a store, for the duration of a write: Chroma is thread-safe but not
    process-safe, and two writers lose vectors silently."""

    def refuse(found: str) -> Exception:
        return IngestLocked(
            f"another ingest is writing to this store (pid {found or 'another process'}); "
            "wait for it to finish and run again"
        )

    return _exclusive(path, str(os.getpid()), refuse)


def embedded_store_lock(path: Path, holder: str, advice: str) -> AbstractContextManager[None]:
    """Own an embedded Chroma store for as long as this process uses it, failing fast.

    A running engine (``python -m bot``, ``python -m bot chat``) and ``python -m ingest`` each
    hold this lock while they use an embedded store: Chroma's embedded store is not
    process-safe, and an engine does not see vectors another process writes after it opened
    the store. ``holder`` describes this process to whoever is refused; ``advice`` says what the
    refused caller should do instead. Server mode needs no such lock.
    """

    def refuse(found: str) -> Exception:
        pid, _, who = found.partition(" ")
        return StoreInUse(
            f"{who or 'another process'} (pid {pid or '?'}) has the embedded store in "
            f"{path.parent} open; {advice}"
        )

    return _exclusive(path, f"{os.getpid()} {holder}", refuse)
