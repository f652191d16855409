"""The HTTP application: JSON API under ``/api``, the web page at ``/``, assets under ``/ui``.

:func:`create_app` builds it for one store. Reads are open; writes (reviews) need
``Authorization: Bearer <token>`` when the app was given a token (``chronique serve`` refuses to
bind a non-loopback address without one). Every error has one shape,
``{"error": {"code", "message"}}``. Every response carries a strict Content-Security-Policy: the
page runs only its own scripts, loads nothing from elsewhere and never evaluates article text.
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from ..errors import ChroniqueError
from ..merge.review import ReviewError, UnknownEvent
from ..merge.store import load_events
from ..store.base import Store, open_store
from ..types import Event
from .basemap import TileSource
from .models import ErrorBody

log = logging.getLogger(__name__)

UI_DIR = Path(str(files("chronique") / "ui"))

CSP = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Not found"},
    422: {"model": ErrorBody, "description": "Invalid request"},
    500: {"model": ErrorBody, "description": "Server error"},
}
#: the largest body a write may send (bytes)
MAX_BODY = 256 * 1024
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Malformed body"},
    413: {"model": ErrorBody, "description": "Body too large"},
    401: {"model": ErrorBody, "description": "Missing or wrong token"},
    403: {"model": ErrorBody, "description": "Cross-origin write refused"},
}


class Stores:
    """One store connection per thread (SQLite connections stay in the thread that made them)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._events: tuple[Any, list[Event]] | None = None
        self.generation = 0

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def events(self) -> list[Event]:
        """Every event, reviews applied, shared by the threads until the events or the reviews
        change (a writer committing articles does not empty it).

        The store's :meth:`~chronique.store.Store.data_version` tells a thread cheaply that
        another connection committed something; only then is the events' and reviews'
        signature read (:func:`signature`; every time on a backend that cannot tell), and the
        events are loaded again only when it moved. :meth:`changed` covers writes made through
        the API itself.
        """
        store = self.get()
        version = store.data_version()
        seen = getattr(self._local, "seen", None)
        shared = self._events
        if version is not None and seen is not None and shared is not None \
                and seen == (version, self.generation) and shared[0] == self._local.signature:
            return shared[1]
        key = (signature(store), self.generation)
        self._local.seen, self._local.signature = (version, self.generation), key
        with self._load_lock:
            shared = self._events
            if shared is not None and shared[0] == key:
                return shared[1]
            events = load_events(store)
            self._events = (key, events)
        return events

    def changed(self) -> None:
        with self._lock:
            self.generation += 1

    def proxy(self) -> Store:
        """A store whose every call goes to the calling thread's own connection."""
        return _ThreadStore(self)  # type: ignore[return-value]

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                try:
                    store.close()
                except Exception:  # noqa: BLE001 - closing from another thread may fail
                    log.debug("could not close a store connection", exc_info=True)
            self._all.clear()


def signature(store: Store) -> tuple[Any, ...]:
    """What the events the API serves depend on: the events table (rows, last insert, last
    update to the millisecond) and the review log (rows, last id)."""
    return store.events_signature()


class _ThreadStore:
    """Forwards attribute access to the store of the thread that uses it (FastAPI may resolve a
    dependency in one worker thread and run the endpoint in another)."""

    def __init__(self, stores: Stores) -> None:
        self._stores = stores

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stores.get(), name)


def error(status: int, code: str, message: str,
          headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status,
                        headers=headers)


