"""``chronique run``, ``articles``, ``show``, ``export`` and ``runs``."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .. import registry
from ..config import load_config
from ..errors import ChroniqueError
from ..store import open_store
from . import app
from .inputs import check_inputs, report_lines, usable
from .options import EXIT_NOTHING_USABLE, db_option, open_existing
from .options import fail as fail_with

out = Console()
err = Console(stderr=True)

DbOption = db_option()


def fail(error: Exception) -> None:
    fail_with(error)


@app.command()
def run(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
    db: str | None = DbOption,
    config: Path | None = typer.Option(None, "--config", help="A TOML configuration file."),
    workers: int | None = typer.Option(None, "--workers", help="Processes for the analysis."),
    fmt: str | None = typer.Option(
        None, "--format", help="Force the input format: text, html, jsonl, feed or warc."
    ),
    on_error: str | None = typer.Option(
        None, "--on-error", help="raise | skip | record (default: record and go on)."
    ),
    published: str | None = typer.Option(
        None,
        "--published",
        help="The publication date (YYYY-MM-DD, YYYY-MM or YYYY) of every article that carries "
        "none of its own (JSON Lines 'published', feed date, sidecar).",
    ),
    published_from: str = typer.Option(
        "auto",
        "--published-from",
        help="Where files' page dates come from: auto (sidecar, then --published, then the file "
        "name, then date folders), sidecar, path (file name, then folders), name, or none.",
    ),
    json_output: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Ingest PATHS and process them with everything the pipeline has.

    Reads text, HTML, JSON Lines, RSS/Atom and WARC inputs; cleans, deduplicates, detects the
    language, analyzes and stores the articles in the SQLite store DB. A file's publication date
    is read from a sidecar (a.json or a.meta beside a.txt), its name (20161208_afp.txt) or its
    folders (2016-12-08/, 2016/12/08/); it stays a claim the content is checked against.
    Rerunning on the same input changes nothing; an interrupted run resumes. Prints a summary:
    this run's articles in, cleaned, duplicates, rejected by reason, and where the store is;
    paths that are not there and rejected articles are also reported on stderr, by reason.

    Exit codes: 0 done (at least one usable article in this run); 1 nothing usable came in
    (every input missing, unreadable or rejected); 2 usage error.
    """
    from ..run.local import run_paths
    from ..sources.dates import DatePolicy

    try:
        dates = DatePolicy(published=published, origin=published_from)
        settings = load_config(
            config,
            flags={
                "store": {"url": db},
                "run": {"workers": workers},
                "pipeline": {"on_error": on_error},
            },
        )
        inputs = check_inputs(paths)
        summary = None
        if inputs.readable:
            store = open_store(settings["store"]["url"])
            with _progress() as report:
                stats = run_paths(
                    inputs.readable,
                    config=settings,
                    store=store,
                    progress=report,
                    fmt=fmt,
                    dates=dates,
                )
            summary = stats.as_dict()
    except ChroniqueError as error:
        fail(error)
        return
    for line in report_lines(inputs, summary):
        typer.echo(line, err=True)
    if summary is not None:
        if json_output:
            out.print_json(json.dumps(summary))
        else:
            _print_summary(summary, exported=_exported(summary["store"]))
    if not usable(summary):
        typer.echo(
            "error: nothing usable came in"
            + (f" (store: {summary['store']})" if summary else ""),
            err=True,
        )
        raise typer.Exit(EXIT_NOTHING_USABLE)


@contextlib.contextmanager
def _progress() -> Iterator[Any]:
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    tasks: dict[str, Any] = {}

    def report(phase: str, advance: int, total: int | None) -> None:
        if phase not in tasks:
            tasks[phase] = progress.add_task(phase, total=total)
        progress.update(tasks[phase], advance=advance, total=total)

    with progress:
        yield report


def _exported(url: str) -> int | None:
    """How many of the store's events the event exports write (those that happened)."""
    from ..export.rows import merged_rows

    try:
        store = open_store(url)
        try:
            return sum(1 for _ in merged_rows(store))
        finally:
            store.close()
    except ChroniqueError:
        return None


def _print_summary(summary: dict[str, Any], exported: int | None = None) -> None:
    table = Table(title="chronique run: this run's articles", show_header=False)
    for key in ("inputs", "new", "unchanged", "cleaned", "duplicates", "analyzed"):
        table.add_row(key, str(summary[key]))
    for reason, count in sorted(summary["rejected"].items()):
        table.add_row(f"rejected: {reason}", str(count))
    for name, result in summary.get("passes", {}).items():
        table.add_row(f"pass: {name} (store)", json.dumps(result, default=str))
    merged = summary.get("passes", {}).get("merge", {})
    if exported is not None and "events" in merged:
        table.add_row("events in the store", f"{merged['events']} ({exported} exported: the "
                      "others did not or not yet happen)")
    out.print(table)
    out.print("the whole store: chronique status", highlight=False)
    out.print(f"store: {Path(summary['store']).resolve()}")


