"""The page's rows say when an event is an earlier incident recalled as background."""

from __future__ import annotations

from chronique.api.models import EventRow
from chronique.api.queries import event_row
from chronique.types import Event


def test_background_events_are_marked_in_the_rows_the_page_reads() -> None:
    recalled = event_row(Event(id="ev-1", status="background", date="2019-09"))
    news = event_row(Event(id="ev-2", date="2024-03-14"))
    assert recalled["background"] is True and news["background"] is False
    assert EventRow(**recalled).background is True  # the API's schema carries it
