"""The events-per-day chart (Altair), coloured like the map's markers."""
from __future__ import annotations

import altair as alt
import geopandas as gpd
import pandas as pd

from .style import EVENT_COLOURS


def events_per_day(events: gpd.GeoDataFrame) -> alt.Chart:
    """Events counted on their first day, stacked by type (counted here, not in the browser)."""
    table = (pd.DataFrame({"day": events["date_start"].dt.normalize(), "event_type": events["event_type"]})
             .groupby(["day", "event_type"]).size().rename("events").reset_index())
    # one row per type, named in words: the colour is not the only way to tell them apart
    return alt.Chart(table).mark_bar().encode(
        x=alt.X("day:T", title="day (first day of the event)"),
        y=alt.Y("events:Q", title="events", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("event_type:N", legend=None,
                        scale=alt.Scale(domain=list(EVENT_COLOURS), range=list(EVENT_COLOURS.values()))),
        row=alt.Row("event_type:N", title=None, sort=list(EVENT_COLOURS),
                    header=alt.Header(labelAngle=0, labelAlign="left", labelLimit=0)),
        tooltip=[alt.Tooltip("day:T", format="%-d %b %Y"), alt.Tooltip("event_type:N", title="type"),
                 alt.Tooltip("events:Q", format="d")]).properties(height=60)
