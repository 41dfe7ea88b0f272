import re
from datetime import date

import pytest
from shapely.geometry import Point

from geo.config import ROOT
from geo.records import Event, Excerpt
from layers import build_events, build_map, build_places
from layers.background import build_background
from layers.popups import safe_link
from layers.territory import build_territory

PAYLOAD = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'


def event(excerpt=PAYLOAD + " Shusha", outlet=PAYLOAD, url="javascript:alert(1)", etype="Battles",
          when=date(2020, 11, 1), claimed=""):
    start = excerpt.index("Shusha")
    x = Excerpt("a", outlet, url, "en", PAYLOAD, excerpt, 0, len(excerpt), start, start + 6, None, None)
    return Event(etype, "Armed clash", when, when, 1, "Shusha", "gn:147105", 39.76, 46.75, "AZ", 1,
                 ("Azerbaijan forces",), claimed, None, None, None, "", "x", (x,), 0.7)


@pytest.fixture(scope="module")
def static_layers():
    return build_territory(), build_background()


def render(frames, static_layers, **show):
    territory, background = static_layers
    return build_map(build_events(frames), build_places([]), territory, background, show).get_root().render()


def test_every_asset_is_local(static_layers):
    page = render([event()], static_layers)
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page)
    assert sources and all(s.startswith("/app/static/") for s in sources)
    assert "/app/static/event_layer.js" in sources  # ours, committed
    assert all((ROOT / "static" / s.removeprefix("/app/static/")).exists()
               for s in sources if "node_modules" not in s)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "code.jquery" not in page


def test_article_text_is_escaped_and_links_are_http_only(static_layers):
    page = render([event()], static_layers)
    assert "<script>window.pwned" not in page and 'onerror="window.pwned' not in page
    # the layer's data is JSON in the map script with <, >, & and braces as \u escapes; the
    # browser script sets it as text (static/event_layer.js), so it is never markup
    assert "\\u003cscript\\u003ewindow.pwned=1" in page
    assert "javascript:alert" not in page  # a URL that is not http(s) is not carried at all
    assert safe_link("https://example.org/a?b=1&c=2") == (
        '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">source</a>')
    assert safe_link("javascript:alert(1)") == "javascript:alert(1)"


def test_layers_and_groups(static_layers):
    page = render([event(), event(etype="Strategic developments")], static_layers)
    assert "Light basemap (online)" in page and "window.conflictEvents(" in page
    assert "Disputed territory" not in page.split("L.control.layers")[1].split(");")[0]
    assert "Armenia" in page and "Azerbaijan" in page  # offline country labels
    assert "Nagorno-Karabakh" in page and "before the 2020 war" in page
    hidden = render([event()], static_layers, events=False, territory=False)
    assert "window.conflictEvents(" not in hidden and "Nagorno-Karabakh" not in hidden


def test_base_layers_do_not_change_with_the_events(static_layers):
    """streamlit-folium keeps the drawn map (and the user's view) while its script is the
    same: the events, places and territory come as overlays beside it."""
    from streamlit_folium import _get_map_string, generate_js_hash

    from layers import base_layers, overlays

    territory, background = static_layers
    scripts = []
    for events in ([event()], [event(), event(etype="Strategic developments")]):
        m = base_layers(background)
        m.get_root().render()
        scripts.append(generate_js_hash(_get_map_string(m), "map"))
        assert len(overlays(build_events(events), build_places([]), territory)) == 3
    assert scripts[0] == scripts[1]


def test_territory_and_background_frames(static_layers):
    territory, background = static_layers
    assert territory.crs.to_epsg() == 4326 and len(territory) == 1
    assert territory.geometry.iloc[0].contains(Point(46.7528, 39.8177))  # Stepanakert
    assert {"name", "status", "administered_by", "claimed_by"} <= set(territory.columns)
    assert {"Armenia", "Azerbaijan", "Georgia", "Iran", "Turkey", "Russia"} <= set(background["name"])


def test_many_events_are_clustered_and_each_stays_a_marker(static_layers):
    from dataclasses import replace

    from layers.events import DETAILED

    many = [replace(event(), place_id=f"gn:{k % 7}", lat=39 + k % 7 / 10) for k in range(DETAILED + 1)]
    page = render(many, static_layers)
    assert "PAYLOAD" not in page and "window.pwned" not in page  # no excerpts above DETAILED
    assert len(page) < 200_000  # 5,001 events on 7 points: a few bytes each


@pytest.mark.parametrize("payload", ["{{ 7*7 }}", "{% for x in range(3) %}x{% endfor %}", "{# c #}",
                                     "{{ cycler.__init__.__globals__.os.popen('id').read() }}"])
def test_template_syntax_from_an_article_is_text_not_code(static_layers, payload):
    page = render([event(excerpt=f"{payload} Shusha", outlet=payload)], static_layers)  # no error
    assert payload not in page and "uid=" not in page
    assert "\\u007b" in page  # the braces, as JSON escapes
