"""Splitting article bodies into sentences and model-sized chunks of whole sentences.

The Daily Mail articles are single 3,000-character paragraphs, so chunks must follow sentence
boundaries rather than line breaks. all-MiniLM-L6-v2 truncates at 256 word pieces; chunks stay
well under that (about 4 characters a word piece in news English) so nothing is silently cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.models import Article, Chunk, Sentence

#: Characters per chunk: ~180 word pieces, leaving room for the title prefixed when embedding.
CHUNK_CHARS = 720
#: Sentences repeated at the start of the next chunk, so a fact that spans a boundary is whole once.
OVERLAP_SENTENCES = 1

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt no vs etc inc ltd co corp gov sen rep gen col lt sgt capt "  # noqa: SIM905
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e a.m p.m approx est".split()
)
_BOUNDARY = re.compile(r"[.!?…]['\"’”)\]]*(\s+)(?=[\"'‘“(\[]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their character offsets in ``text``.

    A regex with an abbreviation list instead of a trained tokenizer: it needs no downloaded data,
    and news prose rarely defeats it.
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start(1) if match.group(1) else match.start()
        candidate = text[start:end]
        last_word = re.search(r"([\w.'’]+)\W*$", candidate.rstrip())
        # A line break ends a paragraph whatever word precedes it; within a line, "U.S." or
        # "J." does not end a sentence, but "didn't." does.
        if match.group(1) and "\n" not in match.group(1) and last_word:
            word = last_word.group(1).lower().rstrip(".")
            if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
                continue
        _append(sentences, text, start, end)
        start = match.end()
    _append(sentences, text, start, len(text))
    return _merge_quotations(sentences, text)


_OPENS = re.compile(r"^['\"‘“]|:\s*['\"‘“]\S")
_CLOSES = re.compile(r"[.,!?…-]['’\"”](\s|$)")
_ATTRIBUTION = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|says|added|asked|countered|explained|wrote|replied|"
    r"told|argued|noted|continued|insisted|claimed|warned|stated|joked|admitted)\b[^.!?]{0,80}[.!?]$"
)
#: A quotation split into sentences is rejoined up to this many sentences (and characters).
MAX_QUOTE_SENTENCES = 6
MAX_QUOTE_CHARS = 600


def _merge_quotations(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Rejoin a quotation that runs over several sentences, so that it keeps its attribution.

    "'Just God. God was bored. And for what reason?' Rogan countered." is one statement: split,
    the middle sentence loses who said it.
    """
    merged: list[Sentence] = []
    i = 0
    while i < len(sentences):
        first = sentences[i]
        opening = _OPENS.search(first.text)
        j = i
        if opening:
            tail = first.text[opening.end() :]
            while (
                not _CLOSES.search(tail)
                and j + 1 < len(sentences)
                and j + 1 - i < MAX_QUOTE_SENTENCES
                and sentences[j + 1].end - first.start <= MAX_QUOTE_CHARS
            ):
                j += 1
                tail = text[first.start + opening.end() : sentences[j].end]
            if not _CLOSES.search(tail):
                j = i
        if (
            re.search(r"[?!…]['’\"”]$", text[first.start : sentences[j].end])
            and j + 1 < len(sentences)
            and _ATTRIBUTION.match(sentences[j + 1].text)
        ):
            j += 1
        last = sentences[j]
        merged.append(Sentence(text[first.start : last.end], len(merged), first.start, last.end))
        i = j + 1
    return merged


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return
    offset = start + raw.index(stripped)
    sentences.append(Sentence(stripped, len(sentences), offset, offset + len(stripped)))


def chunk_article(article: Article, max_chars: int = CHUNK_CHARS) -> list[Chunk]:
    """Pack whole sentences into chunks of at most ``max_chars``.

    A sentence longer than ``max_chars`` stands alone in its chunk.
    """
    sentences = split_sentences(article.body)
    chunks: list[Chunk] = []
    group: list[Sentence] = []

    def flush() -> None:
        body = article.body[group[0].start : group[-1].end]
        chunks.append(
            Chunk(article, len(chunks), body, group[0].start, group[-1].end, tuple(group))
        )

    i = 0
    while i < len(sentences):
        sentence = sentences[i]
        size = sentence.end - group[0].start if group else len(sentence.text)
        if group and size > max_chars:
            flush()
            keep = group[-OVERLAP_SENTENCES:] if OVERLAP_SENTENCES else []
            fits = keep and sentence.end - keep[0].start <= max_chars
            group = list(keep) if fits else []
            continue
        group.append(sentence)
        i += 1
    if group:
        flush()
    return chunks


def title_sentence(article: Article) -> Sentence:
    """The title as a sentence of its own, so that facts stated only in a title can be found."""
    return Sentence(article.title, -1, 0, 0)


@dataclass(frozen=True)
class Unit:
    """A sentence as stored: the title (``sentence_index == -1``) or a body sentence, once."""

    sentence_id: str
    chunk_index: int
    sentence_index: int
    start: int
    end: int
    text: str


def units_of(chunks: Sequence[Chunk]) -> list[Unit]:
    """The sentences to store for an article: its title, then each body sentence once.

    A sentence repeated by chunk overlap is kept with the first chunk that holds it.
    """
    article = chunks[0].article
    title = title_sentence(article)
    prefix = f"{article.article_id}:{article.content_hash}"
    units = [Unit(f"{prefix}:t", 0, title.index, 0, 0, title.text)]
    seen: set[int] = set()
    for chunk in chunks:
        for s in chunk.sentences:
            if s.index not in seen:
                seen.add(s.index)
                units.append(
                    Unit(f"{prefix}:s{s.index}", chunk.index, s.index, s.start, s.end, s.text)
                )
    return units


@dataclass(frozen=True)
class PreparedArticle:
    """An article chunked once, with everything the store writes except the vectors.

    ``texts`` are what gets embedded, in order: each chunk (prefixed with the title), then each
    unit; the store takes the vectors in the same order.
    """

    article: Article
    chunks: tuple[Chunk, ...]
    units: tuple[Unit, ...]

    @property
    def texts(self) -> list[str]:
        title = self.article.title
        return [f"{title}\n{c.text}" for c in self.chunks] + [u.text for u in self.units]


def prepare_article(article: Article) -> PreparedArticle:
    """Chunk an article and derive its stored sentences: the one pass the write path makes."""
    chunks = chunk_article(article)
    return PreparedArticle(article, tuple(chunks), tuple(units_of(chunks)))
