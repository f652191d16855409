"""Named registries: stages, sources, stores, runners, exporters, tables, evaluations.

Built-ins and third-party plugins go through the same door. Built-ins register themselves when
their module is imported; the registries import every module of the built-in packages the first
time a name is looked up, then load the ``chronique.plugins`` entry points, whose modules
register in the same way. Adding a stage or an exporter therefore touches no core file.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Callable, Iterator
from importlib.metadata import entry_points
from typing import Any, Generic, TypeVar

from .errors import ConfigError

log = logging.getLogger(__name__)

T = TypeVar("T")

BUILTIN_PACKAGES = (
    "chronique.sources",
    "chronique.stages",
    "chronique.store",
    "chronique.run",
    "chronique.export",
    "chronique.merge",
    "chronique.eval",
)

_loaded = False


def load_plugins() -> None:
    """Import the built-in modules and the ``chronique.plugins`` entry points, once."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for package_name in BUILTIN_PACKAGES:
        try:
            package = importlib.import_module(package_name)
        except ModuleNotFoundError:
            continue
        for info in pkgutil.iter_modules(package.__path__, package_name + "."):
            importlib.import_module(info.name)
    for entry in entry_points(group="chronique.plugins"):
        log.info("loading plugin %s", entry.value)
        entry.load()


class Registry(Generic[T]):
    """A mapping from names to objects of one kind, filled lazily."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, name: str, item: T | None = None) -> Any:
        """Register ``item`` under ``name``; usable as a decorator when ``item`` is omitted."""
        if item is not None:
            self._items[name] = item
            return item

        def decorator(obj: T) -> T:
            self._items[name] = obj
            return obj

        return decorator

    def get(self, name: str) -> T:
        load_plugins()
        try:
            return self._items[name]
        except KeyError:
            valid = ", ".join(sorted(self._items)) or "none"
            raise ConfigError(f"unknown {self.kind} {name!r}; known: {valid}") from None

    def names(self) -> list[str]:
        load_plugins()
        return sorted(self._items)

    def __contains__(self, name: object) -> bool:
        load_plugins()
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())


stages: Registry[Any] = Registry("stage")
sources: Registry[Callable[..., Any]] = Registry("source format")
stores: Registry[Callable[..., Any]] = Registry("store")
runners: Registry[Callable[..., Any]] = Registry("runner")
tables: Registry[Callable[..., Any]] = Registry("export table")
formats: Registry[Callable[..., Any]] = Registry("export format")
evaluations: Registry[Callable[..., Any]] = Registry("evaluation")
corpus_passes: Registry[Callable[..., Any]] = Registry("corpus pass")
