"""Scoring the engine on a question set (the format of ``tests/eval/dev_qa.jsonl``).

A question is right only when everything a reader checks holds: for an answerable one, the
answer holds one of the expected strings, cites the expected article first, and fits in 600
characters; for an unanswerable one, the engine refuses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.compose import MAX_ANSWER_CHARS
from bot.engine import Engine
from bot.models import Answer


@dataclass(frozen=True)
class Outcome:
    id: str
    question: str
    answerable: bool
    answer: Answer
    answer_right: bool
    citation_right: bool

    @property
    def right(self) -> bool:
        if not self.answerable:
            return self.answer.refused
        return self.answer_right and self.citation_right


@dataclass
class EvalReport:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def all_right(self) -> bool:
        return all(o.right for o in self.outcomes)

    def totals(self) -> dict[str, object]:
        answerable = [o for o in self.outcomes if o.answerable]
        unanswerable = [o for o in self.outcomes if not o.answerable]
        return {
            "questions": len(self.outcomes),
            "right": sum(o.right for o in self.outcomes),
            "answers_right": f"{sum(o.answer_right for o in answerable)}/{len(answerable)}",
            "citations_right": f"{sum(o.citation_right for o in answerable)}/{len(answerable)}",
            "refusals_right": f"{sum(o.right for o in unanswerable)}/{len(unanswerable)}",
        }


def evaluate(engine: Engine, items: Iterable[Mapping[str, Any]]) -> EvalReport:
    """Answer each question of a set (``id``, ``q``, ``any``, ``article``, ``answerable``)."""
    report = EvalReport()
    for item in items:
        answer = engine.answer(item["q"])
        expected = [s.lower() for s in item.get("any") or []]
        text = answer.text.lower()
        answer_right = (
            not answer.refused
            and len(answer.text) <= MAX_ANSWER_CHARS
            and any(s in text for s in expected)
        )
        word = (item.get("article") or "").lower()
        citation_right = bool(
            not answer.refused
            and word
            and answer.citations
            and word in answer.citations[0].title.lower()
        )
        report.outcomes.append(
            Outcome(
                item["id"],
                item["q"],
                bool(item["answerable"]),
                answer,
                answer_right,
                citation_right,
            )
        )
    return report


def format_report(report: EvalReport) -> str:
    lines = []
    for o in report.outcomes:
        if o.right:
            continue
        if not o.answerable:
            why = "answered a question the articles cannot answer"
        elif o.answer.refused:
            why = "refused an answerable question"
        elif not o.answer_right:
            why = "expected text missing from the answer"
        else:
            why = "wrong article cited"
        lines.append(f"FAIL {o.id}: {why}\n  Q: {o.question}\n  A: {o.answer.text}")
    totals = report.totals()
    lines.append(
        f"{totals['right']}/{totals['questions']} right; answers right {totals['answers_right']}, "
        f"citations right {totals['citations_right']}, "
        f"refusals right {totals['refusals_right']}"
    )
    return "\n".join(lines)
