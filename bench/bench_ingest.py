"""Throughput of the prepare phase (decode, clean, language) and the corpus passes.

Prints articles/s and words/s of `run_paths` with the analysis reduced to sentence splitting,
on the cl-tls-fr corpus (or PATH) copied N times with distinct first lines.

    python bench/bench_ingest.py [PATH] [--copies N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from chronique.config import load_config
from chronique.run.local import run_paths
from chronique.sources import iter_paths

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cl-tls-fr" / "fr"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        files = [p for p in iter_paths([args.path]) if p is not None and "reference" not in p.parts]
        words = 0
        for copy in range(args.copies):
            for number, path in enumerate(files):
                text = path.read_text(encoding="utf-8", errors="replace")
                target = corpus / f"{copy:03d}_{number:05d}.txt"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(f"Copie {copy}.\n{text}", encoding="utf-8")
                words += len(text.split())
        config = load_config(
            flags={
                "store": {"url": str(Path(folder) / "b.db")},
                "pipeline": {"analyze": ["sentences"], "after": []},
            },
            environ={},
        )
        start = time.perf_counter()
        stats = run_paths([corpus], config=config)
        elapsed = time.perf_counter() - start
        shutil.rmtree(corpus)
    print(f"articles: {stats.inputs}  words: {words}  seconds: {elapsed:.2f}")
    print(
        f"prepare+passes: {stats.inputs / elapsed:.1f} articles/s, {words / elapsed:,.0f} words/s"
    )
    print(f"duplicates linked: {stats.duplicates}  rejected: {dict(stats.rejected)}")


if __name__ == "__main__":
    sys.exit(main())
