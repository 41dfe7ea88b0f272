"""The reported-events layer: one row per (merged) event, with the record's fields, and its
folium rendering (a marker per event, or per grid cell and type above MAX_DETAILED).

Columns: id (the event's stable id), event_type, sub_event_type, date_start, date_end
(datetime64), date_precision, place, place_id, country, geo_precision, actors ("; "-joined),
claimed_by, fatalities_low, fatalities_best, fatalities_high, fatalities_text, article,
outlet, url, language, title, excerpt, excerpt_start, excerpt_end, place_start, place_end,
date_mention_start, date_mention_end, confidence, sources, geometry (Point, EPSG:4326).
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import folium
import geopandas as gpd
import pandas as pd
from folium import GeoJsonPopup, GeoJsonTooltip

from geo.config import CRS
from geo.records import Event
from geo.store import event_values

from .base import points
from .grid import aggregate
from .popups import cell_popup, event_popup, event_rows, event_tooltip
from .style import CELL_STYLE, EVENT_COLOURS, EVENT_ICON_PX, EVENT_ICONS

MAX_DETAILED = 2000  # above this many events, one marker per grid cell and type
# A cell's marker grows with the log of its count, from this radius (px).
CELL_RADIUS_PX = 5
POPUP_MAX_WIDTH_PX = 420  # an excerpt reads as a paragraph, not a column
COLUMNS = ["id", "event_type", "sub_event_type", "date_start", "date_end", "date_precision", "place",
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


def render_events(m: folium.Map, events: gpd.GeoDataFrame, show: bool = True) -> None:
    """One FeatureGroup per event type, each one GeoJson layer of markers whose feature
    carries the event's id; above MAX_DETAILED events, one marker per grid cell and type,
    sized by its count."""
    if len(events) > MAX_DETAILED:
        _render_cells(m, aggregate(events), show)
        return
    for event_type, colour in EVENT_COLOURS.items():
        subset = events[events["event_type"] == event_type]
        group = folium.FeatureGroup(name=f"Events: {event_type} ({len(subset)})", show=show).add_to(m)
        if subset.empty:
            continue
        rows = event_rows(subset)
        frame = points(list(subset.geometry.x), list(subset.geometry.y),
                       event_id=[r.id for r in rows], popup=[event_popup(r) for r in rows],
                       tooltip=[event_tooltip(r) for r in rows])
        icon, slug = EVENT_ICONS[event_type]
        half = EVENT_ICON_PX // 2
        marker = folium.Marker(icon=folium.DivIcon(
            html=f"<div class='event-icon' style='background:{colour}'><i class='fa-solid {icon}'></i></div>",
            icon_size=(EVENT_ICON_PX, EVENT_ICON_PX), icon_anchor=(half, half),
            class_name=f"event-marker event-{slug}"))
        folium.GeoJson(
            frame, marker=marker,
            popup=GeoJsonPopup(fields=["popup"], labels=False, max_width=POPUP_MAX_WIDTH_PX),
            tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False)).add_to(group)


def _render_cells(m: folium.Map, cells: gpd.GeoDataFrame, show: bool) -> None:
    for event_type, colour in EVENT_COLOURS.items():
        subset = cells[cells["event_type"] == event_type]
        total = int(subset["count"].sum())
        group = folium.FeatureGroup(name=f"Events: {event_type} ({total})", show=show).add_to(m)
        if subset.empty:
            continue
        counts = subset["count"].tolist()
        frame = points(list(subset.geometry.x), list(subset.geometry.y),
                       radius=[CELL_RADIUS_PX + 2 * math.log2(n) for n in counts],
                       popup=[cell_popup(*row) for row in zip(
                           counts, subset["event_type"], subset["places"], subset["first"],
                           subset["last"])])
        folium.GeoJson(
            frame, marker=folium.CircleMarker(radius=6, fill=True, weight=2),
            style_function=lambda f, c=colour: {"radius": f["properties"]["radius"],
                                                "fillColor": c, **CELL_STYLE},
            popup=GeoJsonPopup(fields=["popup"], labels=False)).add_to(group)


def clicked_event_id(clicked: dict[str, Any] | None) -> str | None:
    """The id of the event whose marker was clicked, from st_folium's "last_active_drawing"
    (the clicked feature, with the properties render_events gave it); None for anything
    else. An id is data of ours, not text of an article, so no article can forge one."""
    feature = (clicked or {}).get("last_active_drawing")
    properties = feature.get("properties") if isinstance(feature, dict) else None
    value = properties.get("event_id") if isinstance(properties, dict) else None
    return value if isinstance(value, str) else None
