"""The outlets of an event as exports and the page show them: names, never article hashes.

The merge keys an event's sources by outlet, falling back on the article id when an input named
no outlet (so that two such articles still count as two sources). What users read is only the
named outlets: those fallbacks are left out here.
"""

from __future__ import annotations

import re
from typing import Any

_HASH = re.compile(r"[0-9a-f]{16}")


def outlet_names(event: Any, extra: str | None = None) -> list[str]:
    """The outlets named for ``event`` (and ``extra``), in order, without article ids."""
    ids = set(getattr(event, "roots", []) or [])
    ids.update(getattr(item, "article_id", None) for item in getattr(event, "evidence", []))
    ids.update(str(key).split("#")[0] for key in getattr(event, "mentions", []) or [])
    names = [*(getattr(event, "sources", []) or []), *([extra] if extra else [])]
    return [name for name in dict.fromkeys(names)
            if name and name not in ids and not _HASH.fullmatch(name)]
