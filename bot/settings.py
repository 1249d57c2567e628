"""Settings of the answering engine and the Discord bot (on top of the ingest settings)."""

from __future__ import annotations

from pydantic import AliasChoices, Field, SecretStr

from ingest.settings import IngestSettings


class BotSettings(IngestSettings):
    """Everything ``python -m bot`` reads from the environment and ``.env``, built once."""

    discord_token: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("DISCORD_TOKEN", "NEWSBOT_DISCORD_TOKEN"),
        description="The bot token from the Discord developer portal.",
    )
    min_support: float = Field(
        0.56, description="Evidence score (0-1) below which a question is refused; see README."
    )
    max_question_chars: int = Field(500, description="Longer questions are rejected.")
    llm_base_url: str | None = Field(
        None, description="OpenAI-compatible endpoint for the generative composer; unset = off."
    )
    llm_model: str | None = Field(None, description="Model name for the generative composer.")
    llm_api_key: SecretStr | None = Field(None, description="API key for the LLM endpoint.")
    llm_timeout: float = Field(20.0, description="Seconds before the LLM call falls back.")
    message_content_intent: bool = Field(
        False, description="Read thread follow-ups without a mention (privileged intent)."
    )
    dev_guild_id: int | None = Field(None, description="Sync commands to this guild instantly.")
    admin_ids: list[int] = Field(
        default_factory=list, description="User or role ids allowed to run admin commands."
    )
    ask_cooldown_seconds: float = Field(5.0, description="Per-user pause between questions.")
    shards: bool = Field(False, description="Use AutoShardedBot (large deployments).")
