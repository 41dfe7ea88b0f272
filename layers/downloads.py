"""Layers as downloadable files: GeoJSON, GeoPackage and CSV (with lon/lat columns)."""
from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.config import CRS
from geo.records import Event

FORMATS = {"GeoJSON": ("geojson", "application/geo+json"),
           "GeoPackage": ("gpkg", "application/geopackage+sqlite3"),
           "CSV": ("csv", "text/csv")}


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: object) -> object:
    """A text cell a spreadsheet shows as text: a leading "'" before a formula's first sign."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def _plain(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Dates as ISO text: every format reads them back the same."""
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].dt.strftime("%Y-%m-%d")
    return out


def to_bytes(frame: gpd.GeoDataFrame, fmt: str, layer: str) -> bytes:
    """The frame in one of FORMATS' formats."""
    plain = _plain(frame)
    if fmt == "GeoJSON":
        return plain.to_json(drop_id=True, ensure_ascii=False).encode("utf-8")
    if fmt == "CSV":
        table = pd.DataFrame(plain.drop(columns="geometry"))
        for column in table.columns:
            if not pd.api.types.is_numeric_dtype(table[column]):
                table[column] = table[column].map(_inert)
        points = plain.geometry.representative_point() if len(plain) else plain.geometry
        table["lon"], table["lat"] = points.x.round(6), points.y.round(6)
        return table.to_csv(index=False).encode("utf-8")
    if fmt == "GeoPackage":
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "layer.gpkg"
            plain.to_file(path, layer=layer, driver="GPKG", engine="pyogrio")
            return path.read_bytes()
    raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")


SOURCE_COLUMNS = ["event_id", "source", "article", "outlet", "title", "url", "language", "excerpt",
                  "excerpt_start", "excerpt_end", "place_start", "place_end", "date_mention_start",
                  "date_mention_end"]


def sources_table(events: gpd.GeoDataFrame, records: Sequence[Event]) -> gpd.GeoDataFrame:
    """Every source of every event of `events` (records[i] is the record of its row i): one
    row per event and excerpt, numbered from 1 in the event's order (1 is the report that
    founded it), with the offsets into that article, at the event's point. Columns:
    SOURCE_COLUMNS and geometry."""
    rows, points = [], []
    for record, point in zip(records, events.geometry):
        for k, x in enumerate(record.excerpts, start=1):
            rows.append([record.id, k, x.article, x.outlet, x.title, x.url, x.language, x.excerpt,
                         x.excerpt_start, x.excerpt_end, x.place_start, x.place_end,
                         x.date_mention_start, x.date_mention_end])
            points.append(point)
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=SOURCE_COLUMNS), geometry=points, crs=CRS)
