"""Embedding at the model's speed: length-sorted batches, across articles, order kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ingest.chunking import prepare_article
from ingest.embedding import SentenceTransformerEmbedder, embed_texts
from ingest.settings import IngestSettings
from ingest.store import ArticleStore
from ingest.sync import read_corpus, sync_articles
from tests.fakes import FakeEmbedder
from tests.ingest.helpers import numbered_article, write


class WordTokenizer:
    """Stands in for the model's tokenizer: a word piece per word, then ``[SEP]``."""

    def __call__(self, texts: list[str], max_length: int, **_: Any) -> dict[str, list[list[str]]]:
        return {"input_ids": [[*t.split(), "[SEP]"][:max_length] for t in texts]}


class RecordingModel:
    """Stands in for the SentenceTransformer: each text's vector is its length, and every
    ``encode`` call's texts are recorded."""

    max_seq_length = 30
    tokenizer = WordTokenizer()

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str], **_: Any) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)


def test_texts_are_embedded_longest_first_and_returned_in_order() -> None:
    texts = [("word " * n).strip() for n in (3, 40, 1, 25, 7, 40, 2, 18)] * 40
    embedder = SentenceTransformerEmbedder(batch_size=8)
    model = RecordingModel()
    embedder._loaded = model
    progress: list[int] = []

    vectors = embed_texts(embedder, texts, progress.append)

    assert vectors[:, 0].tolist() == [float(len(t)) for t in texts]
    sent = [t for call in model.calls for t in call]
    assert sorted(sent) == sorted(texts)
    assert [len(t) for t in sent] == sorted((len(t) for t in texts), reverse=True)
    assert all(len(call) <= 8 for call in model.calls)
    assert len(model.calls) > 1 and sum(progress) == len(texts) == len(sent)


def test_batches_are_cut_by_word_pieces_as_the_model_truncates_them() -> None:
    """Long words are few pieces per character and short ones many: the batches follow the
    pieces. Texts past the model's limit all count as that limit, longest in characters first."""
    texts = ["a b c d e f g h i j"] * 8 + ["extraordinarily long words"] * 8 + ["x " * 40] * 2
    texts += ["x " * 35] * 6
    embedder = SentenceTransformerEmbedder(batch_size=8)
    model = RecordingModel()
    embedder._loaded = model

    embed_texts(embedder, texts)

    assert [sorted(set(call)) for call in model.calls] == [
        ["x " * 35, "x " * 40],
        ["a b c d e f g h i j"],
        ["extraordinarily long words"],
    ]
    assert model.calls[0][:2] == ["x " * 40] * 2


def test_texts_of_one_batch_are_embedded_without_counting_their_pieces() -> None:
    """A question is one text: counting its word pieces would only add to its wait."""
    embedder = SentenceTransformerEmbedder(batch_size=8)
    model = RecordingModel()
    model.tokenizer = None  # type: ignore[assignment]
    embedder._loaded = model

    assert embedder.embed_query("what happened")[0] == float(len("what happened"))


def test_sync_embeds_the_new_articles_in_one_pass_with_progress(
    settings: IngestSettings, fake_embedder: FakeEmbedder, tmp_path: Path
) -> None:
    for n in range(5):
        write(settings.corpus_dir / f"a{n}.txt", numbered_article(n, sentences=6 + n))
    articles, _, _ = read_corpus([settings.corpus_dir], settings.corpus_dir, 2_000_000)
    expected = [t for a in articles for t in prepare_article(a).texts]
    totals: list[int] = []
    done: list[int] = []

    def progress(total: int) -> Any:
        totals.append(total)
        return done.append

    store = ArticleStore.open(settings, fake_embedder)
    sync_articles(store, [settings.corpus_dir], settings.corpus_dir, 2_000_000, progress=progress)

    assert fake_embedder.calls == 1  # one pass across the five articles
    assert sorted(fake_embedder.texts) == sorted(expected)
    assert totals == [len(expected)] and sum(done) == len(expected)
    assert store.keywords.count() == sum(len(prepare_article(a).units) for a in articles)
