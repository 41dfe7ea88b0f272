"""The page in a real browser (Debian's Chromium through Playwright), with no network at all."""
from __future__ import annotations

import json
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


LEAFLET = "Object.values(window).find(v => v && v instanceof L.Map)"
# The clustered events layer (static/event_layer.js): the map's layer that shows an event.
CLUSTERS = (f"(() => {{ let c = null; {LEAFLET}.eachLayer(l => {{ if (l.showEvent) c = l; }}); "
            "return c; })()")


# the caption above the map: how many events are shown
CAPTION = "[data-testid=stCaptionContainer] >> text=/in the store/"
CAPTION_JS = ("[...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
              ".map(e => e.innerText).find(t => t.includes('in the store'))")


def leaflet_frame(page: Page):
    return next(f for f in page.frames if "st_folium" in f.url)


def open_page(owner, server: str) -> Page:
    """An offline page of the app, once its events layer is drawn."""
    pg = offline_page(owner, server)
    pg.goto(server)
    pg.frame_locator(MAP).locator(".event-cluster-icon, .event-marker").first.wait_for(timeout=90_000)
    return pg


def bring_into_view(page: Page, k: int) -> str:
    """Zoom (and spread a cluster or a stack) until event k's marker is on screen, as a user
    would by clicking them; mark its icon for a real click; its event id."""
    return leaflet_frame(page).evaluate(f"""k => new Promise(done => {{
        const clusters = {CLUSTERS}, map = {LEAFLET};
        map.closePopup();
        document.querySelectorAll('[data-probe]').forEach(e => e.removeAttribute('data-probe'));
        setTimeout(() => done(null), 30000);  // a zoom that never ends fails the test, not CI
        clusters.showEvent(k, marker => {{
            map.panTo(marker.getLatLng(), {{animate: false}});
            setTimeout(() => {{ marker._icon.setAttribute('data-probe', '1');
                                done(marker.feature.properties.event_id); }}, 300);
        }});
    }})""", k)


def record_panel(page: Page, event_id: str):
    panel = page.locator("[data-testid='stExpander']", has_text=f"Event {event_id}:")
    panel.first.wait_for(timeout=60_000)
    return panel.first


def test_map_draws_offline_and_a_marker_shows_its_source(page: Page):
    frame = page.frame_locator(MAP)
    assert frame.locator(".country-label", has_text="Armenia").count() == 1  # offline background
    assert not frame.locator(".place-label").first.is_visible()  # no town names at zoom 7
    assert not [u for u in page.outside if "tile" not in u and "arcgis" not in u]  # only tiles tried
    # clusters say what they hold, in words and in their ring's colours
    cluster = frame.locator(".event-cluster-icon").first
    assert re.fullmatch(r"\d+ events: .+", cluster.get_attribute("title"))
    assert "conic-gradient" in cluster.locator(".event-cluster").get_attribute("style")
    # the shelling of a town, opened by a real click on its marker
    count = leaflet_frame(page).evaluate(f"() => {CLUSTERS}.eventCount")
    popup = frame.locator(".leaflet-popup-content")
    for k in range(count):
        event_id = bring_into_view(page, k)
        marker = frame.locator("[data-probe='1']")
        if "event-remote" not in marker.get_attribute("class"):
            continue
        marker.click()
        popup.wait_for(timeout=30_000)
        if "(at the place itself)" in popup.inner_text():
            break
    text = popup.inner_text()
    assert "Explosions/Remote violence" in text and "(at the place itself)" in text
    assert "menargetkan penembakan" in text or "menyerang" in text
    assert popup.locator("mark").count() == 1  # the place name, highlighted in the excerpt
    # below the map: the record in words, the excerpt's paragraph, the excerpt marked in it
    panel = record_panel(page, event_id)
    excerpt = panel.locator("mark.excerpt").first
    page.wait_for_function(  # the panel's content follows its title
        "t => [...document.querySelectorAll('mark.excerpt')].some(m => t.includes(m.innerText))",
        arg=text, timeout=30_000)
    assert excerpt.count() and "nan" not in panel.inner_text().split()
    page.wait_for_function(f"new URL(location.href).searchParams.get('event') === '{event_id}'",
                           timeout=30_000)  # the address is the event's permalink
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)


def test_every_event_is_reachable_by_a_click(page: Page):
    count = leaflet_frame(page).evaluate(f"() => {CLUSTERS}.eventCount")
    opened = set()
    for k in range(count):
        event_id = bring_into_view(page, k)
        page.frame_locator(MAP).locator("[data-probe='1']").click()
        record_panel(page, event_id)
        opened.add(event_id)
    assert count >= 13 and len(opened) == count  # each of them, by its own record


