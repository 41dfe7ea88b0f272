"""The places-mentioned layer: one row per resolved place, with its mention count and articles.

Columns: name, kind, country, lat, lon, mentions (int), articles (comma-separated ids),
examples (the first few surface forms), geometry (Point, EPSG:4326).
"""
from __future__ import annotations

from collections.abc import Iterable

import geopandas as gpd
from shapely.geometry import Point

from geo.config import CRS
from geo.records import Mention

COLUMNS = ["name", "kind", "country", "lat", "lon", "mentions", "articles", "examples"]
PLACE_ROLES = frozenset({"place", "feature"})


def build_places(mentions: Iterable[tuple[str, Mention]]) -> gpd.GeoDataFrame:
    """(article id, mention) pairs to one row per place, counting reporting place mentions."""
    rows: dict[str, dict] = {}
    for article_id, m in mentions:
        if m.entry is None or not m.reporting or m.role not in PLACE_ROLES:
            continue
        e = m.entry
        row = rows.setdefault(e.id, {"name": e.name, "kind": e.kind, "country": e.country,
                                     "lat": e.lat, "lon": e.lon, "mentions": 0,
                                     "articles": [], "examples": []})
        row["mentions"] += 1
        if article_id not in row["articles"]:
            row["articles"].append(article_id)
        if m.text not in row["examples"] and len(row["examples"]) < 5:
            row["examples"].append(m.text)
    records = [{**r, "articles": ", ".join(r["articles"]), "examples": ", ".join(r["examples"])}
               for r in rows.values()]
    geometry = [Point(r["lon"], r["lat"]) for r in records]
    frame = gpd.GeoDataFrame(records, columns=COLUMNS, geometry=geometry, crs=CRS)
    return frame.sort_values(["mentions", "name"], ascending=[False, True], ignore_index=True)
