"""Incident-level scoring of the event record: one real incident, one event.

Gold: per article, a list of incidents, each with the phrases that tell it (``quotes``: a
francophone-dev ``quote``, or a cl-tls-fr/seed annotation's ``anchors``) and its fields; an
``optional`` incident is neither required nor penalised. Per article, ``context`` and
``not_occurred`` list statements that must not become events.

System: the article's occurred incidents (``Article.events`` whose status is news or
background). A system event matches a gold incident when one of the sentences it cites as
evidence holds at least half of the content words of one of the incident's phrases (or the
phrase whole); matching is one-to-one, best overlap first, a required incident before an
optional one and the article's main incident before the others on ties. Every further system
event is classed: ``fragment`` (it tells a gold incident already matched: one incident split
in two), ``optional``, ``context``, ``not_occurred`` (it tells such a statement), else
``other``. Precision = matched / (system events − optional); recall = matched required /
required. On matched pairs, per field: type, sub-type, actor1, actor2 (a content word shared
with the gold's ACLED-style name or the text's own words), place (a name word of the gold
location in the system's place), date (the day, or inside the gold range), fatalities (the
system's best is the gold's best, low or high), source. A **record** is right when type,
actor1, place, date and fatalities are all right where the gold has them; record F1 uses
record-right events as true positives.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from ..ingest import article_from_raw
from ..types import ActorMention, Article, EventMention, RawItem
from .scores import set_aside

STOP = frozenset({
    "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "à", "a", "au", "aux", "en",
    "dans", "par", "pour", "sur", "avec", "selon", "qui", "que", "ont", "été", "est", "sont",
    "ses", "son", "sa", "leur", "leurs", "ce", "cette", "ces", "se", "s", "il", "elle", "ils",
    "elles", "on", "plus", "moins", "of", "the", "forces", "group", "groupe", "unidentified",
    "armed"
})
GENERIC_PLACE = frozenset({
    "area", "near", "village", "town", "city", "camp", "district", "province", "region", "west",
    "east", "north", "south", "road", "route", "site", "between", "outskirts", "environs"
})
FIELDS = ("type", "sub_type", "actor1", "actor2", "place", "date", "fatalities", "source")
CLASSES = ("fragment", "optional", "context", "not_occurred", "other")
MATCH = 0.5
STATEMENT = 0.6


def fold(text: Any) -> str:
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def content(text: Any) -> set[str]:
    return {w for w in fold(text).split() if len(w) > 2 and w not in STOP}


def overlap(sentence: str, phrase: str) -> float:
    words = content(phrase)
    if not words:
        return 0.0
    if fold(phrase) and fold(phrase) in fold(sentence):
        return 1.0
    return len(words & content(sentence)) / len(words)


@dataclass
class Report:
    name: str = ""
    articles: int = 0
    required: int = 0
    system: int = 0
    matched: int = 0
    matched_required: int = 0
    unmatched: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    judged: Counter[str] = field(default_factory=Counter)
    records: int = 0
    #: per country (the gold article's ``country``): required, matched required, records right
    countries: dict[str, Counter[str]] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list, repr=False)

    @property
    def counted(self) -> int:
        return self.system - self.unmatched["optional"]

    @property
    def precision(self) -> float:
        return self.matched / self.counted if self.counted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_required / self.required if self.required else 0.0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    @property
    def record_f1(self) -> float:
        p = self.records / self.counted if self.counted else 0.0
        r = self.records / self.required if self.required else 0.0
        return self._f1(p, r)

    @property
    def per_matched(self) -> float:
        """System events per matched gold incident (the match and its fragments)."""
        return (self.matched + self.unmatched["fragment"]) / self.matched if self.matched else 0.0

    def accuracy(self, name: str) -> float | None:
        return self.right[name] / self.judged[name] if self.judged[name] else None

    def summary(self) -> dict[str, Any]:
        return {
            "set": self.name, "articles": self.articles, "gold_required": self.required,
            "system_events": self.system, "precision": round(self.precision, 3),
            "recall": round(self.recall, 3), "f1": round(self.f1, 3),
            "events_per_matched_incident": round(self.per_matched, 3),
            "unmatched": {k: self.unmatched[k] for k in CLASSES},
            "fields_on_matched": {k: round(v, 3) for k in FIELDS
                                  if (v := self.accuracy(k)) is not None},
            "record_f1": round(self.record_f1, 3),
            "by_country": {
                country: f"{tally['matched']}/{tally['required']} incidents, "
                         f"{tally['records']} records right"
                for country, tally in sorted(self.countries.items())},
        }


# -- system side ------------------------------------------------------------------------------

def occurred(article: Article) -> list[EventMention]:
    return [e for e in article.events
            if e.occurred and getattr(e, "status", "news") in ("news", "background")]


def sentences_of(event: EventMention) -> list[str]:
    texts = [ev.text for ev in event.evidence if ev.field in ("sentence", "mention")
             and len(ev.text) > 20]
    return texts or [event.text]


def actor_name(actors: list[ActorMention]) -> str:
    return "; ".join((getattr(a, "acled", None) or a.canonical or a.text) for a in actors)


def actor_words(actors: list[ActorMention]) -> str:
    """Every name of the actors: ACLED's, the canonical one and the article's own words (for
    an annotation that names actors in the article's words)."""
    return "; ".join(" ".join(filter(None, (getattr(a, "acled", None), a.canonical, a.text)))
                     for a in actors)


def fatalities(event: EventMention, article_id: str) -> int | None:
    """The incident's killed toll as the merge reconciles it (its claims, the merge's rule)."""
    from ..merge.mentions import MentionRecord
    from ..merge.reconcile import claims_of, killed_toll

    record = MentionRecord(article_id=article_id, index=0, mention=event, root=article_id)
    return killed_toll(event.kind, claims_of(record))[1]


# -- field checks -----------------------------------------------------------------------------

def _alternatives(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def name_ok(system: str, gold: dict[str, Any], key: str) -> bool | None:
    golds = _alternatives(gold.get(key)) + _alternatives(gold.get(key + "_text"))
    if not golds:
        return None
    words = content(system)
    return bool(words) and any(words & content(g) for g in golds)


def _place_words(text: Any) -> set[str]:
    return {w for w in content(str(text or "").split("(")[0]) if w not in GENERIC_PLACE
            and len(w) > 3}


def place_ok(event: EventMention, gold: dict[str, Any]) -> bool | None:
    golds = _alternatives(gold.get("location", gold.get("place")))
    wanted = [w for g in golds if (w := _place_words(g))]
    if not wanted:
        return None
    place = event.place
    if place is None:
        return False
    have = _place_words(place.name) | _place_words(place.text)
    return any(w & have for w in wanted)


def date_ok(event: EventMention, gold: dict[str, Any]) -> bool | None:
    value = gold.get("date")
    if not value:
        return None
    day = (event.date or "")[:10]
    if "/" in value:
        low, high = value.split("/")[:2]
        return bool(day) and low <= day <= high
    return day == value if len(value) == 10 else (event.date or "").startswith(value)


def fatalities_ok(best: int | None, gold: dict[str, Any]) -> bool | None:
    fat = gold.get("fatalities")
    if isinstance(fat, dict) and fat.get("best") is not None:
        return best in {fat.get("best"), fat.get("low"), fat.get("high")} - {None}
    figures = gold.get("figures")
    if isinstance(figures, list):
        killed = [f.get("best") for f in figures if f.get("kind") == "killed"]
        if killed:
            return best in killed
    return None


def source_ok(event: EventMention, gold: dict[str, Any]) -> bool | None:
    golds = _alternatives(gold.get("source"))
    if not golds or golds == ["article"]:
        return None
    system = " ".join(filter(None, [event.attribution.source if event.attribution else None,
                                    *(f.source for f in event.figures)]))
    return bool(content(system)) and any(content(system) & content(g) for g in golds)


# -- scoring ----------------------------------------------------------------------------------

def _rank(gold: dict[str, Any]) -> tuple[int, int]:
    salience = {"main": 0, "secondary": 1, "background": 2}.get(gold.get("salience", "main"), 1)
    return int(bool(gold.get("optional"))), salience


def score_article(article: Article, gold: dict[str, Any], report: Report) -> None:
    report.articles += 1
    incidents: list[dict[str, Any]] = gold.get("events", [])
    events = occurred(article)
    report.system += len(events)
    required = sum(1 for g in incidents if not g.get("optional"))
    report.required += required
    tally = report.countries.setdefault(gold.get("country") or "?", Counter())
    tally["required"] += required
    before = (report.matched_required, report.records)
    texts = [sentences_of(e) for e in events]
    quotes = [g.get("quotes") or g.get("anchors") or [g.get("quote", "")] for g in incidents]
    pairs = sorted(((max(overlap(s, q) for s in texts[i] for q in quotes[j]), i, j)
                    for i in range(len(events)) for j in range(len(incidents))),
                   key=lambda p: (-p[0], _rank(incidents[p[2]]), p[1], p[2]))
    used_s: set[int] = set()
    used_g: set[int] = set()
    name = gold.get("id") or gold.get("file") or article.id
    for value, i, j in pairs:
        if value < MATCH or i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        # how the annotation writes actor names is said once for the article
        incident = {"names": gold.get("names"), **incidents[j]}
        _score_pair(article, events[i], incident, report, name)
    tally["matched"] += report.matched_required - before[0]
    tally["records"] += report.records - before[1]
    for i, event in enumerate(events):
        if i in used_s:
            continue
        kind = _class(texts[i], quotes, incidents, gold)
        report.unmatched[kind] += 1
        report.rows.append({"article": name, "class": kind, "type": event.event_type,
                            "text": texts[i][0][:160]})
    for j, incident in enumerate(incidents):
        if j not in used_g and not incident.get("optional"):
            report.rows.append({"article": name, "class": "missed",
                                "gold": incident.get("id", j), "type": incident.get("event_type"),
                                "text": quotes[j][0][:160]})


def _class(texts: list[str], quotes: list[list[str]], incidents: list[dict[str, Any]],
           gold: dict[str, Any]) -> str:
    best, index = max(((max(overlap(s, q) for s in texts for q in quotes[j]), j)
                       for j in range(len(incidents))), default=(0.0, -1))
    if best >= MATCH:
        return "optional" if incidents[index].get("optional") else "fragment"
    for kind in ("context", "not_occurred"):
        statements = gold.get(kind, []) + (gold.get("not_events", []) if kind == "not_occurred"
                                           else [])
        if any(overlap(s, c) >= STATEMENT for s in texts for c in statements):
            return kind
    return "other"


def _score_pair(article: Article, event: EventMention, gold: dict[str, Any], report: Report,
                name: str) -> None:
    report.matched += 1
    if not gold.get("optional"):
        report.matched_required += 1
    best = fatalities(event, article.id)
    # an annotation in the article's words is read against every name; an ACLED-style one
    # against the exported (ACLED) name, as a reader of the export sees it
    names = actor_words if gold.get("names") == "words" else actor_name
    checks = {
        "type": (event.event_type == gold.get("event_type")
                 if gold.get("event_type") else None),  # an "ignore" phrase gives no type
        "sub_type": (event.sub_event_type == gold.get("sub_event_type")
                     if gold.get("sub_event_type") else None),
        "actor1": name_ok(names(event.actor1), gold, "actor1"),
        "actor2": name_ok(names(event.actor2), gold, "actor2"),
        "place": place_ok(event, gold),
        "date": date_ok(event, gold),
        "fatalities": fatalities_ok(best, gold),
        "source": source_ok(event, gold),
    }
    for key, value in checks.items():
        if value is not None:
            report.judged[key] += 1
            report.right[key] += bool(value)
    record = all(v for k, v in checks.items()
                 if k in ("type", "actor1", "place", "date", "fatalities") and v is not None)
    report.records += record
    report.rows.append({
        "article": name, "class": "match", "gold": gold.get("id"),
        "checks": {k: v for k, v in checks.items() if v is not None},
        "expected": {k: gold.get(k) for k in ("event_type", "sub_event_type", "actor1",
                                              "actor2", "location", "place", "date")
                     if gold.get(k) is not None},
        "system": {"type": event.event_type, "sub_type": event.sub_event_type,
                   "actor1": actor_name(event.actor1), "actor2": actor_name(event.actor2),
                   "place": event.place.name if event.place else None, "date": event.date,
                   "fatalities": best}})


# -- the collections --------------------------------------------------------------------------

unseen = set_aside  # the articles kept unseen: one rule, in .scores


def francophone(folder: Path, *, split: str = "all") -> list[tuple[Article, dict[str, Any]]]:
    """Articles and gold of a francophone collection (``articles.jsonl`` + ``gold.json``)."""
    folder = Path(folder)
    path, gold_path = folder / "articles.jsonl", folder / "gold.json"
    if not path.is_file() or not gold_path.is_file():
        raise EvaluationError(f"{folder} has no articles.jsonl and gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if split == "tune" and unseen(row["id"]) or split == "unseen" and not unseen(row["id"]):
            continue
        # a day or a month, as a JSON Lines ``published`` gives it to a run
        published = str(row.get("published") or "")
        given = re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", published)
        article = article_from_raw(RawItem(
            origin=row["id"], fmt="text", data=row["text"], url=row.get("url"),
            page_date=published if given else None, page_date_source="jsonl" if given else None))
        article.id = row["id"]
        entry = dict(gold.get(row["id"]) or {})
        entry["id"] = row["id"]
        pairs.append((article, entry))
    return pairs


def evaluate(pairs: Iterable[tuple[Article, dict[str, Any]]], *, name: str = "",
             pipeline: Any = None) -> Report:
    """Score each article after the pipeline: the whole job's (decode, clean, language, then
    analyze) for an article that comes raw, as a run reads it; the analyze stages for one
    that comes with its text."""
    from .events import analyze_pipeline

    report = Report(name=name)
    whole = None
    for article, gold in pairs:
        if article.raw is not None and not article.text:
            whole = whole or _whole_pipeline()
            for step in whole:
                article = step(article)
        else:
            pipeline = pipeline or analyze_pipeline()
            article = pipeline(article)
        score_article(article, gold, report)
    return report


def _whole_pipeline() -> tuple[Any, Any]:
    from ..config import load_config
    from ..run.local import build_pipelines

    return build_pipelines(load_config(environ={}))


def cltls(gold_dir: Path, data_dir: Path, *, split: str = "all",
          ) -> list[tuple[Article, dict[str, Any]]]:
    """The hand-annotated cl-tls-fr articles (anchors format), as incident gold."""
    from .events import gold_articles, load_gold

    return [(article, _from_anchors(entry))
            for article, entry in gold_articles(load_gold(gold_dir, split=split), data_dir)]


def _from_anchors(entry: dict[str, Any]) -> dict[str, Any]:
    """A mention-level annotation (anchors, not_events) read as incident gold: each gold event
    is one incident told by its anchors; ``ignore`` phrases are optional incidents."""
    events = [{**event, "quotes": event.get("anchors", [])} for event in entry.get("events", [])]
    events += [{"quotes": [phrase], "optional": True} for phrase in entry.get("ignore", [])]
    return {"id": entry.get("file"), "events": events, "names": "words",
            "not_occurred": entry.get("not_events", [])}
