"""The places-mentioned layer: one row per resolved place, with its mention count and
articles, and its folium rendering (a circle sized by mentions).

Columns: id (the gazetteer entry's id, as events' place_id), name, kind, country, lat, lon,
mentions (int, reporting mentions as a place),
n_articles (int), articles (the first ARTICLES_SHOWN article ids, comma-separated, in the
order the store got them), titles (those articles' titles, "; "-joined),
examples (the first few surface forms), geometry (Point, EPSG:4326).
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

import folium
import geopandas as gpd
from folium import GeoJsonTooltip

from geo.config import CRS
from geo.records import PLACE_ROLES, Mention, PlaceSummary

from .base import Labels, points
from .popups import place_tooltip
from .style import PLACE_STYLE

COLUMNS = ["id", "name", "kind", "country", "lat", "lon", "mentions", "n_articles", "articles", "titles",
           "examples"]
ARTICLES_SHOWN = 10  # a place named by 50,000 articles must not carry 50,000 ids to the browser
EXAMPLES_SHOWN = 5
# A place's circle: this radius (px) plus twice the square root of its mentions, at most
# PLACE_MAX_PX: one article naming a town 400 times must not cover the theatre.
PLACE_RADIUS_PX = 3
PLACE_MAX_PX = 16
LABEL_ZOOM = 9  # places are named on the map from this zoom on


def place_radius(mentions: int) -> float:
    return min(PLACE_MAX_PX, PLACE_RADIUS_PX + 2 * math.sqrt(mentions))


def summarise(mentions: Iterable[tuple[str, Mention]]) -> list[PlaceSummary]:
    """(article id, mention) pairs to one summary per place: what store.place_summaries
    computes in SQL for stored mentions."""
    rows: dict[str, dict[str, Any]] = {}
    for article_id, m in mentions:
        if m.entry is None or not m.reporting or m.role not in PLACE_ROLES:
            continue
        e = m.entry
        row = rows.setdefault(e.id, {"entry": e, "mentions": 0, "articles": {}, "examples": {}})
        row["mentions"] += 1
        row["articles"][article_id] = None  # dicts: ordered sets, first seen first
        row["examples"][m.text] = None
    return [PlaceSummary(r["entry"].id, r["entry"].name, r["entry"].kind, r["entry"].country,
                         r["entry"].lat, r["entry"].lon, r["mentions"], len(r["articles"]),
                         tuple(list(r["articles"])[:ARTICLES_SHOWN]),
                         tuple(list(r["examples"])[:EXAMPLES_SHOWN])) for r in rows.values()]


def add_summaries(old: Iterable[PlaceSummary], new: Iterable[PlaceSummary]) -> list[PlaceSummary]:
    """The summaries of two sets of articles, the second stored after the first."""
    out = {s.entry_id: s for s in old}
    for s in new:
        if (was := out.get(s.entry_id)) is None:
            out[s.entry_id] = s
            continue
        out[s.entry_id] = replace(
            was, mentions=was.mentions + s.mentions, n_articles=was.n_articles + s.n_articles,
            articles=(was.articles + s.articles)[:ARTICLES_SHOWN],
            examples=tuple(dict.fromkeys(was.examples + s.examples))[:EXAMPLES_SHOWN])
    return list(out.values())


def build_places(summaries: Iterable[PlaceSummary], titles: Mapping[str, str] | None = None
                 ) -> gpd.GeoDataFrame:
    """One row per place (see the columns above), most mentioned first; `titles`: what to
    call each article (store.article_titles), its id where missing."""
    titles = titles or {}
    records = [{"id": s.entry_id, "name": s.name, "kind": s.kind, "country": s.country,
                "lat": s.lat, "lon": s.lon,
                "mentions": s.mentions, "n_articles": s.n_articles,
                "articles": ", ".join(s.articles[:ARTICLES_SHOWN]),
                "titles": "; ".join(titles.get(a, a) for a in s.articles[:ARTICLES_SHOWN]),
                "examples": ", ".join(s.examples[:EXAMPLES_SHOWN])} for s in summaries]
    frame = gpd.GeoDataFrame(records, columns=COLUMNS,
                             geometry=gpd.points_from_xy([r["lon"] for r in records],
                                                         [r["lat"] for r in records]), crs=CRS)
    return frame.sort_values(["mentions", "name"], ascending=[False, True], ignore_index=True)


def place_group(places: gpd.GeoDataFrame) -> folium.FeatureGroup:
    """The places as circles sized by mentions (capped), with tooltips."""
    group = folium.FeatureGroup(name="Places mentioned", control=False)
    if places.empty:
        return group
    frame = points(list(places.geometry.x), list(places.geometry.y),
                   radius=[place_radius(n) for n in places["mentions"]],
                   tooltip=[place_tooltip(r.name, r.mentions, r.n_articles, r.titles,
                                          r.n_articles > ARTICLES_SHOWN)
                            for r in places.itertuples()])
    folium.GeoJson(
        frame, marker=folium.CircleMarker(radius=4, fill=True),
        style_function=lambda f: {"radius": f["properties"]["radius"], **PLACE_STYLE},
        tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False)).add_to(group)
    # their names from LABEL_ZOOM on: offline, the map has no other town names
    Labels(list(places.geometry.x), list(places.geometry.y), places["name"].tolist(), "place-label",
           LABEL_ZOOM).add_to(group)
    return group
