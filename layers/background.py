"""The offline background: country outlines and names of the region (Natural Earth 10m).

Columns: name, iso_a2, iso_a3, label_lon, label_lat, geometry (Polygon/MultiPolygon, EPSG:4326).
"""
from __future__ import annotations

import folium
import geopandas as gpd

from geo.config import CRS, GEODATA_DIR

from .base import Labels
from .style import BACKGROUND_STYLE


def build_background() -> gpd.GeoDataFrame:
    return gpd.read_file(GEODATA_DIR / "ne_countries_caucasus.geojson").to_crs(CRS)


def render_background(m: folium.Map, countries: gpd.GeoDataFrame) -> None:
    """Outlines and names of the region's countries: the map without any tile server."""
    group = folium.FeatureGroup(name="Countries (offline)", control=False).add_to(m)
    # as a GeoJSON mapping: folium takes a GeoDataFrame through its JSON text, 4x slower,
    # and this runs on every rerun
    folium.GeoJson(countries[["geometry"]].__geo_interface__, style_function=lambda _: BACKGROUND_STYLE,
                   interactive=False).add_to(group)
    Labels(countries["label_lon"].tolist(), countries["label_lat"].tolist(),
           countries["name"].tolist(), "country-label").add_to(group)
