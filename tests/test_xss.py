"""Untrusted articles: 150+ XSS and Markdown payloads in an article's text, title and outlet
never run and never make the browser ask for anything, in any popup, tooltip or record panel."""
from __future__ import annotations

import datetime

import pytest
from playwright.sync_api import sync_playwright

from geo import gazetteer, make_article
from geo.articles import with_metadata
from geo.pipeline import ingest_article
from geo.store import read_events

from .test_browser import CHROMIUM, FLAGS, MAP, offline_page, serve

HIT = "window.__xss=1"
PAYLOADS = [
    f"<script>{HIT}</script>", f"<img src=x onerror=\"{HIT}\">", f"<img src=x onerror={HIT}>",
    f"<svg onload=\"{HIT}\">", f"<svg><script>{HIT}</script></svg>",
    "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
    "<iframe src=\"javascript:parent.__xss=1\"></iframe>", f"<a href=\"javascript:{HIT}\">x</a>",
    f"<a href=javascript:{HIT}>y</a>", f"\"><script>{HIT}</script>", f"'><img src=x onerror={HIT}>",
    f"</textarea><script>{HIT}</script>", f"</script><script>{HIT}</script>",
    f"<details open ontoggle=\"{HIT}\">", f"<body onload=\"{HIT}\">", f"<input autofocus onfocus=\"{HIT}\">",
    f"<math><mtext><table><mglyph><style><img src=x onerror=\"{HIT}\">", f"<object data=\"javascript:{HIT}\">",
    f"<embed src=\"javascript:{HIT}\">", f"<marquee onstart=\"{HIT}\">m</marquee>",
    f"<video><source onerror=\"{HIT}\"></video>", f"<audio src=x onerror=\"{HIT}\">",
    "{{constructor.constructor('window.__xss=1')()}}", "${window.__xss=1}", "`${window.__xss=1}`",
    "\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e", "\\x3cscript\\x3ewindow.__xss=1\\x3c/script\\x3e",
    f"<scr<script>ipt>{HIT}</scr</script>ipt>", "<img src=1 onerror=window['__xss']=1>",
    f"<form><button formaction=\"javascript:{HIT}\">b</button></form>", "<base href=\"javascript:/\">",
    f"<div style=\"background:url(javascript:{HIT})\">", f"<style>@import 'javascript:{HIT}';</style>",
    f"<link rel=stylesheet href=\"javascript:{HIT}\">", f"<meta http-equiv=refresh content=\"0;javascript:{HIT}\">",
    f"&lt;script&gt;{HIT}&lt;/script&gt;", f"&#60;script&#62;{HIT}&#60;/script&#62;",
    f"%3Cscript%3E{HIT}%3C/script%3E", f"<svg><animate onbegin=\"{HIT}\" attributeName=x dur=1s>",
    f"<svg><a xlink:href=\"javascript:{HIT}\"><text y=20>z</text></a></svg>",
    f"<table background=\"javascript:{HIT}\">", f"<select autofocus onfocus=\"{HIT}\"></select>",
    f"<textarea autofocus onfocus=\"{HIT}\"></textarea>", f"<keygen autofocus onfocus=\"{HIT}\">",
    f"<isindex type=image src=1 onerror=\"{HIT}\">", f"<x onclick=\"{HIT}\">click</x>",
    f"\" onmouseover=\"{HIT}\" x=\"", f"' onmouseover='{HIT}' x='", f"\\\"; {HIT}; //",
    f"'; {HIT}; //", f"</div><img src=x onerror={HIT}>", f"<noscript><p title=\"</noscript><img src=x onerror={HIT}>\">",
    f"<template><script>{HIT}</script></template>", "javascript:window.__xss=1",
    f"data:text/html,<script>{HIT}</script>", "<img src=\"x\" onerror=\"alert(1)\">",
    "<script>alert('xss')</script>", f"<svg/onload={HIT}>",
]
# The same payloads where they close an attribute or a tag first, and in capitals (HTML is
# case-blind): the contexts an escaping bug would show in.
VARIANTS = list(dict.fromkeys(v for p in PAYLOADS if p.startswith("<")
                              for v in (f"\"><{p[1:]}", p.upper()) if v not in PAYLOADS))
