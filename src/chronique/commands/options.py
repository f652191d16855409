"""What every command shares: the ``--db`` option, opening a store that must exist, exit codes.

Exit codes (``chronique --help`` and the README list them):

- 0: done; for ``run``, at least one usable article came in (or was already in the store);
- 1: ``run`` found nothing usable: every input was missing, unreadable or rejected;
- 2: usage error: a bad option or value, no store at ``--db``, an unknown table, format or id.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console

from ..errors import ChroniqueError

EXIT_OK = 0
EXIT_NOTHING_USABLE = 1
EXIT_USAGE = 2
DEFAULT_DB = "chronique.db"
EXIT_CODES = (
    "Exit codes: 0 done; 1 nothing usable came in (every input missing, unreadable or "
    "rejected); 2 usage error (bad option, no store at --db, unknown table, format or id)."
)

err = Console(stderr=True)


def db_option() -> Any:
    """The ``--db`` option, the same for every command (``CHRONIQUE_DB`` when not given)."""
    return typer.Option(
        None,
        "--db",
        envvar="CHRONIQUE_DB",
        show_default=DEFAULT_DB,
        help="The store: a SQLite file or a URL (also CHRONIQUE_DB). Only `run` creates it.",
    )


def store_path(db: str | None) -> str:
    """The store the user means: ``--db``, else ``CHRONIQUE_DB``, else ``chronique.db``."""
    return db or os.environ.get("CHRONIQUE_DB") or DEFAULT_DB


def fail(message: str | Exception, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``error: message`` on stderr and exit with ``code``."""
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def open_existing(db: str | None) -> Any:
    """The store at ``db``; a path that does not exist is refused (only ``run`` creates one)."""
    from ..store import open_store

    path = store_path(db)
    if "://" not in path and not Path(path).is_file():
        fail(f"no store at {path}; create one with: chronique run PATH --db {path}")
    try:
        return open_store(path)
    except ChroniqueError as error:
        fail(error)
