"""The command-line layer: the only code that writes to the terminal.

``app`` is the root Typer application and ``eval_app`` the ``chronique eval`` group. Each module
of this package adds its commands to them when imported; :func:`build_app` imports them all, so a
new command is a new module here and touches no other file.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(
    name="chronique",
    help="Turn raw French news articles about armed conflict into a sourced, dated, placed "
    "event record: ingest, clean, deduplicate, analyze, merge, export.\n\n"
    "Every command reads the store given by --db (or CHRONIQUE_DB, else chronique.db); only "
    "`run` creates it.\n\n"
    "Exit codes: 0 done; 1 nothing usable came in (every input missing, unreadable or "
    "rejected); 2 usage error (bad option, no store at --db, unknown table, format or id).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    help="Evaluate chronique against reference corpora; prints the figures.", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")

_built = False


def build_app() -> typer.Typer:
    """Import every command module of this package once and return the root application."""
    global _built
    if not _built:
        _built = True
        for info in pkgutil.iter_modules(__path__, __name__ + "."):
            importlib.import_module(info.name)
    return app
