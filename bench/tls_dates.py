"""What the two cl-tls-fr date scripts share: French month names (from the language data),
the patterns of written dates, and where the reference corpora are."""

from __future__ import annotations

import os
import re
from pathlib import Path

from chronique.lang import table

MONTHS = {name.rstrip(".").lower(): number
          for name, number in table("fr", "time")["months"].items()}
NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
SHARED = Path(os.environ.get("CHRONIQUE_SHARED_DATA",
                             Path(__file__).resolve().parents[1].parent / "shared" / "data"))


def written(*, year_required: bool) -> re.Pattern[str]:
    """"25 janvier 2011" (and, unless ``year_required``, "25 janvier")."""
    year = r"\s+((?:19|20)\d\d)" if year_required else r"(?:\s+((?:19|20)\d\d))?"
    return re.compile(r"\b(1er|\d{1,2})\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True))
                      + r")\.?" + year + r"\b", re.IGNORECASE)
