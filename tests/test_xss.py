"""Untrusted articles: 50+ XSS payloads in an article's text, title and outlet never run."""
from __future__ import annotations

import datetime

import pytest
from playwright.sync_api import sync_playwright

from geo import gazetteer, make_article
from geo.articles import with_metadata
from geo.pipeline import ingest_article

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
PLACES = ["Stepanakert", "Shusha", "Baku", "Ganja", "Yerevan", "Gyumri", "Tbilisi", "Geneva"]


def test_there_are_enough_payloads():
    assert len(PAYLOADS) >= 50 and len(set(PAYLOADS)) == len(PAYLOADS)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = tmp_path_factory.mktemp("xss") / "s.sqlite"
    sentences = []
    for k, payload in enumerate(PAYLOADS):
        sentences.append(f"Rockets hit {PLACES[k % len(PLACES)]} on Friday {payload} officials said.")
    text = "\n".join(sentences)
    article = make_article(text, "xss-battery")
    article = with_metadata(article, datetime.date(2020, 10, 31), " ".join(PAYLOADS[:25]), None, "en")
    from dataclasses import replace

    article = replace(article, title=" ".join(PAYLOADS[25:]))
    assert ingest_article(article, gazetteer.load(), store).events > 0
    with serve(store) as url:
        yield url


def test_no_payload_runs_in_popups_tooltips_or_the_side_panel(server):
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = offline_page(browser, server)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server)
        frame = page.frame_locator(MAP)
        markers = frame.locator(".event-marker")
        markers.first.wait_for(timeout=90_000)
        leaflet = next(f for f in page.frames if "st_folium" in f.url)
        # every popup and tooltip of every layer, opened in turn through Leaflet itself
        opened = leaflet.evaluate("""() => {
            const map = Object.values(window).find(v => v && v instanceof L.Map);
            let popups = 0, tooltips = 0;
            const visit = layer => {
                if (layer.eachLayer) layer.eachLayer(visit);
                if (layer.getPopup && layer.getPopup()) { layer.openPopup(); popups++; layer.closePopup(); }
                if (layer.getTooltip && layer.getTooltip()) { layer.openTooltip(); tooltips++; layer.closeTooltip(); }
            };
            map.eachLayer(visit);
            return [popups, tooltips];
        }""")
        assert opened[0] >= len(PLACES) - 1 and opened[1] >= len(PLACES) - 1
        visible = next(markers.nth(k) for k in range(markers.count())
                       if (box := markers.nth(k).bounding_box()) and 0 < box["x"] < 1300 and 0 < box["y"] < 900)
        visible.dispatch_event("click")  # the side panel shows the whole article, payloads and all
        page.locator("[data-testid='stExpander']", has_text="Event ").first.wait_for(timeout=60_000)
        page.locator("mark.excerpt").first.wait_for(timeout=30_000)
        assert page.evaluate("typeof window.__xss") == "undefined"
        for f in page.frames:
            assert f.evaluate("typeof window.__xss") == "undefined"
        assert dialogs == []
        browser.close()
