"""Test doubles shared by the test suites."""

from __future__ import annotations

import hashlib
import math
import re
import threading

from langchain_core.embeddings import Embeddings

_WORD = re.compile(r"\w+", re.UNICODE)


class FakeEmbedder(Embeddings):
    """A deterministic hashed bag-of-words embedder: fast, and texts sharing words are close.

    Each lower-cased word adds 1 to a coordinate chosen by a stable hash (not ``hash()``, which
    differs between processes), and the vector is normalised. It counts what it is asked to embed,
    so tests can prove that a run embedded nothing.
    """

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.calls = 0
        self.texts: list[str] = []
        self._lock = threading.Lock()

    @property
    def texts_embedded(self) -> int:
        return len(self.texts)

    def reset(self) -> None:
        with self._lock:
            self.calls = 0
            self.texts = []

    def vector(self, text: str) -> list[float]:
        values = [0.0] * self.dim
        for word in _WORD.findall(text.lower()):
            digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
            values[int.from_bytes(digest, "big") % self.dim] += 1.0
        norm = math.sqrt(sum(v * v for v in values))
        if norm == 0.0:
            return [1.0] + [0.0] * (self.dim - 1)
        return [v / norm for v in values]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            self.calls += 1
            self.texts.extend(texts)
        return [self.vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.vector(text)
