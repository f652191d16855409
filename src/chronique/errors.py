"""Exceptions raised by chronique. Every one derives from :class:`ChroniqueError`.

Tree::

    ChroniqueError
    ├── ConfigError            bad configuration: unknown stage, unknown option, bad value
    │   └── PipelineOrderError a stage requires what no earlier stage assigns
    ├── SourceError            an input could not be read or parsed
    ├── StageError             a stage failed on one article (carries the stage name)
    ├── StoreError             the store could not be opened, migrated or written
    ├── ExportError            a table or format is unknown or cannot be written
    ├── EvaluationError        an evaluation corpus is missing or malformed
    └── MissingDependency      an optional dependency is not installed (names the extra)

Each carries a short ``code`` so messages can be matched by tools and tests.
"""

from __future__ import annotations


class ChroniqueError(Exception):
    """Root of every chronique error."""

    code = "chronique"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class ConfigError(ChroniqueError):
    code = "config"


class PipelineOrderError(ConfigError):
    code = "pipeline-order"


class SourceError(ChroniqueError):
    code = "source"


class StageError(ChroniqueError):
    code = "stage"

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"{stage}: {message}")
        self.stage = stage
        self.message = message


class StoreError(ChroniqueError):
    code = "store"


class ExportError(ChroniqueError):
    code = "export"


class EvaluationError(ChroniqueError):
    code = "eval"


class MissingDependency(ChroniqueError):
    code = "missing-dependency"

    def __init__(self, module: str, extra: str) -> None:
        super().__init__(
            f"{module} is not installed; install it with: pip install 'chronique[{extra}]'"
        )
        self.module = module
        self.extra = extra
