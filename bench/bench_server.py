"""Benchmark: the real server: cold start, and what a browser receives at 100k events.

    python bench/bench_server.py [--events 100000] [--repeats 3] [--json]

Cold start: `streamlit run app.py` until /_stcore/health answers "ok" (empty store; median).
Then a store as a batch run leaves it (bench_map.synthetic_store: N synthetic events, the
seed events at real GeoNames towns kept apart by date, 5 to an article, each article with a
seed article's ~55 place mentions) is served and opened in Debian's
Chromium (only the app's own responses are counted; requests are not intercepted, which
would turn the browser's cache off): time until the map's markers are drawn (the
first view loads and merges every stored event), bytes received (websocket messages = the
page's data; all bytes = also Streamlit's and Leaflet's static files on a first visit), and
the same after typing a search filter (one rerun), and a second visit in the same browser
(Streamlit serves its own frontend uncompressed, by design, and marks it immutable, so a
browser fetches it once) with the time until its map is drawn (the server has the layers
merged by then). For scale: the same second visit with the 13 seed events alone. Peak RSS
of the server process at the end.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_map import synthetic_store  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from geo import gazetteer  # noqa: E402
from tests.test_browser import CAPTION, CHROMIUM, CLUSTERS, FLAGS, LEAFLET, MAP, launch  # noqa: E402

EVENTS = ".event-cluster-icon, .event-marker"  # the events layer drawn (clusters or markers)


def cold_start(repeats: int) -> list[float]:
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(repeats):
            start = time.perf_counter()
            proc, _ = launch(Path(tmp) / f"s{k}.sqlite")
            runs.append(time.perf_counter() - start)
            proc.terminate()
            proc.wait(timeout=20)
    return runs


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Traffic:
    """Bytes a page receives: websocket messages and HTTP response bodies (as sent)."""

    def __init__(self, page, origin: str) -> None:  # type: ignore[no-untyped-def]
        self.origin = origin  # only what the app sends counts (not tiles, were they to load)
        self.ws = self.http = 0
        self.last = time.monotonic()
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))
        page.on("requestfinished", self._response)

    def _frame(self, payload) -> None:  # type: ignore[no-untyped-def]
        self.ws += len(payload.encode() if isinstance(payload, str) else payload)
        self.last = time.monotonic()

    def _response(self, request) -> None:  # type: ignore[no-untyped-def]
        if request.url.startswith(self.origin):
            self.http += max(request.sizes()["responseBodySize"], 0)
        self.last = time.monotonic()

    def reset(self) -> None:
        self.ws = self.http = 0

    def settle(self, page, quiet: float = 3.0, limit: float = 120) -> None:  # type: ignore[no-untyped-def]
        """Wait until nothing has arrived for `quiet` seconds."""
        deadline = time.monotonic() + limit
        while time.monotonic() - self.last < quiet and time.monotonic() < deadline:
            page.wait_for_timeout(100)


def map_drawn(page, url: str) -> float:  # type: ignore[no-untyped-def]
    """Seconds from opening the page until its events layer is drawn."""
    start = time.perf_counter()
    page.goto(url)
    page.frame_locator(MAP).locator(EVENTS).first.wait_for(timeout=300_000)
    return time.perf_counter() - start


SAMPLE = 5  # events, spread over the layer, each brought on screen and clicked
EVENT_IN_URL = "new URL(location.href).searchParams.get('event')"


def reach_sample(page, k: int) -> int:  # type: ignore[no-untyped-def]
    """How many of k events spread over the layer open their popup and record when brought
    on screen (clusters zoomed and spread, as clicking them would) and clicked."""
    leaflet = next(f for f in page.frames if "st_folium" in f.url)
    count = leaflet.evaluate(f"() => {CLUSTERS}.eventCount")
    reached = 0
    for j in range(k):
        row = j * (count - 1) // max(k - 1, 1)
        leaflet.evaluate(f"""row => new Promise(done => {{
            const clusters = {CLUSTERS}, map = {LEAFLET};
            map.closePopup();
            document.querySelectorAll('[data-probe]').forEach(e => e.removeAttribute('data-probe'));
            clusters.showEvent(row, marker => setTimeout(() => {{
                marker._icon.setAttribute('data-probe', '1'); done(); }}, 300));
        }})""", row)
        before = json.dumps(page.evaluate(EVENT_IN_URL))
        page.frame_locator(MAP).locator("[data-probe='1']").click()
        try:  # its popup, and its record (the URL names the event the panel shows)
            page.frame_locator(MAP).locator(".leaflet-popup-content").wait_for(timeout=30_000)
            page.wait_for_function(f"{EVENT_IN_URL} !== {before}", timeout=30_000)
            page.locator("[data-testid='stExpander']", has_text="Event ").first.wait_for(timeout=30_000)
            reached += 1
        except Exception as exc:  # noqa: BLE001 (counted as not reached, and said)
            print(f"event {row} of the layer not reached: {str(exc).splitlines()[0]}", file=sys.stderr)
    return reached


def in_browser(n: int) -> dict:
    gaz = gazetteer.load()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.sqlite"
        mentions = synthetic_store(path, n, gaz)
        proc, url = launch(path)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
                # no request routing here: Playwright turns the HTTP cache off for routed pages
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                traffic = Traffic(page, url)
                first_view = map_drawn(page, url)
                traffic.settle(page)
                first = (traffic.ws, traffic.http)
                reached = reach_sample(page, SAMPLE)
                caption = page.locator(CAPTION)
                before = caption.inner_text()
                search = page.get_by_label("Search excerpts, places, actors")
                search.click()
                search.press_sequentially("shusha", delay=20)  # typed: fill() sets no React state
                traffic.reset()
                start = time.perf_counter()
                search.press("Tab")  # a text input commits on leaving it
                while caption.inner_text() == before and time.perf_counter() - start < 120:
                    page.wait_for_timeout(20)
                rerun_s = time.perf_counter() - start
                traffic.settle(page)
                rerun = (traffic.ws, traffic.http)
                # a second visit in the same browser: Streamlit's bundles come from its cache
                again = context.new_page()
                returning = Traffic(again, url)
                returning_s = map_drawn(again, url)
                returning.settle(again)
                browser.close()
            peak = _peak_rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    return {"events": n, "mentions": mentions, "sample_reached": reached, "sample": SAMPLE,
            "first_view_s": first_view, "first_ws_mb": first[0] / 1e6,
            "first_all_mb": sum(first) / 1e6, "rerun_s": rerun_s, "rerun_ws_mb": rerun[0] / 1e6,
            "rerun_all_mb": sum(rerun) / 1e6,
            "returning_all_mb": (returning.ws + returning.http) / 1e6, "returning_s": returning_s,
            "server_peak_mb": peak}


def page_floor(repeats: int) -> list[float]:
    """The same page with the seed events alone (13), opened again in the same browser once
    the server has drawn it once: what the page costs whatever the store holds."""
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = launch(Path(tmp) / "s.sqlite")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                runs = []
                for _ in range(repeats + 1):
                    page = context.new_page()
                    runs.append(map_drawn(page, url))
                    page.close()
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    return runs[1:]  # the first visit also merges the seed articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the results as one JSON line")
    args = parser.parse_args()
    runs = cold_start(args.repeats)
    floor = page_floor(args.repeats)
    r = {"cold_start_s": statistics.median(runs), "cold_start_runs": runs,
         "floor_s": statistics.median(floor), **in_browser(args.events)}
    if args.json:
        print(json.dumps(r))
        return
    print(f"cold start to a healthy server: median {r['cold_start_s']:.2f} s "
          f"(runs: {', '.join(f'{x:.2f}' for x in runs)})")
    print(f"{r['events']} events in the store, in Chromium: map drawn {r['first_view_s']:.1f} s after "
          f"opening; first view {r['first_ws_mb']:.2f} MB of page data ({r['first_all_mb']:.2f} MB "
          f"with static files); a search rerun {r['rerun_s'] * 1000:.0f} ms to the new caption, "
          f"{r['rerun_ws_mb']:.2f} MB ({r['rerun_all_mb']:.2f} MB); a second visit "
          f"{r['returning_all_mb']:.2f} MB in all, its map drawn {r['returning_s']:.1f} s after "
          f"opening (the page with the 13 seed events alone: {r['floor_s']:.1f} s); "
          f"{r['sample_reached']} of a sample of "
          f"{r['sample']} events reached by zooming in and clicking (their popup and record opened); "
          f"server peak RSS {r['server_peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
