"""The events layer: rows carry the stable id, markers carry it to the click, popups are typed."""
from __future__ import annotations

import base64
from dataclasses import replace
from datetime import date

import folium
import geopandas as gpd
import numpy as np

from geo.records import with_id
from layers.base import script_json
from layers.events import (
    build_events,
    clicked_event_id,
    event_data,
    event_group,
    layer_columns,
    layer_token,
    packed,
)
from layers.popups import EventRow, event_rows
from layers.style import EVENT_COLOURS

from .test_compose import event


def _layer(*events):
    return build_events([with_id(e) for e in events])


def test_rows_and_markers_carry_the_event_id():
    a, b = event(), replace(event(), place_id="gn:1", place="Baku", lat=40.4, lon=49.9)
    frame = _layer(a, b)
    assert frame["id"].tolist() == [with_id(a).id, with_id(b).id] and frame["id"].str.len().eq(16).all()
    m = folium.Map()
    event_group(frame).add_to(m)
    page = m.get_root().render()
    assert all(f'"{i}"' in page for i in frame["id"])  # in the popups' details


def test_the_layer_data_is_compact_columns():
    a = event(when=date(2020, 10, 1))
    b = replace(event(), date_start=date(2020, 10, 3), date_end=date(2020, 10, 5))
    c = replace(event(), place_id="gn:1", place="Baku", lat=40.4, lon=49.9,
                event_type="Strategic developments", sub_event_type="Agreement")
    frame = _layer(a, b, c)
    types, places, subs, points, *columns, day0, details, token, selected, chosen = \
        event_data(frame, selected=frame["id"].iloc[2])
    p, t, d, span, sub = (unpack(c) for c in columns)
    assert [x[0] for x in types] == list(EVENT_COLOURS)
    assert p == [0, 0, 1] and len(points) == 6  # two events on one point share it
    assert [places[points[2]], places[points[5]]] == ["Shusha", "Baku"]
    assert (points[0], points[1]) == (39.76, 46.75)
    assert [types[k][0] for k in t] == ["Battles", "Battles", "Strategic developments"]
    assert day0 == (date(2020, 10, 1) - date(1970, 1, 1)).days and d == [0, 2, 31] and span == [0, 2, 0]
    assert [subs[k] for k in sub] == ["Armed clash", "Armed clash", "Agreement"]
    assert [x[12] for x in details] == frame["id"].tolist() and selected == 2
    assert chosen == frame["id"].iloc[2]
    assert token == layer_token(frame) and token != layer_token(frame.iloc[:2])
    assert unpack(event_data(frame.iloc[:0])[4]) == []  # an empty layer draws nothing, without error


def unpack(column):
    """What static/event_layer.js `unpack` reads from a packed column."""
    width, text = column
    return np.frombuffer(base64.b64decode(text), dtype=f"<u{width}").tolist()


def decoded(data):
    """Per event, what the browser draws from event_data: position, place, type, sub-type,
    first day and span."""
    types, places, subs, points, *columns = data
    p, t, d, span, sub = (unpack(c) for c in columns[:5])
    day0 = columns[5]
    return [(points[3 * p[i]], points[3 * p[i] + 1], places[points[3 * p[i] + 2]], types[t[i]][0],
             subs[sub[i]], day0 + d[i], span[i]) for i in range(len(p))]


def test_a_filtered_layer_draws_from_the_whole_layers_columns():
    baku = replace(event(), place_id="gn:1", place="Baku", lat=40.4, lon=49.9,
                   event_type="Strategic developments", sub_event_type="Agreement")
    frame = _layer(event(when=date(2020, 10, 1)), baku, replace(event(), date_end=date(2020, 11, 4)),
                   replace(baku, date_start=date(2020, 9, 1)))
    columns = layer_columns(frame)
    for rows in ([1, 3], [0, 2], [2], [0, 1, 2, 3], []):
        kept = frame.iloc[rows]  # as a filter keeps them: the layer's row numbers as index
        data = event_data(kept, columns=columns)
        assert decoded(data) == decoded(event_data(kept.reset_index(drop=True)))
        assert len(data[1]) == len({frame["place"].iloc[r] for r in rows})  # only the names drawn
    try:  # the columns of another layer are refused, not misread
        event_data(frame, columns=layer_columns(frame.iloc[:2]))
    except ValueError:
        pass
    else:
        raise AssertionError("columns of a shorter layer taken")


