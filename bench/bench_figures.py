"""Throughput of the figures stage (attributions, figures, certainty, modality).

Prints words/s of the sentence splitter alone and of sentences + figures on the cl-tls-fr
corpus (PATH, else $CHRONIQUE_SHARED_DATA/cl-tls-fr/fr, else ../shared/data/cl-tls-fr/fr),
read as plain text, in one process.

    python bench/bench_figures.py [PATH]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from chronique.stages.figures import FigureStage
from chronique.stages.sentences import SentenceStage
from chronique.types import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DEFAULT = Path(os.environ.get("CHRONIQUE_SHARED_DATA", SHARED)) / "cl-tls-fr" / "fr"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    args = parser.parse_args()
    paths = sorted(p for p in Path(args.path).rglob("*.txt") if "reference" not in p.parts)
    if not paths:
        sys.exit(f"no .txt files under {args.path}; give PATH or set CHRONIQUE_SHARED_DATA")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    words = sum(len(text.split()) for text in texts)
    sentences, figures = SentenceStage(), FigureStage()
    FigureStage()(sentences(Article(id="warm", text="Selon l'OSDH, 3 morts.", lang="fr")))
    started = time.perf_counter()
    split = [sentences(Article(id=str(i), text=t, lang="fr")) for i, t in enumerate(texts)]
    middle = time.perf_counter()
    done = [figures(article) for article in split]
    ended = time.perf_counter()
    found = sum(len(a.figures) for a in done)
    said = sum(len(a.attributions) for a in done)
    print(f"{len(texts)} articles, {words} words")
    print(f"sentences: {words / (middle - started):,.0f} words/s")
    print(f"figures:   {words / (ended - middle):,.0f} words/s")
    print(f"found {found} figures and {said} attributions")


if __name__ == "__main__":
    main()
