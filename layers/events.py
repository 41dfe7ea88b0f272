"""The reported-events layer: one row per (merged) event, with the record's fields.

Columns: event_type, sub_event_type, date_start, date_end (datetime64), date_precision,
place, place_id, country, geo_precision, actors ("; "-joined), claimed_by, fatalities_low,
fatalities_best, fatalities_high, fatalities_text, article, outlet, url, language, title,
excerpt, excerpt_start, excerpt_end, place_start, place_end, date_mention_start,
date_mention_end, confidence, sources, geometry (Point, EPSG:4326).
"""
from __future__ import annotations

from collections.abc import Iterable

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo.config import CRS
from geo.export import event_to_dict
from geo.records import Event

COLUMNS = ["event_type", "sub_event_type", "date_start", "date_end", "date_precision", "place",
           "place_id", "country", "geo_precision", "actors", "claimed_by", "fatalities_low",
           "fatalities_best", "fatalities_high", "fatalities_text", "article", "outlet", "url",
           "language", "title", "excerpt", "excerpt_start", "excerpt_end", "place_start",
           "place_end", "date_mention_start", "date_mention_end", "confidence", "sources"]


def build_events(events: Iterable[Event]) -> gpd.GeoDataFrame:
    rows, points = [], []
    for event in events:
        record = event_to_dict(event)
        record["actors"] = "; ".join(record["actors"])
        rows.append({k: record[k] for k in COLUMNS})
        points.append(Point(event.lon, event.lat))
    frame = gpd.GeoDataFrame(pd.DataFrame(rows, columns=COLUMNS), geometry=points, crs=CRS)
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame
