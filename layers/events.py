"""The reported-events layer: one row per (merged) event, with the record's fields, and its
folium rendering (clustered markers, static/event_layer.js).

Columns: id (the event's stable id), event_type, sub_event_type, date_start, date_end
(datetime64), date_precision, place, place_id, country, geo_precision, actors ("; "-joined),
claimed_by, fatalities_low, fatalities_best, fatalities_high, fatalities_text, article,
outlet, url, language, title, excerpt, excerpt_start, excerpt_end, place_start, place_end,
date_mention_start, date_mention_end, confidence, sources, geometry (Point, EPSG:4326).
"""
from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
from jinja2 import Template

from geo.config import CRS
from geo.records import Event
from geo.store import event_values
from geo.text import is_http_url

from .base import DataScript, script_json
from .popups import EventRow, event_rows
from .style import EVENT_COLOURS, EVENT_ICONS

# Up to this many events, each popup carries its excerpt, claimant, toll and source; above,
# they would be tens of MB a drawing, and a popup shows type, place and dates only.
DETAILED = 5000
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


@dataclass(frozen=True)
class LayerColumns:
    """The codes static/event_layer.js draws from, for every row of one events layer:
    computed once per layer (layer_columns), then indexed by the rows a filter keeps, so a
    rerun does not factorize 100,000 names and positions again."""

    kind: np.ndarray  # per row: index of its type in EVENT_COLOURS
    point: np.ndarray  # per row: its point (one place name at one position)
    sub: np.ndarray  # per row: index into sub_names
    start: np.ndarray  # per row: first and last day, as days since 1970
    end: np.ndarray
    lat: np.ndarray  # per point
    lon: np.ndarray
    place: np.ndarray  # per point: index into place_names
    place_names: tuple[str, ...]
    sub_names: tuple[str, ...]


def layer_columns(events: gpd.GeoDataFrame) -> LayerColumns:
    kind = np.maximum(pd.Categorical(events["event_type"], categories=list(EVENT_COLOURS)).codes, 0)
    lat = events.geometry.y.round(5).to_numpy()
    lon = events.geometry.x.round(5).to_numpy()
    place_code, place_names = pd.factorize(events["place"].fillna(""))
    sub_code, sub_names = pd.factorize(events["sub_event_type"].fillna(""))
    # integer keys factorize many times faster than tuples of name and position
    lat_code, _ = pd.factorize(lat)
    lon_code, _ = pd.factorize(lon)
    key = (place_code.astype(np.int64) * (lat_code.max(initial=0) + 1) + lat_code) \
        * (lon_code.max(initial=0) + 1) + lon_code
    point, _ = pd.factorize(key)
    at = np.unique(point, return_index=True)[1]  # each point's first event
    return LayerColumns(
        kind.astype(np.int64), point.astype(np.int64), sub_code.astype(np.int64),
        events["date_start"].to_numpy().astype("datetime64[D]").astype(np.int64),
        events["date_end"].to_numpy().astype("datetime64[D]").astype(np.int64),
        lat[at], lon[at], place_code[at].astype(np.int64),
        tuple(str(n) for n in place_names), tuple(str(n) for n in sub_names))


def event_group(events: gpd.GeoDataFrame, selected: str | None = None,
                columns: LayerColumns | None = None) -> folium.FeatureGroup:
    """One FeatureGroup holding every event as a clustered marker (static/event_layer.js):
    clusters split as one zooms in, events on one point spread out when clicked, so each is
    reachable by a click. The event `selected` (an id) is zoomed to and its popup opened.
    `columns`: layer_columns of the layer `events` was filtered from (its index: the rows)."""
    group = folium.FeatureGroup(name="Reported events", control=False)
    EventClusters(event_data(events, selected, columns)).add_to(group)
    return group


def layer_token(events: gpd.GeoDataFrame) -> str:
    """Names one drawing of the layer: a click on row i of it means row i of these events
    only (a click that arrives after the filters changed is not taken for another event).
    The rows of the store's layer it holds, and its first and last ids, name it (hashing
    100,000 ids would cost more than drawing them)."""
    rows = np.ascontiguousarray(events.index.to_numpy(dtype=np.int64)).tobytes()
    ends = "" if events.empty else f"{events['id'].iloc[0]}|{events['id'].iloc[-1]}"
    return hashlib.sha256(rows + ends.encode()).hexdigest()[:12]


def event_data(events: gpd.GeoDataFrame, selected: str | None = None,
               columns: LayerColumns | None = None) -> list[Any]:
    """The layer's compact columns, in the order static/event_layer.js reads them:
    types ([name, colour, icon, css slug]), place names, sub-type names, points ([lat, lon,
    index of its place name] flat), then per event, each column `packed`: point, type, day
    (from day0), span in days, sub-type; day0; the popups' details (None above
    DETAILED events: a popup then shows type, place and dates, the record panel the rest);
    the drawing's token; the selected event's row (-1: none) and id. `columns`: as for
    event_group (computed here from `events` when not given)."""
    if columns is None:
        columns, rows = layer_columns(events), np.arange(len(events))
    else:
        rows = events.index.to_numpy(dtype=np.int64)
        if len(rows) and not 0 <= rows.min() <= rows.max() < len(columns.kind):
            raise ValueError("these events are not rows of the layer the columns were made of")
    c = columns
    points, point = np.unique(c.point[rows], return_inverse=True)
    names, place = np.unique(c.place[points], return_inverse=True)
    subs, sub = np.unique(c.sub[rows], return_inverse=True)
    flat = np.column_stack([c.lat[points], c.lon[points], place]).ravel().tolist()
    flat[2::3] = [int(v) for v in flat[2::3]]  # a place's index, not a float
    start, end = c.start[rows], c.end[rows]
    day0 = int(start.min()) if len(start) else 0
    found = np.flatnonzero(events["id"].to_numpy() == selected) if selected else np.array([], int)
    row = int(found[0]) if len(found) else -1
    details = [_details(r) for r in event_rows(events)] if len(events) <= DETAILED else None
    types = list(EVENT_COLOURS)
    return [[[t, EVENT_COLOURS[t], *EVENT_ICONS[t]] for t in types],
            [c.place_names[i] for i in names], [c.sub_names[i] for i in subs], flat,
            *(packed(v) for v in (point, c.kind[rows], start - day0, end - start, sub)),
            day0, details, layer_token(events), row, selected if row >= 0 else None]


def packed(values: np.ndarray) -> list[Any]:
    """Non-negative integers as [bytes per value, base64 of them little-endian]: 1-4 bytes a
    value instead of up to 7 characters of JSON (static/event_layer.js `unpack`)."""
    top = int(values.max()) if len(values) else 0
    width = 1 if top < 2 ** 8 else 2 if top < 2 ** 16 else 4
    data = np.asarray(values, dtype=f"<u{width}").tobytes()
    return [width, base64.b64encode(data).decode("ascii")]


def _details(row: EventRow) -> list[Any]:
    """What a popup shows beyond type, place and dates (static/event_layer.js `popup`)."""
    a = -1 if row.place_start is None else int(row.place_start) - int(row.excerpt_start)
    b = -1 if row.place_end is None else int(row.place_end) - int(row.excerpt_start)
    if not 0 <= a <= b <= len(row.excerpt or ""):
        a = b = -1
    toll = None if row.fatalities_best is None else int(row.fatalities_best)
    url = row.url if row.url and is_http_url(str(row.url)) else None
    return [row.excerpt or "", a, b, row.claimed_by or "", row.fatalities_text or "", toll,
            row.actors or "", row.outlet or "", row.title or "", url, int(row.sources),
            int(row.geo_precision), row.id]


class EventClusters(DataScript):
    """The events of a FeatureGroup as clustered markers, drawn by static/event_layer.js."""

    _template = Template("""{% macro script(this, kwargs) %}
    window.conflictEvents({{ this._parent._parent.get_name() }}, {{ this._parent.get_name() }},
                          {{ this.data }});
    {% endmacro %}""")

    def __init__(self, data: list[Any]) -> None:
        super().__init__()
        self._name = "EventClusters"
        self.data = script_json(data)


def clicked_event_id(clicked: dict[str, Any] | None, events: gpd.GeoDataFrame) -> str | None:
    """The id of the event whose marker was clicked, from st_folium's "last_active_drawing"
    (the clicked marker's feature: its row in the drawing of `events` and that drawing's
    token); None for anything else, or for a click on an older drawing. Row and token are
    data of ours, not text of an article, so no article can forge a click on another event."""
    feature = (clicked or {}).get("last_active_drawing")
    properties = feature.get("properties") if isinstance(feature, dict) else None
    if not isinstance(properties, dict):
        return None
    row, token = properties.get("row"), properties.get("token")
    if not isinstance(row, int) or isinstance(row, bool) or not 0 <= row < len(events):
        return None
    return str(events["id"].iloc[row]) if token == layer_token(events) else None
