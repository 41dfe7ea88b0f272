"""Every layer on one folium map: background, territory, places and events, with a layer
control and the legend. Only styling: the frames arrive built and filtered."""
from __future__ import annotations

import folium
import geopandas as gpd

from geo.config import DEFAULT_CENTER

from .background import render_background
from .base import DEFAULT_ZOOM, base_map
from .events import LayerColumns, event_group
from .places import place_group
from .popups import escape
from .style import EVENT_COLOURS, EVENT_ICONS
from .territory import territory_group

LEGEND_NOTE = "Natural Earth boundaries predate the 2020 war"
GROUPS_NOTE = "Circle: nearby events, zoom in. Square: events at one place, click to spread."


def render_legend(m: folium.Map) -> None:
    dot = ("display:inline-block;width:16px;height:16px;border-radius:8px;margin-right:6px;"
           "color:#fff;font-size:9px;line-height:16px;text-align:center")
    items = "".join(f"<div><span style='{dot};background:{c}'><i class='fa-solid {EVENT_ICONS[t][0]}'>"
                    f"</i></span>{escape(t)}</div>" for t, c in EVENT_COLOURS.items())
    m.get_root().html.add_child(folium.Element(  # type: ignore[attr-defined]
        # its own colours: the page's theme (dark) must not turn the words white on white;
        # <details>: a tap on "Legend" folds it away (a phone's map is small)
        "<details open class='map-legend' style='position:fixed;bottom:58px;left:12px;"
        "z-index:999;max-width:250px;background:#fff;color:#222;padding:6px 10px;"
        "border:1px solid #999;border-radius:4px;font:13px sans-serif'>"
        "<summary style='cursor:pointer;font-weight:bold'>Legend</summary>"
        f"{items}<div class='legend-note' style='margin-top:4px;color:#555'>{GROUPS_NOTE}<br>"
        f"{LEGEND_NOTE}</div></details>"))


def base_layers(background: gpd.GeoDataFrame, center: tuple[float, float] = DEFAULT_CENTER,
                zoom: int = DEFAULT_ZOOM) -> folium.Map:
    """What never changes between reruns: tiles, the offline outlines and names, the legend
    and a layer control for the basemaps alone (the overlays are shown or hidden by the page,
    one source of truth). Its script stays the same, so streamlit-folium keeps the map, and
    the view the user chose, while the overlays change. `center` and `zoom`: the view it
    opens with."""
    m = base_map(center, zoom)
    render_background(m, background)
    folium.LayerControl(collapsed=True).add_to(m)
    render_legend(m)
    return m


def overlays(events: gpd.GeoDataFrame, places: gpd.GeoDataFrame, territory: gpd.GeoDataFrame,
             show: dict[str, bool] | None = None, selected: str | None = None,
             columns: LayerColumns | None = None) -> list[folium.FeatureGroup]:
    """The layers the page shows, bottom to top: territory, places, events (`columns`: those
    of the whole layer `events` was filtered from, events.event_group)."""
    show = {"territory": True, "places": True, "events": True, **(show or {})}
    return ([territory_group(territory)] if show["territory"] else []) + \
        ([place_group(places)] if show["places"] else []) + \
        ([event_group(events, selected, columns)] if show["events"] else [])


def build_map(events: gpd.GeoDataFrame, places: gpd.GeoDataFrame, territory: gpd.GeoDataFrame,
              background: gpd.GeoDataFrame, show: dict[str, bool] | None = None,
              selected: str | None = None) -> folium.Map:
    """The whole map as one folium object (exports, tests, benchmarks)."""
    m = base_layers(background)
    for group in overlays(events, places, territory, show, selected):
        group.add_to(m)
    return m
