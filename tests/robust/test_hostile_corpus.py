"""A hostile corpus, generated here, in one ``chronique run``: no abort, every file, line and
record a row or a reason, bounded time and memory; then ``chronique merge`` succeeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from chronique.store import open_store

from ..conftest import REPO
from ..run.test_run import bad_inputs
from .test_bad_values import BAD
from .test_bounded_io import bomb
from .test_budget import unpunctuated
from .test_isolation import hostile_folder

GOOD = "Des affrontements ont fait {n} morts à Homs samedi, selon une ONG syrienne."


def hostile_corpus(root: Path) -> tuple[Path, int]:
    """The corpus and how many rows it must give at least (one per file, line and record)."""
    folder = root / "corpus"
    bad_inputs(folder)  # empty, binary, huge, broken HTML, latin-1, cut WARC, mixed JSON Lines
    expected = len(list(folder.iterdir())) + 1  # mixed.jsonl has two lines
    hostile_folder(folder / "isolation")  # 0-byte WARCs, deep JSON, surrogates, a bad name
    expected += 7
    special = folder / "special"
    special.mkdir()
    os.mkfifo(special / "fifo.txt")
    (special / "zero.txt").symlink_to("/dev/zero")
    (special / "loop.txt").symlink_to(special / "loop.txt")
    (special / "up").symlink_to(folder)
    bomb(special / "bomb.warc.gz")
    (special / "mega.txt").write_text(unpunctuated(1_000_000))
    (special / "long-line.txt").write_text(unpunctuated(30_000))
    expected += 7
    for n, (encoding, bom) in enumerate((("utf-16-le", b"\xff\xfe"),
                                         ("utf-32-be", b"\x00\x00\xfe\xff"))):
        (special / f"{encoding}.txt").write_bytes(bom + GOOD.format(n=n + 2).encode(encoding))
        expected += 1
    lines = [json.dumps({"id": f"date-{n}", "text": GOOD.format(n=n + 20), "published": date})
             for n, date in enumerate(BAD)]
    lines += [json.dumps({"id": f"same-{n}", "text": GOOD.format(n=99)}) for n in range(2)]
    (special / "dates.jsonl").write_text("\n".join(lines) + "\n")
    expected += len(lines)
    return folder, expected


def _peak_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    line = next((line for line in status.splitlines() if line.startswith("VmHWM:")), "")
    return int(line.split()[1]) / 1024 if line else 0.0


def test_one_run_over_the_hostile_corpus(tmp_path: Path) -> None:
    folder, expected = hostile_corpus(tmp_path)
    db = tmp_path / "hostile.db"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    started = time.monotonic()
    run = subprocess.Popen([sys.executable, "-m", "chronique", "run", str(folder), "--db",
                            str(db)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True)
    peak_mb = 0.0
    while run.poll() is None and time.monotonic() - started < 600:
        peak_mb = max(peak_mb, _peak_mb(run.pid))  # the run's own high-water mark
        time.sleep(0.2)
    _, stderr = run.communicate(timeout=60)
    elapsed = time.monotonic() - started
    assert run.returncode == 0, stderr[-3000:]
    print(f"hostile corpus: {expected} inputs, {elapsed:.0f} s, peak RSS {peak_mb:.0f} MB")
    assert peak_mb <= 1536 and elapsed < 300
    store = open_store(str(db))
    rows = list(store.execute("SELECT origin, external_id, rejected, analyzed FROM articles"))
    store.close()
    assert len(rows) >= expected
    origins = [row["origin"] for row in rows]
    for path in sorted(folder.rglob("*")):  # every file has its row (loops: the link's own)
        if path.is_dir() and not path.is_symlink():
            continue
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        assert any(origin.startswith(shown) for origin in origins), shown
    pending = [row["origin"] for row in rows if not row["rejected"] and not row["analyzed"]]
    assert pending == [], "an article was neither analysed nor rejected"
    ids = {row["external_id"] for row in rows}
    assert {"same-0", "same-1", "date-0", "date-1", "date-2"} <= ids
    reasons = {Path(row["origin"]).name.split("#")[0]: row["rejected"] for row in rows}
    assert reasons["mega.txt"].startswith("over-budget")
    assert reasons["bomb.warc.gz"].startswith("warc") and reasons["fifo.txt"].startswith(
        "not-a-file")
    merged = subprocess.run([sys.executable, "-m", "chronique", "merge", "--db", str(db)],
                            env=env, capture_output=True, text=True, timeout=300)
    assert merged.returncode == 0, merged.stderr[-3000:]
