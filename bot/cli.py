"""``python -m bot``: run the Discord bot, or use the engine from a terminal.

    python -m bot                    run the Discord bot (needs DISCORD_TOKEN)
    python -m bot ask [--json] Q     answer one question (Q = "-" reads one per line from stdin)
    python -m bot chat               a terminal conversation (follow-ups use earlier turns)
    python -m bot status [--json]    store health for operators (exit 0 healthy, 1 not)
    python -m bot eval FILE.jsonl    score a question set (format: tests/eval/README.md)
    python -m bot bench              latency of the full answer path vs a bare vector query

This is the one place that builds the settings and the engine, and the error boundary of the
command-line surface: expected errors become one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO, cast

from bot.engine import Engine, question_problem
from bot.models import Answer, Conversation, Turn
from bot.settings import BotSettings
from ingest.cli import configure_logging
from ingest.errors import NewsbotError, SettingsInvalid, StoreUnavailable
from ingest.health import Health, check_health, probe_server, store_location
from ingest.lock import embedded_store_lock
from ingest.settings import load_settings

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
    status = commands.add_parser("status", help="store health; exit 0 when healthy, 1 when not")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate = commands.add_parser("eval", help="score a question set")
    evaluate.add_argument("file", type=Path, help="JSON lines: id, q, any, article, answerable")
    evaluate.add_argument("--json", action="store_true", help="print the totals as JSON")
    bench = commands.add_parser("bench", help="answer latency vs the retrieval floor")
    bench.add_argument("--file", type=Path, default=Path("tests/eval/dev_qa.jsonl"))
    bench.add_argument("--rounds", type=int, default=5, help="passes over the question set")
    bench.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    return parser


def main(argv: Sequence[str] | None = None, settings: BotSettings | None = None) -> int:
    args = _parser().parse_args(argv)
    configure_logging(args.verbose)
    try:
        settings = settings or load_settings(BotSettings)
    except SettingsInvalid as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        return _dispatch(args, settings)
    except BrokenPipeError:
        # The reader of the output went away (``| head -n 1``): stop quietly.
        _drop_stdout()
        return 1
    except QuestionSetInvalid as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except NewsbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace, settings: BotSettings) -> int:
    if args.command == "status":
        return _status(settings, args.json, sys.stdout)
    if args.command == "ask" and args.question != "-":
        problem = question_problem(args.question, settings.max_question_chars)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
    if args.command in (None, "run", "chat"):
        # A running engine owns an embedded store: another process's writes would be only
        # half visible to it, so a separate ``python -m ingest`` is refused meanwhile.
        with _owning(settings):
            if args.command == "chat":
                return _chat(_keep_chatting(_open_engine(settings)), sys.stdin, sys.stdout)
            return _run(settings)
    engine = _open_engine(settings)
    if args.command == "ask":
        return _ask(engine, args.question, args.json, sys.stdin, sys.stdout)
    if args.command == "eval":
        from bot.evaluation import evaluate, format_report

        report = evaluate(engine, _question_lines(args.file))
        print(json.dumps(report.totals()) if args.json else format_report(report))
        return 0 if report.all_right else 1
    from bot.benchmark import (
        ARTICLE_QUESTIONS,
        article_figures,
        benchmark_figures,
        format_benchmark,
        run_benchmark,
    )

    questions = [item["q"] for item in _question_lines(args.file)]
    bench = run_benchmark(engine, questions, args.rounds)
    across = run_benchmark(engine, ARTICLE_QUESTIONS, args.rounds)
    if args.json:
        print(json.dumps({**benchmark_figures(bench), **article_figures(across)}))
    else:
        print(format_benchmark(bench))
        print("\nquestions across articles (overview, list, summary):")
        print("\n".join(format_benchmark(across).splitlines()[:4]))
    return 0


#: What ``python -m bot`` tells a refused second engine on the same embedded store.
SECOND_ENGINE_ADVICE = (
    "stop it first, or run a Chroma server and set NEWSBOT_CHROMA_HOST (server mode) so that "
    "several processes can share the store"
)


def _owning(settings: BotSettings) -> contextlib.AbstractContextManager[None]:
    if settings.chroma_host:
        return contextlib.nullcontext()
    return embedded_store_lock(settings.store_lock_path, "newsbot", SECOND_ENGINE_ADVICE)


def _open_engine(settings: BotSettings) -> Engine:
    """Open the engine, saying once on stderr what the seconds of silence are spent on."""
    probe_server(settings)
    model = settings.embedding_model or "the bundled all-MiniLM-L6-v2"
    print(
        f"newsbot: loading the embedding model ({model}) and opening the "
        f"{store_location(settings)}...",
        file=sys.stderr,
        flush=True,
    )
    return Engine.open(settings)


class _KeepChatting:
    """The engine as the terminal chat sees it: when the store is lost (a Chroma server
    stopped), the reply says so and the conversation goes on; it answers again once the store
    is back."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        try:
            return self._engine.answer(question, history)
        except StoreUnavailable as exc:
            log.warning("store unavailable during chat: %s", exc)
            return Answer(
                question=question,
                text=f"The article store is unavailable right now ({exc}). Try again shortly.",
                refused=True,
            )


