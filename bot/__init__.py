"""newsbot's answering engine and its surfaces (command line and Discord).

The engine modules (``retrieval``, ``compose``, ``generate``, ``engine``) never import ``discord``;
only ``bot.client`` and ``bot.cogs`` do.
"""
