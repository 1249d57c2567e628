"""/reindex walks the corpus dir like ``python -m ingest``: a link out of it is refused."""

from __future__ import annotations

from pathlib import Path

from tests.bot.conftest import bot_settings
from tests.bot.helpers import fake_engine


def test_reindex_refuses_a_link_out_of_the_corpus(tmp_path: Path) -> None:
    settings = bot_settings(tmp_path)
    engine = fake_engine(settings)
    secret = tmp_path / "passwd.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\nNot an article.\n", encoding="utf-8")
    (settings.corpus_dir / "evil.txt").symlink_to(secret)

    report = engine.ingest([settings.corpus_dir], prune=True)  # what /reindex runs

    assert [(Path(f.path).name, "outside" in f.reason) for f in report.failed] == [
        ("evil.txt", True)
    ]
    assert all(not a.title.startswith("root:") for a in engine.articles())
