"""Timeline figures of the merge/timeline layer alone, fed only the explicit full dates of the text.

This is not the project's evaluation (``chronique eval timeline`` runs the whole pipeline); it
measures what the date ranking and sentence choice of :mod:`chronique.merge.timeline` give when
the only time expressions are the absolute ones a reader cannot miss ("le 25 janvier 2011",
"25/01/2011") — a floor for what the full time-expression stage should reach. Sentences come from
the project's sentence splitter; the folder names (publication dates) are never read.
``--stages sentences,dating,times`` runs those registered stages (and whatever events they
give are merged) instead of the explicit-date reader, without the cleaning and dedup phases::

    CHRONIQUE_SHARED_DATA=/path/to/shared/data PYTHONPATH=src python bench/tls_explicit_dates.py \
        [egypt libya yemen] [--stages sentences,dating,times]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tls_dates sits beside this file
from tls_dates import MONTHS, NUMERIC, SHARED, written  # noqa: E402

from chronique.eval.timeline import evaluate, parse_reference, timeline_from_store
from chronique.merge.run import merge_store
from chronique.stages.sentences import split_sentences
from chronique.store import open_store
from chronique.types import Article, Sentence, TimeExpr

_WRITTEN = written(year_required=True)


def explicit_dates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _WRITTEN.finditer(text):
        day = 1 if match.group(1) == "1er" else int(match.group(1))
        month = MONTHS[match.group(2).lower()]
        found.append((match.start(), match.end(), f"{match.group(3)}-{month:02d}-{day:02d}"))
    for match in NUMERIC.finditer(text):
        day, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((match.start(), match.end(), f"{match.group(3)}-{month:02d}-{day:02d}"))
    return found


def article_of(number: int, text: str) -> Article:
    spans = split_sentences(text)
    sentences = [Sentence(s, e, "sentences", text[s:e]) for s, e in spans]
    times = []
    for start, end, value in explicit_dates(text):
        s, e = next(((s, e) for s, e in spans if s <= start < e), (-1, -1))
        times.append(TimeExpr(start, end, "bench", text[start:end], value=value,
                              sentence_start=s, sentence_end=e))
    return Article(id=f"a{number:04d}", text=text, lang="fr", sentences=sentences, times=times)


def staged_article(number: int, text: str, stages: list) -> Article:
    article = Article(id=f"a{number:04d}", text=text, lang="fr")
    for stage in stages:
        article = stage(article)
    return article


def run_topic(topic: str, stage_names: list[str] | None = None) -> dict:
    root = SHARED / "cl-tls-fr" / "fr"
    ref = parse_reference((root / "reference" / f"{topic}.txt").read_text(encoding="utf-8"))
    files = sorted(p for p in (root / topic).rglob("*") if p.is_file())
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    if stage_names:
        from chronique.pipeline import stage_spec

        stages = [stage_spec(name).build({}) for name in stage_names]
        articles = [staged_article(n, text, stages) for n, text in enumerate(texts)]
    else:
        articles = [article_of(n, text) for n, text in enumerate(texts)]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "t.db"))
        store.put(articles)
        merge_store(store)
        pred = timeline_from_store(store, ref)
        store.close()
    scores = evaluate(pred, ref)
    return {"topic": topic, "date_f1": round(scores["date_f1"]["f_score"], 3),
            "ar1_f": round(scores["align_m1"]["rouge_1"]["f_score"], 3),
            "ar2_f": round(scores["align_m1"]["rouge_2"]["f_score"], 3),
            "concat_r1_f": round(scores["concat"]["rouge_1"]["f_score"], 3),
            "agreement_r1_f": round(scores["agreement"]["rouge_1"]["f_score"], 3),
            "days": len(pred), "reference_days": len(ref)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("topics", nargs="*", default=["egypt", "libya", "yemen"])
    parser.add_argument("--stages", help="registered analyze stages to run instead of the "
                        "explicit-date reader, e.g. sentences,dating,times")
    args = parser.parse_args()
    names = args.stages.split(",") if args.stages else None
    for topic in args.topics:
        print(json.dumps(run_topic(topic, names), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
