"""Throughput of the analyze pipeline against bare spaCy on the same texts, in one run.

Prints words/s of ``nlp.pipe`` with the same spaCy model (the floor any parse-based pipeline
pays) and of the whole analyze pipeline (every registered analyze stage, in order), and their
ratio (pipeline ÷ spaCy; aim ≥ 0.8), by wall clock and by the CPU time of the process (which
other processes on a shared machine do not inflate). ``--interleave`` times the two batch by
batch in turn instead of one after the other, so that a change of load between the two phases
does not weigh on one of them. Fields that a registered stage requires but no registered
stage assigns are taken as given and empty, so the bench runs with whatever stages exist; they
are named on stderr. A plain run also times spaCy with its lemmatizer's index made a set, as
the pipeline's model holds it, and prints the ratio against it: what the stages add to the parse.

    PYTHONPATH=src python bench/bench_pipeline.py [PATH] [--limit N] [--model NAME] [--interleave]

PATH is a folder of .txt articles (default: ../shared/data/cl-tls-fr/fr beside the repository,
or $CHRONIQUE_SHARED_DATA/cl-tls-fr/fr).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from chronique import nlp, registry
from chronique.pipeline import INITIAL_FIELDS, Pipeline, default_stages, stage_spec
from chronique.types import Article, DateClaim

REPO = Path(__file__).resolve().parents[1]


def default_corpus() -> Path:
    env = os.environ.get("CHRONIQUE_SHARED_DATA")
    base = Path(env) if env else REPO.parent / "shared" / "data"
    return base / "cl-tls-fr" / "fr"


def corpus(path: Path, limit: int) -> list[tuple[str, str, str | None]]:
    """``(id, text, folder date)`` of the first ``limit`` articles (sorted paths)."""
    files = sorted(p for p in path.rglob("*.txt") if "reference" not in p.parts)[:limit]
    items = []
    for file in files:
        day = file.parent.name if file.parent.name[:4].isdigit() else None
        items.append((str(file.relative_to(path)), file.read_text(encoding="utf-8"), day))
    return items


def pipeline_for_registered() -> tuple[Pipeline, list[str]]:
    """The default analyze pipeline; fields nobody assigns are given (empty) from the start."""
    names = default_stages("analyze")
    assigned = {field for name in registry.stages.names() for field in stage_spec(name).assigns}
    given = [*INITIAL_FIELDS, "text", "lang", "published"]
    missing = sorted({need for name in names for need in stage_spec(name).requires}
                     - assigned - set(given))
    return Pipeline(names, on_error="record", initial=(*given, *missing)), missing


def bare_spacy(texts: list[str], model: str, batch: int,
               same_index: bool = False) -> tuple[float, float]:
    """Seconds of ``nlp.pipe`` over ``texts``: wall clock, and CPU time of this process.

    ``same_index``: with the lemmatizer's word index made a set, as :func:`nlp.load` does, so
    that the ratio measures what the stages add to the parse and not that the parse is faster."""
    import spacy

    bare = spacy.load(model)
    if same_index:
        nlp.lemma_index_as_sets(bare)
    list(bare.pipe(texts[:2]))  # warm up
    start, cpu = time.perf_counter(), time.process_time()
    for _ in bare.pipe(texts, batch_size=batch):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def whole_pipeline(items: list[tuple[str, str, str | None]], pipeline: Pipeline,
                   batch: int) -> tuple[float, float]:
    """The analyze pipeline as a run applies it: the local runner, batches of ``batch``."""
    from chronique.run.local import LocalRunner

    nlp.load()  # load outside the timing, as bare_spacy does
    pipeline(Article(id="warm-up", text="Des combats ont eu lieu lundi à Alep.", lang="fr"))
    articles = _articles(items)
    start, cpu = time.perf_counter(), time.process_time()
    for _ in LocalRunner(workers=1, batch=batch).map(pipeline, articles):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def interleaved(items: list[tuple[str, str, str | None]], texts: list[str], pipeline: Pipeline,
                model: str, batch: int) -> tuple[float, float]:
    """Seconds of bare ``nlp.pipe`` and of the analyze pipeline, batch by batch in turn (each
    batch of ``batch`` articles through one, then the other), so that both meet the same load."""
    import spacy

    from chronique.run.local import LocalRunner

    bare = spacy.load(model)
    list(bare.pipe(texts[:2]))  # warm up
    nlp.load()
    pipeline(Article(id="warm-up", text="Des combats ont eu lieu lundi à Alep.", lang="fr"))
    articles = _articles(items)
    runner = LocalRunner(workers=1, batch=batch)
    spacy_seconds = pipeline_seconds = 0.0
    for start in range(0, len(items), batch):
        clock = time.perf_counter()
        for _ in bare.pipe(texts[start:start + batch], batch_size=batch):
            pass
        spacy_seconds += time.perf_counter() - clock
        clock = time.perf_counter()
        for _ in runner.map(pipeline, articles[start:start + batch]):
            pass
        pipeline_seconds += time.perf_counter() - clock
    return spacy_seconds, pipeline_seconds


def _articles(items: list[tuple[str, str, str | None]]) -> list[Article]:
    return [
        Article(id=key, text=text, lang="fr", published=DateClaim(
            page_date=day, page_date_source="url", value=day, precision="day") if day else None)
        for key, text, day in items
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, default=default_corpus())
    parser.add_argument("--limit", type=int, default=60, help="articles to read (default 60)")
    parser.add_argument("--model", default=nlp.DEFAULT_MODEL)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--interleave", action="store_true",
                        help="time the two batch by batch in turn (steadier on a shared machine)")
    args = parser.parse_args()
    items = corpus(args.path, args.limit)
    if not items:
        sys.exit(f"no .txt articles under {args.path}")
    texts = [nlp.model_text(text) for _, text, _ in items]
    words = sum(len(text.split()) for text in texts)
    pipeline, missing = pipeline_for_registered()
    print(f"stages: {', '.join(pipeline.names)}", file=sys.stderr)
    if missing:
        print(f"given empty (no registered stage assigns them): {', '.join(missing)}",
              file=sys.stderr)
    print(f"articles: {len(items)}  words: {words}")
    if args.interleave:
        spacy_seconds, pipeline_seconds = interleaved(items, texts, pipeline, args.model,
                                                      args.batch)
        spacy_rate, pipeline_rate = words / spacy_seconds, words / pipeline_seconds
        print(f"interleaved by batches of {args.batch}")
        print(f"bare spaCy nlp.pipe ({args.model}): {spacy_seconds:.2f} s  "
              f"{spacy_rate:,.0f} words/s")
        print(f"analyze pipeline: {pipeline_seconds:.2f} s  {pipeline_rate:,.0f} words/s")
        print(f"ratio pipeline / spaCy: {pipeline_rate / spacy_rate:.2f} (aim >= 0.8)")
        return
    spacy_seconds, spacy_cpu = bare_spacy(texts, args.model, args.batch)
    pipeline_seconds, pipeline_cpu = whole_pipeline(items, pipeline, args.batch)
    spacy_rate, pipeline_rate = words / spacy_seconds, words / pipeline_seconds
    print(f"bare spaCy nlp.pipe ({args.model}): {spacy_seconds:.2f} s  {spacy_rate:,.0f} words/s"
          f"  (CPU {spacy_cpu:.2f} s)")
    print(f"analyze pipeline: {pipeline_seconds:.2f} s  {pipeline_rate:,.0f} words/s"
          f"  (CPU {pipeline_cpu:.2f} s)")
    print(f"ratio pipeline / spaCy: {pipeline_rate / spacy_rate:.2f} (aim >= 0.8)")
    # on a shared machine the wall clock also counts other processes; CPU time does not
    print(f"ratio by CPU time: {spacy_cpu / pipeline_cpu:.2f}")
    # the pipeline's model asks its lemmatizer's index as a set: the same spaCy, made so,
    # is the floor of what the stages themselves add
    same_seconds, same_cpu = bare_spacy(texts, args.model, args.batch, same_index=True)
    print(f"spaCy with the lemmatizer index as a set: {same_seconds:.2f} s  "
          f"{words / same_seconds:,.0f} words/s  (CPU {same_cpu:.2f} s)")
    print(f"ratio pipeline / that spaCy: {same_seconds / pipeline_seconds:.2f}"
          f" (by CPU time: {same_cpu / pipeline_cpu:.2f})")


if __name__ == "__main__":
    main()