@app.command()
def articles(
    db: str | None = DbOption,
    search: str | None = typer.Option(None, "--search", help="Full-text query (accents ignored)."),
    json_output: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """List the stored articles (id, language, status, title)."""
    from ..export.articles import article_row

    store = _open(db)
    rows = (article_row(article) for article in store.iter_articles(search=search))
    if json_output:
        for row in rows:
            row.pop("text")
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table("id", "lang", "status", "published", "title")
    for row in rows:
        status = row["rejected"] or (
            f"duplicate of {row['duplicate_of']}" if row["duplicate_of"] else "ok"
        )
        title = row["title"] or row["text"][:60].replace("\n", " ")
        table.add_row(row["id"], row["lang"] or "", status, row["published"] or "", title)
    out.print(table)


@app.command()
def show(
    article_id: str = typer.Argument(
        ...,
        help="An article id (a unique prefix works), or the external id given in JSON Lines input.",
    ),
    db: str | None = DbOption,
    raw: bool = typer.Option(False, "--raw", help="Also print the raw input."),
) -> None:
    """Show one article: metadata, cleaned text, and every removed piece with its reason."""
    from ..export.articles import article_row

    store = _open(db)
    article = store.get(article_id)
    if article is None:
        fail(ChroniqueError(f"no article {article_id!r} in {store.url}"))
        return
    row = article_row(article)
    for key in (
        "id",
        "external_id",
        "origin",
        "url",
        "source",
        "title",
        "lang",
        "page_date",
        "page_date_source",
        "published",
        "published_precision",
        "page_date_contradicted",
        "rejected",
        "duplicate_of",
        "similarity",
    ):
        if row[key] not in (None, "", False):
            out.print(f"[bold]{key}[/bold]: {row[key]}", highlight=False)
    out.rule("cleaned text")
    out.print(article.text, markup=False, highlight=False)
    out.rule(f"removed ({len(article.removed)})")
    for piece in article.removed:
        out.print(f"[{piece.reason}] {piece.text}", markup=False, highlight=False)
    if raw:
        out.rule("raw input")
        data = article.raw
        out.print(
            data.decode("utf-8", "replace") if isinstance(data, bytes) else data or "",
            markup=False,
            highlight=False,
        )


@app.command()
def export(
    db: str | None = DbOption,
    table: str = typer.Option(
        "articles", "--table", help="articles, times, places, actors, events … (see --list)."
    ),
    fmt: str = typer.Option(
        "jsonl",
        "--format",
        help="jsonl, csv, parquet, acled-csv, ucdp-csv, geojson … (see --list).",
    ),
    output: str = typer.Option("-", "-o", "--output", help="Output file, or - for stdout."),
    since: str | None = typer.Option(None, "--since", help="Events on or after this date."),
    until: str | None = typer.Option(None, "--until", help="Events on or before this date."),
    place: str | None = typer.Option(None, "--place", help="Events in this place or country."),
    type_: str | None = typer.Option(None, "--type", help="Events of this type."),
    actor: str | None = typer.Option(None, "--actor", help="Events involving this actor."),
    list_: bool = typer.Option(False, "--list", help="List the tables and formats and exit."),
) -> None:
    """Export a table of the store in a format, without caps.

    The articles table has the stable fields id, external_id, url, source, title, page_date,
    page_date_source, published, published_precision, published_evidence,
    page_date_contradicted, text, lang, rejected, duplicate_of, similarity and removed (a list
    of {text, reason}).
    """
    from ..export import export as do_export

    if list_:
        typer.echo("tables: " + ", ".join(registry.tables.names()))
        typer.echo("formats: " + ", ".join(registry.formats.names()))
        return
    store = _open(db)
    filters = {"since": since, "until": until, "place": place, "type": type_, "actor": actor}
    try:
        with _output(output) as stream:
            count = do_export(
                store,
                table=table,
                fmt=fmt,
                out=stream,
                **{k: v for k, v in filters.items() if v is not None},
            )
    except ChroniqueError as error:
        fail(error)
        return
    err.print(f"{count} rows of {table} written to {output if output != '-' else 'stdout'}")


@contextlib.contextmanager
def _output(path: str) -> Iterator[BinaryIO]:
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with open(path, "wb") as stream:
        yield stream


@app.command()
def runs(db: str = DbOption) -> None:
    """List the runs recorded in the store, with their resolved configuration and summary."""
    store = _open(db)
    for item in store.runs():
        typer.echo(json.dumps(item, ensure_ascii=False, default=str))


def _open(db: str | None) -> Any:
    return open_existing(db)
