import re
from datetime import date

import pytest
from shapely.geometry import Point

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


def render(events, static_layers, **show):
    territory, background = static_layers
    return build_map(build_events(events), build_places([]), territory, background, show).get_root().render()


def test_every_asset_is_local(static_layers):
    page = render([event()], static_layers)
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page)
    assert sources and all(s.startswith("/app/static/node_modules/") for s in sources)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "code.jquery" not in page


def test_article_text_is_escaped_and_links_are_http_only(static_layers):
    page = render([event()], static_layers)
    assert "<script>window.pwned" not in page and 'onerror="window.pwned' not in page
    # popups travel as GeoJSON inside the map script, where "&" is written \u0026
    assert "\\u0026lt;script\\u0026gt;window.pwned=1" in page
    assert 'href="javascript' not in page and "href=\\\"javascript" not in page
    assert safe_link("https://example.org/a?b=1&c=2") == (
        '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">source</a>')
    assert safe_link("javascript:alert(1)") == "javascript:alert(1)"


def test_layers_and_groups(static_layers):
    page = render([event(), event(etype="Strategic developments")], static_layers)
    for name in ("Disputed territory", "Events: Battles (1)", "Events: Strategic developments (1)",
                 "Places mentioned (0)", "Light basemap (online)"):
        assert name in page
    assert "Armenia" in page and "Azerbaijan" in page  # offline country labels
    assert "Nagorno-Karabakh" in page and "before the 2020 war" in page


def test_territory_and_background_frames(static_layers):
    territory, background = static_layers
    assert territory.crs.to_epsg() == 4326 and len(territory) == 1
    assert territory.geometry.iloc[0].contains(Point(46.7528, 39.8177))  # Stepanakert
    assert {"name", "status", "administered_by", "claimed_by"} <= set(territory.columns)
    assert {"Armenia", "Azerbaijan", "Georgia", "Iran", "Turkey", "Russia"} <= set(background["name"])


def test_many_events_are_aggregated_per_place_and_type(static_layers):
    from dataclasses import replace

    from layers.events import MAX_DETAILED

    many = [replace(event(), place_id=f"gn:{k % 7}") for k in range(MAX_DETAILED + 1)]
    page = render(many, static_layers)
    assert '"event_id"' not in page and "Filter the events (sidebar)" in page
    assert f"Events: Battles ({MAX_DETAILED + 1})" in page
    assert len(page) < 1_000_000


@pytest.mark.parametrize("payload", ["{{ 7*7 }}", "{% for x in range(3) %}x{% endfor %}", "{# c #}",
                                     "{{ cycler.__init__.__globals__.os.popen('id').read() }}"])
def test_template_syntax_from_an_article_is_text_not_code(static_layers, payload):
    page = render([event(excerpt=f"{payload} Shusha", outlet=payload)], static_layers)  # no error
    assert payload not in page and "uid=" not in page
    assert "#123;" in page  # the braces, as HTML entities (JSON writes "&" as \u0026)
