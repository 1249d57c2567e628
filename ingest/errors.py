"""Named failures that the entry points turn into clear messages."""


class NewsbotError(Exception):
    """Base of every expected error: its message is safe to show to a user."""


class UnsupportedFile(NewsbotError):
    """A file that cannot become an article (wrong type, empty, binary, too big, no text)."""


class IngestLocked(NewsbotError):
    """Another ingest holds the single-writer lock on this store."""


class StoreUnavailable(NewsbotError):
    """The Chroma store could not be opened or reached."""


class ModelUnavailable(NewsbotError):
    """The embedding model could not be loaded (a wrong path or name in the settings)."""


class CorpusNotIndexed(NewsbotError):
    """A question arrived before any article was ingested."""


class SettingsInvalid(NewsbotError):
    """A setting in the environment or ``.env`` has a value of the wrong kind."""


class StoreInUse(NewsbotError):
    """The embedded store is open in another process (a running bot, or an ingest)."""