def _keep_chatting(engine: Engine) -> Engine:
    return cast(Engine, _KeepChatting(engine))


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush of what is still
    buffered does not fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _status(settings: BotSettings, as_json: bool, stdout: TextIO) -> int:
    """``python -m bot status``: exit 0 when the store is healthy, 1 when not."""
    health = check_health(settings)
    if as_json:
        print(json.dumps(health.as_json()), file=stdout)
    else:
        print(format_health(health), file=stdout)
    return 0 if health.healthy else 1


def format_health(health: Health) -> str:
    lines = [
        f"store: {health.store} ({'reachable' if health.reachable else 'NOT reachable'})",
        f"articles: {health.articles}, chunks: {health.chunks}",
        f"keyword index: {health.keyword_sentences} sentences "
        + (
            "(in step with the store)"
            if health.keyword_sentences == health.sentences
            else f"(the store holds {health.sentences})"
        ),
        f"model: {health.model}",
        f"last ingest: {health.last_ingest or 'never'}",
    ]
    lines += [f"problem: {p}" for p in health.problems]
    lines.append("healthy" if health.healthy else "NOT healthy")
    return "\n".join(lines)


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
            return _chat(_keep_chatting(_open_engine(settings)), sys.stdin, sys.stdout)
        return 2
    from bot.client import run_bot

    return run_bot(settings, _open_engine(settings))


def _ask(engine: Engine, question: str, as_json: bool, stdin: TextIO, stdout: TextIO) -> int:
    if question != "-":
        answer = _checked_answer(engine, question, Conversation())
        print(json.dumps(answer) if as_json else _format(answer), file=stdout)
        return 0
    conversations: dict[str, Conversation] = {}
    for line in stdin:
        text, conversation_id = _request(line.rstrip("\n"))
        conversation = (
            conversations.setdefault(conversation_id, Conversation())
            if conversation_id is not None
            else Conversation()
        )
        result = _checked_answer(engine, text, conversation)
        print(json.dumps(result) if as_json else _format(result), file=stdout, flush=True)
    return 0


def _request(line: str) -> tuple[str, str | None]:
    """A stdin line: a plain question, or ``{"q": "...", "conversation": "c1"}`` for a turn of
    a conversation (lines sharing an id are answered in order, earlier turns as context)."""
    if line.lstrip().startswith("{"):
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            return line, None
        if isinstance(item, dict) and isinstance(item.get("q"), str):
            conversation = item.get("conversation")
            return item["q"], str(conversation) if conversation is not None else None
    return line, None


def _checked_answer(engine: Engine, question: str, conversation: Conversation) -> dict[str, object]:
    """An answer object, or ``{"question", "error"}`` for input the engine should not see."""
    problem = question_problem(question, engine.settings.max_question_chars)
    if problem:
        return {"question": question[:100], "error": problem}
    answer = engine.answer(question, conversation.turns)
    conversation.add(answer)
    return answer.as_json()


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
    conversation = Conversation()
    interactive = stdin.isatty()
    print("Ask about the indexed articles (empty line or Ctrl-D to quit).", file=stdout)
    while True:
        if interactive:
            print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line.strip():
            return 0
        answer: Answer = engine.answer(line.strip(), conversation.turns)
        print(_format(answer.as_json()) + "\n", file=stdout, flush=True)
        conversation.add(answer)
