"""Filtering the events layer before anything reaches folium (pure pandas)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import geopandas as gpd
import pandas as pd


@dataclass(frozen=True)
class EventFilter:
    start: date | None = None
    end: date | None = None
    event_types: tuple[str, ...] = ()  # empty: all
    outlets: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()  # "" stands for the article's own voice
    text: str = ""


def filter_events(events: gpd.GeoDataFrame, f: EventFilter) -> gpd.GeoDataFrame:
    """The events whose dates overlap [start, end] and that match every other criterion."""
    keep = pd.Series(True, index=events.index)
    if f.start is not None:
        keep &= events["date_end"] >= pd.Timestamp(f.start)
    if f.end is not None:
        keep &= events["date_start"] <= pd.Timestamp(f.end)
    if f.event_types:
        keep &= events["event_type"].isin(f.event_types)
    if f.outlets:
        keep &= events["outlet"].isin(f.outlets)
    if f.claimants:
        keep &= events["claimed_by"].fillna("").isin(f.claimants)
    if f.text.strip():
        needle = f.text.strip()
        hay = events["excerpt"].fillna("") + " " + events["place"].fillna("") + " " + \
            events["actors"].fillna("") + " " + events["claimed_by"].fillna("")
        keep &= hay.str.contains(needle, case=False, regex=False)
    return events[keep]
