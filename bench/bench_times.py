"""Words per second of the time stages (dating + times, no spaCy) on the cl-tls-fr corpus.

Usage: PYTHONPATH=src python bench/bench_times.py [CL_TLS_FR_DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from chronique.stages.dating import DatingStage
from chronique.stages.sentences import SentenceStage
from chronique.stages.times import TimesStage
from chronique.types import Article

SHARED = Path(os.environ.get("CHRONIQUE_SHARED_DATA")
              or Path(__file__).resolve().parents[1].parent / "shared" / "data")
DEFAULT = SHARED / "cl-tls-fr" / "fr"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    paths = sorted(args.path.rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    articles = []
    for i, text in enumerate(texts):
        article = Article(id=str(i), text=text, lang="fr")
        articles.append(SentenceStage()(article))
    words = sum(len(t.split()) for t in texts) * args.repeat
    dating, times = DatingStage(), TimesStage()
    times(dating(articles[0]))  # compile the patterns outside the timing
    started = time.perf_counter()
    for _ in range(args.repeat):
        for article in articles:
            article.published = None
            times(dating(article))
    both = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(args.repeat):
        for article in articles:
            times(article)
    alone = time.perf_counter() - started
    print(f"{len(texts)} articles, {words} words")
    print(f"dating+times: {words / both:,.0f} words/s")
    print(f"times alone:  {words / alone:,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
