"""A store on a PostgreSQL server, for a team: several analysts, runs and readers at once.

``--db postgresql://user[:password]@host[:port]/database`` (``postgres://`` too; a Unix socket
with ``postgresql:///database?host=/run/postgresql``). The database must exist; the store
creates its tables on first open (versioned migrations, as the SQLite store) and the
``unaccent`` extension for the French full-text search: a trusted extension, so the database's
owner may create it. Without it (not installed on the server, or no right to create it) search
still works but does not ignore accents, and the store says so in the log.

Same schema, same upserts (``ON CONFLICT``), same order of every read as the SQLite store: text
columns are compared byte-wise (``COLLATE "C"``) and undated rows come first, so that a corpus
gives identical exports on both. Needs ``psycopg`` 3 (``pip install 'chronique[postgres]'``).
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from .. import registry
from ..errors import MissingDependency, StoreError
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
    article_row,
    chunks,
    decode_runs,
    keyset,
    names_of,
    now,
)

log = logging.getLogger(__name__)

#: Taken while migrating, so that concurrent openers migrate once.
MIGRATION_LOCK = 0x6368726F6E

UNACCENT = (
    "CREATE OR REPLACE FUNCTION chronique_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE "
    "PARALLEL SAFE STRICT AS $$ SELECT {schema}.unaccent('{schema}.unaccent'::regdictionary, $1) $$"
)
NO_UNACCENT = (
    "CREATE OR REPLACE FUNCTION chronique_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE "
    "PARALLEL SAFE STRICT AS $$ SELECT $1 $$"
)

#: Statements of each schema version, in order (the same tables as the SQLite store's).
MIGRATIONS: list[list[str]] = [
    # 1: articles, runs, full-text index (chronique_unaccent is defined just before)
    [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
        """CREATE TABLE runs (
            id TEXT PRIMARY KEY, started TEXT NOT NULL, finished TEXT, chronique TEXT,
            config TEXT, inputs TEXT, stats TEXT
        )""",
        """CREATE TABLE articles (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            external_id TEXT, origin TEXT, fmt TEXT, url TEXT, source TEXT, site TEXT,
            title TEXT, page_date TEXT, published TEXT, lang TEXT, rejected TEXT,
            duplicate_of TEXT, similarity DOUBLE PRECISION, text TEXT NOT NULL DEFAULT '',
            raw BYTEA, raw_is_text BOOLEAN NOT NULL DEFAULT false, text_hash TEXT,
            prepared TEXT, analyzed TEXT, data TEXT NOT NULL, run_id TEXT,
            updated TEXT NOT NULL, search tsvector
        )""",
        "CREATE INDEX articles_site ON articles(site)",
        "CREATE INDEX articles_dup ON articles(duplicate_of)",
        "CREATE INDEX articles_ext ON articles(external_id)",
        "CREATE INDEX articles_search ON articles USING gin(search)",
        # title and text, accents removed, in French; a text too long for one tsvector (1 MB)
        # is indexed by its first 100,000 characters
        """CREATE FUNCTION chronique_search() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            doc text := coalesce(NEW.title, '') || ' ' || NEW.text;
        BEGIN
            IF length(doc) <= 100000 THEN
                NEW.search := to_tsvector('french'::regconfig, chronique_unaccent(doc));
            ELSE
                BEGIN
                    NEW.search := to_tsvector('french'::regconfig, chronique_unaccent(doc));
                EXCEPTION WHEN program_limit_exceeded THEN
                    NEW.search := to_tsvector('french'::regconfig,
                                              chronique_unaccent(left(doc, 100000)));
                END;
            END IF;
            RETURN NEW;
        END
        $$""",
        """CREATE TRIGGER articles_search BEFORE INSERT OR UPDATE OF title, text ON articles
           FOR EACH ROW EXECUTE FUNCTION chronique_search()""",
    ],
    # 2: merged events, episodes, merge state, review log
    [
        """CREATE TABLE events (
            id TEXT PRIMARY KEY, date TEXT, kind TEXT, event_type TEXT, country TEXT,
            episode_id TEXT, data TEXT NOT NULL, updated TEXT
        )""",
        'CREATE INDEX events_date ON events(date COLLATE "C")',
        "CREATE INDEX events_updated ON events(updated)",
        """CREATE TABLE episodes (
            id TEXT PRIMARY KEY, start TEXT, "end" TEXT, area TEXT, title TEXT,
            data TEXT NOT NULL
        )""",
        """CREATE TABLE merge_blocks (
            block TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, events TEXT
        )""",
        """CREATE TABLE reviews (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at TEXT NOT NULL,
            who TEXT NOT NULL, event_id TEXT NOT NULL, field TEXT NOT NULL,
            action TEXT NOT NULL, before TEXT, after TEXT, note TEXT
        )""",
        "CREATE INDEX reviews_event ON reviews(event_id)",
    ],
]

SEARCH = "a.search @@ plainto_tsquery('french'::regconfig, chronique_unaccent(%s))"
EVENTS = "data::json -> 'events'"
SUMMARY = (
    "SELECT a.id, a.title, a.url, a.source, a.published, a.page_date, a.lang, a.rejected, "
    f"CASE WHEN json_typeof(a.{EVENTS}) = 'array' THEN json_array_length(a.{EVENTS}) "
    "ELSE 0 END AS n_events, length(a.text) AS length "
)
NOW_MS = "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')"


def redact(url: str) -> str:
    """``url`` without its password (in the user part or as a ``password=`` parameter)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    cut = min((i for i in (rest.find("/"), rest.find("?")) if i >= 0), default=len(rest))
    netloc, tail = rest[:cut], rest[cut:]
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        if ":" in user:
            netloc = f"{user.split(':', 1)[0]}:***@{host}"
    tail = re.sub(r"([?&])password=[^&]*", r"\1password=***", tail)
    return f"{scheme}://{netloc}{tail}"


