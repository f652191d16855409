"""A French-first temporal tagger: TIMEX3 expressions normalized against a reference date.

``tag(text, reference="2016-12-08")`` returns :class:`~chronique.types.TimeExpr` spans (DATE,
TIME, DURATION, SET) with ISO-TimeML values. All words come from the language table ``time``.
"""

from .tagger import tag

__all__ = ["tag"]
