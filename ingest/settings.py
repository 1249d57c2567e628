"""Settings shared by every entry point, read once from the environment and ``.env``."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class IngestSettings(BaseSettings):
    """Where the corpus and the store live, and how articles are embedded.

    Built once by ``python -m ingest`` / ``python -m bot`` and passed down; tests construct it
    directly.
    """

    model_config = SettingsConfigDict(
        env_prefix="NEWSBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(
        default=Path("data"), description="Where the vector store and bot state live."
    )
    corpus_dir: Path = Field(
        default=Path("corpus"), description="Folder of article files to ingest."
    )
    chroma_host: str | None = Field(
        default=None, description="Chroma server host; unset = embedded store."
    )
    chroma_port: int = Field(default=8000, description="Chroma server port (server mode only).")
    collection: str = Field(default="newsbot", description="Prefix of the Chroma collection names.")
    embedding_model: str | None = Field(
        default=None,
        description="Path or name of a sentence-transformers model; unset = bundled MiniLM.",
    )
    max_file_bytes: int = Field(default=2_000_000, description="Larger article files are rejected.")

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "ingest.lock"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def keyword_index_path(self) -> Path:
        return self.data_dir / "keywords.sqlite3"
