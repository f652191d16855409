"""Entry point of the ``chronique`` command. The commands live in :mod:`chronique.commands`."""

from __future__ import annotations

import logging
import os
import sys

from rich.console import Console
from rich.logging import RichHandler


def main(argv: list[str] | None = None) -> None:
    """Run the command line (``chronique --help``)."""
    level = os.environ.get("CHRONIQUE_LOG", "WARNING").upper()
    logging.basicConfig(
        level=getattr(logging, level, logging.WARNING),
        format="%(message)s",
        handlers=[
            RichHandler(
                console=Console(stderr=True), show_path=False, rich_tracebacks=False, markup=False
            )
        ],
    )
    from .commands import build_app

    app = build_app()
    app(args=sys.argv[1:] if argv is None else argv, prog_name="chronique")


if __name__ == "__main__":  # pragma: no cover
    main()
