"""Benchmark of the places stage: toponym resolutions per second (the resolver alone) and the
memory the stage adds to a process (RSS delta).

    PYTHONPATH=src python bench/bench_places.py [--rounds 20]

Toponyms: the spans of tests/data/places_cltls.tsv and of the seeds' places, resolved against a
context (as the stage does). "cold" is the first pass of a fresh gazetteer over distinct names
(SQLite reads); "warm" repeats them (the in-process LRU answers). Rates are given per second of
wall time and per second of this process's CPU time (steadier on a shared machine).
Memory: RSS after importing the stage, after loading the gazetteer (the GeoNames index must
exist: the first run builds it), and after running the stage on the seeds without the model
(spaCy's own memory is not the stage's).
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def toponyms() -> list[str]:
    lines = [line for line in (ROOT / "tests" / "data" / "places_cltls.tsv").read_text(
        encoding="utf-8").splitlines() if line and not line.startswith("#")]
    names = [row["span"] for row in csv.DictReader(lines, delimiter="\t")]
    names += ["Damas", "Djobar", "Qabun", "Bab Touma", "Rukn al Din", "place des Abbassides",
              "Genève", "Alep", "Alep-Est", "Alep-Ouest", "Vieille ville d'Alep", "Kallassé",
              "Boustane al-Qasr", "Idleb", "Palmyre", "Paris", "Syrie", "Russie", "Etats-Unis"]
    return names


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    base = rss_mb()
    from chronique.geo.build import ensure_index
    from chronique.geo.gazetteer import Gazetteer
    from chronique.geo.resolve import Context, Resolver
    from chronique.stages.places import find_places, words_for
    from chronique.types import Article

    ensure_index()
    imported = rss_mb()
    started = time.perf_counter()
    gazetteer = Gazetteer()
    load_s = time.perf_counter() - started
    loaded = rss_mb()
    resolver = Resolver(gazetteer)
    context = Context()
    for gid in ("geonames:163843", "geonames:170654", "geonames:2215636"):
        entry = gazetteer.get(gid)
        if entry is not None:
            context.add(entry)
    names = toponyms()
    distinct = list(dict.fromkeys(names))
    started, cpu = time.perf_counter(), time.process_time()
    for name in distinct:
        resolver.resolve(name, context)
    cold = len(distinct) / (time.perf_counter() - started)
    cold_cpu = len(distinct) / (time.process_time() - cpu)
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for name in names:
            resolver.resolve(name, context)
    warm = args.rounds * len(names) / (time.perf_counter() - started)
    warm_cpu = args.rounds * len(names) / (time.process_time() - cpu)
    words = words_for("fr")
    started = time.perf_counter()
    count = 0
    for path in sorted((ROOT / "samples" / "seeds").glob("*.txt")):
        article = Article(id=path.name, text=path.read_text(encoding="utf-8"), lang="fr")
        count += len(find_places(article, gazetteer, words, use_model=False))
    stage_s = time.perf_counter() - started
    after = rss_mb()
    print(f"toponyms\t{len(names)} ({len(distinct)} distinct)")
    print(f"resolutions_per_s_cold\t{cold:,.0f} wall\t{cold_cpu:,.0f} per CPU-second")
    print(f"resolutions_per_s_warm\t{warm:,.0f} wall\t{warm_cpu:,.0f} per CPU-second")
    print(f"gazetteer_load_s\t{load_s:.3f}")
    print(f"seeds_places_no_model\t{count} places in {stage_s:.3f} s")
    print(f"rss_mb_start\t{base:.1f}")
    print(f"rss_mb_after_import\t{imported:.1f}")
    print(f"rss_mb_gazetteer_delta\t{loaded - imported:.1f}")
    print(f"rss_mb_stage_delta\t{after - imported:.1f}")


if __name__ == "__main__":
    main()
