"""Evaluation of the places stage against hand-checked toponyms.

The reference is a TSV file (``path  span  name  country  lat  lon``, see
``tests/data/places_cltls.tsv``): a toponym as written in an article of a corpus folder, with the
place it names. Each article is cleaned of nothing (the raw text is the text), split into
sentences and run through the places stage; the first place whose text equals the span is
judged. Figures: the share of reference toponyms found and resolved, and among the resolved, the
share within 25 km of the truth (for countries and regions without coordinates: the right
country).

:func:`evaluate_gold` reads a collection of articles with ACLED-style gold events instead
(``articles.jsonl`` + ``gold.json``, as ``francophone-dev``): per country, the share of gold
events whose location — or, for a place no gazetteer has, its first-level division — is among
the article's resolved places, in the right country and within 50 km of the gazetteer's point.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import registry
from ..geo.resolve import distance_km
from ..types import Article, Place
from .scores import Share, set_aside

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


# -- gold events of a collection such as francophone-dev -------------------------------------

#: a resolved place counts when it lies this close to the gazetteer's point for the gold place
WITHIN_KM = 50.0


@dataclass
class GoldPlacesReport:
    """Per country and per part (``tuned``, ``set-aside``): how many gold events have their
    location (or, when the gazetteer lacks the location, their admin1) among the article's
    resolved places, resolved to the right place."""

    by_country: dict[tuple[str, str], Share] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, part: str, country: str, right: bool) -> None:
        for key in ((part, country), (part, "all"), ("all", country), ("all", "all")):
            tally = self.by_country.setdefault(key, Share())
            tally.total += 1
            tally.found += right

    def share(self, part: str = "all", country: str = "all") -> float:
        return self.by_country.get((part, country), Share()).share


def evaluate_gold(folder: Path, **options: object) -> GoldPlacesReport:
    """Figures of the places stage on a folder with ``articles.jsonl`` and ``gold.json`` (the
    francophone-dev conventions: each gold event has ``location``, ``admin1``, ``country``)."""
    from ..geo.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    report = GoldPlacesReport()
    with (folder / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            entry = gold.get(record["id"])
            if not entry or not entry.get("events"):
                continue
            part = "set-aside" if set_aside(record["id"]) else "tuned"
            article = analyze(record["text"], record["id"], **options)
            places = [p for p in article.places if p.resolved]
            for event in entry["events"]:
                if event.get("optional"):
                    continue
                iso = _iso(gazetteer, event.get("country") or entry.get("country"))
                right, note = judge_gold(event, iso, places, gazetteer)
                country = event.get("country") or entry.get("country") or "?"
                report.add(part, country, right)
                if not right and part == "tuned":  # set-aside misses are counted, not shown
                    report.errors.append(f"{part}\t{record['id']}\t{event.get('id')}\t{note}")
    return report


def judge_gold(event: dict[str, object], iso: str | None, places: list[Place],
               gazetteer: object) -> tuple[bool, str]:
    """Whether the gold event's location (else its admin1, when the gazetteer lacks the
    location) is among ``places`` in the right country and within 50 km of the gazetteer's point
    for it. A place matches by name (or by the first words of the gold's: "X plain" and
    "X"); one the gazetteer lacks, placed at a container, must be in the gold's admin1."""
    from ..geo.normalize import normalize

    location = str(event.get("location") or "")
    admin1 = str(event.get("admin1") or "")
    point = _point(gazetteer, location, iso)
    admin_point = _point(gazetteer, admin1, iso, divisions=True)
    # the gold's name of the division, and the names the gazetteer shows it by
    names = {normalize(admin1)} | {
        normalize(e.name) for e in gazetteer.lookup(admin1) + gazetteer.lookup_nouned(admin1)  # type: ignore[attr-defined]
        if e.country == iso and e.kind in ("admin1", "region")} if admin1 else set()
    words = location.split()
    heads = {normalize(" ".join(words[:k])) for k in range(1, len(words) + 1)}
    same = [p for p in places if p.country == iso and location
            and heads & {normalize(p.text), normalize(p.name or "")} - {""}]
    for place in same:
        if point is not None and not _near(place, point):
            continue
        if point is None and place.within and names and normalize(place.admin1 or "") not in names:
            continue  # a place no gazetteer has, put in the wrong division
        return True, f"{location}: {place.name}"
    if point is None and admin1:  # a place no gazetteer has: its admin1 must be right
        for place in places:
            if place.country != iso:
                continue
            named = bool(names & {normalize(place.admin1 or ""), normalize(place.text),
                                  normalize(place.name or "")})
            if named and (admin_point is None or place.kind != "admin1" or _near(place,
                                                                                  admin_point)):
                return True, f"{location} via admin1 {admin1}: {place.text}"
    found = ", ".join(f"{p.text}={p.name}/{p.country}" for p in places[:8])
    return False, f"{location} ({admin1}, {iso}) not among: {found}"


def _near(place: Place, point: tuple[float, float]) -> bool:
    if place.lat is None or place.lon is None:
        return False
    return distance_km(place.lat, place.lon, *point) <= WITHIN_KM


def _point(gazetteer: object, name: str, iso: str | None, *,
           divisions: bool = False) -> tuple[float, float] | None:
    """The gazetteer's point for ``name`` in country ``iso`` (the most populous match; a
    division first when ``divisions``)."""
    if not name or iso is None:
        return None
    entries = [e for e in gazetteer.lookup(name) + gazetteer.lookup_nouned(name)  # type: ignore[attr-defined]
               if e.country == iso and e.lat is not None and e.kind != "country"]
    if divisions:
        entries.sort(key=lambda e: e.kind not in ("admin1", "admin2", "region"))
    return (entries[0].lat, entries[0].lon) if entries else None


def _iso(gazetteer: object, country: object) -> str | None:
    if not country:
        return None
    names = {"Democratic Republic of Congo": "CD", "Palestine": "PS"}
    if str(country) in names:
        return names[str(country)]
    for entry in gazetteer.lookup(str(country)):  # type: ignore[attr-defined]
        if entry.kind == "country":
            return entry.country
    return None
