"""``chronique serve``: the HTTP API and the web page over a store."""

from __future__ import annotations

import ipaddress

import typer

from . import app
from .options import db_option, open_existing, store_path


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this machine (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse a non-loopback address without a write token."""
    if not is_loopback(host) and not token:
        raise typer.BadParameter(
            f"{host} is reachable from other machines: give --token (or CHRONIQUE_TOKEN) so that "
            "reviews need it", param_hint="--host")


@app.command("serve")
def serve(
    db: str | None = db_option(),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: str | None = typer.Option(None, "--token", envvar="CHRONIQUE_TOKEN",
                                     help="required for writes (reviews); needed off loopback"),
    tiles: str | None = typer.Option(
        None, "--tiles", envvar="CHRONIQUE_TILES",
        help="a basemap tile layer: a URL template (https://…/{z}/{x}/{y}.png; the page then "
        "loads images from that server) or a local .mbtiles/.pmtiles file of raster tiles "
        "served by this server. Without it nothing leaves this machine."),
    tiles_attribution: str = typer.Option(
        "", "--tiles-attribution", help="the credit line the tile layer's licence asks for"),
) -> None:
    """Serve the API (/api, schema at /api/openapi.json) and the web page (/).

    The page's basemap works offline (countries, admin-1 borders and names, city labels from
    the gazetteer); --tiles adds a tile layer of your own.
    """
    import uvicorn

    from ..api.app import create_app
    from ..api.basemap import open_tiles
    from ..errors import ChroniqueError

    check_bind(host, token)
    try:
        layer = open_tiles(tiles, tiles_attribution)
    except ChroniqueError as error:
        raise typer.BadParameter(str(error), param_hint="--tiles") from error
    db = store_path(db)
    open_existing(db).close()
    hosts = None  # off loopback the token guards writes; on loopback only loopback names
    if is_loopback(host):
        hosts = sorted({host.strip("[]"), "127.0.0.1", "localhost", "::1"})
    application = create_app(db, token=token, hosts=hosts, tiles=layer)
    typer.echo(f"chronique: http://{host}:{port}/ (API schema /api/openapi.json)", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")
