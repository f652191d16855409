"""Expected events of the five sample articles (samples/seeds), written by hand from their
text, in the annotation format of :mod:`chronique.eval.events` (one JSON file per seed in
``tests/data/events_seeds``, which ``chronique eval events`` also reads).

``published`` is the date the page or feed gave (what the pipeline starts from); 001's page
claims 24 April 2024 although the article is from December 2016.
"""

from __future__ import annotations

import json
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "data" / "events_seeds"

SEEDS: dict[str, dict[str, object]] = {
    path.stem: {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items()
                if k != "file"}
    for path in sorted(FOLDER.glob("*.json"))
}
