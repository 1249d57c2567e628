"""Settings shared by every entry point, read once from the environment and ``.env``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import AliasChoices, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict, SettingsError

from ingest.errors import SettingsInvalid


class IngestSettings(BaseSettings):
    """Where the corpus and the store live, and how articles are embedded.

    Built once by ``python -m ingest`` / ``python -m bot`` and passed down; tests construct it
    directly.
    """

    model_config = SettingsConfigDict(
        env_prefix="NEWSBOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        # ``NEWSBOT_DEV_GUILD_ID=`` (as in .env.example) means unset, not an invalid empty value.
        env_ignore_empty=True,
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
    def store_lock_path(self) -> Path:
        """Held by the one process that has the embedded store open (see ``ingest.lock``)."""
        return self.data_dir / "embedded-store.lock"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def keyword_index_path(self) -> Path:
        return self.data_dir / "keywords.sqlite3"

    @property
    def file_manifest_path(self) -> Path:
        """The writer's record of the files it read (see ``ingest.manifest``)."""
        return self.data_dir / "files.json"


S = TypeVar("S", bound=BaseSettings)


def load_settings(cls: type[S], **values: Any) -> S:
    """Build settings from the environment and ``.env`` at an entry point.

    An invalid value raises :class:`SettingsInvalid` naming the variable and what it expects,
    in one line; the value itself is not repeated (it may be a secret).
    """
    try:
        return cls(**values)
    except ValidationError as exc:
        problems = [
            f"{env_name(cls, str(error['loc'][0]))}: {_expectation(error['msg'])}"
            for error in exc.errors()
            if error["loc"]
        ]
        raise SettingsInvalid(
            "invalid setting " + "; ".join(problems or [f"({exc.error_count()} errors)"])
        ) from None
    except SettingsError as exc:
        # A list or dict setting whose value is not JSON: pydantic-settings names the field.
        found = re.search(r'field "(\w+)"', str(exc))
        name = env_name(cls, found.group(1)) if found else "a list setting"
        raise SettingsInvalid(
            f"invalid setting {name}: expected a JSON list such as [123, 456]"
        ) from None


def env_name(cls: type[BaseSettings], field: str) -> str:
    """The environment variable that sets ``field`` (its alias, else prefix + NAME)."""
    info = cls.model_fields.get(field)
    alias = info.validation_alias if info is not None else None
    if isinstance(alias, AliasChoices) and isinstance(alias.choices[0], str):
        return alias.choices[0]
    if isinstance(alias, str):
        return alias
    return f"{cls.model_config.get('env_prefix', '')}{field}".upper()


def _expectation(message: str) -> str:
    """pydantic's "Input should be a valid integer, unable to …" as "expected a valid integer"."""
    message = message.split(", unable to")[0]
    return re.sub(r"^Input should be ", "expected ", message)
