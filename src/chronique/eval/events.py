"""Precision, recall and F1 of event mentions, field by field, against hand annotations.

A gold article lists its events; each gold event has ``anchors`` (exact phrases of the text,
whitespace-insensitive, one per way the article reports the event) and the fields annotated
for it: ``event_type``, ``sub_event_type``, ``actor1``, ``actor2``, ``place``, ``date`` (ISO,
possibly partial), ``figures`` (``[{kind, best}]``), ``source``; a list of strings gives
alternatives ("Alep", "Vieille ville"). ``not_events`` are phrases
that must not give an occurred event (hypotheses, calls, denials); ``ignore`` phrases give
neither credit nor penalty (generic mentions such as "la répression").

A predicted mention is aligned with a gold event when its trigger lies inside one of the
event's anchors. Several mentions of one event are one event (merging them is the merge's
job): the one whose type agrees best is scored, the others count for nothing. Only mentions that
occurred (``EventMention.occurred``) are scored. For the ``event`` field a true positive is an
aligned gold event; an occurred mention aligned with nothing (or with a ``not_events`` phrase)
is a false positive. For every other field, an aligned pair with both values scores a true
positive when they agree and a false positive plus a false negative when not; a value only in
the gold is a false negative, a value only in the prediction a false positive (only for gold
events that annotate that field). Unaligned gold events count a false negative per annotated
field; unaligned predictions a false positive per field they fill.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import registry
from ..errors import EvaluationError
from ..types import Article, DateClaim, EventMention
from .scores import Counts

FIELDS = ("event", "event_type", "sub_event_type", "actor1", "actor2", "place", "date",
          "figures", "source")


@dataclass
class Report:
    counts: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    articles: int = 0
    false_occurred: list[str] = field(default_factory=list)  # not_events given as occurred
    errors: list[dict[str, Any]] = field(default_factory=list)  # every disagreement, by field

    def rows(self) -> list[dict[str, Any]]:
        return [{"field": name, "tp": c.tp, "fp": c.fp, "fn": c.fn,
                 "precision": round(c.precision, 3), "recall": round(c.recall, 3),
                 "f1": round(c.f1, 3)} for name, c in self.counts.items()]


def locate(text: str, phrase: str) -> tuple[int, int] | None:
    """Offsets of ``phrase`` in ``text``, any run of whitespace matching any other."""
    pattern = r"\s+".join(map(re.escape, phrase.split()))
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def trigger_span(mention: EventMention) -> tuple[int, int]:
    for item in mention.evidence:
        if item.field == "trigger" and item.start >= 0:
            return item.start, item.end
    return mention.start, mention.end


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _spans(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """Every occurrence of every phrase (a repeated paragraph repeats its anchors)."""
    spans = []
    for phrase in phrases:
        pattern = r"\s+".join(map(re.escape, phrase.split()))
        found = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
        if not found:
            raise EvaluationError(f"anchor not found in the text: {phrase!r}")
        spans.extend(found)
    return spans


def score_article(article: Article, gold: dict[str, Any], report: Report) -> None:
    """Add one article's counts to ``report``."""
    report.articles += 1
    text = article.text
    events = [(event, _spans(text, event["anchors"])) for event in gold.get("events", [])]
    negatives = _spans(text, gold.get("not_events", []))
    ignored = _spans(text, gold.get("ignore", []))
    aligned: dict[int, EventMention] = {}
    name = gold.get("file", article.id)
    for mention in (m for m in article.mentions or article.events
                    if m.occurred and getattr(m, "status", "news") in ("news", "background")):
        span = trigger_span(mention)
        index = next((i for i, (_, spans) in enumerate(events) if _inside(span, spans)), None)
        if index is not None:
            aligned[index] = _better(events[index][0], aligned.get(index), mention)
        elif _inside(span, negatives):
            report.counts["event"].fp += 1
            report.false_occurred.append(f"{name}: {mention.text[:80]}")
            _error(report, name, "event", None, mention.text[:80])
        elif not _inside(span, ignored):
            report.counts["event"].fp += 1
            _error(report, name, "event", None, mention.text[:80])
            for key in FIELDS[1:]:
                if _predicted(mention, key):
                    report.counts[key].fp += 1
    for index, (event, _) in enumerate(events):
        _score_event(event, aligned.get(index), report, name)


def _error(report: Report, file: str, name: str, gold: Any, predicted: Any,
           anchor: str = "") -> None:
    report.errors.append({"file": file, "field": name, "gold": gold, "predicted": predicted,
                          "anchor": anchor})


def _better(event: dict[str, Any], current: EventMention | None,
            candidate: EventMention) -> EventMention:
    """Of two mentions of one gold event, the one whose type agrees best (then the first)."""
    if current is None:
        return candidate

    def agreement(mention: EventMention) -> int:
        return (int(mention.sub_event_type == event.get("sub_event_type")) * 2
                + int(mention.event_type == event.get("event_type")))

    return candidate if agreement(candidate) > agreement(current) else current


def _score_event(event: dict[str, Any], mention: EventMention | None, report: Report,
                 file: str = "") -> None:
    counts = report.counts
    anchor = event["anchors"][0][:60]
    if mention is None:
        counts["event"].fn += 1
        _error(report, file, "event", anchor, None, anchor)
        for name in FIELDS[1:]:
            counts[name].fn += _gold_size(event, name)
        return
    counts["event"].tp += 1
    for name in FIELDS[1:]:
        if name not in event:
            continue
        if name == "figures":
            if _score_figures(event["figures"], mention, counts[name]):
                _error(report, file, name, event[name], _predicted(mention, name), anchor)
            continue
        gold, predicted = event[name], _predicted(mention, name)
        if gold is None and predicted:
            counts[name].fp += 1
        elif gold is not None and not predicted:
            counts[name].fn += 1
        elif gold is not None and _agrees(name, gold, predicted):
            counts[name].tp += 1
            continue
        elif gold is not None:
            counts[name].fp += 1
            counts[name].fn += 1
        else:
            continue
        _error(report, file, name, gold, predicted, anchor)


