"""Evaluation of the places stage against hand-checked toponyms.

The reference is a TSV file (``path  span  name  country  lat  lon``, see
``tests/data/places_cltls.tsv``): a toponym as written in an article of a corpus folder, with the
place it names. Each article is cleaned of nothing (the raw text is the text), split into
sentences and run through the places stage; the first place whose text equals the span is
judged. Figures: the share of reference toponyms found and resolved, and among the resolved, the
share within 25 km of the truth (for countries and regions without coordinates: the right
country).
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import registry
from ..geo.resolve import distance_km
from ..types import Article, Place

log = logging.getLogger(__name__)

TOLERANCE_KM = 25.0


@dataclass(frozen=True)
class Reference:
    path: str
    span: str
    name: str
    country: str
    lat: float | None
    lon: float | None


@dataclass
class PlacesReport:
    total: int = 0
    resolved: int = 0
    correct: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def share_resolved(self) -> float:
        return self.resolved / self.total if self.total else 0.0

    @property
    def share_correct(self) -> float:
        """Share of the resolved toponyms within 25 km of the truth (or in the right country)."""
        return self.correct / self.resolved if self.resolved else 0.0


def read_references(path: Path) -> list[Reference]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    references = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        references.append(Reference(row["path"], row["span"], row["name"], row["country"],
                                    float(row["lat"]) if row["lat"] else None,
                                    float(row["lon"]) if row["lon"] else None))
    return references


def analyze(text: str, article_id: str, **options: object) -> Article:
    """Run the sentences and places stages on ``text``."""
    from ..pipeline import Pipeline

    article = Article(id=article_id, text=text, raw=text, lang="fr")
    pipeline = Pipeline(["sentences", "places"], options={"places": dict(options)},
                        on_error="raise", initial=("raw", "meta", "id", "text", "lang"))
    return pipeline(article)


def judge(reference: Reference, places: Iterable[Place]) -> tuple[bool, bool, str]:
    """(resolved, correct, note) for one reference toponym."""
    place = next((p for p in places if p.text == reference.span), None)
    if place is None:
        return False, False, "not found"
    if not place.resolved:
        return False, False, f"unresolved ({', '.join(place.candidates[:3])})"
    if reference.lat is None or reference.lon is None or place.lat is None or place.lon is None:
        ok = place.country == reference.country
        return True, ok, f"{place.name} ({place.country})"
    km = distance_km(reference.lat, reference.lon, place.lat, place.lon)
    return True, km <= TOLERANCE_KM, f"{place.name} ({place.country}) at {km:.0f} km"


def evaluate(reference_file: Path, corpus: Path, **options: object) -> PlacesReport:
    """Figures of the places stage on ``reference_file`` (paths relative to ``corpus``)."""
    references = read_references(reference_file)
    articles: dict[str, Article] = {}
    report = PlacesReport()
    for reference in references:
        if reference.path not in articles:
            text = (corpus / reference.path).read_text(encoding="utf-8")
            articles[reference.path] = analyze(text, reference.path, **options)
        resolved, correct, note = judge(reference, articles[reference.path].places)
        report.total += 1
        report.resolved += resolved
        report.correct += correct
        if not correct:
            report.errors.append(f"{reference.path}\t{reference.span}\t{reference.name}\t{note}")
    return report


registry.evaluations.register("places", evaluate)
