"""Fixtures: the seed store, a test client, the app on a free loopback port (uvicorn in a
thread) and a headless Debian Chromium."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from chronique.api.app import create_app

from .seed import Seed, build_seed

CHROMIUM = Path(os.environ.get("CHRONIQUE_CHROMIUM", "/usr/bin/chromium"))  # Debian package
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    url: str
    seed: Seed
    server: uvicorn.Server
    thread: threading.Thread
    requests: list[str] = field(default_factory=list)


def start_server(seed: Seed, *, token: str | None = None, tiles: Any = None,
                 ) -> tuple[uvicorn.Server, str, threading.Thread]:
    port = free_port()
    config = uvicorn.Config(create_app(seed.url, token=token, tiles=tiles), host="127.0.0.1",
                            port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/meta", timeout=1).status_code == 200:
                return server, url, thread
        except httpx.HTTPError:
            time.sleep(0.05)
    raise RuntimeError("the app did not start")


@pytest.fixture()
def seed(tmp_path: Path) -> Seed:
    return build_seed(tmp_path / "seed.db")


@pytest.fixture()
def client(seed: Seed) -> Iterator[TestClient]:
    with TestClient(create_app(seed.url)) as client:
        yield client


@pytest.fixture()
def served(seed: Seed) -> Iterator[Server]:
    server, url, thread = start_server(seed)
    yield Server(url=url, seed=seed, server=server, thread=thread)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless. Missing under CI is a failure, not a skip."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser: Any, served: Server) -> Iterator[Any]:
    """A page that records every request and aborts any that would leave loopback."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="fr-FR")
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda message: page.errors.append(message.text)
            if message.type == "error" else None)

    def route(route: Any) -> None:
        served.requests.append(route.request.url)
        if route.request.url.startswith(served.url + "/"):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    yield page
    context.close()


def shot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def correct_fatalities(page: Any, value: str) -> None:
    """In the open event's detail, correct its toll to ``value`` and submit the review."""
    row = page.locator("tr[data-field='fatalities_best']")
    row.locator("button", has_text="Corriger").click()
    row.locator("input.edit").fill(value)
    row.locator("button[type='submit']").click()