# Markdown a page would render if an article reached a Markdown parser: images and links that
# make requests, autolinks, headings, KaTeX and colour directives, HTML inside Markdown.
MARKDOWN = ["\n\n![x](http://evil.example/pixel.png)\n\n", "\n\n[click here](https://evil.example/phish)\n\n",
            "\n\nwww.evil.example/login\n\n", "\n\n# Heading from the article\n\n", "\n\n$$x^2$$\n\n",
            "\n\n:red[coloured]\n\n", "\n\n<https://evil.example/auto>\n\n",
            "\n\n![y][ref]\n\n[ref]: http://evil.example/ref.png\n\n", "\n\n[z][r2]\n\n[r2]: https://evil.example/r2\n\n",
            "\n\nhttps://evil.example/bare\n\n", "\n\n## Second heading\n\n", "\n\n$x_1$ and \\(y\\)\n\n",
            "\n\n:blue[blue] :rainbow[all] :green-background[bg]\n\n", "\n\n:material/warning: icon\n\n",
            "\n\n<img src=\"http://evil.example/html.png\">\n\n", "\n\n**bold** _it_ ~~gone~~\n\n",
            "\n\n> quoted [l](http://evil.example/q)\n\n", "\n\n- [list](http://evil.example/l)\n\n",
            "\n\n| a | b |\n|---|---|\n| ![t](http://evil.example/t.png) | c |\n\n",
            "\n\n```\ncode\n```\n\n", "\n\nuser@evil.example\n\n"]
AUTOLINKS = ["www.evil.example/login", "https://evil.example/x", "mail user@evil.example",
             ":red[coloured outlet]", "$x^2$ news"]
PLACES = ["Stepanakert", "Shusha", "Baku", "Ganja", "Yerevan", "Gyumri", "Tbilisi", "Geneva"]


def test_there_are_enough_payloads():
    every = PAYLOADS + VARIANTS + MARKDOWN
    assert len(every) >= 150 and len(set(every)) == len(every)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = tmp_path_factory.mktemp("xss") / "s.sqlite"
    sentences = []
    for k, payload in enumerate(PAYLOADS + VARIANTS):
        sentences.append(f"Rockets hit {PLACES[k % len(PLACES)]} on Friday {payload} officials said.")
    text = "\n".join(sentences) + "".join(f"Shelling hit Baku.{m}" for m in MARKDOWN)
    article = make_article(text, "xss-battery")
    article = with_metadata(article, datetime.date(2020, 10, 31), PAYLOADS[0], None, "en")
    from dataclasses import replace

    article = replace(article, title=" ".join(PAYLOADS[25:]))  # as a store written before the checks
    gaz = gazetteer.load()
    assert ingest_article(article, gaz, store).events > 0
    for k, payload in enumerate(PAYLOADS[1:25]):  # an outlet is a name: one payload each
        short = make_article(f"Rockets hit {PLACES[k % len(PLACES)]} on Friday ({k}).", f"xss-{k}")
        ingest_article(with_metadata(short, datetime.date(2020, 10, 31), payload, None, "en"), gaz, store)
    # outlets GFM would autolink if a caption parsed them whole ("www.host/login", e-mail)
    for k, outlet in enumerate(AUTOLINKS):
        short = make_article(f"Shelling hit {PLACES[k]} on Friday ({k}).", f"xss-link-{k}")
        ingest_article(with_metadata(short, datetime.date(2020, 10, 31), outlet, None, "en"), gaz, store)
    battery = [e.id for e in read_events(store).events if e.primary.article == "xss-battery"]
    with serve(store) as url:
        yield url, battery


