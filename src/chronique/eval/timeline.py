"""Timeline evaluation: Date-F1 and the ROUGE variants of Martschat & Markert (2017), as defined
by the ``tilse`` package (concat, agreement, align+ m:1), on French tokens.

Definitions (one reference timeline; a timeline maps days to lists of sentences):

- Tokens: lowercased ``\\w+`` runs (so "l’ ancien" gives ``l``, ``ancien``), no stemming, no
  stop-word list: tilse's default Porter stemmer and SMART stop words are English-only.
- ROUGE-n counts of a summary against a reference (tilse's reimplementation): n-grams over the
  summary's concatenated tokens; ``match`` = Σ min(count in summary, count in reference),
  precision = match / summary n-grams, recall = match / reference n-grams.
- Date-F1: P = |pred ∩ ref| / |pred|, R = |pred ∩ ref| / |ref|, harmonic mean.
- concat: ROUGE of all predicted sentences against all reference sentences.
- agreement: per-day counts summed over days (precision over predicted days, recall over
  reference days), a day only matching the same day.
- align+ m:1: each predicted day is aligned to the reference day of least cost, and (for recall)
  each reference day to the predicted day of least cost, cost = (1 − 1/(|Δdays| + 1)) × (1 −
  approximate ROUGE-1 F of the two days' summaries) (ties: earliest day); matched counts are
  weighted by 1/(|Δdays| + 1); the denominators are the summaries' own n-gram counts.

:func:`evaluate_topic` runs the project's own pipeline on a cl-tls-fr topic (the files are
copied under neutral names first: the folder name is the publication date, the truth to find,
never an input), merges, builds the timeline with as many days as the reference has (and its
mean sentences per day), inside the reference's span (news-tls practice), and scores it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

log = logging.getLogger(__name__)

Timeline = dict[dt.date, list[str]]
_TOKEN = re.compile(r"\w+")
_SEPARATOR = re.compile(r"-{8,}\s*$")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def parse_reference(text: str) -> Timeline:
    """Blocks ``YYYY-MM-DD`` / sentences / a line of dashes → day → sentences."""
    timeline: Timeline = {}
    day: dt.date | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        closes = _SEPARATOR.search(line) is not None  # some lines end with the separator
        line = _SEPARATOR.sub("", line).strip()
        if day is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", line):
            day = dt.date.fromisoformat(line)
            timeline.setdefault(day, [])
        elif day is not None and line:
            timeline[day].append(line)
        if closes:
            day = None
    return timeline


# -- metrics -------------------------------------------------------------------------------------
def f_score(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def date_f1(pred: Timeline, ref: Timeline) -> dict[str, float]:
    both = set(pred) & set(ref)
    precision = len(both) / len(pred) if pred else 0.0
    recall = len(both) / len(ref) if ref else 0.0
    return {"precision": precision, "recall": recall, "f_score": f_score(precision, recall)}


def ngrams(sentences: list[str], n: int) -> Counter[tuple[str, ...]]:
    flat = [token for sentence in sentences for token in tokens(sentence)]
    return Counter(tuple(flat[i:i + n]) for i in range(len(flat) - n + 1))


def rouge_counts(pred: list[str], ref: list[str], n: int) -> tuple[int, int, int]:
    """(matches, predicted n-grams, reference n-grams)."""
    pred_counts, ref_counts = ngrams(pred, n), ngrams(ref, n)
    match = sum(min(count, ref_counts[gram]) for gram, count in pred_counts.items())
    return match, sum(pred_counts.values()), sum(ref_counts.values())


def _scores(p_num: float, p_den: float, r_num: float, r_den: float) -> dict[str, float]:
    precision = p_num / p_den if p_den else 0.0
    recall = r_num / r_den if r_den else 0.0
    return {"precision": precision, "recall": recall, "f_score": f_score(precision, recall)}


def concat(pred: Timeline, ref: Timeline, n: int) -> dict[str, float]:
    pred_all = [s for day in sorted(pred) for s in pred[day]]
    ref_all = [s for day in sorted(ref) for s in ref[day]]
    match, p_count, m_count = rouge_counts(pred_all, ref_all, n)
    return _scores(match, p_count, match, m_count)


def agreement(pred: Timeline, ref: Timeline, n: int) -> dict[str, float]:
    p_num = p_den = r_num = r_den = 0
    for day in set(pred) | set(ref):
        match, p_count, m_count = rouge_counts(pred.get(day, []), ref.get(day, []), n)
        if day in pred:
            p_num, p_den = p_num + match, p_den + p_count
        if day in ref:
            r_num, r_den = r_num + match, r_den + m_count
    return _scores(p_num, p_den, r_num, r_den)


def approx_rouge1(pred: list[str], ref: list[str]) -> float:
    """tilse's content-cost ROUGE-1 F approximation (bag of tokens, one reference)."""
    match, p_count, m_count = rouge_counts(pred, ref, 1)
    return _scores(match, p_count, match, m_count)["f_score"]


