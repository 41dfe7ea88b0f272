"""The offline background: country outlines and names of the region (Natural Earth 10m).

Columns: name, iso_a2, iso_a3, label_lon, label_lat, geometry (Polygon/MultiPolygon, EPSG:4326).
"""
from __future__ import annotations

import json

import folium
import geopandas as gpd
from branca.element import MacroElement
from jinja2 import Template

from geo.config import CRS, GEODATA_DIR

from .popups import escape
from .style import BACKGROUND_STYLE


def build_background() -> gpd.GeoDataFrame:
    return gpd.read_file(GEODATA_DIR / "ne_countries_caucasus.geojson").to_crs(CRS)


class CountryLabels(MacroElement):
    """Each country's name at its label point, added to the parent layer by one script."""

    _template = Template("""{% macro script(this, kwargs) %}
    {{ this.labels }}.forEach(function(l) {
        L.marker([l[1], l[0]], {interactive: false, keyboard: false, icon: L.divIcon(
            {className: 'country-label', html: l[2], iconSize: null})}).addTo({{ this._parent.get_name() }});
    });
    {% endmacro %}""")

    def __init__(self, countries: gpd.GeoDataFrame) -> None:
        super().__init__()
        self._name = "CountryLabels"
        rows = [[x, y, escape(n)] for x, y, n in
                zip(countries["label_lon"], countries["label_lat"], countries["name"])]
        self.labels = json.dumps(rows).replace("</", "<\\/")


def render_background(m: folium.Map, countries: gpd.GeoDataFrame) -> None:
    """Outlines and names of the region's countries: the map without any tile server."""
    group = folium.FeatureGroup(name="Countries (offline)", control=False).add_to(m)
    folium.GeoJson(countries[["geometry"]], style_function=lambda _: BACKGROUND_STYLE,
                   interactive=False).add_to(group)
    CountryLabels(countries).add_to(group)
