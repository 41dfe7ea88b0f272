"""Filtering the events layer before anything reaches folium (pure pandas)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd


@dataclass(frozen=True)
class EventFilter:
    start: date | None = None
    end: date | None = None
    event_types: tuple[str, ...] = ()  # empty: all
    outlets: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()  # "" stands for the article's own voice
    text: str = ""


def search_text(events: gpd.GeoDataFrame) -> pd.Series:
    """What the text filter searches, lower-cased: excerpt, place, actors and claimant.
    Built once per layer; building it on every rerun costs more than the search."""
    hay = events["excerpt"].fillna("") + " " + events["place"].fillna("") + " " + \
        events["actors"].fillna("") + " " + events["claimed_by"].fillna("")
    return hay.str.lower()


def filter_events(events: gpd.GeoDataFrame, f: EventFilter,
                  search: pd.Series | None = None) -> gpd.GeoDataFrame:
    """The events whose dates overlap [start, end] and that match every other criterion;
    `search` is search_text(events) when the caller keeps it."""
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
        hay = search_text(events) if search is None else search
        keep &= hay.str.contains(f.text.strip().lower(), regex=False)
    return events if keep.all() else events[keep]  # no copy of 100,000 rows to keep them all


def on_day(events: gpd.GeoDataFrame, day: date) -> gpd.GeoDataFrame:
    """The events whose dates include `day` (the timeline's one day)."""
    at = pd.Timestamp(day)
    return events[(events["date_start"] <= at) & (events["date_end"] >= at)]


def newest(events: gpd.GeoDataFrame, n: int) -> gpd.GeoDataFrame:
    """The n events that began last (of those, the ones that end last first; equal ones in
    layer order). Only those n rows are taken: sorting the whole frame would copy every
    column of 100,000 rows to keep 1,000."""
    start = events["date_start"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    end = events["date_end"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    order = np.lexsort((np.arange(len(events)), -end, -start))[:n]
    return events.iloc[order]