def align_m1(pred: Timeline, ref: Timeline, n: int) -> dict[str, float]:
    """align+ m:1: many-to-one alignment on date-and-content costs."""
    pred_days, ref_days = sorted(pred), sorted(ref)
    p_num = p_den = r_num = r_den = 0.0
    if not ref_days or not pred_days:
        p_den = sum(rouge_counts(pred[d], [], n)[1] for d in pred_days)
        r_den = sum(rouge_counts([], ref[d], n)[2] for d in ref_days)
        return _scores(0, p_den, 0, r_den)
    for day in pred_days:
        target = _least_cost(day, ref_days, pred, ref, predicted=True)
        match, p_count, _ = rouge_counts(pred[day], ref[target], n)
        p_num += match / (abs((day - target).days) + 1)
        p_den += p_count
    for day in ref_days:
        source = _least_cost(day, pred_days, pred, ref, predicted=False)
        match, _, m_count = rouge_counts(pred[source], ref[day], n)
        r_num += match / (abs((day - source).days) + 1)
        r_den += m_count
    return _scores(p_num, p_den, r_num, r_den)


def _least_cost(day: dt.date, others: list[dt.date], pred: Timeline, ref: Timeline, *,
                predicted: bool) -> dt.date:
    """The day of ``others`` of least cost for ``day`` (the earliest on ties, as argmin)."""
    best, best_cost = others[0], float("inf")
    for other in others:
        pred_day, ref_day = (day, other) if predicted else (other, day)
        cost = _cost(pred[pred_day], ref[ref_day], pred_day, ref_day)
        if cost < best_cost:
            best, best_cost = other, cost
    return best


def _cost(pred: list[str], ref: list[str], pred_day: dt.date, ref_day: dt.date) -> float:
    date_factor = 1 - 1 / (abs((pred_day - ref_day).days) + 1)
    return date_factor * (1 - approx_rouge1(pred, ref))


def evaluate(pred: Timeline, ref: Timeline) -> dict[str, Any]:
    """Every figure: Date-F1 and concat / agreement / align+ m:1 ROUGE-1 and ROUGE-2."""
    result: dict[str, Any] = {"date_f1": date_f1(pred, ref)}
    for name, metric in (("concat", concat), ("agreement", agreement), ("align_m1", align_m1)):
        result[name] = {f"rouge_{n}": metric(pred, ref, n) for n in (1, 2)}
    return result


# -- the project's own timeline of a topic ------------------------------------------------------
def timeline_from_store(store: Any, ref: Timeline) -> Timeline:
    """The store's timeline sized like the reference: its day count, mean sentences per day."""
    from ..merge.timeline import build_timeline

    days_wanted = len(ref)
    per_day = max(1, round(sum(map(len, ref.values())) / max(1, days_wanted)))
    first, last = min(ref).isoformat(), max(ref).isoformat()
    days = build_timeline(store, since=first, until=last, top=days_wanted, per_day=per_day)
    timeline: Timeline = {}
    for day in days:
        sentences = (day.summary or [entry.summary for entry in day.entries
                                     if entry.summary])[:per_day]
        if sentences:
            timeline[dt.date.fromisoformat(day.date)] = sentences
    return timeline


def evaluate_topic(corpus: Path, reference: Path, *, db: str | None = None,
                   analyzed: bool = False, output: Path | None = None) -> dict[str, Any]:
    """Run the pipeline on a topic's articles, merge, build the timeline and score it."""
    from ..merge.run import merge_store
    from ..store import open_store

    if not reference.is_file():
        raise EvaluationError(f"reference timeline not found: {reference}")
    ref = parse_reference(reference.read_text(encoding="utf-8"))
    if not ref:
        raise EvaluationError(f"no dated block in {reference}")
    workdir = Path(tempfile.mkdtemp(prefix="chronique-tls-"))
    try:
        store = open_store(db or str(workdir / "topic.db"))
        if not analyzed:
            _ingest(corpus, store, workdir)
        merge_store(store)
        pred = timeline_from_store(store, ref)
        store.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if output is not None:
        output.write_text(_as_reference(pred), encoding="utf-8")
    result = evaluate(pred, ref)
    result.update(topic=corpus.name, reference_days=len(ref), system_days=len(pred))
    return result


def _ingest(corpus: Path, store: Any, workdir: Path) -> None:
    """Copy the articles under neutral names, then run the pipeline on them."""
    from ..config import load_config
    from ..run.local import run_paths
    from ..sources.dates import DatePolicy

    files = sorted(path for path in corpus.rglob("*") if path.is_file())
    if not files:
        raise EvaluationError(f"no article in {corpus}")
    inputs = workdir / "articles"
    inputs.mkdir()
    paths = []
    for number, path in enumerate(files):
        target = inputs / f"article_{number:04d}{path.suffix}"
        shutil.copyfile(path, target)
        paths.append(target)
    # the articles are dated from their text alone: no date from sidecars, names or folders
    run_paths(paths, store=store, config=load_config(), dates=DatePolicy(origin="none"))


def _as_reference(timeline: Timeline) -> str:
    blocks = [f"{day.isoformat()}\n" + "\n".join(timeline[day]) + "\n" + "-" * 32
              for day in sorted(timeline)]
    return "\n".join(blocks) + "\n"
