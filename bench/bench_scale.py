"""The whole job (``chronique run``: prepare, corpus passes, analyze, merge) on N and 10·N real
articles, per runner and store, in one run; prints time, articles/s, words/s, the peak resident
memory of the driver and of its worker processes, and the ratios:

- 10·N time ÷ N time (aim ≤ 11), per configuration;
- the driver's peak RSS at 10·N ÷ at N (aim ≤ 1.2), per configuration;
- articles/s of 2 workers ÷ 1 worker on the whole job (aim ≥ 1.7), local and Dask, per size.

Configurations: the local runner with 1 and 2 worker processes and Dask with 2 workers (a
local cluster; a cluster at ``CHRONIQUE_DASK_SCHEDULER`` when that is set), each on SQLite and
on PostgreSQL. PostgreSQL needs a registered ``postgresql`` store and a server: ``--db-url
postgresql://…`` (or ``CHRONIQUE_TEST_POSTGRES``), where the bench creates and drops one
database per run, or ``--start-postgres``, which starts a private server from
``/usr/lib/postgresql/*/bin`` on a local socket and stops it after; otherwise PostgreSQL is
skipped with the reason on stderr.

The articles are made from the cl-tls-fr articles so that none is a duplicate of another: the
texts are cut into pieces of whole sentences (about 120 words), and each article joins four
pieces drawn at random (fixed seed) such that no two articles share more than one piece (their
word-shingle similarity stays far under the dedup threshold of 0.5). An article goes in the
date folder of its first piece, as the originals do. The first N articles of the 10·N corpus
are the N corpus. Each run is ``python -m chronique run FOLDER --db STORE --json`` in a fresh
store; the memory of the driver and of each of its descendants is its peak resident set
(``VmHWM``), read every 0.1 s while the run lasts.

    PYTHONPATH=src python bench/bench_scale.py [--n 500] [--quick] [--backends sqlite,postgresql]
        [--db-url postgresql://… | --start-postgres] [--configs local-1,local-2,dask-2]

``--quick`` is a smoke run: N = 4, on SQLite only.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parents[1]

PIECE_WORDS = 120
PIECES_PER_ARTICLE = 4
MAX_PIECES_FROM_ONE = 12  # a very long source article gives no more than this
CONFIGS = {"local-1": ("local", 1), "local-2": ("local", 2), "dask-2": ("dask", 2)}
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+")


def default_corpus() -> Path:
    env = os.environ.get("CHRONIQUE_SHARED_DATA")
    base = Path(env) if env else REPO.parent / "shared" / "data"
    return base / "cl-tls-fr" / "fr"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- the corpus ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Piece:
    folder: str  # topic/date of its source article
    text: str


def pieces(source: Path) -> list[Piece]:
    """Runs of whole sentences of about :data:`PIECE_WORDS` words from every source article."""
    out: list[Piece] = []
    for path in sorted(p for p in source.rglob("*.txt") if "reference" not in p.parts):
        folder = str(path.parent.relative_to(source))
        text = path.read_text(encoding="utf-8", errors="replace")
        sentences = [s.strip() for line in text.splitlines() for s in _SENTENCE_END.split(line)]
        run: list[str] = []
        taken = 0
        for sentence in filter(None, sentences):
            run.append(sentence)
            if sum(len(s.split()) for s in run) >= PIECE_WORDS:
                out.append(Piece(folder, " ".join(run)))
                run, taken = [], taken + 1
                if taken == MAX_PIECES_FROM_ONE:
                    break
    return out


def combinations(count: int, pool: int, seed: int = 15) -> list[tuple[int, ...]]:
    """``count`` sets of :data:`PIECES_PER_ARTICLE` piece indices, no two sharing two pieces."""
    rng = random.Random(seed)
    used: set[tuple[int, int]] = set()
    chosen: list[tuple[int, ...]] = []
    while len(chosen) < count:
        for _ in range(10_000):
            picks = tuple(rng.sample(range(pool), PIECES_PER_ARTICLE))
            pairs = {tuple(sorted(pair)) for pair in itertools.combinations(picks, 2)}
            if not pairs & used:
                break
        else:
            sys.exit(f"cannot make {count} distinct articles from {pool} pieces")
        used.update(pairs)  # type: ignore[arg-type]
        chosen.append(picks)
    return chosen


def make_corpus(source: Path, out: Path, count: int) -> int:
    """Write ``count`` articles under ``out``; returns their words (whitespace-separated)."""
    pool = pieces(source)
    if not pool:
        sys.exit(f"no .txt articles under {source}")
    words = 0
    for number, picks in enumerate(combinations(count, len(pool))):
        parts = [pool[index] for index in picks]
        folder = out / parts[0].folder
        folder.mkdir(parents=True, exist_ok=True)
        text = "\n\n".join(part.text for part in parts) + "\n"
        (folder / f"s{number:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def first_of(corpus: Path, out: Path, count: int) -> int:
    """Copy the first ``count`` articles (by number) of ``corpus`` to ``out``; returns words."""
    files = sorted(corpus.rglob("s*.txt"), key=lambda path: path.name)[:count]
    words = 0
    for path in files:
        target = out / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        words += len(path.read_text(encoding="utf-8").split())
    return words


# -- memory ----------------------------------------------------------------------------------

def _peak_kib(pid: int) -> int:
    """The peak resident set (``VmHWM``) of a process in KiB, 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (from /proc: each process's parent)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(parent, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


@dataclass
class Memory:
    """Peak RSS of a process and of each of its descendants, sampled while it runs."""

    pid: int
    driver_kib: int = 0
    workers_kib: dict[int, int] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)

    def watch(self) -> None:
        while not self._stop.is_set():
            self.driver_kib = max(self.driver_kib, _peak_kib(self.pid))
            for child in _children(self.pid):
                peak = _peak_kib(child)
                self.workers_kib[child] = max(self.workers_kib.get(child, 0), peak)
            self._stop.wait(0.1)

    def stop(self) -> None:
        self._stop.set()