def test_a_stack_spreads_its_events_and_enter_opens_a_record(page: Page):
    """Events on one point are one square marker; a real click spreads them apart, each
    named for screen readers; Enter on a focused one opens its record, as a click does."""
    leaflet = leaflet_frame(page)
    rows = leaflet.evaluate(f"""() => new Promise(done => {{
        const clusters = {CLUSTERS}, map = {LEAFLET};
        map.closePopup();
        map.fire("click", {{latlng: map.getCenter()}});  // a click on the map folds a spread stack
        document.querySelectorAll('[data-probe]').forEach(e => e.removeAttribute('data-probe'));
        const stack = clusters.getLayers().find(l => l.options.rows);
        if (!stack) return done(0);
        setTimeout(() => done(-1), 30000);  // a zoom that never ends fails the test, not CI
        clusters.zoomToShowLayer(stack, () => {{
            map.panTo(stack.getLatLng(), {{animate: false}});
            setTimeout(() => {{ stack._icon.setAttribute('data-probe', '1');
                                done(stack.options.rows.length); }}, 300);
        }});
    }})""")
    frame = page.frame_locator(MAP)
    stack = frame.locator("[data-probe='1']")
    assert rows >= 2 and re.fullmatch(rf"{rows} events at .+ \(click to spread them\): .+",
                                      stack.get_attribute("title"))
    before = frame.locator(".event-marker").count()
    stack.click()
    frame.locator(".event-marker").nth(before + rows - 1).wait_for(timeout=10_000)
    spread = frame.locator(".event-marker")
    boxes = [spread.nth(i).bounding_box() for i in range(spread.count())]
    centres = {(round(b["x"] + b["width"] / 2), round(b["y"] + b["height"] / 2)) for b in boxes if b}
    assert len(centres) == len(boxes)  # none on top of another
    names = [spread.nth(i).get_attribute("title") for i in range(spread.count())]
    assert all(n and re.search(r", \d{1,2} [A-Z][a-z]{2} \d{4}$", n) for n in names)
    # the keyboard: focus the last one spread, press Enter
    last = spread.nth(spread.count() - 1)
    last.focus()
    last.press("Enter")
    frame.locator(".leaflet-popup-content").wait_for(timeout=10_000)
    event_id = leaflet.evaluate(f"""() => {{
        const clusters = {CLUSTERS};
        for (let i = 0; i < clusters.eventCount; i++) {{
            const m = clusters.eventMarker(i, false);
            if (m._icon && m._icon === document.activeElement) return m.feature.properties.event_id;
        }}
    }}""")
    record_panel(page, event_id)


def test_the_view_is_kept_when_a_filter_changes(page: Page):
    leaflet = leaflet_frame(page)
    leaflet.evaluate(f"() => {LEAFLET}.setView([39.82, 46.75], 10, {{animate: false}})")
    page.wait_for_function("new URL(location.href).searchParams.get('z') === '10'", timeout=30_000)
    # offline, the places are named on the map from zoom 9 on (and not at the region's zoom)
    assert page.frame_locator(MAP).locator(".place-label", has_text="Shusha").first.is_visible()
    before = page.locator(CAPTION).inner_text()
    search = page.get_by_label("Search excerpts, places, actors")
    search.fill("")
    search.press_sequentially("Shusha", delay=20)
    search.press("Tab")
    page.wait_for_function(f"{CAPTION_JS} != {json.dumps(before)}", timeout=60_000)
    page.wait_for_timeout(1500)
    assert leaflet_frame(page).evaluate(f"() => {LEAFLET}.getZoom()") == 10
    center = leaflet_frame(page).evaluate(f"() => {LEAFLET}.getCenter()")
    assert abs(center["lat"] - 39.82) < 0.01 and abs(center["lng"] - 46.75) < 0.01
    assert "q=Shusha" in page.url
    # one source of truth for layers: the sidebar (Leaflet's control lists basemaps only)
    frame = page.frame_locator(MAP)
    assert frame.locator(".leaflet-control-layers-overlays label").count() == 0
    places = "path.leaflet-interactive[fill='#5d6d7e']"
    page.get_by_text("every place mentioned").click()
    page.wait_for_timeout(500)
    frame.locator(places).first.wait_for(state="attached", timeout=30_000)
    many = frame.locator(places).count()
    page.get_by_text("Places mentioned", exact=True).first.click()  # the sidebar's checkbox
    frame.locator(places).first.wait_for(state="detached", timeout=30_000)
    assert many > 0 and frame.locator(places).count() == 0
    assert leaflet_frame(page).evaluate(f"() => {LEAFLET}.getZoom()") == 10
    search.fill("")
    search.press("Tab")