def _gold_size(event: dict[str, Any], name: str) -> int:
    if name == "figures":
        return len(event.get("figures", []))
    return int(event.get(name) is not None)


def _predicted(mention: EventMention, name: str) -> list[str]:
    """The mention's value(s) for ``name`` as lowercase strings (empty when unset)."""
    if name in ("actor1", "actor2"):
        actors = getattr(mention, name) + getattr(mention, "assoc" + name[-1])
        values = [v for a in actors for v in (a.canonical, a.text, a.actor_id)]
    elif name == "place":
        place = mention.place
        values = [place.name, place.text, place.admin1] if place else []
    elif name == "source":
        values = [mention.attribution.source] if mention.attribution else []
    elif name == "figures":
        values = [f"{f.kind}:{f.best}" for f in mention.figures]
    else:
        values = [getattr(mention, name)]
    return [v.casefold() for v in values if v]


def _agrees(name: str, gold: str | list[str], predicted: list[str]) -> bool:
    """Whether a predicted value agrees with the gold one (or one of the gold alternatives)."""
    if isinstance(gold, list):
        return any(_agrees(name, option, predicted) for option in gold)
    wanted = gold.casefold()
    if name == "date":
        return any(value.startswith(wanted) for value in predicted)
    if name in ("event_type", "sub_event_type"):
        return wanted in predicted
    return any(wanted in value or value in wanted for value in predicted)


def _score_figures(gold: list[dict[str, Any]], mention: EventMention, counts: Counts) -> bool:
    """Count one event's figures; whether they disagree."""
    before = counts.fp + counts.fn
    predicted = [(_kind(f.kind), f.best if f.best is not None else f.low)
                 for f in mention.figures]
    for figure in gold:
        key = (_kind(figure["kind"]), figure["best"])
        if key in predicted:
            predicted.remove(key)
            counts.tp += 1
        else:
            counts.fn += 1
    counts.fp += len(predicted)
    return counts.fp + counts.fn > before


#: Figure kinds that name the same count.
KIND_SYNONYMS = {"fled": "displaced", "dead": "killed", "wounded": "injured"}


def _kind(kind: str) -> str:
    return KIND_SYNONYMS.get(kind, kind)


SPLITS = ("all", "tune", "heldout")


def load_gold(folder: Path, *, split: str = "all") -> list[dict[str, Any]]:
    """The gold articles of ``folder`` (``*.json``), sorted by file name. ``split``: ``all``,
    ``heldout`` (the files listed in ``heldout.txt``, on which no rule is tuned) or ``tune``
    (the others)."""
    if split not in SPLITS:
        raise EvaluationError(f"unknown split {split!r}: one of {', '.join(SPLITS)}")
    files = sorted(Path(folder).glob("*.json"))
    if not files:
        raise EvaluationError(f"no annotated articles (*.json) in {folder}")
    if split != "all":
        held = held_out(folder)
        files = [path for path in files if (path.name in held) == (split == "heldout")]
    return [json.loads(path.read_text(encoding="utf-8")) for path in files]


def held_out(folder: Path) -> set[str]:
    """The names listed in ``folder/heldout.txt`` (one a line, ``#`` comments)."""
    path = Path(folder) / "heldout.txt"
    if not path.is_file():
        return set()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").split("\n"))
    return {line for line in lines if line}


def gold_articles(gold: list[dict[str, Any]], data: Path) -> Iterator[tuple[Article, dict]]:
    """Articles for the annotated files of the cl-tls-fr corpus under ``data``."""
    for entry in gold:
        path = Path(data) / entry["file"]
        if not path.is_file():
            raise EvaluationError(f"annotated file missing from the corpus: {path}")
        text = path.read_text(encoding="utf-8")
        published = DateClaim(page_date=entry["published"], page_date_source="url",
                              value=entry["published"], precision="day")
        article = Article(id=entry["file"], text=text, lang="fr", published=published)
        yield article, entry


def analyze_pipeline() -> Any:
    """The default analyze pipeline, for articles that already have text, lang and published."""
    from ..pipeline import INITIAL_FIELDS, Pipeline, default_stages

    names = default_stages("analyze")
    if "events" not in names:
        raise EvaluationError("the events stage is not registered")
    return Pipeline(names, on_error="raise", initial=(*INITIAL_FIELDS, "text", "lang", "published"))


def evaluate(pairs: Iterable[tuple[Article, dict[str, Any]]], *, pipeline: Any = None) -> Report:
    """Run ``pipeline`` (default: :func:`analyze_pipeline`) on each article and score it."""
    pipeline = pipeline or analyze_pipeline()
    report = Report()
    for article, gold in pairs:
        score_article(pipeline(article), gold, report)
    return report


def evaluate_cltls(gold_dir: Path, data_dir: Path, *, split: str = "all") -> Report:
    """The evaluation of ``chronique eval events``: annotated cl-tls-fr articles."""
    return evaluate(gold_articles(load_gold(gold_dir, split=split), data_dir))


registry.evaluations.register("events", evaluate_cltls)
