"""A wall-clock and memory guard around the analysis of each article, in the process that
analyses it.

The guard checks four times a second (``SIGALRM``) how long the batch has run and how much the
process's resident memory grew since it started, and the time once more when the batch ends;
past either budget it raises :class:`OverBudget` in the analysis. The batch is then retried one
article at a time under the budget of one article, and the article that exhausts it alone is
rejected with the reason (``over-budget: …``): it is stored as rejected, so no later run picks
it up again.

The guard needs the main thread of a process with ``SIGALRM`` (the serial runner and the
process pool's workers); elsewhere (threads of a Dask worker) the batch runs unguarded and the
token budget of the ``budget`` stage alone bounds the work.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from ..types import Article

log = logging.getLogger(__name__)

TICK = 0.25
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class OverBudget(BaseException):
    """The analysis ran out of its time or memory budget (a BaseException, so that the
    stages' error policies do not take it for an error of theirs)."""


def rss_mb() -> float:
    """This process's resident memory in MiB (0 where /proc is missing)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


def _can_guard() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def watch(seconds: float, memory_mb: float) -> Iterator[None]:
    """Raise :class:`OverBudget` in the body past ``seconds`` or ``memory_mb`` of growth."""
    if not _can_guard() or (seconds <= 0 and memory_mb <= 0):
        yield
        return
    start, base = time.monotonic(), rss_mb()

    def check(signum: int, frame: object) -> None:
        elapsed = time.monotonic() - start
        if seconds > 0 and elapsed > seconds:
            raise OverBudget(f"analysis took more than {seconds:g} s (run.article_seconds)")
        grown = rss_mb() - base
        if memory_mb > 0 and grown > memory_mb:
            raise OverBudget(f"analysis grew memory by {grown:,.0f} MiB > {memory_mb:g} MiB "
                             f"(run.article_memory_mb)")

    previous = signal.signal(signal.SIGALRM, check)
    signal.setitimer(signal.ITIMER_REAL, TICK, TICK)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0, 0)
        signal.signal(signal.SIGALRM, previous)
    # a body shorter than a tick is judged when it ends: over budget is over budget, whatever
    # the timer saw
    if seconds > 0 and time.monotonic() - start > seconds:
        raise OverBudget(f"analysis took more than {seconds:g} s (run.article_seconds)")


def guarded_batch(apply: Callable[[Sequence[Article]], list[Article]],
                  articles: Sequence[Article], seconds: float,
                  memory_mb: float) -> list[Article]:
    """``apply`` over the batch under ``seconds`` per article; over budget, one by one, and the
    article over budget alone is rejected with the reason."""
    try:
        with watch(seconds * len(articles), memory_mb):
            return apply(articles)
    except OverBudget as error:
        if len(articles) == 1:
            return [_reject(articles[0], error)]
        log.warning("a batch of %d went over budget (%s); one article at a time",
                    len(articles), error)
    out: list[Article] = []
    for article in articles:
        try:
            with watch(seconds, memory_mb):
                done = apply([article])
        except OverBudget as error:
            out.append(_reject(article, error))
        else:
            out.extend(done)
    return out


def _reject(article: Article, error: OverBudget) -> Article:
    log.warning("article %s rejected: %s", article.id, error)
    article.rejected = f"over-budget: {error}"
    return article
