"""Rendering the layers as one folium map whose every JS/CSS asset is served by the app.

Only styling here: the frames arrive built and filtered. Everything that comes from an
article is HTML-escaped before it reaches a popup, tooltip or label; links only http(s).
"""
from __future__ import annotations

import json
import math

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import xyzservices.providers
from branca.element import MacroElement
from folium import GeoJsonPopup, GeoJsonTooltip
from jinja2 import Template

from geo.config import DEFAULT_CENTER

from .places import ARTICLES_SHOWN
from .popups import escape as _e
from .popups import event_popup

# Streamlit serves static/ at /app/static (enableStaticServing); the Makefile installs these
# npm packages there, so no request leaves the machine.
ASSETS = "/app/static/node_modules"
LOCAL_JS = [
    ("leaflet", f"{ASSETS}/leaflet/dist/leaflet.js"),
    ("jquery", f"{ASSETS}/jquery/dist/jquery.min.js"),
    ("bootstrap", f"{ASSETS}/bootstrap/dist/js/bootstrap.bundle.min.js"),
    ("awesome_markers", f"{ASSETS}/leaflet.awesome-markers/dist/leaflet.awesome-markers.js"),
]
LOCAL_CSS = [
    ("leaflet_css", f"{ASSETS}/leaflet/dist/leaflet.css"),
    ("bootstrap_css", f"{ASSETS}/bootstrap/dist/css/bootstrap.min.css"),
    ("awesome_markers_font_css", f"{ASSETS}/@fortawesome/fontawesome-free/css/all.min.css"),
    ("awesome_markers_css", f"{ASSETS}/leaflet.awesome-markers/dist/leaflet.awesome-markers.css"),
]
EVENT_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Strategic developments": "#2471a3",
}
# Font Awesome 6 icons (served from static/ like the rest) and the class each marker carries.
EVENT_ICONS = {
    "Battles": ("fa-crosshairs", "battles"),
    "Explosions/Remote violence": ("fa-bomb", "remote"),
    "Violence against civilians": ("fa-user-injured", "civilians"),
    "Strategic developments": ("fa-handshake", "strategic"),
}


def points(lons: list[float], lats: list[float], **columns: list) -> dict:
    """A GeoJSON FeatureCollection of points, built directly (geopandas' per-row
    __geo_interface__ is the slowest part of a large map)."""
    names = list(columns)
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [x, y]},
         "properties": dict(zip(names, values))}
        for x, y, *values in zip(lons, lats, *columns.values())]}


def base_map(center: tuple[float, float] = DEFAULT_CENTER, zoom: int = 7) -> folium.Map:
    """A map with local assets, two online tile choices and no tile needed to be useful."""
    m = folium.Map(location=center, zoom_start=zoom, tiles=None, control_scale=True,
                   fade_animation=False)
    m.default_js = LOCAL_JS
    m.default_css = LOCAL_CSS
    m.get_root().header.add_child(folium.Element(
        f"<script>L.Icon.Default.imagePath = '{ASSETS}/leaflet/dist/images/';</script>"
        "<style>.leaflet-container{background:#dfe9f0}.country-label{font:12px sans-serif;"
        "color:#555;white-space:nowrap;text-shadow:0 0 3px #fff}"
        ".event-icon{width:24px;height:24px;border-radius:12px;border:2px solid #fff;color:#fff;"
        "font-size:12px;line-height:20px;text-align:center;box-shadow:0 0 2px #333}</style>"))
    light = xyzservices.providers.Esri.WorldGrayCanvas
    folium.TileLayer(light, name="Light basemap (online)").add_to(m)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", show=False).add_to(m)
    return m


class CountryLabels(MacroElement):
    """Each country's name at its label point, added to the parent layer by one script."""

    _template = Template("""{% macro script(this, kwargs) %}
    {{ this.labels }}.forEach(function(l) {
        L.marker([l[1], l[0]], {interactive: false, keyboard: false, icon: L.divIcon(
            {className: 'country-label', html: l[2], iconSize: null})}).addTo({{ this._parent.get_name() }});
    });
    {% endmacro %}""")

    def __init__(self, countries: gpd.GeoDataFrame) -> None:
        super().__init__()
        self._name = "CountryLabels"
        rows = [[x, y, _e(n)] for x, y, n in
                zip(countries["label_lon"], countries["label_lat"], countries["name"])]
        self.labels = json.dumps(rows).replace("</", "<\\/")


