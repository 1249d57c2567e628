"""``python -m bot``: run the Discord bot, or use the engine from a terminal.

    python -m bot                    run the Discord bot (needs DISCORD_TOKEN)
    python -m bot ask [--json] Q     answer one question (Q = "-" reads one per line from stdin)
    python -m bot chat               a terminal conversation (follow-ups use earlier turns)
    python -m bot eval FILE.jsonl    score a question set (format: tests/eval/README.md)
    python -m bot bench              latency of the full answer path vs a bare vector query

This is the one place that builds the settings and the engine, and the error boundary of the
command-line surface: expected errors become one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from bot.engine import Engine, question_problem
from bot.models import Answer, Turn
from bot.settings import BotSettings
from ingest.cli import configure_logging
from ingest.errors import NewsbotError

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="run the Discord bot (the default)")
    ask = commands.add_parser("ask", help="answer a question")
    ask.add_argument("question", help='the question, or "-" to read one per line from stdin')
    ask.add_argument("--json", action="store_true", help="print JSON (one object per question)")
    commands.add_parser("chat", help="a terminal conversation with the engine")
    evaluate = commands.add_parser("eval", help="score a question set")
    evaluate.add_argument("file", type=Path, help="JSON lines: id, q, any, article, answerable")
    evaluate.add_argument("--json", action="store_true", help="print the totals as JSON")
    bench = commands.add_parser("bench", help="answer latency vs the retrieval floor")
    bench.add_argument("--file", type=Path, default=Path("tests/eval/dev_qa.jsonl"))
    bench.add_argument("--rounds", type=int, default=5, help="passes over the question set")
    return parser


def main(argv: Sequence[str] | None = None, settings: BotSettings | None = None) -> int:
    args = _parser().parse_args(argv)
    configure_logging(args.verbose)
    settings = settings or BotSettings()
    try:
        if args.command in (None, "run"):
            return _run(settings)
        engine = Engine.open(settings)
        if args.command == "ask":
            return _ask(engine, args.question, args.json, sys.stdin, sys.stdout)
        if args.command == "chat":
            return _chat(engine, sys.stdin, sys.stdout)
        if args.command == "eval":
            from bot.evaluation import evaluate, format_report

            report = evaluate(engine, _question_lines(args.file))
            print(json.dumps(report.totals()) if args.json else format_report(report))
            return 0 if report.all_right else 1
        from bot.benchmark import format_benchmark, run_benchmark

        questions = [item["q"] for item in _question_lines(args.file)]
        print(format_benchmark(run_benchmark(engine, questions, args.rounds)))
        return 0
    except QuestionSetInvalid as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except NewsbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


class QuestionSetInvalid(Exception):
    """A question set file that cannot be read (missing, not JSON lines, fields missing)."""


def _question_lines(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON-lines question set; every one needs at least ``id`` and ``q``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        items = [json.loads(line) for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise QuestionSetInvalid(f"cannot read question set {path}: {exc}") from exc
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or "id" not in item:
            raise QuestionSetInvalid(f"{path}: question {number} needs an 'id' and a 'q'")
    if not items:
        raise QuestionSetInvalid(f"{path} holds no questions")
    return items


def _run(settings: BotSettings) -> int:
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        print(
            "error: DISCORD_TOKEN is not set. Create an application at "
            "https://discord.com/developers/applications, add a bot, copy its token into .env "
            "as DISCORD_TOKEN=... (see README), or try the engine with 'python -m bot chat'.",
            file=sys.stderr,
        )
        if sys.stdin.isatty() and sys.stdout.isatty():
            print("Starting 'python -m bot chat' instead.\n", file=sys.stderr)
            return _chat(Engine.open(settings), sys.stdin, sys.stdout)
        return 2
    from bot.client import run_bot

    return run_bot(settings, Engine.open(settings))


def _ask(engine: Engine, question: str, as_json: bool, stdin: TextIO, stdout: TextIO) -> int:
    if question != "-":
        answer = _checked_answer(engine, question)
        print(json.dumps(answer) if as_json else _format(answer), file=stdout)
        return 0
    for line in stdin:
        result = _checked_answer(engine, line.rstrip("\n"))
        print(json.dumps(result) if as_json else _format(result), file=stdout, flush=True)
    return 0


def _checked_answer(engine: Engine, question: str) -> dict[str, object]:
    """An answer object, or ``{"question", "error"}`` for input the engine should not see."""
    problem = question_problem(question, engine.settings.max_question_chars)
    if problem:
        return {"question": question[:100], "error": problem}
    return engine.answer(question).as_json()


def _format(result: dict[str, object]) -> str:
    if "error" in result:
        return f"error: {result['error']}"
    lines = [str(result["answer"])]
    citations = result.get("citations") or []
    assert isinstance(citations, list)
    if citations:
        lines.append("")
        lines.append("Closest articles:" if result.get("refused") else "Sources:")
    for c in citations:
        meta = ", ".join(str(v) for v in (c["publisher"], c["published"]) if v)
        lines.append(f"[{c['n']}] {c['title']}" + (f" ({meta})" if meta else ""))
        if c.get("url"):
            lines.append(f"    {c['url']}")
        if c.get("quote"):
            lines.append(f'    "{c["quote"]}"')
    return "\n".join(lines)


def _chat(engine: Engine, stdin: TextIO, stdout: TextIO) -> int:
    history: list[Turn] = []
    interactive = stdin.isatty()
    print("Ask about the indexed articles (empty line or Ctrl-D to quit).", file=stdout)
    while True:
        if interactive:
            print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line.strip():
            return 0
        answer: Answer = engine.answer(line.strip(), history)
        print(_format(answer.as_json()) + "\n", file=stdout, flush=True)
        history.append(Turn(line.strip(), answer.text))
        del history[:-5]
