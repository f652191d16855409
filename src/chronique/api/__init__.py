"""The HTTP API and the web page (``chronique serve``; :func:`chronique.api.app.create_app`).

Reads (JSON; the schema is at ``/api/openapi.json``)::

    GET /api/events            ?since&until&place&type&actor&status&limit&offset
    GET /api/events.csv|.geojson|.jsonl   same filters, every row streamed (no cap)
    GET /api/events/{id}       whole event, evidence with article and sentence, review log
    GET /api/articles          ?q (full text)&include_rejected&limit&offset
    GET /api/articles/{id}     cleaned text, removed pieces, every span
    GET /api/actors[.csv]  GET /api/places[.csv|.geojson]  GET /api/timeline[.csv]
    GET /api/reviews[.csv]     the append-only review log
    GET /api/meta              counts, date range, bounds, editable fields

Writes (reviews; ``Authorization: Bearer <token>`` when the server has a token)::

    POST /api/events/{id}/review   {"action": accept|reject|edit|reset, "field", "value"}
    POST /api/merge                {"ids": [...], "into"}
    POST /api/events/{id}/split    {"articles": [...]}

Errors are always ``{"error": {"code", "message"}}``. The page is at ``/``, its assets
(vendored, no network) under ``/ui``.
"""
