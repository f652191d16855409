"""Bounded reading: sizes checked before reading, decompression limited, non-regular files and
symlink loops reported, UTF-16/32 read, every file, line and record a row or a reason."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import threading
import time
from pathlib import Path

from chronique.config import load_config
from chronique.run.local import run_paths
from chronique.sources import read_paths
from chronique.sources.bounded import CONTAINER_BYTES
from chronique.sources.warc import MAX_RECORD_BYTES
from chronique.store import open_store

TEXT = "Des frappes aériennes ont tué douze civils à Idleb mercredi, selon l'OSDH."
PREPARE_ONLY = {"pipeline": {"analyze": ["sentences"], "after": []}}


def warc_record(body: bytes, uri: str = "http://example.org/a") -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2017-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def bomb(path: Path) -> None:
    """A gzip'd WARC whose one record expands far past the record limit (written streaming)."""
    size = MAX_RECORD_BYTES * 4
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + str(size).encode() + b"\r\n\r\n")
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/\r\n"
            f"WARC-Record-ID: <urn:uuid:2>\r\n"
            f"Content-Length: {len(http) + size}\r\n\r\n").encode()
    with gzip.open(path, "wb", compresslevel=9) as out:
        out.write(head + http)
        zeros = b"\0" * 2**20
        for _ in range(size // len(zeros)):
            out.write(zeros)
        out.write(b"\r\n\r\n")


def test_fifo_device_loop_and_big_files_each_get_a_reason_without_blocking(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)
    big = folder / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(60_000_000)  # sparse: 60 MB by stat
    (folder / "ok.txt").write_text(TEXT, encoding="utf-8")
    items = []
    worker = threading.Thread(target=lambda: items.extend(read_paths([folder])), daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "reading blocked"
    reasons = {Path(item.origin).name: item.error for item in items}
    assert reasons["fifo.txt"] == "not-a-file: a FIFO, skipped"
    assert reasons["zero.txt"] == "not-a-file: a character device, skipped"
    assert "symlink loop" in reasons["loop.txt"] and "symlink loop" in reasons["up"]
    assert reasons["big.txt"] == "too-large: 60000000 bytes > limit 5000000"
    assert reasons["ok.txt"] is None and len(items) == 6


def test_a_fifo_named_on_the_command_line_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    started = time.monotonic()
    (item,) = list(read_paths([tmp_path / "pipe"]))
    assert item.error == "not-a-file: a FIFO, skipped" and time.monotonic() - started < 5


def _read_as_nobody(root: Path) -> dict[str, str]:
    """``read_paths`` over ``root`` in a forked child that dropped root's rights (root reads
    every folder); what each item says, by name."""
    import tempfile

    list(read_paths([Path(tempfile.gettempdir()) / "does-not-exist"]))  # registry loaded
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: no way back to the test runner but os._exit
        code = 0
        try:
            os.close(reader)
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            lines = [f"{Path(item.origin).name}\t{item.error}" for item in read_paths([root])]
            os.write(writer, "\n".join(lines).encode())
        except BaseException:  # noqa: BLE001 - reported through the exit code
            code = 1
        finally:
            os._exit(code)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        output = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return dict(line.split("\t") for line in output.splitlines())


def test_an_unreadable_folder_is_reported() -> None:
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="chronique-locked-"))
    try:
        root.chmod(0o755)
        folder = root / "locked"
        folder.mkdir()
        (folder / "a.txt").write_text(TEXT)
        (root / "ok.txt").write_text(TEXT)
        folder.chmod(0)
        rows = _read_as_nobody(root)
    finally:
        (root / "locked").chmod(0o755)
        shutil.rmtree(root)
    assert rows["ok.txt"] == "None"
    assert rows["locked"].startswith("unreadable: folder: Permission denied")


def test_a_warc_bomb_is_not_expanded(tmp_path: Path) -> None:
    import resource

    path = tmp_path / "bomb.warc.gz"
    bomb(path)
    assert path.stat().st_size < 1_000_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    (item,) = list(read_paths([path]))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "expands past" in item.error and grown_mb < 200


def test_utf16_and_utf32_with_a_bom_are_read(tmp_path: Path) -> None:
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff",
               "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}[encoding]
        (tmp_path / f"{encoding}.txt").write_bytes(bom + f"{TEXT} ({encoding})".encode(encoding))
        lines = "".join(json.dumps({"id": f"{encoding}-{n}", "text": TEXT}, ensure_ascii=False)
                        + "\n" for n in (1, 2))
        (tmp_path / f"{encoding}.jsonl").write_bytes(bom + lines.encode(encoding))
    db = tmp_path.parent / f"{tmp_path.name}-u.db"
    run_paths([tmp_path], config=load_config(
        flags={"store": {"url": str(db)}, **PREPARE_ONLY}, environ={}))
    store = open_store(str(db))
    rows = list(store.execute("SELECT origin, rejected, text FROM articles"))
    store.close()
    assert len(rows) == 4 * 3
    assert all(row["rejected"] is None and row["text"].startswith(TEXT) for row in rows), \
        [(r["origin"], r["rejected"]) for r in rows if r["rejected"]]


def test_every_line_and_record_has_a_row_and_duplicates_keep_their_ids(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "first", "text": TEXT}), json.dumps({"id": "second", "text": TEXT}),
             "{not json", "[1, 2]", json.dumps({"id": "no-text"}), ""]
    (tmp_path / "lines.jsonl").write_text("\n".join(lines) + "\n")
    archive = io.BytesIO()
    with gzip.GzipFile(fileobj=archive, mode="wb") as out:
        out.write(warc_record(f"<html><body><p>{TEXT}</p></body></html>".encode()))
    (tmp_path / "one.warc.gz").write_bytes(archive.getvalue() + b"garbage at the end")
    db = tmp_path.parent / f"{tmp_path.name}-l.db"
    run_paths([tmp_path], config=load_config(
        flags={"store": {"url": str(db)}, **PREPARE_ONLY}, environ={}))
    store = open_store(str(db))
    rows = {row["origin"]: row for row in store.execute(
        "SELECT origin, external_id, rejected, duplicate_of FROM articles")}
    store.close()
    lines_rows = {origin.rsplit(":", 1)[1]: row for origin, row in rows.items()
                  if "lines.jsonl" in origin}
    assert sorted(lines_rows) == ["1", "2", "3", "4", "5"]
    assert lines_rows["1"]["external_id"] == "first" and lines_rows["2"]["external_id"] == "second"
    assert lines_rows["1"]["duplicate_of"] or lines_rows["2"]["duplicate_of"]
    assert all(lines_rows[n]["rejected"] for n in ("3", "4", "5"))
    warc_rows = [row for origin, row in rows.items() if "one.warc.gz" in origin]
    assert len(warc_rows) == 2 and sum(1 for row in warc_rows if row["rejected"]) == 1


def test_container_limit_is_far_above_an_article() -> None:
    assert CONTAINER_BYTES >= 100 * 5_000_000
