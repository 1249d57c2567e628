"""``python -m ingest`` with the fake embedder, frozen while it writes its Nth article record.

Usage: ``python freezing_ingest.py MARKER N [ingest arguments ...]``; settings come from the
``NEWSBOT_*`` environment like the real command. Each article is written in a window of its own
(the records of a window go to Chroma in one call). When the Nth article record is about to be
written (its chunks and sentences already are), the marker file appears and the process sleeps
until it is killed: the test kills it at the most delicate point of a write, every time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import ingest.cli
import ingest.sync
from ingest.settings import IngestSettings
from ingest.store import ArticleStore
from tests.fakes import FakeEmbedder


class FreezingCollection:
    """Delegates to a Chroma collection, but its Nth ``upsert`` never returns."""

    def __init__(self, collection: Any, freeze_at: int, marker: Path) -> None:
        self._collection = collection
        self._freeze_at = freeze_at
        self._marker = marker
        self._upserts = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._collection, name)

    def upsert(self, **kwargs: Any) -> Any:
        self._upserts += 1
        if self._upserts == self._freeze_at:
            self._marker.write_text(str(kwargs.get("ids")))
            while True:
                time.sleep(60)
        return self._collection.upsert(**kwargs)


def main() -> int:
    marker, freeze_at, argv = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]

    def open_store(settings: IngestSettings) -> ArticleStore:
        store = ArticleStore.open(settings, FakeEmbedder())
        store._articles = FreezingCollection(store._articles, freeze_at, marker)
        return store

    ingest.cli._open_store = open_store  # type: ignore[assignment]
    ingest.sync.WINDOW_TEXTS = 1
    return ingest.cli.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