def test_a_link_opens_the_same_view_and_event_elsewhere(page: Page, server):
    browser = page.context.browser
    first = open_page(browser, server)
    event_id = bring_into_view(first, 3)
    first.frame_locator(MAP).locator("[data-probe='1']").click()
    record_panel(first, event_id)
    first.get_by_label("Event type").click()
    first.get_by_role("option").first.click()
    first.keyboard.press("Escape")
    first.wait_for_function("new URL(location.href).searchParams.get('type') !== null", timeout=30_000)
    link = first.url
    assert f"event={event_id}" in link
    other = browser.new_context(viewport={"width": 1400, "height": 1000})  # no shared state
    second = offline_page(other, server)
    second.goto(link)
    record_panel(second, event_id)
    second.frame_locator(MAP).locator(".leaflet-popup-content").wait_for(timeout=60_000)  # opened on it
    assert second.url.split("?")[1] and "type=" in second.url
    assert second.locator(CAPTION).inner_text() == first.locator(CAPTION).inner_text()
    other.close()
    first.close()


def test_a_row_click_selects_the_event_and_the_timeline_plays(page: Page):
    feed = page.locator("[data-testid='stDataFrame']").first
    feed.scroll_into_view_if_needed()
    box = feed.bounding_box()
    before = page.evaluate("new URL(location.href).searchParams.get('event')")
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the first row's selection box
    page.wait_for_function(f"new URL(location.href).searchParams.get('event') !== {json.dumps(before)}",
                           timeout=60_000)
    record_panel(page, page.evaluate("new URL(location.href).searchParams.get('event')"))
    page.frame_locator(MAP).locator(".leaflet-popup-content").wait_for(timeout=60_000)  # on the map too
    page.get_by_text("One day at a time").click()
    thumb = page.locator("[data-testid='stSliderThumbValue']").first
    thumb.wait_for(timeout=30_000)
    day = thumb.inner_text()
    page.get_by_text("Play", exact=True).click()
    page.wait_for_function(f"document.querySelector('[data-testid=stSliderThumbValue]').innerText != {day!r}",
                           timeout=30_000)
    assert ", on " in page.locator(CAPTION).inner_text()  # the map and the table show that day
    page.get_by_text("Play", exact=True).click()
    page.get_by_text("One day at a time").click()


def test_phone_popup_fits_and_dark_theme_legend_reads(page: Page, server):
    browser = page.context.browser
    phone = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    pg = offline_page(phone, server)
    pg.goto(server)
    frame = pg.frame_locator(MAP)
    frame.locator(".event-cluster-icon, .event-marker").first.wait_for(timeout=90_000)
    bring_into_view(pg, 0)
    frame.locator("[data-probe='1']").click()
    popup = frame.locator(".leaflet-popup")
    popup.wait_for(timeout=30_000)
    pg.wait_for_timeout(800)  # autopan
    inside, outside = frame.locator(".leaflet-container").bounding_box(), popup.bounding_box()
    assert outside["x"] >= inside["x"]
    assert outside["x"] + outside["width"] <= inside["x"] + inside["width"] + 1
    zoom = frame.locator(".leaflet-control-zoom").bounding_box()  # not under the controls
    assert outside["y"] >= zoom["y"] + zoom["height"] or outside["x"] >= zoom["x"] + zoom["width"]
    assert outside["y"] + outside["height"] <= inside["y"] + inside["height"] + 1
    # the legend's words on its box, as dark theme leaves them
    ratio = leaflet_frame(pg).evaluate(r"""() => {
        const lum = c => { const [r, g, b] = c.match(/\d+/g).slice(0, 3).map(v => {
            v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const legend = document.querySelector('.map-legend');
        const fg = lum(getComputedStyle(legend.querySelector('div')).color);
        const bg = lum(getComputedStyle(legend).backgroundColor);
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    }""")
    assert ratio >= 4.5
    pg.screenshot(path=str(SCREENSHOT.with_name("phone.png")))
    # the open popup has folded the legend away (it would cover the popup); a tap on its
    # title opens it, another folds it again
    legend = frame.locator(".map-legend")
    assert not legend.get_by_text("Battles").is_visible()
    short = legend.bounding_box()["height"]
    legend.locator("summary").click()
    assert legend.get_by_text("Battles").is_visible()
    assert legend.bounding_box()["height"] > short * 2
    legend.locator("summary").click()
    assert not legend.get_by_text("Battles").is_visible()
    phone.close()


def test_the_map_is_no_taller_than_a_short_screen(page: Page, server):
    """A phone held sideways (360 px high): the whole map fits on the screen, Leaflet's
    container filling its frame; on a desktop screen it keeps its full height."""
    browser = page.context.browser
    for (width, height), expected in (((740, 360), 300), ((1400, 1000), 560)):
        context = browser.new_context(viewport={"width": width, "height": height})
        pg = offline_page(context, server)
        pg.goto(server)
        pg.frame_locator(MAP).locator(".event-cluster-icon, .event-marker, .event-stack-icon").first \
            .wait_for(timeout=90_000)
        frame = pg.locator(MAP).bounding_box()
        inside = pg.frame_locator(MAP).locator(".leaflet-container").bounding_box()
        assert abs(frame["height"] - expected) <= 1 and abs(inside["height"] - frame["height"]) <= 1
        context.close()
