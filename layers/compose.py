"""Every layer on one folium map: background, territory, places and events, with a layer
control and the legend. Only styling: the frames arrive built and filtered."""
from __future__ import annotations

import folium
import geopandas as gpd

from .background import render_background
from .base import base_map
from .events import render_events
from .places import render_places
from .popups import escape
from .style import EVENT_COLOURS, EVENT_ICONS
from .territory import render_territory

LEGEND_NOTE = "Natural Earth boundaries predate the 2020 war"


def render_legend(m: folium.Map) -> None:
    dot = ("display:inline-block;width:16px;height:16px;border-radius:8px;margin-right:6px;"
           "color:#fff;font-size:9px;line-height:16px;text-align:center")
    items = "".join(f"<div><span style='{dot};background:{c}'><i class='fa-solid {EVENT_ICONS[t][0]}'>"
                    f"</i></span>{escape(t)}</div>" for t, c in EVENT_COLOURS.items())
    m.get_root().html.add_child(folium.Element(  # type: ignore[attr-defined]
        "<div style='position:fixed;bottom:24px;left:12px;z-index:9999;background:#fff;padding:6px 10px;"
        f"border:1px solid #999;border-radius:4px;font:12px sans-serif'>{items}"
        f"<div style='margin-top:4px;color:#555'>{LEGEND_NOTE}</div></div>"))


def build_map(events: gpd.GeoDataFrame, places: gpd.GeoDataFrame, territory: gpd.GeoDataFrame,
              background: gpd.GeoDataFrame, show: dict[str, bool] | None = None) -> folium.Map:
    """The whole map: background, territory, places and events, a layer control and legend."""
    show = {"territory": True, "places": True, "events": True, **(show or {})}
    m = base_map()
    render_background(m, background)
    render_territory(m, territory, show["territory"])
    render_places(m, places, show["places"])
    render_events(m, events, show["events"])
    folium.LayerControl(collapsed=True).add_to(m)
    render_legend(m)
    return m