def test_packed_columns_take_the_narrowest_width():
    assert packed(np.array([0, 255]))[0] == 1 and packed(np.array([256]))[0] == 2
    assert packed(np.array([70_000]))[0] == 4 and unpack(packed(np.array([70_000, 3]))) == [70_000, 3]


def test_details_hold_numbers_and_http_links_only():
    x = replace(event().primary, url="https://example.org/a")
    e = replace(event(), fatalities_best=4.0, fatalities_text="four", excerpts=(x,))
    [detail] = event_data(_layer(e, replace(event(), place_id="gn:2")))[10][:1]
    assert detail[5] == 4 and isinstance(detail[5], int) and detail[4] == "four"
    assert detail[9] == "https://example.org/a"
    assert event_data(_layer(event()))[10][0][9] is None  # javascript: is no link
    excerpt, a, b = detail[0], detail[1], detail[2]
    assert excerpt[a:b] == "Shusha"


def test_script_json_survives_script_tags_and_templates():
    text = script_json(["</script><!-- {{ 7*7 }} {% x %} & \u2028"])
    assert "<" not in text and "{" not in text and "&" not in text and "\u2028" not in text
    import json
    assert json.loads(text) == ["</script><!-- {{ 7*7 }} {% x %} & \u2028"]


def test_popup_rows_are_typed_with_missing_values_as_none():
    [row] = event_rows(_layer(replace(event(), excerpts=(replace(event().primary, place_start=None,
                                                                 place_end=None),))))
    assert isinstance(row, EventRow) and row.place_start is None and row.fatalities_best is None
    assert len(row.id) == 16 and row.sources == 1


def test_the_clicked_event_comes_from_the_feature_not_from_text():
    frame = _layer(event(), replace(event(), place_id="gn:1", place="Baku"))
    token = layer_token(frame)

    def click(**properties):
        return {"last_active_drawing": {"type": "Feature", "properties": properties}}

    assert clicked_event_id(click(row=1, token=token), frame) == frame["id"].iloc[1]
    # a popup's words never name an event: an outlet called "Event #0" opens nothing
    assert clicked_event_id({"last_object_clicked_popup": "Event #0",
                             "last_active_drawing": {"properties": {"popup": "Event #0"}}}, frame) is None
    # a click on an older drawing (the filters changed since) is not taken for this one's row
    assert clicked_event_id(click(row=1, token=layer_token(frame.iloc[:1])), frame) is None
    for clicked in (None, {}, {"last_active_drawing": None}, {"last_active_drawing": "x"},
                    click(row=2, token=token), click(row=-1, token=token), click(row=True, token=token),
                    click(row="1", token=token), click(event_id=frame["id"].iloc[0])):
        assert clicked_event_id(clicked, frame) is None


def test_events_layer_columns():
    frame = build_events([event()])
    assert isinstance(frame, gpd.GeoDataFrame) and frame.crs.to_epsg() == 4326
    assert (frame.geometry.iloc[0].x, frame.geometry.iloc[0].y) == (46.75, 39.76)
    assert frame["excerpt"].iloc[0].endswith("Shusha")


def test_protests_and_riots_are_drawn_as_themselves_not_as_battles():
    riot = replace(event(), event_type="Riots", sub_event_type="Violent demonstration")
    protest = replace(event(), place_id="gn:1", place="Baku", lat=40.4, lon=49.9,
                      event_type="Protests", sub_event_type="Peaceful protest")
    types, _, _, _, _, t, *_ = event_data(_layer(riot, protest))
    assert [types[k][0] for k in unpack(t)] == ["Riots", "Protests"]
    assert len({types[k][1] for k in unpack(t)} | {EVENT_COLOURS["Battles"]}) == 3  # own colours