# -- PostgreSQL ------------------------------------------------------------------------------

def postgres_registered() -> bool:
    from chronique import registry

    return "postgresql" in registry.stores


@contextlib.contextmanager
def private_postgres() -> Iterator[str]:
    """A PostgreSQL server of Debian's packages on a socket in a new folder; yields its URL."""
    root = Path(tempfile.mkdtemp(prefix="chronique-bench-pg-"))  # its own: the server's user
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda path: int(path.parts[-3]) if path.parts[-3].isdigit() else 0)
    if not found:
        raise RuntimeError("no initdb under /usr/lib/postgresql/*/bin (apt-get install postgresql)")
    bin_dir = found[-1].parent
    data, socket_dir = root / "pgdata", root / "pgsock"
    socket_dir.mkdir(parents=True)
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
        shutil.chown(socket_dir, "postgres")
    port = "5439"
    def run(*command: str) -> None:
        done = subprocess.run([*as_user, *command], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(command[0]).name} failed: {done.stderr or done.stdout}")

    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
        "--locale=C.UTF-8")
    options = f"-k {socket_dir} -p {port} -c listen_addresses='' -c fsync=off"
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "pg.log"),
        "-w", "start")
    try:
        yield f"postgresql://postgres@/postgres?host={socket_dir}&port={port}"
    finally:
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                        "stop"], check=False, capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def fresh_database(url: str, name: str) -> Iterator[str]:
    """A new database ``name`` on the server of ``url`` (dropped after); yields its URL."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(url)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- the runs --------------------------------------------------------------------------------

@dataclass
class Result:
    backend: str
    config: str
    articles: int
    words: int
    seconds: float = 0.0
    driver_mib: float = 0.0
    worker_mib: float = 0.0  # the largest worker process
    workers_mib: float = 0.0  # all worker processes together
    analyzed: int = 0
    duplicates: int = 0
    events: int = 0

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def run_job(folder: Path, store_url: str, runner: str, workers: int, log_file: Path
            ) -> tuple[float, Memory, dict]:
    """``chronique run`` on ``folder`` into ``store_url``: seconds, memory, its JSON summary."""
    env = {**os.environ, "CHRONIQUE_RUNNER": runner, "CHRONIQUE_WORKERS": str(workers),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"),
                                                        os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "chronique", "run", str(folder), "--db", store_url, "--json"]
    with open(log_file, "wb") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors)
        memory = Memory(process.pid)
        watcher = threading.Thread(target=memory.watch, daemon=True)
        watcher.start()
        out, _ = process.communicate()
        seconds = time.perf_counter() - start
        memory.stop()
        watcher.join()
    if process.returncode != 0:
        sys.exit(f"chronique run failed ({process.returncode}); see {log_file}")
    return seconds, memory, json.loads(out)


def measure(backend: str, config: str, folder: Path, articles: int, words: int, work: Path,
            server: str | None) -> Result:
    runner, workers = CONFIGS[config]
    name = f"{backend}-{config}-{articles}"
    log(f"{name}: running …")
    result = Result(backend, config, articles, words)
    with contextlib.ExitStack() as stack:
        if backend == "postgresql":
            assert server is not None
            url = stack.enter_context(fresh_database(server, f"bench_{config}_{articles}"
                                                     .replace("-", "_")))
        else:
            url = str(work / f"{name}.db")
        seconds, memory, summary = run_job(folder, url, runner, workers,
                                           work / f"{name}.log")
    result.seconds = seconds
    result.driver_mib = memory.driver_kib / 1024
    peaks = [kib / 1024 for kib in memory.workers_kib.values() if kib > 20 * 1024]
    result.worker_mib = max(peaks, default=0.0)
    result.workers_mib = sum(peaks)
    result.analyzed = int(summary.get("analyzed", 0))
    result.duplicates = int(summary.get("duplicates", 0))
    result.events = int(summary.get("passes", {}).get("merge", {}).get("events", 0))
    log(f"{name}: {seconds:.1f} s")
    return result


def report(results: list[Result], n: int) -> None:
    print(f"{'store':<11}{'runner':<9}{'articles':>9}{'words':>10}{'time s':>9}"
          f"{'art/s':>8}{'words/s':>9}{'driver MiB':>11}{'worker MiB':>11}{'workers MiB':>12}"
          f"{'dups':>6}{'events':>8}")
    for r in results:
        print(f"{r.backend:<11}{r.config:<9}{r.articles:>9}{r.words:>10}{r.seconds:>9.1f}"
              f"{r.rate:>8.2f}{r.words / r.seconds:>9,.0f}{r.driver_mib:>11.0f}"
              f"{r.worker_mib:>11.0f}{r.workers_mib:>12.0f}{r.duplicates:>6}{r.events:>8}")
    by = {(r.backend, r.config, r.articles): r for r in results}
    print()
    for backend in dict.fromkeys(r.backend for r in results):
        for config in dict.fromkeys(r.config for r in results if r.backend == backend):
            small, large = by.get((backend, config, n)), by.get((backend, config, 10 * n))
            if small and large:
                print(f"{backend} {config}: time 10·N / N = {large.seconds / small.seconds:.2f}"
                      f" (aim <= 11); driver peak RSS 10·N / N = "
                      f"{large.driver_mib / small.driver_mib:.2f} (aim <= 1.2)")
        one = {size: by.get((backend, "local-1", size)) for size in (n, 10 * n)}
        for config in ("local-2", "dask-2"):
            for size in (n, 10 * n):
                base, other = one[size], by.get((backend, config, size))
                if base and other:
                    print(f"{backend} {config} / local-1 at {size} articles: articles/s "
                          f"{other.rate / base.rate:.2f} (aim >= 1.7)")
    if any(r.duplicates for r in results):
        print("note: some made-up articles were linked as duplicates (dups column)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=default_corpus(),
                        help="folder of .txt articles (default: the cl-tls-fr French articles)")
    parser.add_argument("--n", type=int, default=500, help="N: articles of the small run")
    parser.add_argument("--quick", action="store_true", help="a smoke run: N = 4, SQLite")
    parser.add_argument("--backends", default="sqlite,postgresql",
                        help="stores to measure, of sqlite and postgresql")
    parser.add_argument("--configs", default=",".join(CONFIGS),
                        help=f"configurations, of {', '.join(CONFIGS)}")
    parser.add_argument("--db-url", default=os.environ.get("CHRONIQUE_TEST_POSTGRES"),
                        help="a PostgreSQL server URL (default: $CHRONIQUE_TEST_POSTGRES)")
    parser.add_argument("--start-postgres", action="store_true",
                        help="start a private PostgreSQL server for the bench")
    parser.add_argument("--keep", type=Path, help="keep the corpora, stores and logs here")
    args = parser.parse_args(argv)
    n = 4 if args.quick else args.n
    backends = [name.strip() for name in args.backends.split(",") if name.strip()]
    configs = [name.strip() for name in args.configs.split(",") if name.strip()]
    unknown = [name for name in configs if name not in CONFIGS] + [
        name for name in backends if name not in ("sqlite", "postgresql")]
    if unknown:
        sys.exit(f"unknown configuration or store: {', '.join(unknown)}")
    if args.quick:
        backends = [name for name in backends if name == "sqlite"] or ["sqlite"]
    work = args.keep or Path(tempfile.mkdtemp(prefix="chronique-bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        server = args.db_url
        if "postgresql" in backends:
            if not postgres_registered():
                log("postgresql: skipped: no 'postgresql' store is registered in this install")
                backends.remove("postgresql")
            elif not server and args.start_postgres:
                server = stack.enter_context(private_postgres())
                log(f"postgresql: private server at {server}")
            elif not server:
                log("postgresql: skipped: no server (give --db-url, CHRONIQUE_TEST_POSTGRES "
                    "or --start-postgres)")
                backends.remove("postgresql")
        if not backends:
            sys.exit("nothing to measure: no store left of --backends")
        big, small = work / f"corpus-{10 * n}", work / f"corpus-{n}"
        for folder in (big, small):
            if folder.exists():
                shutil.rmtree(folder)
        log(f"making {10 * n} articles from {args.source} …")
        words_big = make_corpus(args.source, big, 10 * n)
        words_small = first_of(big, small, n)
        print(f"corpus: N = {n} articles ({words_small} words), 10·N = {10 * n} articles "
              f"({words_big} words); {os.cpu_count()} CPUs")
        results = []
        for backend in backends:
            for config in configs:
                for folder, count, words in ((small, n, words_small), (big, 10 * n, words_big)):
                    results.append(measure(backend, config, folder, count, words, work, server))
                    if count == n:
                        log(f"{backend}-{config}-{10 * n}: about {10 * results[-1].seconds:.0f}"
                            " s to come")
        report(results, n)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
