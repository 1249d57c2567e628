"""Sentences and chunks: whole sentences, under the size limit, overlapping, exact offsets."""

from __future__ import annotations

import itertools

import pytest

from ingest.chunking import (
    CHUNK_CHARS,
    chunk_article,
    split_sentences,
    title_sentence,
    units_of,
)
from ingest.models import Article, Chunk
from ingest.reading import read_articles
from tests.ingest.helpers import REAL_CORPUS

REAL_ARTICLES = read_articles(REAL_CORPUS, REAL_CORPUS.parent, 2_000_000)


def article(body: str, title: str = "A title") -> Article:
    return Article(article_id="a-1", title=title, body=body, source="a.txt")


def texts(body: str) -> list[str]:
    return [s.text for s in split_sentences(body)]


# ----- sentences --------------------------------------------------------------------------------


def test_sentences_split_at_terminal_punctuation() -> None:
    body = 'Rain fell. Did the match go ahead? It did! "We played on," said the coach. Fans sang.'
    assert texts(body) == [
        "Rain fell.",
        "Did the match go ahead?",
        "It did!",
        '"We played on," said the coach.',
        "Fans sang.",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    body = (
        "Mr. Okafor met Dr. Lund at 9 a.m. in St. Ives. "
        "The U.S. delegation, led by J. K. Marsh, arrived later. It rained."
    )
    assert texts(body) == [
        "Mr. Okafor met Dr. Lund at 9 a.m. in St. Ives.",
        "The U.S. delegation, led by J. K. Marsh, arrived later.",
        "It rained.",
    ]


def test_line_breaks_end_a_sentence_and_decimals_do_not() -> None:
    body = "Prices rose 2.5 per cent in May\nThe bank held rates at 4.25%. Markets fell."
    assert texts(body) == [
        "Prices rose 2.5 per cent in May",
        "The bank held rates at 4.25%.",
        "Markets fell.",
    ]


@pytest.mark.parametrize("real", REAL_ARTICLES, ids=lambda a: a.title[:24])
def test_sentence_offsets_index_the_body_exactly(real: Article) -> None:
    sentences = split_sentences(real.body)

    assert len(sentences) > 3
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        assert real.body[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
    # Nothing but whitespace lies between consecutive sentences: no text is lost.
    for before, after in itertools.pairwise(sentences):
        assert real.body[before.end : after.start].strip() == ""
    assert real.body[: sentences[0].start].strip() == ""
    assert real.body[sentences[-1].end :].strip() == ""


# ----- chunks -----------------------------------------------------------------------------------


def assert_well_formed(art: Article, chunks: list[Chunk], max_chars: int) -> None:
    sentences = split_sentences(art.body)
    starts = {s.start for s in sentences}
    ends = {s.end for s in sentences}
    assert [c.index for c in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        assert art.body[chunk.start : chunk.end] == chunk.text
        assert chunk.start in starts and chunk.end in ends, "a chunk cut a sentence"
        assert chunk.sentences[0].start == chunk.start and chunk.sentences[-1].end == chunk.end
        assert len(chunk.text) <= max_chars or len(chunk.sentences) == 1
    covered = {s.index for c in chunks for s in c.sentences}
    assert covered == {s.index for s in sentences}, "a sentence is in no chunk"


@pytest.mark.parametrize("real", REAL_ARTICLES, ids=lambda a: a.title[:24])
def test_real_articles_chunk_along_sentences_under_the_limit(real: Article) -> None:
    chunks = chunk_article(real)

    assert_well_formed(real, chunks, CHUNK_CHARS)
    assert len(chunks) >= max(1, len(real.body) // CHUNK_CHARS)


def test_long_single_paragraph_chunks_overlap_by_one_sentence() -> None:
    microsoft = REAL_ARTICLES[1]  # one 4,700-character paragraph
    chunks = chunk_article(microsoft)

    assert "\n" not in microsoft.body and len(chunks) >= 7
    for before, after in itertools.pairwise(chunks):
        assert after.sentences[0] == before.sentences[-1], "no overlap"
        assert after.start < before.end
        assert len(after.sentences) >= 2


def test_chunks_respect_a_custom_size_limit() -> None:
    body = " ".join(f"Sentence number {n} tells a short fact about the harbour." for n in range(30))
    art = article(body)

    for limit in (80, 150, 400):
        assert_well_formed(art, chunk_article(art, max_chars=limit), limit)


def test_a_sentence_longer_than_the_limit_stands_alone_uncut() -> None:
    long_sentence = "The council " + "and the committee " * 30 + "agreed."
    body = f"First short one. {long_sentence} Last short one."
    chunks = chunk_article(article(body), max_chars=100)

    assert [c.text for c in chunks] == ["First short one.", long_sentence, "Last short one."]


def test_short_article_is_one_chunk() -> None:
    body = "One sentence. Two sentences."
    [chunk] = chunk_article(article(body))
    assert (chunk.text, chunk.start, chunk.end) == (body, 0, len(body))


# ----- the title as a sentence ------------------------------------------------------------------


def test_title_is_stored_as_its_own_sentence_and_body_sentences_once() -> None:
    microsoft = REAL_ARTICLES[1]
    chunks = chunk_article(microsoft)
    units = units_of(chunks)

    title = title_sentence(microsoft)
    assert (title.text, title.index) == (microsoft.title, -1)
    assert units[0].text == microsoft.title and units[0].sentence_index == -1
    body_units = units[1:]
    # Each body sentence once, although overlap repeats some in two chunks.
    assert [u.sentence_index for u in body_units] == list(
        range(len(split_sentences(microsoft.body)))
    )
    assert len({u.sentence_id for u in units}) == len(units)
    for u in body_units:
        assert microsoft.body[u.start : u.end] == u.text
        assert u.text in chunks[u.chunk_index].text


def test_a_paragraph_ends_after_any_word_and_a_contraction_ends_a_sentence() -> None:
    body = (
        '"The worry was that the tariffs would eat the margin. They didn\'t."\n'
        "Shares rose 3.2% in the U.S.\nThe bank said J. Smith would stay. It's fine."
    )
    assert texts(body) == [
        '"The worry was that the tariffs would eat the margin. They didn\'t."',
        "Shares rose 3.2% in the U.S.",
        "The bank said J. Smith would stay.",
        "It's fine.",
    ]
