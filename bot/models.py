"""What the engine answers with: plain frozen dataclasses, rendered by the CLI and the bot."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Turn:
    """One earlier exchange of a conversation, given to the engine as history."""

    question: str
    answer: str = ""
    #: Ids of the articles the answer cited: what "it" or "that story" refers to next.
    articles: tuple[str, ...] = ()

    @classmethod
    def of(cls, answer: Answer) -> Turn:
        return cls(answer.question, answer.text, tuple(c.article_id for c in answer.citations))


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
    #: The kind of question answered (``bot.question.Kind``): fact, overview, summary, list, ...
    kind: str = "fact"

    def as_json(self) -> dict[str, object]:
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "kind": self.kind,
            "citations": [asdict(c) for c in self.citations],
        }


class Conversation:
    """The recent turns of one conversation (a terminal chat, a Discord thread, a JSON line's
    ``conversation`` id): what the engine is given as history. Greetings are not turns."""

    MAX_TURNS = 5

    def __init__(self, turns: tuple[Turn, ...] | list[Turn] = ()) -> None:
        self.turns: list[Turn] = list(turns)[-self.MAX_TURNS :]

    def add(self, answer: Answer) -> None:
        if answer.kind == "greeting":
            return
        self.turns.append(Turn.of(answer))
        del self.turns[: -self.MAX_TURNS]
