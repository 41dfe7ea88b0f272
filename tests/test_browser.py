"""The page in a real browser (Debian's Chromium through Playwright), with no network at all."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from geo.config import ROOT

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MAP = 'iframe[title="streamlit_folium.st_folium"]'
SCREENSHOT = ROOT / "bench" / "out" / "map.png"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(store: Path, timeout: float = 120) -> tuple[subprocess.Popen, str]:
    """The real page on a free local port with its own store, once it answers as healthy."""
    port = _free_port()
    env = {**os.environ, "CONFLICT_MAP_STORE": str(store)}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
                             "--server.port", str(port), "--server.address", "127.0.0.1"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                return proc, url
        except OSError:
            time.sleep(0.02)
    proc.kill()
    raise RuntimeError(f"streamlit did not become healthy in {timeout:.0f} s")


@contextmanager
def serve(store: Path):
    """launch(), stopped afterwards."""
    proc, url = launch(store)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def offline_page(owner, server: str):
    """A page (of a browser, or of a context whose cache it shares) whose requests to
    anything but the app are refused (and remembered)."""
    size = {"viewport": {"width": 1400, "height": 1000}} if hasattr(owner, "new_context") else {}
    pg = owner.new_page(**size)
    outside: list[str] = []

    def offline(route):  # no request may leave the machine: tile servers do not answer
        if route.request.url.startswith(server):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    pg.route("**/*", offline)
    pg.outside = outside  # type: ignore[attr-defined]
    return pg


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(tmp_path_factory.mktemp("store") / "s.sqlite") as url:
        yield url


@pytest.fixture(scope="module")
def page(server):
    assert Path(CHROMIUM).exists(), "Debian's chromium is installed by `make test`"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        pg = offline_page(browser, server)
        pg.goto(server)
        pg.frame_locator(MAP).locator("path.leaflet-interactive").first.wait_for(timeout=90_000)
        yield pg
        browser.close()


def test_map_draws_offline_and_a_marker_shows_its_source(page: Page):
    frame = page.frame_locator(MAP)
    assert frame.locator(".country-label", has_text="Armenia").count() == 1  # offline background
    assert not [u for u in page.outside if "tile" not in u and "arcgis" not in u]  # only tiles tried
    assert frame.locator(".event-marker .fa-bomb").count() > 0  # icons by type
    # the shelling of a town (a marker on the region's point is a region's event)
    # (dispatched to each marker: at Shusha an attack on settlements shares its point, and a
    # click at the point would open whichever marker lies on top)
    popup = frame.locator(".leaflet-popup-content")
    for marker in frame.locator(".event-marker.event-remote").all():
        marker.dispatch_event("click")
        popup.wait_for(timeout=30_000)
        if "(precision 1)" in popup.inner_text():
            break
    assert "Explosions/Remote violence" in popup.inner_text() and "(precision 1)" in popup.inner_text()
    assert "menargetkan penembakan" in popup.inner_text() or "menyerang" in popup.inner_text()
    assert popup.locator("mark").count() == 1  # the place name, highlighted in the excerpt
    # beside the map: the whole record and the full article, the excerpt marked in it
    # the panel opens the clicked event by its stable id, which the popup shows too
    event_id = re.search(r"event ([0-9a-f]{16})", popup.inner_text()).group(1)
    detail = page.locator("[data-testid='stExpander']", has_text=f"Event {event_id}:")
    detail.first.wait_for(timeout=60_000)
    excerpt = page.locator("mark.excerpt").first
    excerpt.wait_for(timeout=30_000)
    assert excerpt.inner_text() in popup.inner_text()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)


def test_unticking_an_overlay_removes_its_markers(page: Page):
    frame = page.frame_locator(MAP)
    places = "path.leaflet-interactive[fill='#5d6d7e']"
    assert frame.locator(places).count() > 0
    frame.locator(".leaflet-control-layers").hover()  # the control opens on hover
    frame.locator(".leaflet-control-layers-overlays label", has_text="Places mentioned").locator(
        "input").uncheck()
    frame.locator(places).first.wait_for(state="detached", timeout=30_000)
    assert frame.locator(places).count() == 0
