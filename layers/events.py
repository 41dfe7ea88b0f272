"""The reported-events layer: one row per (merged) event, with the record's fields.

Columns: event_type, sub_event_type, date_start, date_end (datetime64), date_precision,
place, place_id, country, geo_precision, actors ("; "-joined), claimed_by, fatalities_low,
fatalities_best, fatalities_high, fatalities_text, article, outlet, url, language, title,
excerpt, excerpt_start, excerpt_end, place_start, place_end, date_mention_start,
date_mention_end, confidence, sources, geometry (Point, EPSG:4326).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import geopandas as gpd
import pandas as pd

from geo.config import CRS
from geo.store.serialise import event_values
from geo.records import Event

COLUMNS = ["event_type", "sub_event_type", "date_start", "date_end", "date_precision", "place",
           "place_id", "country", "geo_precision", "actors", "claimed_by", "fatalities_low",
           "fatalities_best", "fatalities_high", "fatalities_text", "article", "outlet", "url",
           "language", "title", "excerpt", "excerpt_start", "excerpt_end", "place_start",
           "place_end", "date_mention_start", "date_mention_end", "confidence", "sources"]


def build_events(events: Iterable[Event]) -> gpd.GeoDataFrame:
    events = list(events)
    frame = pd.DataFrame([event_values(e, COLUMNS) for e in events], columns=COLUMNS)
    frame["actors"] = ["; ".join(e.actors) for e in events]
    frame = gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy([e.lon for e in events],
                                                                [e.lat for e in events]), crs=CRS)
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def update_events(frame: gpd.GeoDataFrame, events: Sequence[Event], changed: Sequence[int]
                  ) -> gpd.GeoDataFrame:
    """The layer of `events` from the layer `frame` of an earlier state of them, where only
    the rows `changed` (merged into, or new at the end) differ: those alone are rebuilt."""
    fresh = build_events([events[i] for i in changed])
    kept = frame.drop(index=[i for i in changed if i < len(frame)])
    if kept.empty:  # concatenating an empty frame would turn string columns into objects
        return fresh
    fresh.index = pd.Index(changed)
    merged = pd.concat([kept, fresh]).sort_index().reset_index(drop=True)
    return gpd.GeoDataFrame(merged.infer_objects(), crs=CRS)  # dtypes as build_events infers them
