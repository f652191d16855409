"""The default store: one SQLite file, WAL journal, FTS5 over title and text, versioned schema.

Articles are rows keyed by their content-hash id; each write is an upsert in one transaction, so
a run killed at any point leaves every committed article whole and a rerun redoes only the rest.
Auxiliary tables (events, reviews…) are created by the modules that own them via
:meth:`SQLiteStore.ensure_table`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import registry
from ..errors import StoreError
from ..serde import from_dict, to_dict
from ..types import Article

log = logging.getLogger(__name__)

#: Columns copied out of the article for querying; everything else lives in ``data`` (JSON).
COLUMNS = (
    "external_id",
    "origin",
    "fmt",
    "url",
    "source",
    "title",
    "lang",
    "rejected",
    "duplicate_of",
    "similarity",
)

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
]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


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

    def ensure_table(self, name: str, ddl: str) -> None:
        """Create an auxiliary table (and its indexes) from ``ddl`` if it does not exist."""
        exists = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
        ).fetchone()
        if not exists:
            self.db.execute("BEGIN IMMEDIATE")
            for statement in _statements(ddl):
                self.db.execute(statement)
            self.db.execute("COMMIT")

    # -- articles -----------------------------------------------------------------------------
    def put(
        self, articles: Iterable[Article], *, version: str | None = None, phase: str = "analyzed"
    ) -> int:
        """Upsert ``articles``; ``phase`` says which status columns the write sets:
        ``prepared`` (prepare phase done at ``version``, analysis pending), ``analyzed``,
        ``text-changed`` (analysis pending again) or ``links`` (status untouched)."""
        rows = [self._row(article, version, phase) for article in articles]
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

    def _row(self, article: Article, version: str | None, phase: str) -> dict[str, Any]:
        data = to_dict(article)
        data.pop("text")
        data.pop("raw")
        claim = article.published
        row: dict[str, Any] = {"id": article.id}
        row.update({column: getattr(article, column) for column in COLUMNS})
        row.update(
            site=site_of(article),
            page_date=claim.page_date if claim else None,
            published=claim.value if claim else None,
            text=article.text,
            raw=article.raw,
            text_hash=text_hash(article.text),
            data=json.dumps(data, ensure_ascii=False),
            updated=_now(),
        )
        if phase == "prepared":  # fresh from the prepare phase: analysis to be (re)done
            row["prepared"] = version
            row["analyzed"] = None
        elif phase == "text-changed":  # a corpus pass changed the text: analysis is stale
            row["analyzed"] = None
        elif phase == "analyzed":
            row["analyzed"] = version
        elif phase != "links":  # links: only cross-article fields changed
            raise StoreError(f"unknown write phase {phase!r}")
        return row

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
        return _article(row) if row else None

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
        if ids is not None:
            id_list = list(ids)
            where.append(f"a.id IN ({', '.join('?' * len(id_list))})")
            params.extend(id_list)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        sql = f"SELECT a.text, a.raw, a.data FROM articles a {join} {clause} ORDER BY a.seq"
        for row in self.db.execute(sql, params).fetchall():
            yield _article(row)

    def ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM articles")}

    def versions(self) -> dict[str, str | None]:
        return {row[0]: row[1] for row in self.db.execute("SELECT id, analyzed FROM articles")}

    def prepared(self) -> dict[str, str | None]:
        return {row[0]: row[1] for row in self.db.execute("SELECT id, prepared FROM articles")}

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    # -- runs ---------------------------------------------------------------------------------
    def start_run(self, config: dict[str, Any], inputs: list[str]) -> str:
        from .. import __version__

        run_id = uuid.uuid4().hex[:12]
        self.db.execute(
            "INSERT INTO runs(id, started, chronique, config, inputs) VALUES (?, ?, ?, ?, ?)",
            (run_id, _now(), __version__, json.dumps(config, default=str), json.dumps(inputs)),
        )
        return run_id

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None:
        self.db.execute(
            "UPDATE runs SET finished=?, stats=? WHERE id=?",
            (_now(), json.dumps(stats, default=str), run_id),
        )

    def runs(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM runs ORDER BY started").fetchall()
        result = []
        for row in rows:
            item = dict(row)
            for key in ("config", "inputs", "stats"):
                item[key] = json.loads(item[key]) if item[key] else None
            result.append(item)
        return result

    # -- generic ------------------------------------------------------------------------------
    def execute(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, tuple(params))
        return [dict(row) for row in cursor.fetchall()] if cursor.description else []

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.executemany(sql, [tuple(row) for row in rows])
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self.db.execute("ROLLBACK")
            raise StoreError(str(error)) from error

    def table_rows(self, name: str) -> Iterator[dict[str, Any]]:
        if not name.isidentifier():
            raise StoreError(f"bad table name {name!r}")
        for row in self.db.execute(f"SELECT * FROM {name}"):
            yield dict(row)

    def close(self) -> None:
        self.db.close()


def site_of(article: Article) -> str | None:
    """The site an article comes from: the URL's host, else its source name."""
    if article.url and "://" in article.url:
        host = article.url.split("://", 1)[1].split("/", 1)[0].lower()
        return host.removeprefix("www.")
    return article.meta.get("site") or article.source


def _article(row: sqlite3.Row) -> Article:
    data = json.loads(row["data"])
    article = from_dict(Article, data)
    article.text = row["text"]
    article.raw = row["raw"]
    return article


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
