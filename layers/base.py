"""The folium map the layers are drawn on: every JS/CSS asset served by the app itself, two
online tile choices, and the point collections the layers hand to folium."""
from __future__ import annotations

import json
from typing import Any

import folium
import xyzservices.providers
from branca.element import Element, MacroElement
from jinja2 import Template

from geo.config import DEFAULT_CENTER

from .popups import escape
from .style import MAP_CSS

# Streamlit serves static/ at /app/static (enableStaticServing); the Makefile installs these
# npm packages there, so no request leaves the machine.
ASSETS = "/app/static/node_modules"
LOCAL_JS = [
    ("leaflet", f"{ASSETS}/leaflet/dist/leaflet.js"),
    ("jquery", f"{ASSETS}/jquery/dist/jquery.min.js"),
    ("bootstrap", f"{ASSETS}/bootstrap/dist/js/bootstrap.bundle.min.js"),
    ("awesome_markers", f"{ASSETS}/leaflet.awesome-markers/dist/leaflet.awesome-markers.js"),
    ("markercluster", f"{ASSETS}/leaflet.markercluster/dist/leaflet.markercluster.js"),
    ("event_layer", "/app/static/event_layer.js"),  # ours: the clustered events layer
]
LOCAL_CSS = [
    ("leaflet_css", f"{ASSETS}/leaflet/dist/leaflet.css"),
    ("bootstrap_css", f"{ASSETS}/bootstrap/dist/css/bootstrap.min.css"),
    ("awesome_markers_font_css", f"{ASSETS}/@fortawesome/fontawesome-free/css/all.min.css"),
    ("awesome_markers_css", f"{ASSETS}/leaflet.awesome-markers/dist/leaflet.awesome-markers.css"),
    ("markercluster_css", f"{ASSETS}/leaflet.markercluster/dist/MarkerCluster.css"),
]
DEFAULT_ZOOM = 7  # the South Caucasus: Baku, Yerevan and Tbilisi in one view


def points(lons: list[float], lats: list[float], **columns: list[Any]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of points, built directly (geopandas' per-row
    __geo_interface__ is the slowest part of a large map)."""
    names = list(columns)
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [x, y]},
         "properties": dict(zip(names, values))}
        for x, y, *values in zip(lons, lats, *columns.values())]}


def base_map(center: tuple[float, float] = DEFAULT_CENTER, zoom: int = DEFAULT_ZOOM) -> folium.Map:
    """A map with local assets, two online tile choices and no tile needed to be useful."""
    m = folium.Map(location=center, zoom_start=zoom, tiles=None, control_scale=True,
                   fade_animation=False)
    m.default_js = LOCAL_JS
    m.default_css = LOCAL_CSS
    m.get_root().header.add_child(folium.Element(  # type: ignore[attr-defined]
        f"<script>L.Icon.Default.imagePath = '{ASSETS}/leaflet/dist/images/';</script>"
        f"<style>{MAP_CSS}</style>"))
    light = xyzservices.providers.Esri.WorldGrayCanvas
    folium.TileLayer(light, name="Light basemap (online)").add_to(m)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", show=False).add_to(m)
    return m


def script_json(value: Any) -> str:
    """JSON safe inside a <script> and through branca's second Jinja pass: every <, >, &,
    brace and line separator written as a \\u escape (the structure is arrays only, so
    braces occur in strings alone)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for c in _SCRIPT_ESCAPED:  # str.replace: a pass in C each (translate: 0.5 s a megabyte)
        text = text.replace(c, f"\\u{ord(c):04x}")
    return text


_SCRIPT_ESCAPED = "<>&{}\u2028\u2029"


class _Raw(Element):
    """Text put into the page as it is: not compiled as a Jinja template again."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class DataScript(MacroElement):
    """A macro whose `script` carries a large JSON value (script_json): its output goes into
    the page as written. branca's own render would compile that output as a new template, a
    pass that costs 0.3 s a megabyte (and is why script_json escapes braces)."""

    def render(self, **kwargs: Any) -> str:
        self.get_root().script.add_child(  # type: ignore[attr-defined]
            _Raw(self._template.module.script(self, kwargs)), name=self.get_name())
        return ""  # like MacroElement: what it adds goes into the page's script


class Labels(DataScript):
    """Names written on the map at points, added to the parent layer by one script; shown
    from zoom `min_zoom` on (names of towns would cover the region at a country's zoom)."""

    _template = Template("""{% macro script(this, kwargs) %}
    (function() {
        const layer = {{ this._parent.get_name() }};
        {{ this.labels }}.forEach(function(l) {
            L.marker([l[1], l[0]], {interactive: false, keyboard: false, icon: L.divIcon(
                {className: {{ this.css }}, html: l[2], iconSize: null})}).addTo(layer);
        });
        const map = {{ this._parent._parent.get_name() }}, cls = {{ this.css }} + '-hidden';
        const key = '__labels_' + cls;  // one handler per kind, however often the layer is redrawn
        if ({{ this.min_zoom }} > 0 && !map[key]) {
            map[key] = () => map.getContainer().classList.toggle(cls, map.getZoom() < {{ this.min_zoom }});
            map.on('zoomend', map[key]);
        }
        if (map[key]) map[key]();
    })();
    {% endmacro %}""")

    def __init__(self, lons: list[float], lats: list[float], names: list[str], css: str,
                 min_zoom: int = 0) -> None:
        super().__init__()
        self._name = "Labels"
        rows = [[x, y, escape(n)] for x, y, n in zip(lons, lats, names)]
        self.labels = script_json(rows)
        self.css = json.dumps(css)
        self.min_zoom = int(min_zoom)
