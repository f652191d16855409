"""Stores: where articles, runs and events live. SQLite by default, PostgreSQL optional.

Open one with :func:`open_store` (a path, ``sqlite:///path`` or ``postgresql://…``). Every store
implements :class:`Store`.
"""

from __future__ import annotations

from .base import Store, open_store

__all__ = ["Store", "open_store"]
