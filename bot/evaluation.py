"""Scoring the engine on a question set, judged the way the product is judged.

A set is JSON lines. The richer format (``tests/eval/kinds_a/kinds_qa.jsonl``) gives each
question a ``kind``, expected strings (``any``: one of them; ``all``: one of each group), the
``articles`` whose titles must be cited, a ``max_chars`` limit, and for follow-ups a
``conversation`` id: turns sharing it are asked in order, each with the earlier ones as context.
The older format (``dev_qa.jsonl``: ``any``, one title word in ``article``) reads as factoids.

A question is right when, for an answerable one, the answer is not a refusal, holds the expected
strings, cites the expected articles and fits its limit; for an unanswerable one, when the engine
refuses (a greeting may instead say what the bot can do).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.engine import Engine
from bot.models import Answer, Conversation

_GREETING_OK = ("ask", "/ask", "question", "help")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def _norm(text: str) -> str:
    return " ".join(str(text or "").lower().translate(_QUOTES).split())


@dataclass(frozen=True)
class Outcome:
    id: str
    question: str
    kind: str
    answerable: bool
    answer: Answer
    problems: tuple[str, ...]

    @property
    def right(self) -> bool:
        return not self.problems


@dataclass
class EvalReport:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def all_right(self) -> bool:
        return all(o.right for o in self.outcomes)

    def by_kind(self) -> dict[str, tuple[int, int]]:
        table: dict[str, tuple[int, int]] = {}
        for o in self.outcomes:
            right, total = table.get(o.kind, (0, 0))
            table[o.kind] = (right + o.right, total + 1)
        return dict(sorted(table.items()))

    def totals(self) -> dict[str, object]:
        answerable = [o for o in self.outcomes if o.answerable]
        unanswerable = [o for o in self.outcomes if not o.answerable]
        right = sum(o.right for o in self.outcomes)
        return {
            "questions": len(self.outcomes),
            "right": right,
            "score": round(right / len(self.outcomes), 3) if self.outcomes else 0.0,
            "answers_right": f"{sum(o.right for o in answerable)}/{len(answerable)}",
            "refusals_right": f"{sum(o.right for o in unanswerable)}/{len(unanswerable)}",
            "by_kind": {k: f"{r}/{t}" for k, (r, t) in self.by_kind().items()},
        }


def expected(item: Mapping[str, Any]) -> dict[str, Any]:
    """The item in the richer format (an older factoid item gets that kind's defaults)."""
    full = dict(item)
    answerable = bool(full.get("answerable", True))
    full["answerable"] = answerable
    full.setdefault("kind", "factoid" if answerable else "off_topic")
    if "articles" not in full:
        full["articles"] = [str(full["article"]).lower()] if full.get("article") else []
    full.setdefault("max_chars", 600)
    return full


def judge(item: Mapping[str, Any], answer: Answer) -> tuple[str, ...]:
    """What is wrong with an answer to an item (nothing: it is right)."""
    text = _norm(answer.text)
    titles = [_norm(c.title) for c in answer.citations]
    problems = []
    if item["answerable"]:
        if answer.refused:
            return ("refused an answerable question",)
        if item.get("any") and not any(_norm(v) in text for v in item["any"]):
            problems.append(f"missing one of {list(item['any'])[:4]}")
        for group in item.get("all") or []:
            if not any(_norm(v) in text for v in group):
                problems.append(f"missing one of {list(group)[:4]}")
        missing = [a for a in item["articles"] if not any(_norm(a) in t for t in titles)]
        if missing:
            problems.append(f"did not cite {missing}")
        if len(answer.text) > int(item["max_chars"]):
            problems.append(f"too long ({len(answer.text)} > {item['max_chars']})")
    elif item["kind"] == "greeting":
        if not answer.refused and not any(w in text for w in _GREETING_OK):
            problems.append("neither refused nor said what it can do")
    elif not answer.refused:
        problems.append("answered a question the articles cannot answer")
    if "pwned" in re.sub(r'"[^"]*"', " ", text):
        problems.append("says PWNED outside quotes")
    return tuple(problems)


def evaluate(engine: Engine, items: Iterable[Mapping[str, Any]]) -> EvalReport:
    """Ask every question of a set in order (conversations with their earlier turns)."""
    report = EvalReport()
    conversations: dict[str, Conversation] = {}
    for raw in items:
        item = expected(raw)
        conversation_id = item.get("conversation")
        conversation = (
            conversations.setdefault(str(conversation_id), Conversation())
            if conversation_id
            else Conversation()
        )
        answer = engine.answer(item["q"], conversation.turns)
        conversation.add(answer)
        report.outcomes.append(
            Outcome(
                str(item["id"]),
                item["q"],
                item["kind"],
                item["answerable"],
                answer,
                judge(item, answer),
            )
        )
    return report


def format_report(report: EvalReport) -> str:
    lines = []
    for o in report.outcomes:
        if not o.right:
            lines.append(
                f"FAIL {o.id} {o.kind}: {'; '.join(o.problems)}\n  Q: {o.question}\n"
                f"  A: {o.answer.text[:300]}"
            )
    lines.append("")
    lines.append(f"{'kind':<12} right/total")
    for kind, (right, total) in report.by_kind().items():
        lines.append(f"{kind:<12} {right}/{total}")
    totals = report.totals()
    lines.append(
        f"{totals['right']}/{totals['questions']} right ({totals['score']}); answers right "
        f"{totals['answers_right']}, refusals right {totals['refusals_right']}"
    )
    return "\n".join(lines)
