"""The events layer: rows carry the stable id, markers carry it to the click, popups are typed."""
from __future__ import annotations

from dataclasses import replace

import folium
import geopandas as gpd

from geo.records import with_id
from layers.events import build_events, clicked_event_id, render_events
from layers.popups import EventRow, event_rows

from .test_compose import event


def _layer(*events):
    return build_events([with_id(e) for e in events])


def test_rows_and_markers_carry_the_event_id():
    a, b = event(), replace(event(), place_id="gn:1", place="Baku")
    frame = _layer(a, b)
    assert frame["id"].tolist() == [with_id(a).id, with_id(b).id] and frame["id"].str.len().eq(16).all()
    m = folium.Map()
    render_events(m, frame)
    page = m.get_root().render()
    assert all(f'"event_id": "{i}"' in page for i in frame["id"])


def test_popup_rows_are_typed_with_missing_values_as_none():
    [row] = event_rows(_layer(replace(event(), excerpts=(replace(event().primary, place_start=None,
                                                                 place_end=None),))))
    assert isinstance(row, EventRow) and row.place_start is None and row.fatalities_best is None
    assert len(row.id) == 16 and row.sources == 1


def test_the_clicked_event_comes_from_the_feature_not_from_text():
    feature = {"type": "Feature", "properties": {"event_id": "0123456789abcdef", "popup": "Event #3"}}
    assert clicked_event_id({"last_active_drawing": feature}) == "0123456789abcdef"
    # a popup's words never name an event: an outlet called "Event #0" opens nothing
    assert clicked_event_id({"last_object_clicked_popup": "Event #0",
                             "last_active_drawing": {"properties": {"popup": "Event #0"}}}) is None
    for clicked in (None, {}, {"last_active_drawing": None}, {"last_active_drawing": "x"},
                    {"last_active_drawing": {"properties": {"event_id": 7}}}):
        assert clicked_event_id(clicked) is None


def test_events_layer_columns():
    frame = build_events([event()])
    assert isinstance(frame, gpd.GeoDataFrame) and frame.crs.to_epsg() == 4326
    assert (frame.geometry.iloc[0].x, frame.geometry.iloc[0].y) == (46.75, 39.76)
    assert frame["excerpt"].iloc[0].endswith("Shusha")
