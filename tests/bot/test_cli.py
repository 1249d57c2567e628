"""``python -m bot ask`` and ``eval`` as a user runs them (in-process, real engine)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot import cli
from bot.engine import Engine

pytestmark = pytest.mark.model


def test_ask_json_prints_one_object(
    corpus_engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Engine, "open", classmethod(lambda cls, s, e=None: corpus_engine))
    code = cli.main(["ask", "--json", "Who is the FIA president?"], corpus_engine.settings)
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(result) == {"question", "answer", "refused", "kind", "citations"}
    assert "Ben Sulayem" in result["answer"] and result["refused"] is False
    assert result["kind"] == "fact"
    assert set(result["citations"][0]) == {
        "n",
        "article_id",
        "title",
        "publisher",
        "published",
        "url",
        "quote",
    }


def test_ask_from_stdin_answers_each_line_and_flags_bad_ones(
    corpus_engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Engine, "open", classmethod(lambda cls, s, e=None: corpus_engine))
    lines = ["Who is the FIA president?", "", "x" * 2000, "What is the capital of Australia?"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert cli.main(["ask", "--json", "-"], corpus_engine.settings) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(results) == 4
    assert "Ben Sulayem" in results[0]["answer"]
    assert "error" in results[1] and "error" in results[2]
    assert results[3]["refused"] is True


def test_eval_reports_failures_and_totals(
    corpus_engine: Engine,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(Engine, "open", classmethod(lambda cls, s, e=None: corpus_engine))
    questions = tmp_path / "qa.jsonl"
    questions.write_text(
        json.dumps(
            {
                "id": "a",
                "q": "Who is the FIA president?",
                "any": ["ben sulayem"],
                "article": "F1",
                "answerable": True,
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "b",
                "q": "Who is the FIA president?",
                "any": ["toto wolff"],
                "article": "F1",
                "answerable": True,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert cli.main(["eval", str(questions)], corpus_engine.settings) == 1
    out = capsys.readouterr().out
    assert "FAIL b factoid: missing one of ['toto wolff']" in out
    assert "FAIL a" not in out
    assert "1/2 right" in out


def test_bot_without_token_explains_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.bot.conftest import bot_settings

    assert cli.main([], bot_settings(tmp_path, discord_token=None)) == 2
    assert "DISCORD_TOKEN" in capsys.readouterr().err


def test_chat_keeps_the_conversation(
    corpus_engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Engine, "open", classmethod(lambda cls, s, e=None: corpus_engine))
    turns = "What did Joe Rogan discuss on his podcast with Yampolskiy?\nWhen was it released?\n\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(turns))
    assert cli.main(["chat"], corpus_engine.settings) == 0
    first, second, _ = capsys.readouterr().out.split("Sources:")
    assert "July 3" not in first
    assert "July 3" in second


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read question set"), ("not json\n", "cannot read"), ('{"id": 1}\n', "needs")],
)
def test_eval_with_a_bad_question_set_says_why(
    corpus_engine: Engine,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    content: str | None,
    message: str,
) -> None:
    monkeypatch.setattr(Engine, "open", classmethod(lambda cls, s, e=None: corpus_engine))
    path = tmp_path / "qa.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert cli.main(["eval", str(path)], corpus_engine.settings) == 2
    assert message in capsys.readouterr().err
