"""The default store: one SQLite file, WAL journal, FTS5 over title and text, versioned schema.

Articles are rows keyed by their content-hash id; each write is an upsert in one transaction, so
a run killed at any point leaves every committed article whole and a rerun redoes only the rest.
The merge's tables (events, episodes, merge_blocks) and the review log are part of the schema.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import registry
from ..errors import StoreError
from ..types import Article
from .base import (
    ArticleStatus,
    ArticleSummary,
    BlockState,
    EpisodeRecord,
    EventRecord,
    ReviewRecord,
)
from .common import (
    ARTICLE_PAGE,
    PAGE,
    article_from,
    article_row,
    chunks,
    decode_runs,
    keyset,
    names_of,
    now,
)
from .common import site_of as site_of  # noqa: F401 - re-exported (older imports)
from .common import text_hash as text_hash  # noqa: F401 - re-exported (older imports)

log = logging.getLogger(__name__)

MIGRATIONS: list[str] = [
    # 1: articles, runs, full-text index
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE runs (
        id TEXT PRIMARY KEY, started TEXT NOT NULL, finished TEXT, chronique TEXT,
        config TEXT, inputs TEXT, stats TEXT
    );
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        external_id TEXT, origin TEXT, fmt TEXT, url TEXT, source TEXT, site TEXT, title TEXT,
        page_date TEXT, published TEXT, lang TEXT, rejected TEXT, duplicate_of TEXT,
        similarity REAL, text TEXT NOT NULL DEFAULT '', raw BLOB, text_hash TEXT,
        prepared TEXT, analyzed TEXT, data TEXT NOT NULL, run_id TEXT, updated TEXT NOT NULL
    );
    CREATE INDEX articles_site ON articles(site);
    CREATE INDEX articles_dup ON articles(duplicate_of);
    CREATE INDEX articles_ext ON articles(external_id);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    """,
    # 2: merged events, episodes, merge state, review log (IF NOT EXISTS: stores of earlier
    # versions created these tables on first use)
    """
    CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY, date TEXT, kind TEXT, event_type TEXT, country TEXT,
        episode_id TEXT, data TEXT NOT NULL, updated TEXT
    );
    CREATE INDEX IF NOT EXISTS events_date ON events(date);
    CREATE INDEX IF NOT EXISTS events_updated ON events(updated);
    CREATE TABLE IF NOT EXISTS episodes (
        id TEXT PRIMARY KEY, start TEXT, "end" TEXT, area TEXT, title TEXT, data TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS merge_blocks (
        block TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, events TEXT
    );
    CREATE TABLE IF NOT EXISTS reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, who TEXT NOT NULL,
        event_id TEXT NOT NULL, field TEXT NOT NULL, action TEXT NOT NULL,
        before TEXT, after TEXT, note TEXT
    );
    CREATE INDEX IF NOT EXISTS reviews_event ON reviews(event_id);
    """,
]

SUMMARY = (
    "SELECT a.id, a.title, a.url, a.source, a.published, a.page_date, a.lang, a.rejected, "
    "coalesce(json_array_length(a.data, '$.events'), 0) AS n_events, length(a.text) AS length "
)


class SQLiteStore:
    """A :class:`~chronique.store.Store` in one SQLite file."""

    def __init__(self, url: str) -> None:
        path = url.removeprefix("sqlite:///").removeprefix("sqlite://")
        self.url = url
        self.path = Path(path)
        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), timeout=60, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open SQLite store {path}: {error}") from error

    # -- schema -------------------------------------------------------------------------------
    def schema_version(self) -> int:
        exists = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        if not exists:
            return 0
        row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        """Apply the pending migrations in one write transaction (safe with concurrent openers)."""
        if self.schema_version() == len(MIGRATIONS):
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            current = self.schema_version()
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"{self.path} has schema version {current}, newer than this chronique "
                    f"({len(MIGRATIONS)}); upgrade chronique"
                )
            for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
                log.info("migrating %s to schema version %d", self.path, number)
                for statement in _statements(script):
                    self.db.execute(statement)
                self.db.execute(
                    "INSERT INTO meta(key, value) VALUES('schema_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    (str(number),),
                )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _write(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        """Run ``sql`` once per row in one write transaction."""
        batch = [tuple(row) for row in rows]
        if not batch:
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.executemany(sql, batch)
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self.db.execute("ROLLBACK")
            raise StoreError(str(error)) from error

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return self.db.execute(sql, tuple(params)).fetchall()

    # -- articles -----------------------------------------------------------------------------
    def put(
        self, articles: Iterable[Article], *, version: str | None = None, phase: str = "analyzed"
    ) -> int:
        """Upsert ``articles``; ``phase`` says which status columns the write sets (see
        :func:`chronique.store.common.article_row`)."""
        rows = [article_row(article, version, phase) for article in articles]
        if not rows:
            return 0
        columns = list(rows[0])
        updates = ", ".join(f"{c}=excluded.{c}" for c in columns if c != "id")
        sql = (
            f"INSERT INTO articles({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}"
        )
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(sql, [tuple(row.values()) for row in rows])
            self.db.execute("COMMIT")
        except (sqlite3.DatabaseError, ValueError) as error:  # ValueError: unencodable text
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(f"cannot write articles: {type(error).__name__}: {error}") from error
        return len(rows)

    def get(self, article_id: str) -> Article | None:
        row = self.db.execute(
            "SELECT text, raw, data FROM articles WHERE id=? OR external_id=? LIMIT 1",
            (article_id, article_id),
        ).fetchone()
        if row is None and len(article_id) >= 4:  # a prefix of an id; % and _ are literal
            prefix = article_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            row = self.db.execute(
                "SELECT text, raw, data FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                (prefix + "%",),
            ).fetchone()
        return article_from(row["text"], row["raw"], row["data"]) if row else None

    def iter_articles(
        self,
        *,
        ids: Iterable[str] | None = None,
        include_rejected: bool = True,
        lang: str | None = None,
        search: str | None = None,
    ) -> Iterator[Article]:
        where, params = [], []
        if not include_rejected:
            where.append("a.rejected IS NULL")
        if lang:
            where.append("a.lang = ?")
            params.append(lang)
        join = ""
        if search:
            join = "JOIN articles_fts f ON f.rowid = a.seq"
            where.append("articles_fts MATCH ?")
            params.append(fts_query(search))
        select = f"SELECT a.seq, a.text, a.raw, a.data FROM articles a {join} WHERE "
        if ids is not None:  # the rows of these ids, in insertion order, a page at a time
            seqs = sorted({row[0] for part in chunks(ids) for row in self._rows(
                f"SELECT seq FROM articles WHERE id IN ({', '.join('?' * len(part))})", part)})
            for page in chunks(seqs, ARTICLE_PAGE):
                sql = select + " AND ".join(
                    [*where, f"a.seq IN ({', '.join('?' * len(page))})"]) + " ORDER BY a.seq"
                for row in self._rows(sql, [*params, *page]):
                    yield article_from(row["text"], row["raw"], row["data"])
            return
        last = 0
        while True:
            sql = (select + " AND ".join([*where, "a.seq > ?"])
                   + f" ORDER BY a.seq LIMIT {ARTICLE_PAGE}")
            rows = self._rows(sql, [*params, last])
            for row in rows:
                yield article_from(row["text"], row["raw"], row["data"])
            if len(rows) < ARTICLE_PAGE:
                return
            last = rows[-1]["seq"]
            del rows  # one page held at a time, not two while the next is read

    def ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM articles")}

    def versions(self) -> dict[str, str | None]:
        return {row[0]: row[1] for row in self.db.execute("SELECT id, analyzed FROM articles")}

    def prepared(self) -> dict[str, str | None]:
        return {row[0]: row[1] for row in self.db.execute("SELECT id, prepared FROM articles")}

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def pending(self, version: str) -> list[str]:
        return [row[0] for row in self.db.execute(
            "SELECT id FROM articles WHERE rejected IS NULL "
            "AND (analyzed IS NULL OR analyzed <> ?) ORDER BY seq", (version,))]

    def statuses(self, ids: Iterable[str] | None = None) -> Iterator[ArticleStatus]:
        sql = "SELECT id, rejected, duplicate_of, analyzed FROM articles"
        parts: Iterable[list[str]] = chunks(ids) if ids is not None else [[]]
        for part in parts:
            clause = f" WHERE id IN ({', '.join('?' * len(part))})" if ids is not None else ""
            for row in self._rows(sql + clause, part):
                yield ArticleStatus(**dict(row))

    def names(self, ids: Iterable[str]) -> dict[str, list[str]]:
        names: dict[str, list[str]] = {}
        for part in chunks(ids):
            for row in self._rows(
                    "SELECT id, origin, json_extract(data, '$.meta.also_from') AS also "
                    f"FROM articles WHERE id IN ({', '.join('?' * len(part))})", part):
                names[row["id"]] = names_of(row["origin"], row["also"])
        return names

    def article_page(
        self, *, search: str | None = None, include_rejected: bool = True, limit: int = 100,
        offset: int = 0,
    ) -> tuple[int, list[ArticleSummary]]:
        where, params, join = [], [], ""
        if not include_rejected:
            where.append("a.rejected IS NULL")
        if search and search.strip():
            join = "JOIN articles_fts f ON f.rowid = a.seq"
            where.append("articles_fts MATCH ?")
            params.append(fts_query(search))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        total = self._rows(f"SELECT count(*) FROM articles a {join} {clause}", params)[0][0]
        rows = self._rows(f"{SUMMARY} FROM articles a {join} {clause} "
                          "ORDER BY a.seq LIMIT ? OFFSET ?", [*params, limit, offset])
        return int(total), [ArticleSummary(**dict(row)) for row in rows]

    # -- runs ---------------------------------------------------------------------------------
    def start_run(self, config: dict[str, Any], inputs: list[str]) -> str:
        from .. import __version__

        run_id = uuid.uuid4().hex[:12]
        self.db.execute(
            "INSERT INTO runs(id, started, chronique, config, inputs) VALUES (?, ?, ?, ?, ?)",
            (run_id, now(), __version__, json.dumps(config, default=str), json.dumps(inputs)),
        )
        return run_id

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None:
        self.db.execute(
            "UPDATE runs SET finished=?, stats=? WHERE id=?",
            (now(), json.dumps(stats, default=str), run_id),
        )

    def runs(self) -> list[dict[str, Any]]:
        return decode_runs(dict(row) for row in self._rows("SELECT * FROM runs ORDER BY started"))

    # -- merged events ------------------------------------------------------------------------
    def iter_events(self) -> Iterator[EventRecord]:
        select = "SELECT id, date, kind, event_type, country, episode_id, data, updated FROM events"
        for row in self._keyset(select, "date", "id"):
            yield EventRecord(**dict(row))

    def count_events(self) -> int:
        return int(self._rows("SELECT count(*) FROM events")[0][0])

    def put_events(self, events: Iterable[EventRecord]) -> int:
        rows = [(e.id, e.date, e.kind, e.event_type, e.country, e.episode_id, e.data)
                for e in events]
        self._write(
            "INSERT INTO events(id, date, kind, event_type, country, episode_id, data, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%d %H:%M:%f', 'now')) "
            "ON CONFLICT(id) DO UPDATE SET "
            "date=excluded.date, kind=excluded.kind, event_type=excluded.event_type, "
            "country=excluded.country, episode_id=excluded.episode_id, data=excluded.data, "
            "updated=excluded.updated WHERE events.data IS NOT excluded.data",
            rows,
        )
        return len(rows)

    def delete_events(self, ids: Iterable[str]) -> None:
        self._write("DELETE FROM events WHERE id = ?", ([i] for i in ids))

    def iter_episodes(self) -> Iterator[EpisodeRecord]:
        for row in self._keyset('SELECT id, start, "end", area, title, data FROM episodes',
                                "start", "id"):
            yield EpisodeRecord(**dict(row))

    def _keyset(self, select: str, first: str, second: str) -> Iterator[sqlite3.Row]:
        """:func:`~chronique.store.common.keyset`."""
        return keyset(self._rows, select, first, second, mark="?", page=PAGE)

    def put_episodes(self, episodes: Iterable[EpisodeRecord]) -> None:
        self._write(
            'INSERT INTO episodes(id, start, "end", area, title, data) '
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET start=excluded.start, "
            '"end"=excluded."end", area=excluded.area, title=excluded.title, '
            "data=excluded.data",
            ((e.id, e.start, e.end, e.area, e.title, e.data) for e in episodes))

    def delete_episodes(self, ids: Iterable[str]) -> None:
        self._write("DELETE FROM episodes WHERE id = ?", ([i] for i in ids))

    def merge_blocks(self) -> dict[str, BlockState]:
        return {row["block"]: BlockState(**dict(row))
                for row in self._rows("SELECT block, fingerprint, events FROM merge_blocks")}

    def put_merge_blocks(self, blocks: Iterable[BlockState]) -> None:
        self._write(
            "INSERT INTO merge_blocks(block, fingerprint, events) VALUES (?, ?, ?) "
            "ON CONFLICT(block) DO UPDATE SET fingerprint=excluded.fingerprint, "
            "events=excluded.events",
            ((b.block, b.fingerprint, b.events) for b in blocks))

    def delete_merge_blocks(self, keys: Iterable[str]) -> None:
        self._write("DELETE FROM merge_blocks WHERE block = ?", ([k] for k in keys))

    def clear_merge(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        for table in ("events", "episodes", "merge_blocks"):
            self.db.execute(f"DELETE FROM {table}")
        self.db.execute("COMMIT")

    # -- reviews ------------------------------------------------------------------------------
    def add_review(self, review: ReviewRecord) -> ReviewRecord:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            row = self.db.execute(
                "INSERT INTO reviews(at, who, event_id, field, action, before, after, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
                (review.at, review.who, review.event_id, review.field, review.action,
                 review.before, review.after, review.note)).fetchone()
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self.db.execute("ROLLBACK")
            raise StoreError(f"cannot log the review: {error}") from error
        return ReviewRecord(**dict(row))

    def reviews(self, *, event_id: str | None = None) -> list[ReviewRecord]:
        if event_id is None:
            rows = self._rows("SELECT * FROM reviews ORDER BY id")
        else:
            rows = self._rows(
                "SELECT * FROM reviews WHERE event_id = ? OR (action IN ('merge', 'split') AND "
                "(before LIKE ? OR after LIKE ?)) ORDER BY id",
                (event_id, f'%"{event_id}"%', f'%"{event_id}"%'))
        return [ReviewRecord(**dict(row)) for row in rows]

    # -- change detection ---------------------------------------------------------------------
    def data_version(self) -> int | None:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def events_signature(self) -> tuple[Any, ...]:
        events = self.db.execute("SELECT count(*), max(rowid), max(updated) FROM events")
        reviews = self.db.execute("SELECT count(*), max(id) FROM reviews")
        return (*events.fetchone(), *reviews.fetchone())

    # -- maintenance --------------------------------------------------------------------------
    def execute(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Raw SQL in SQLite's dialect, for maintenance and tests (not part of :class:`Store`:
        the rest of chronique goes through the store's methods)."""
        cursor = self.db.execute(sql, tuple(params))
        return [dict(row) for row in cursor.fetchall()] if cursor.description else []

    def close(self) -> None:
        self.db.close()


def fts_query(query: str) -> str:
    """Quote each word so user input cannot break the FTS5 syntax (control characters, which
    FTS5 refuses, count as spaces)."""
    query = "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in query)
    words = [word.replace('"', '""') for word in query.split()]
    return " ".join(f'"{word}"' for word in words)


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (trigger bodies kept whole)."""
    statements, buffer = [], []
    for line in script.strip().splitlines():
        buffer.append(line)
        joined = "\n".join(buffer).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            buffer = []
    if "\n".join(buffer).strip():
        statements.append("\n".join(buffer))
    return statements


registry.stores.register("sqlite", SQLiteStore)