class SecurityHeaders(BaseHTTPMiddleware):
    """Security headers on every response; cross-origin writes refused; token checked."""

    def __init__(self, app: Any, *, token: str | None, hosts: list[str] | None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(app)
        self.headers = headers or SECURITY_HEADERS
        self.token = token
        self.hosts = {host.strip("[]").lower() for host in hosts} if hosts else None

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        refusal = self._bad_host(request)
        if refusal is None and request.method not in ("GET", "HEAD", "OPTIONS"):
            refusal = self._refuse(request) or self._too_large(request)
        response = refusal or await call_next(request)
        if refusal is None and request.method not in ("GET", "HEAD", "OPTIONS"):
            request.app.state.stores.changed()
        for name, value in self.headers.items():
            response.headers.setdefault(name, value)
        return response

    def _bad_host(self, request: Request) -> Response | None:
        """Refuse Host names not served (a DNS-rebinding page cannot reach a loopback server)."""
        if self.hosts is None:
            return None
        host = request.headers.get("host", "").lower()
        name = host.rsplit("]", 1)[0].strip("[") if host.startswith("[") else host.split(":")[0]
        if name in self.hosts:
            return None
        return error(400, "bad-host", f"host {host!r} is not served here")

    def _too_large(self, request: Request) -> Response | None:
        """A write's body is bounded, and its size is said before it is read."""
        length = request.headers.get("content-length")
        if length is None:
            if request.headers.get("transfer-encoding"):
                return error(411, "length-required", "send the body with a Content-Length")
            return None
        if not length.isdigit():
            return error(400, "bad-request", "invalid Content-Length")
        if int(length) > MAX_BODY:
            return error(413, "too-large", f"request body of {int(length):,} bytes; at most "
                         f"{MAX_BODY:,}")
        return None

    def _refuse(self, request: Request) -> Response | None:
        origin = request.headers.get("origin")
        if origin and origin.split("://", 1)[-1] != request.headers.get("host", ""):
            return error(403, "cross-origin", "writes from another origin are refused")
        if self.token is not None:
            given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            if not hmac.compare_digest(given.encode(), self.token.encode()):
                return error(401, "unauthorized", "this server needs a token for writes: "
                             "send 'Authorization: Bearer <token>'")
        return None


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {400: "bad-request", 401: "unauthorized", 404: "not-found",
                 405: "method-not-allowed", 413: "too-large"}
        return error(exc.status_code, codes.get(exc.status_code, "http"), str(exc.detail),
                     headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for item in exc.errors():
            where = ".".join(str(part) for part in item.get("loc", ()))
            parts.append(f"{where}: {item.get('msg', 'invalid')}")
        return error(422, "invalid", "; ".join(parts) or "invalid request")

    @app.exception_handler(UnknownEvent)
    async def unknown(request: Request, exc: UnknownEvent) -> JSONResponse:
        return error(404, exc.code, str(exc.args[0]))

    @app.exception_handler(ReviewError)
    async def bad_review(request: Request, exc: ReviewError) -> JSONResponse:
        return error(422, exc.code, str(exc.args[0]))

    @app.exception_handler(ChroniqueError)
    async def library_error(request: Request, exc: ChroniqueError) -> JSONResponse:
        log.exception("request failed: %s", request.url.path)
        return error(500, exc.code, str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("request failed: %s", request.url.path)
        return error(500, "internal", f"internal error: {type(exc).__name__}")


def create_app(store_url: str, *, token: str | None = None,
               hosts: list[str] | None = None, tiles: TileSource | None = None) -> FastAPI:
    """The API and the web page over the store at ``store_url``.

    ``token``: required (``Authorization: Bearer``) for writes. ``hosts``: the only Host names
    answered (``chronique serve`` on loopback passes the loopback names), None for any.
    ``tiles``: a basemap tile layer (:func:`chronique.api.basemap.open_tiles`); a remote one
    is the only origin besides this server the page may load (images only).
    """
    from . import basemap, routes

    stores = Stores(store_url)
    stores.get()  # opened (and migrated) before the first request
    app = FastAPI(
        title="chronique",
        version="1",
        description="Events extracted from French news about armed conflict, each value "
        "traceable to the article text it came from; analysts' reviews on top.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        responses=ERRORS,
        lifespan=_lifespan,
    )
    app.state.stores = stores
    app.state.token = token
    app.state.tiles = tiles
    origin = tiles.origin() if tiles else None
    headers = dict(SECURITY_HEADERS)
    if origin:
        headers["Content-Security-Policy"] = CSP.replace("img-src 'self' data:",
                                                         f"img-src 'self' data: {origin}")
    app.add_middleware(SecurityHeaders, token=token, hosts=hosts, headers=headers)
    _install_errors(app)
    app.include_router(basemap.router)
    app.include_router(routes.read)
    app.include_router(routes.write, responses=WRITE_ERRORS)
    app.mount("/ui", StaticFiles(directory=UI_DIR), name="ui")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(UI_DIR / "index.html", media_type="text/html")

    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.stores.close()
