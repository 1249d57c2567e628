"""``python -m bot chat`` in server mode while the Chroma server stops and starts again: the chat
says the store is unavailable, keeps going, and answers again once the server is back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot import cli
from bot.engine import Engine
from tests.bot.conftest import bot_settings
from tests.bot.helpers import clean_environment, fake_engine
from tests.chroma_server import HOST, ChromaServer

__all__ = ["clean_environment"]

pytestmark = [pytest.mark.server, pytest.mark.slow, pytest.mark.usefixtures("clean_environment")]


class ScriptedInput:
    """A chat's stdin whose lines each run an action first (stop or start the server)."""

    def __init__(self, lines: list[tuple[Callable[[], None], str]]) -> None:
        self._lines = list(lines)

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        if not self._lines:
            return ""
        action, line = self._lines.pop(0)
        action()
        return line + "\n"


def test_chat_survives_a_chroma_server_outage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server = ChromaServer(tmp_path / "server-data")
    server.start()
    try:
        settings = bot_settings(tmp_path, chroma_host=HOST, chroma_port=server.port)
        engine = fake_engine(settings)
        monkeypatch.setattr(Engine, "open", classmethod(lambda cls, s, e=None: engine))
        question = "Which ferry runs on Sundays?"
        monkeypatch.setattr(
            "sys.stdin",
            ScriptedInput(
                [
                    (lambda: None, question),
                    (server.stop, question),
                    (server.start, question),
                ]
            ),
        )

        assert cli.main(["chat"], settings) == 0
    finally:
        server.stop()

    out, err = capsys.readouterr()
    assert "Traceback" not in err
    answer = "The Glenmoor ferry now runs on Sundays."
    outage = "The article store is unavailable right now"
    assert out.count(outage) == 1
    before, after = out.split(outage)
    assert answer in before  # answered while the server ran
    assert answer in after  # and again once it was back
