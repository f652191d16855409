"""The best Date-F1 any system could reach on a cl-tls-fr topic, given the days its articles name.

A timeline can only be right on a day it can find. For each topic this prints the oracle
Date-F1 (keep exactly the findable reference days: P = 1, R = found / reference days) at three
levels of generosity:

- ``store``: the days the analysed store's time expressions resolve to (what the timeline of
  :mod:`chronique.merge.timeline` reads), inside the reference's span; needs ``--db-pattern``;
- ``written``: every day written in the raw text ("21 février", "le 3 mars 2011", "21/02/2011"),
  a day written without its year taken in the article's true publication year;
- ``perfect dating``: ``written`` plus the true publication days (the folder names, never an
  input of the system) and the seven days before each, as if every "lundi", "hier", "la veille"
  of an article were resolved right.

    CHRONIQUE_SHARED_DATA=/path/to/shared/data PYTHONPATH=src python bench/tls_date_oracle.py \
        [egypt libya yemen] [--db-pattern /tmp/tls2-{topic}.db]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tls_dates sits beside this file
from tls_dates import MONTHS, NUMERIC, SHARED, written  # noqa: E402

from chronique.eval.timeline import parse_reference

_WRITTEN = written(year_required=False)


def written_days(text: str, years: set[int]) -> set[str]:
    """Days written in ``text``; a day without its year in every year of ``years``."""
    days = set()
    for match in _WRITTEN.finditer(text):
        day = 1 if match.group(1) == "1er" else int(match.group(1))
        month = MONTHS[match.group(2).lower()]
        for year in ([int(match.group(3))] if match.group(3) else years):
            days.add(_iso(year, month, day))
    for match in NUMERIC.finditer(text):
        days.add(_iso(int(match.group(3)), int(match.group(2)), int(match.group(1))))
    return days - {""}


def _iso(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def store_days(db: str) -> set[str]:
    from chronique.merge.timeline import date_candidates
    from chronique.store import open_store

    store = open_store(db)
    days = {c.date for c in date_candidates(store.iter_articles(include_rejected=False))
            if c.kind != "published"}  # a publication date alone makes no day
    store.close()
    return days


def oracle(found: set[str], ref: set[str]) -> dict:
    hits = len(found & ref)
    return {"found": hits, "f1": round(2 * hits / (hits + len(ref)), 3)}


def run_topic(topic: str, db_pattern: str | None = None) -> dict:
    root = SHARED / "cl-tls-fr" / "fr"
    ref = {day.isoformat() for day in parse_reference(
        (root / "reference" / f"{topic}.txt").read_text(encoding="utf-8"))}
    written: set[str] = set()
    published: set[str] = set()
    for path in sorted(p for p in (root / topic).rglob("*") if p.is_file()):
        day = dt.date.fromisoformat(path.parent.name)
        written |= written_days(path.read_text(encoding="utf-8", errors="replace"), {day.year})
        published |= {(day - dt.timedelta(days=back)).isoformat() for back in range(8)}
    result = {"topic": topic, "reference_days": len(ref), "written": oracle(written, ref),
              "perfect dating": oracle(written | published, ref)}
    if db_pattern:
        result["store"] = oracle(store_days(db_pattern.format(topic=topic)), ref)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("topics", nargs="*", default=["egypt", "libya", "yemen"])
    parser.add_argument("--db-pattern", help="analysed store per topic, e.g. /tmp/{topic}.db")
    args = parser.parse_args()
    for topic in args.topics:
        print(json.dumps(run_topic(topic, args.db_pattern)))


if __name__ == "__main__":
    main()