def render_background(m: folium.Map, countries: gpd.GeoDataFrame) -> None:
    """Outlines and names of the region's countries: the map without any tile server."""
    group = folium.FeatureGroup(name="Countries (offline)", control=False).add_to(m)
    folium.GeoJson(countries[["geometry"]], style_function=lambda _: {
        "fillColor": "#f4f1ea", "color": "#8a8a8a", "weight": 1, "fillOpacity": 1},
        interactive=False).add_to(group)
    CountryLabels(countries).add_to(group)


def render_territory(m: folium.Map, territory: gpd.GeoDataFrame, show: bool = True) -> None:
    frame = territory.copy()
    frame["popup"] = [
        f"<b>{_e(r.name)}</b><br>{_e(r.names)}<br><b>Status:</b> {_e(r.status)}"
        f"<br><b>Administered by:</b> {_e(r.administered_by)}<br><b>Claimed by:</b> {_e(r.claimed_by)}"
        f"<br><i>{_e(r.note)}</i><br>{_e(r.source)}" for r in frame.itertuples()]
    group = folium.FeatureGroup(name="Disputed territory", show=show).add_to(m)
    folium.GeoJson(frame[["popup", "geometry"]], style_function=lambda _: {
        "color": "#7b241c", "weight": 2, "dashArray": "6 4", "fillColor": "#f5b7b1",
        "fillOpacity": 0.25}, popup=GeoJsonPopup(fields=["popup"], labels=False)).add_to(group)


MAX_DETAILED = 2000  # above this many events, one marker per grid cell and type


CELL_DEGREES = 0.25  # aggregation grid: about 25 km


