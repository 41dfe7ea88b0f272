"""The offline background: country outlines and names of the region (Natural Earth 10m).

Columns: name, iso_a2, iso_a3, label_lon, label_lat, geometry (Polygon/MultiPolygon, EPSG:4326).
"""
from __future__ import annotations

import geopandas as gpd

from geo.config import CRS, GEODATA_DIR


def build_background() -> gpd.GeoDataFrame:
    return gpd.read_file(GEODATA_DIR / "ne_countries_caucasus.geojson").to_crs(CRS)
