"""chronique: from raw French news articles about armed conflict to a sourced event record."""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import ChroniqueError
from .pipeline import Pipeline, stage
from .types import (
    ActorMention,
    Article,
    Attribution,
    DateClaim,
    Entity,
    EventMention,
    Evidence,
    Figure,
    Place,
    RawItem,
    Removed,
    Sentence,
    Span,
    TimeExpr,
)

__all__ = [
    "ActorMention",
    "Article",
    "Attribution",
    "ChroniqueError",
    "DateClaim",
    "Entity",
    "EventMention",
    "Evidence",
    "Figure",
    "Pipeline",
    "Place",
    "RawItem",
    "Removed",
    "Sentence",
    "Span",
    "TimeExpr",
    "__version__",
    "stage",
]