def aggregate(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One row per grid cell and event type: count, days, the most named places, and the
    mean point of its events."""
    xy = shapely.get_coordinates(events.geometry.array)
    kinds, kind_names = pd.factorize(events["event_type"])
    cx = np.rint(xy[:, 0] / CELL_DEGREES).astype(np.int64)
    cy = np.rint(xy[:, 1] / CELL_DEGREES).astype(np.int64)
    # one integer per (cell, type): grouping on it is several times faster than on three keys
    group, _ = pd.factorize((cx * 2048 + cy) * 64 + kinds)
    count = np.bincount(group)
    first = pd.Series(events["date_start"].to_numpy()).groupby(group).min().to_numpy()
    last = pd.Series(events["date_end"].to_numpy()).groupby(group).max().to_numpy()
    at = pd.Series(np.arange(len(group))).groupby(group).first().to_numpy()  # a row of each group
    # the three places named most often in each cell, without a Python call per cell
    place, place_names = pd.factorize(events["place"])
    named = pd.DataFrame({"g": group, "p": place}).value_counts(sort=False).rename("n").reset_index()
    named = named.sort_values(["g", "n"], ascending=[True, False], kind="stable")
    named = named[named.groupby("g", sort=False).cumcount() < 3]
    names = pd.Series(np.asarray(place_names)[named["p"].to_numpy()])
    places = names.groupby(named["g"].to_numpy()).agg(", ".join)
    out = pd.DataFrame({"cx": cx[at], "cy": cy[at], "event_type": np.asarray(kind_names)[kinds[at]],
                        "count": count, "first": first, "last": last,
                        "x": np.bincount(group, xy[:, 0]) / count, "y": np.bincount(group, xy[:, 1]) / count,
                        "places": places.reindex(range(len(count))).to_numpy()})
    return gpd.GeoDataFrame(out, geometry=gpd.points_from_xy(out["x"], out["y"]), crs=events.crs)


def _aggregate_popup(row: dict) -> str:
    return (f"<b>{_e(row['count'])} events: {_e(row['event_type'])}</b><br>{_e(row['places'])}"
            f"<br>{str(row['first'])[:10]} to {str(row['last'])[:10]}"
            "<br><i>Filter the events (sidebar) to see each one and its source.</i>")


def render_events(m: folium.Map, events: gpd.GeoDataFrame, show: bool = True) -> None:
    """One FeatureGroup per event type, each one GeoJson layer of circle markers; above
    MAX_DETAILED events, one marker per grid cell and type, sized by its count."""
    if len(events) > MAX_DETAILED:
        _render_aggregated(m, aggregate(events), show)
        return
    for event_type, colour in EVENT_COLOURS.items():
        subset = events[events["event_type"] == event_type]
        group = folium.FeatureGroup(name=f"Events: {event_type} ({len(subset)})", show=show).add_to(m)
        if subset.empty:
            continue
        records = subset.reset_index(names="number").to_dict("records")
        frame = points(list(subset.geometry.x), list(subset.geometry.y),
                       popup=[event_popup(r, r["number"]) for r in records],
                       tooltip=[f"{_e(r['sub_event_type'])}, {_e(r['place'])}, "
                                f"{str(r['date_start'])[:10]}" for r in records])
        icon, slug = EVENT_ICONS[event_type]
        marker = folium.Marker(icon=folium.DivIcon(
            html=f"<div class='event-icon' style='background:{colour}'><i class='fa-solid {icon}'></i></div>",
            icon_size=(24, 24), icon_anchor=(12, 12), class_name=f"event-marker event-{slug}"))
        folium.GeoJson(
            frame, marker=marker,
            popup=GeoJsonPopup(fields=["popup"], labels=False, max_width=420),
            tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False)).add_to(group)


def _render_aggregated(m: folium.Map, groups: gpd.GeoDataFrame, show: bool) -> None:
    for event_type, colour in EVENT_COLOURS.items():
        subset = groups[groups["event_type"] == event_type]
        total = int(subset["count"].sum())
        group = folium.FeatureGroup(name=f"Events: {event_type} ({total})", show=show).add_to(m)
        if subset.empty:
            continue
        records = subset.to_dict("records")
        frame = points(list(subset.geometry.x), list(subset.geometry.y),
                       radius=[5 + 2 * math.log2(r["count"]) for r in records],
                       popup=[_aggregate_popup(r) for r in records])
        folium.GeoJson(
            frame, marker=folium.CircleMarker(radius=6, fill=True, weight=2),
            style_function=lambda f, c=colour: {"radius": f["properties"]["radius"], "color": "#ffffff",
                                                "fillColor": c, "fillOpacity": 0.85},
            popup=GeoJsonPopup(fields=["popup"], labels=False)).add_to(group)


def render_places(m: folium.Map, places: gpd.GeoDataFrame, show: bool = True) -> None:
    group = folium.FeatureGroup(name=f"Places mentioned ({len(places)})", show=show).add_to(m)
    if places.empty:
        return
    frame = points(list(places.geometry.x), list(places.geometry.y),
                   radius=[3 + 2 * math.sqrt(n) for n in places["mentions"]],
                   tooltip=[f"{_e(r.name)}: {r.mentions} mention(s) in {r.n_articles} article(s): "
                            f"{_e(r.articles)}{', ...' if r.n_articles > ARTICLES_SHOWN else ''}"
                            for r in places.itertuples()])
    folium.GeoJson(
        frame, marker=folium.CircleMarker(radius=4, fill=True),
        style_function=lambda f: {"radius": f["properties"]["radius"], "color": "#34495e",
                                  "weight": 1, "fillColor": "#5d6d7e", "fillOpacity": 0.35},
        tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False)).add_to(group)


def render_legend(m: folium.Map) -> None:
    dot = ("display:inline-block;width:16px;height:16px;border-radius:8px;margin-right:6px;"
           "color:#fff;font-size:9px;line-height:16px;text-align:center")
    items = "".join(f"<div><span style='{dot};background:{c}'><i class='fa-solid {EVENT_ICONS[t][0]}'>"
                    f"</i></span>{_e(t)}</div>" for t, c in EVENT_COLOURS.items())
    m.get_root().html.add_child(folium.Element(
        "<div style='position:fixed;bottom:24px;left:12px;z-index:9999;background:#fff;padding:6px 10px;"
        f"border:1px solid #999;border-radius:4px;font:12px sans-serif'>{items}"
        "<div style='margin-top:4px;color:#555'>Natural Earth boundaries predate the 2020 war</div></div>"))


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
