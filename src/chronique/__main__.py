"""``python -m chronique`` is the ``chronique`` command."""

from .cli import main

main()