def _clean(value: Any) -> Any:
    """A text PostgreSQL accepts: without NUL characters (the exact value stays in ``data``)."""
    return value.replace("\x00", "") if isinstance(value, str) else value


class PostgresStore:
    """A :class:`~chronique.store.Store` in a PostgreSQL database."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as error:
            raise MissingDependency("psycopg", "postgres") from error
        self.url = redact(url)
        self._unaccent = "on"
        self._errors: tuple[type[Exception], ...] = (psycopg.Error,)
        self._write_errors: tuple[type[Exception], ...] = (psycopg.Error, ValueError)
        conninfo = "postgresql://" + url.split("://", 1)[1]
        try:
            self.db = psycopg.connect(conninfo, autocommit=True, row_factory=dict_row,
                                      connect_timeout=10)
        except (psycopg.Error, ValueError) as error:
            message = str(error).strip()
            password = urlsplit(conninfo).password
            if password:
                message = message.replace(password, "***")
            raise StoreError(f"cannot connect to the PostgreSQL store {self.url}: "
                             f"{message}") from error
        try:
            self._migrate()
        except psycopg.Error as error:
            self.db.close()
            raise StoreError(f"cannot open the PostgreSQL store {self.url}: {error}") from error

    # -- schema -------------------------------------------------------------------------------
    def schema_version(self) -> int:
        if not self._rows("SELECT 1 WHERE to_regclass('meta') IS NOT NULL"):
            return 0
        row = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row["value"]) if row else 0

    def _migrate(self) -> None:
        """Apply the pending migrations in one transaction, under an advisory lock."""
        if self.schema_version() == len(MIGRATIONS):
            return
        with self.db.transaction(), self.db.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            current = self.schema_version()
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"{self.url} has schema version {current}, newer than this chronique "
                    f"({len(MIGRATIONS)}); upgrade chronique"
                )
            for number, statements in enumerate(MIGRATIONS[current:], start=current + 1):
                log.info("migrating %s to schema version %d", self.url, number)
                if number == 1:
                    self._define_unaccent(cursor)
                for statement in statements:
                    cursor.execute(statement)  # type: ignore[call-overload]
                cursor.execute(
                    "INSERT INTO meta(key, value) VALUES ('schema_version', %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(number),))
            if current == 0:
                cursor.execute("INSERT INTO meta(key, value) VALUES ('unaccent', %s)",
                               (self._unaccent,))
        if self._unaccent != "on":
            log.warning("%s: the unaccent extension is not available (%s); full-text search "
                        "will not ignore accents", self.url, self._unaccent)

    def _define_unaccent(self, cursor: Any) -> None:
        """``chronique_unaccent``: the extension's ``unaccent`` made immutable (so that an
        index may use it), else the identity when the extension cannot be had."""
        try:
            with self.db.transaction():  # a savepoint: a refusal leaves the migration going
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            schema = cursor.execute(
                "SELECT extnamespace::regnamespace::text AS schema FROM pg_extension "
                "WHERE extname = 'unaccent'").fetchone()["schema"]
            cursor.execute(UNACCENT.format(schema=schema))
            self._unaccent = "on"
        except self._errors as error:
            self._unaccent = f"off: {str(error).strip().splitlines()[0]}"
            cursor.execute(NO_UNACCENT)

    # -- helpers ------------------------------------------------------------------------------
    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        try:
            with self.db.cursor() as cursor:
                cursor.execute(sql, tuple(params))  # type: ignore[arg-type]
                return cursor.fetchall() if cursor.description else []
        except self._errors as error:
            raise StoreError(f"{self.url}: {error}") from error

    def _one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _write(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        """Run ``sql`` once per row in one transaction."""
        batch = [tuple(_clean(value) for value in row) for row in rows]
        if not batch:
            return
        try:
            with self.db.transaction(), self.db.cursor() as cursor:
                cursor.executemany(sql, batch)  # type: ignore[arg-type]
        except self._errors as error:
            raise StoreError(f"{self.url}: {error}") from error

    # -- articles -----------------------------------------------------------------------------
    def put(
        self, articles: Iterable[Article], *, version: str | None = None, phase: str = "analyzed"
    ) -> int:
        """Upsert ``articles`` in one transaction (``phase``: see
        :func:`chronique.store.common.article_row`)."""
        rows = [self._article_row(article, version, phase) for article in articles]
        if not rows:
            return 0
        columns = list(rows[0])
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        sql = (f"INSERT INTO articles({', '.join(columns)}) "
               f"VALUES ({', '.join(['%s'] * len(columns))}) "
               f"ON CONFLICT (id) DO UPDATE SET {updates}")
        try:
            with self.db.transaction(), self.db.cursor() as cursor:
                cursor.executemany(sql, [tuple(row.values()) for row in rows])  # type: ignore[arg-type]
        except self._write_errors as error:  # ValueError: unencodable text
            raise StoreError(f"cannot write articles: {type(error).__name__}: {error}") from error
        return len(rows)

    @staticmethod
    def _article_row(article: Article, version: str | None, phase: str) -> dict[str, Any]:
        row = article_row(article, version, phase)
        if "\x00" in article.text:  # kept exact in data, searchable without the NULs
            data = json.loads(row["data"])
            data["text"] = article.text
            row["data"] = json.dumps(data, ensure_ascii=False)
        raw = row["raw"]
        row["raw_is_text"] = isinstance(raw, str)
        if isinstance(raw, str):
            row["raw"] = raw.encode("utf-8")
        return {key: value if key in ("raw", "data") else _clean(value)
                for key, value in row.items()}

    @staticmethod
    def _article(row: dict[str, Any]) -> Article:
        from ..serde import from_dict

        data = json.loads(row["data"])
        text = data.pop("text", None)
        article = from_dict(Article, data)
        article.text = row["text"] if text is None else text
        raw = row["raw"]
        if raw is not None:
            raw = bytes(raw)
            article.raw = raw.decode("utf-8") if row["raw_is_text"] else raw
        else:
            article.raw = None
        return article

    def get(self, article_id: str) -> Article | None:
        article_id = _clean(article_id)
        row = self._one("SELECT text, raw, raw_is_text, data FROM articles "
                        "WHERE id = %s OR external_id = %s LIMIT 1", (article_id, article_id))
        if row is None and len(article_id) >= 4:  # a prefix of an id; % and _ are literal
            prefix = article_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            row = self._one("SELECT text, raw, raw_is_text, data FROM articles "
                            "WHERE id LIKE %s ESCAPE '\\' LIMIT 2", (prefix + "%",))
        return self._article(row) if row else None

    def iter_articles(
        self,
        *,
        ids: Iterable[str] | None = None,
        include_rejected: bool = True,
        lang: str | None = None,
        search: str | None = None,
    ) -> Iterator[Article]:
        where: list[str] = []
        params: list[Any] = []
        if not include_rejected:
            where.append("a.rejected IS NULL")
        if lang:
            where.append("a.lang = %s")
            params.append(lang)
        if search:
            where.append(SEARCH)
            params.append(_clean(search))
        select = "SELECT a.seq, a.text, a.raw, a.raw_is_text, a.data FROM articles a WHERE "
        if ids is not None:  # the rows of these ids, in insertion order, a page at a time
            seqs = sorted({row["seq"] for part in chunks(ids, 10 * PAGE) for row in self._rows(
                "SELECT seq FROM articles WHERE id = ANY(%s)", ([_clean(i) for i in part],))})
            for page in chunks(seqs, ARTICLE_PAGE):
                sql = select + " AND ".join([*where, "a.seq = ANY(%s)"]) + " ORDER BY a.seq"
                for row in self._rows(sql, [*params, page]):
                    yield self._article(row)
            return
        last = 0
        while True:
            sql = (select + " AND ".join([*where, "a.seq > %s"])
                   + f" ORDER BY a.seq LIMIT {ARTICLE_PAGE}")
            rows = self._rows(sql, [*params, last])
            for row in rows:
                yield self._article(row)
            if len(rows) < ARTICLE_PAGE:
                return
            last = rows[-1]["seq"]
            del rows  # one page held at a time, not two while the next is read

    def ids(self) -> set[str]:
        return {row["id"] for row in self._rows("SELECT id FROM articles")}

    def versions(self) -> dict[str, str | None]:
        rows = self._rows("SELECT id, analyzed FROM articles")
        return {row["id"]: row["analyzed"] for row in rows}

    def prepared(self) -> dict[str, str | None]:
        rows = self._rows("SELECT id, prepared FROM articles")
        return {row["id"]: row["prepared"] for row in rows}

    def count(self) -> int:
        return int(self._rows("SELECT count(*) AS n FROM articles")[0]["n"])

    def pending(self, version: str) -> list[str]:
        return [row["id"] for row in self._rows(
            "SELECT id FROM articles WHERE rejected IS NULL "
            "AND (analyzed IS NULL OR analyzed <> %s) ORDER BY seq", (version,))]

    def statuses(self, ids: Iterable[str] | None = None) -> Iterator[ArticleStatus]:
        sql = "SELECT id, rejected, duplicate_of, analyzed FROM articles"
        if ids is None:
            for row in self._rows(sql):
                yield ArticleStatus(**row)
            return
        for part in chunks(ids, 10 * PAGE):
            for row in self._rows(sql + " WHERE id = ANY(%s)", ([_clean(i) for i in part],)):
                yield ArticleStatus(**row)

    def names(self, ids: Iterable[str]) -> dict[str, list[str]]:
        names: dict[str, list[str]] = {}
        for part in chunks(ids, 10 * PAGE):
            for row in self._rows(
                    "SELECT id, origin, (data::json -> 'meta' -> 'also_from')::text AS also "
                    "FROM articles WHERE id = ANY(%s)", ([_clean(i) for i in part],)):
                names[row["id"]] = names_of(row["origin"], row["also"])
        return names

    def article_page(
        self, *, search: str | None = None, include_rejected: bool = True, limit: int = 100,
        offset: int = 0,
    ) -> tuple[int, list[ArticleSummary]]:
        where: list[str] = []
        params: list[Any] = []
        if not include_rejected:
            where.append("a.rejected IS NULL")
        if search and search.strip():
            where.append(SEARCH)
            params.append(_clean(search))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        total = self._rows(f"SELECT count(*) AS n FROM articles a {clause}", params)[0]["n"]
        rows = self._rows(f"{SUMMARY} FROM articles a {clause} ORDER BY a.seq LIMIT %s OFFSET %s",
                          [*params, limit, offset])
        return int(total), [ArticleSummary(**row) for row in rows]

    # -- runs ---------------------------------------------------------------------------------
    def start_run(self, config: dict[str, Any], inputs: list[str]) -> str:
        from .. import __version__

        run_id = uuid.uuid4().hex[:12]
        self._rows(
            "INSERT INTO runs(id, started, chronique, config, inputs) VALUES (%s, %s, %s, %s, %s)",
            (run_id, now(), __version__, _clean(json.dumps(config, default=str)),
             _clean(json.dumps(inputs))))
        return run_id

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None:
        self._rows("UPDATE runs SET finished = %s, stats = %s WHERE id = %s",
                   (now(), _clean(json.dumps(stats, default=str)), run_id))

    def runs(self) -> list[dict[str, Any]]:
        return decode_runs(self._rows('SELECT * FROM runs ORDER BY started COLLATE "C"'))

    # -- merged events ------------------------------------------------------------------------
    def iter_events(self) -> Iterator[EventRecord]:
        select = "SELECT id, date, kind, event_type, country, episode_id, data, updated FROM events"
        for row in self._keyset(select, "date", "id"):
            yield EventRecord(**row)

    def count_events(self) -> int:
        return int(self._rows("SELECT count(*) AS n FROM events")[0]["n"])

    def put_events(self, events: Iterable[EventRecord]) -> int:
        rows = [(e.id, e.date, e.kind, e.event_type, e.country, e.episode_id, e.data)
                for e in events]
        self._write(
            "INSERT INTO events(id, date, kind, event_type, country, episode_id, data, updated) "
            f"VALUES (%s, %s, %s, %s, %s, %s, %s, {NOW_MS}) "
            "ON CONFLICT (id) DO UPDATE SET "
            "date = excluded.date, kind = excluded.kind, event_type = excluded.event_type, "
            "country = excluded.country, episode_id = excluded.episode_id, "
            "data = excluded.data, updated = excluded.updated "
            "WHERE events.data IS DISTINCT FROM excluded.data",
            rows,
        )
        return len(rows)

    def delete_events(self, ids: Iterable[str]) -> None:
        self._write("DELETE FROM events WHERE id = %s", ([i] for i in ids))

    def iter_episodes(self) -> Iterator[EpisodeRecord]:
        for row in self._keyset('SELECT id, start, "end", area, title, data FROM episodes',
                                "start", "id"):
            yield EpisodeRecord(**row)

    def _keyset(self, select: str, first: str, second: str) -> Iterator[dict[str, Any]]:
        """:func:`~chronique.store.common.keyset`, byte-wise."""
        return keyset(self._rows, select, first, second, mark="%s", collate=' COLLATE "C"',
                      page=PAGE)

    def put_episodes(self, episodes: Iterable[EpisodeRecord]) -> None:
        self._write(
            'INSERT INTO episodes(id, start, "end", area, title, data) '
            "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET "
            'start = excluded.start, "end" = excluded."end", area = excluded.area, '
            "title = excluded.title, data = excluded.data",
            ((e.id, e.start, e.end, e.area, e.title, e.data) for e in episodes))

    def delete_episodes(self, ids: Iterable[str]) -> None:
        self._write("DELETE FROM episodes WHERE id = %s", ([i] for i in ids))

    def merge_blocks(self) -> dict[str, BlockState]:
        return {row["block"]: BlockState(**row)
                for row in self._rows("SELECT block, fingerprint, events FROM merge_blocks")}

    def put_merge_blocks(self, blocks: Iterable[BlockState]) -> None:
        self._write(
            "INSERT INTO merge_blocks(block, fingerprint, events) VALUES (%s, %s, %s) "
            "ON CONFLICT (block) DO UPDATE SET fingerprint = excluded.fingerprint, "
            "events = excluded.events",
            ((b.block, b.fingerprint, b.events) for b in blocks))

    def delete_merge_blocks(self, keys: Iterable[str]) -> None:
        self._write("DELETE FROM merge_blocks WHERE block = %s", ([k] for k in keys))

    def clear_merge(self) -> None:
        try:
            with self.db.transaction(), self.db.cursor() as cursor:
                for table in ("events", "episodes", "merge_blocks"):
                    cursor.execute(f"DELETE FROM {table}")  # type: ignore[call-overload]
        except self._errors as error:
            raise StoreError(f"{self.url}: {error}") from error

    # -- reviews ------------------------------------------------------------------------------
    def add_review(self, review: ReviewRecord) -> ReviewRecord:
        row = self._one(
            "INSERT INTO reviews(at, who, event_id, field, action, before, after, note) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
            "RETURNING id, at, who, event_id, field, action, before, after, note",
            [_clean(value) for value in (review.at, review.who, review.event_id, review.field,
                                         review.action, review.before, review.after,
                                         review.note)])
        assert row is not None
        return ReviewRecord(**row)

    def reviews(self, *, event_id: str | None = None) -> list[ReviewRecord]:
        columns = "id, at, who, event_id, field, action, before, after, note"
        if event_id is None:
            rows = self._rows(f"SELECT {columns} FROM reviews ORDER BY id")
        else:
            event_id = _clean(event_id)
            rows = self._rows(
                f"SELECT {columns} FROM reviews WHERE event_id = %s OR "
                "(action IN ('merge', 'split') AND "
                "(before LIKE %s ESCAPE '' OR after LIKE %s ESCAPE '')) ORDER BY id",
                (event_id, f'%"{event_id}"%', f'%"{event_id}"%'))
        return [ReviewRecord(**row) for row in rows]

    # -- change detection ---------------------------------------------------------------------
    def data_version(self) -> int | None:
        return None

    def events_signature(self) -> tuple[Any, ...]:
        events = self._rows("SELECT count(*) AS n, max(updated) AS at FROM events")[0]
        reviews = self._rows("SELECT count(*) AS n, max(id) AS last FROM reviews")[0]
        return (events["n"], events["at"], reviews["n"], reviews["last"])

    # -- maintenance --------------------------------------------------------------------------
    def execute(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Raw SQL in PostgreSQL's dialect, for maintenance and tests (not part of
        :class:`~chronique.store.Store`)."""
        return self._rows(sql, params)

    def close(self) -> None:
        self.db.close()


registry.stores.register("postgresql", PostgresStore)
