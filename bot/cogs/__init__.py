"""The bot's commands, one cog per concern; ``setup_hook`` adds each of :data:`COGS`."""

from __future__ import annotations

from bot.cogs.admin import AdminCog
from bot.cogs.ask import AskCog
from bot.cogs.conversation import ConversationCog
from bot.cogs.sources import SourcesCog

COGS = (AskCog, SourcesCog, AdminCog, ConversationCog)

__all__ = ["COGS", "AdminCog", "AskCog", "ConversationCog", "SourcesCog"]
