"""Stages and the pipeline that runs them in order over one article.

A stage is registered by name with :func:`stage`: a factory with keyword-only options (its
signature is the stage's config schema) that returns a picklable callable ``Article -> Article``.
A stage has no cross-article state and does not know where it runs.

The pipeline checks its order (each stage's ``requires`` must be assigned by an earlier stage or
be present on every new article), applies an error policy per article, and marks the stages it
applied in ``Article.done`` so that a rerun of the same version skips them.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import registry
from .errors import ChroniqueError, ConfigError, PipelineOrderError, StageError
from .types import Article

log = logging.getLogger(__name__)

#: What every article has before any stage runs.
INITIAL_FIELDS = ("raw", "meta", "id")

ERROR_POLICIES = ("raise", "skip", "record")


class StageFn(Protocol):
    def __call__(self, article: Article) -> Article: ...


@dataclass(frozen=True)
class StageSpec:
    """A registered stage factory with what it needs and what it sets."""

    name: str
    factory: Callable[..., StageFn]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    version: str
    phase: str = "analyze"
    order: int = 100
    default: bool = True
    parse: bool = False

    def options(self) -> dict[str, Any]:
        """The factory's keyword-only options and their defaults."""
        signature = inspect.signature(self.factory)
        return {
            name: parameter.default
            for name, parameter in signature.parameters.items()
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY
        }

    def build(self, options: dict[str, Any]) -> StageFn:
        valid = self.options()
        unknown = sorted(set(options) - set(valid))
        if unknown:
            raise ConfigError(
                f"stage {self.name!r} has no option {', '.join(map(repr, unknown))}; "
                f"valid: {', '.join(sorted(valid)) or 'none'}"
            )
        return self.factory(**options)


def stage(
    name: str,
    *,
    requires: Sequence[str] = (),
    assigns: Sequence[str] = (),
    version: str = "1",
    phase: str = "analyze",
    order: int = 100,
    default: bool = True,
    parse: bool = False,
) -> Callable[[Callable[..., StageFn]], Callable[..., StageFn]]:
    """Register a stage factory under ``name``.

    ``phase`` is ``prepare`` (turns raw input into clean text, before the corpus passes such as
    deduplication) or ``analyze`` (reads the clean text). ``order`` places the stage in the
    default pipeline of its phase; ``default=False`` keeps it out unless named in the config.
    ``parse=True`` says the stage reads the spaCy parse (:func:`chronique.nlp.doc_for`): a
    pipeline holding such a stage parses each batch of articles at once, ahead of the stages.
    """

    def decorator(factory: Callable[..., StageFn]) -> Callable[..., StageFn]:
        spec = StageSpec(
            name, factory, tuple(requires), tuple(assigns), version, phase, order, default, parse
        )
        registry.stages.register(name, spec)
        return factory

    return decorator


def stage_spec(name: str) -> StageSpec:
    spec = registry.stages.get(name)
    assert isinstance(spec, StageSpec)
    return spec


def default_stages(phase: str) -> list[str]:
    """The registered default stages of ``phase``, in their declared order."""
    specs = [stage_spec(name) for name in registry.stages.names()]
    chosen = [spec for spec in specs if spec.phase == phase and spec.default]
    return [spec.name for spec in sorted(chosen, key=lambda spec: (spec.order, spec.name))]


def check_order(names: Sequence[str], initial: Iterable[str] = INITIAL_FIELDS) -> None:
    """Refuse an order where a stage requires what no earlier stage assigns."""
    available = set(initial)
    providers: dict[str, list[str]] = {}
    for candidate in registry.stages.names():
        for assigned in stage_spec(candidate).assigns:
            providers.setdefault(assigned, []).append(candidate)
    for name in names:
        spec = stage_spec(name)
        missing = [need for need in spec.requires if need not in available]
        if missing:
            hints = "; ".join(
                f"{need!r} is assigned by {', '.join(providers.get(need, [])) or 'no stage'}"
                for need in missing
            )
            raise PipelineOrderError(
                f"stage {name!r} requires {', '.join(map(repr, missing))}, "
                f"which no earlier stage assigns ({hints})"
            )
        available.update(spec.assigns)


@dataclass
class Pipeline:
    """An ordered list of stages with their options, built lazily (picklable before use)."""

    names: list[str]
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    on_error: str = "record"
    initial: tuple[str, ...] = INITIAL_FIELDS
    #: (seconds, MiB of memory growth) per article, checked in the process that analyses it
    guard: tuple[float, float] | None = field(default=None, compare=False)
    _built: list[tuple[str, StageFn]] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.on_error not in ERROR_POLICIES:
            raise ConfigError(f"on_error must be one of {ERROR_POLICIES}, not {self.on_error!r}")
        unknown = sorted(set(self.options) - set(self.names))
        if unknown:
            raise ConfigError(f"options given for stages not in the pipeline: {unknown}")
        check_order(self.names, self.initial)
        for name in self.names:  # validate options early, before any article is read
            spec = stage_spec(name)
            bad = set(self.options.get(name, {})) - set(spec.options())
            if bad:
                spec.build(self.options.get(name, {}))

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_built"] = None
        return state

    @property
    def version(self) -> str:
        """A hash of the stages, their versions and options: equal versions give equal output."""
        from . import __version__

        parts = [
            {
                "stage": name,
                "version": stage_spec(name).version,
                "options": self.options.get(name, {}),
            }
            for name in self.names
        ]
        blob = json.dumps({"chronique": __version__, "stages": parts}, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:12]

    def built(self) -> list[tuple[str, StageFn]]:
        if self._built is None:
            self._built = [
                (name, stage_spec(name).build(dict(self.options.get(name, {}))))
                for name in self.names
            ]
        return self._built

    def apply_batch(self, articles: Sequence[Article]) -> list[Article]:
        """Apply the pipeline to a batch, parsing the batch at once when a stage reads the parse
        (spaCy's ``nlp.pipe`` is several times faster than one call per article), under the
        time and memory ``guard`` when one is set (:mod:`chronique.run.watchdog`)."""
        if self.guard is not None:
            from .run.watchdog import guarded_batch

            self._warm()  # loading models is not the articles' work
            return guarded_batch(self._apply_batch, articles, *self.guard)
        return self._apply_batch(articles)

    def _warm(self) -> None:
        self.built()
        if any(stage_spec(name).parse for name in self.names):
            from .nlp import load

            load()

    def _apply_batch(self, articles: Sequence[Article]) -> list[Article]:
        if any(stage_spec(name).parse for name in self.names):
            from .nlp import prefetch

            prefetch([article for article in articles if article.rejected is None])
        return [self(article) for article in articles]

    def __call__(self, article: Article) -> Article:
        for name, fn in self.built():
            if article.rejected is not None:
                break
            if name in article.done:
                continue
            article = self._apply(name, fn, article)
        return article

    def _apply(self, name: str, fn: StageFn, article: Article) -> Article:
        try:
            result = fn(article)
        except Exception as error:  # noqa: BLE001 - the policy decides
            if self.on_error == "raise":
                if isinstance(error, ChroniqueError):
                    raise
                raise StageError(name, f"{type(error).__name__}: {error}") from error
            log.warning("stage %s failed on article %s: %s", name, article.id, error)
            if self.on_error == "record":
                article.rejected = f"error:{name}: {type(error).__name__}: {error}"[:500]
            return article
        result.done.append(name)
        return result