def test_no_payload_runs_in_popups_tooltips_or_the_side_panel(server):
    server, battery = server
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = offline_page(browser, server)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server)
        frame = page.frame_locator(MAP)
        frame.locator(".event-marker, .event-cluster-icon").first.wait_for(timeout=90_000)
        leaflet = next(f for f in page.frames if "st_folium" in f.url)
        # every popup and tooltip of every layer, opened in turn: through Leaflet where the
        # feature is on the map, else (an event inside a cluster) its content built and put
        # into the page as Leaflet would
        leaflet.evaluate("""() => { window.clusters = map => {
            let c = null; map.eachLayer(l => { if (l.showEvent) c = l; }); return c; };
            // every event's marker (those inside a stack are made when it is spread)
            window.eventMarkers = map => { const c = clusters(map), out = [];
                for (let i = 0; i < c.eventCount; i++) out.push(c.eventMarker(i));
                return out; }; }""")
        opened = leaflet.evaluate("""() => {
            const map = Object.values(window).find(v => v && v instanceof L.Map);
            const box = document.body.appendChild(document.createElement('div'));
            let popups = 0, tooltips = 0;
            const show = (layer, bound) => {
                if (layer._map) { bound === layer.getPopup() ? layer.openPopup() : layer.openTooltip(); return; }
                const c = bound.getContent();
                const node = typeof c === 'function' ? c(layer) : c;
                box.append(typeof node === 'string' ? Object.assign(document.createElement('div'), {innerHTML: node}) : node);
            };
            const visit = layer => {
                if (layer.eachLayer) layer.eachLayer(visit);
                if (layer.getPopup && layer.getPopup()) { show(layer, layer.getPopup()); popups++; layer.closePopup(); }
                if (layer.getTooltip && layer.getTooltip()) { show(layer, layer.getTooltip()); tooltips++; layer.closeTooltip(); }
            };
            map.eachLayer(visit);
            eventMarkers(map).forEach(visit);
            return [popups, tooltips, box.textContent.length];
        }""")
        assert opened[0] >= len(PLACES) - 1 and opened[1] >= len(PLACES) - 1 and opened[2] > 1000
        assert page.evaluate("typeof window.__xss") == "undefined"
        # the article's Markdown stays text: no image, link, heading or formula made of it
        # a click on an event the battery article founded (the app stores the seeds too)
        event_id = leaflet.evaluate("""ids => {
            const map = Object.values(window).find(v => v && v instanceof L.Map);
            const hit = eventMarkers(map).find(m => ids.includes(m.feature.properties.event_id));
            return new Promise(done => clusters(map).showEvent(hit.options.row, () => {  // on screen first
                hit.fire("click", {latlng: hit.getLatLng()}, true);  // up to its layers, as a real click
                done(hit.feature.properties.event_id);
            }));
        }""", battery)
        panel = page.locator("[data-testid='stExpander']", has_text=f"Event {event_id}:")
        panel.wait_for(timeout=60_000)
        page.get_by_text("Show the whole article of each source").click()  # every payload in view
        panel.get_by_text("![x](http://evil.example/pixel.png)").first.wait_for(timeout=60_000)
        assert "![x](http://evil.example/pixel.png)" in panel.inner_text()
        assert panel.locator("img, h1, h2, .katex, a[href*='evil.example']").count() == 0
        # the record panel of every event on the map, in turn (the outlets' payloads too)
        on_map = leaflet.evaluate("""() => {
            const map = Object.values(window).find(v => v && v instanceof L.Map);
            return [...new Set(eventMarkers(map).map(m => m.feature.properties.event_id))];
        }""")
        assert len(on_map) >= 25 and set(battery) & set(on_map)
        for other in on_map:
            leaflet.evaluate("""id => {
                const map = Object.values(window).find(v => v && v instanceof L.Map);
                const hit = eventMarkers(map).find(m => m.feature.properties.event_id === id);
                return new Promise(done => clusters(map).showEvent(hit.options.row, () => {
                    hit.fire("click", {latlng: hit.getLatLng()}, true); done(true); }));
            }""", other)
            shown = page.locator("[data-testid='stExpander']", has_text=f"Event {other}:")
            shown.wait_for(timeout=60_000)
            assert shown.locator("img, h1, h2, .katex, a[href*='evil']").count() == 0
            assert page.evaluate("typeof window.__xss") == "undefined"
        assert not [u for u in page.outside if "evil.example" in u]
        for f in page.frames:
            assert f.evaluate("typeof window.__xss") == "undefined"
        assert dialogs == []
        browser.close()
