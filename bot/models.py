"""What the engine answers with: plain frozen dataclasses, rendered by the CLI and the bot."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Turn:
    """One earlier exchange of a conversation, given to the engine as history."""

    question: str
    answer: str = ""


@dataclass(frozen=True)
class Citation:
    """Source ``[n]`` of an answer: the article and the exact sentence that supports the claim."""

    n: int
    article_id: str
    title: str
    publisher: str | None
    published: str | None
    url: str | None
    quote: str


@dataclass(frozen=True)
class Answer:
    """A composed answer whose ``[n]`` markers match ``citations``, or a refusal."""

    question: str
    text: str
    refused: bool
    citations: tuple[Citation, ...] = field(default=())
    support: float = 0.0

    def as_json(self) -> dict[str, object]:
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "citations": [asdict(c) for c in self.citations],
        }
