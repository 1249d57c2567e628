"""``python -m bot`` or ``python -m ingest`` in a real process, with the fake embedder.

Usage: ``python tests/fake_cli.py bot|ingest [arguments ...]``; settings come from the
``NEWSBOT_*`` environment like the real commands. Only the model is swapped (no ~10 s load), so
tests can run the entry points as separate processes: a second writer, a closed pipe.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bot.cli
import ingest.cli
from bot.engine import Engine
from ingest.settings import IngestSettings
from ingest.store import ArticleStore
from tests.fakes import FakeEmbedder

_open = Engine.open.__func__  # type: ignore[attr-defined]


def _open_with_fake(cls: type[Engine], settings: Any, embedder: Any = None) -> Engine:
    return _open(cls, settings, embedder or FakeEmbedder())  # type: ignore[no-any-return]


def _store_with_fake(settings: IngestSettings) -> ArticleStore:
    return ArticleStore.open(settings, FakeEmbedder())


if __name__ == "__main__":
    Engine.open = classmethod(_open_with_fake)  # type: ignore[method-assign,assignment]
    ingest.cli._open_store = _store_with_fake
    entry = bot.cli.main if sys.argv[1] == "bot" else ingest.cli.main
    raise SystemExit(entry(sys.argv[2:]))
